"""A store whose questions another program deleted (foreign keys off, as a database
browser or a script writes) while their reviews stayed: the window opened on a deck
of 0 questions without a word, `studyapp decks` listed "0 questions", and the
history was out of sight for good. Now the start says so, keeps the reviews, and
imports the notes again, which makes the questions again under their ids, with
their history; it says so once."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.importer import import_file
from studyapp.core.recovery import acknowledge_waiting, open_store_safely
from studyapp.core.refill import refill
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def studied(tmp_path) -> tuple[object, set[str]]:
    notes = tmp_path / "notes.md"
    notes.write_text(
        "".join(f"## What is thing {i}?\n\nThing {i}.\n\n" for i in range(8)), encoding="utf-8"
    )
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        import_file(store, notes)
        for n, q in enumerate(store.questions()[:5]):
            record(store, q.id, 3, 4.0, "study", 1_000 + n)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # today's check is done
        reviewed = {r.question_id for r in store.reviews()}
    return path, reviewed


def delete(path, where: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")  # as another program writes
        conn.execute(
            f"DELETE FROM question_aliases WHERE question_id IN (SELECT id FROM questions {where})"
        )
        conn.execute(f"DELETE FROM questions {where}")
        conn.commit()


@pytest.mark.parametrize("where", ["", "WHERE rowid % 2 = 0"], ids=["every", "some"])
def test_questions_deleted_by_another_program_come_back_with_their_reviews(tmp_path, where):
    path, reviewed = studied(tmp_path)
    delete(path, where)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.may_miss_notes  # the start imports the notes
        assert "no longer in it" in report.message and report.damaged_path.exists()
        said = refill(store)  # as the start does after such a report
        assert said.brought_back > 0
        assert len(store.questions()) == 8
        assert {r.question_id for r in store.reviews()} == reviewed
    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # said once
    store.close()
    assert report is None


def test_history_whose_notes_are_gone_too_is_told_once_and_again_only_when_more_go(tmp_path):
    path, _reviewed = studied(tmp_path)
    delete(path, "WHERE rowid = 1")
    (tmp_path / "notes.md").unlink()

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    acknowledge_waiting(store)  # as the start does once it has told and refilled
    store.close()
    assert report is not None and "1 review of 1 question" in report.message
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()
    assert report is None  # not at every start
    delete(path, "WHERE rowid = 2")
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()
    assert report is not None and "2 reviews of 2 questions" in report.message


def test_a_start_ended_before_the_notes_came_back_is_told_again_and_brings_them_back(tmp_path):
    """The start repairs, then imports the notes again (core.refill). Ended in between
    (killed, a power cut, a crash), the next start said nothing: the lost questions
    and their reviews stayed out of sight for good, the notes still there."""
    from studyapp import startup
    from tests.ui.conftest import ScriptedMessages

    path, reviewed = studied(tmp_path)
    delete(path, "WHERE rowid % 2 = 0")
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()  # the start ends here, before the notes are imported again
    assert report is not None and report.may_miss_notes

    for told in (True, False):  # the next start tells and brings them back; then silence
        messages = ScriptedMessages()
        opened = startup.open_user_store(path.parent, messages, NOW, ask=None)
        try:
            assert len(opened.store.questions()) == 8
            assert {r.question_id for r in opened.store.reviews()} == reviewed
        finally:
            opened.store.close()
            opened.release()
        assert bool(messages.shown) == told
        if told:
            (_kind, _title, text), *_ = messages.shown
            assert "no longer in it" in text and "imported again" in text


def test_the_deck_list_says_the_store_needs_the_app_rather_than_listing_0_questions(
    tmp_path, capsys
):
    path, _reviewed = studied(tmp_path)
    delete(path, "")
    capsys.readouterr()
    assert main(["decks", "--data-dir", str(path.parent)]) == 2
    err = capsys.readouterr().err
    assert "no longer in it" in err and "start StudyApp to repair it" in err


def test_a_command_that_writes_tells_once_and_brings_the_questions_back(tmp_path, capsys):
    """A command that writes (here `rename-deck`) opens the store as the window does:
    it tells of the history kept waiting once, and imports the notes again, rather
    than leaving the questions out of sight (or telling again, with a new copy of the
    store set aside, at every command)."""
    path, reviewed = studied(tmp_path)
    delete(path, "WHERE rowid % 2 = 0")
    said = []
    for n in range(4):
        assert main(["rename-deck", "1", f"Things {n}", "--data-dir", str(path.parent)]) == 0
        said.append(capsys.readouterr().err)
    told = [err for err in said if "no longer in it" in err]
    assert len(told) == 1 and "imported again" in told[0]
    assert said[-1] == ""  # nothing more, and no more copies set aside
    with Store.open(path) as store:
        assert len(store.questions()) == 8
        assert {r.question_id for r in store.reviews()} == reviewed


@pytest.mark.parametrize(
    "also", [None, "UPDATE cards SET fsrs_json = '{'"], ids=["alone", "card-too"]
)
def test_questions_deleted_are_said_on_the_day_of_the_full_check_too(tmp_path, also):
    """On the day of the full check, the questions deleted left the search index out of
    step: it was repaired and said ("the search index is out of step … Your reviews
    and progress are kept"), while the questions and their reviews out of sight were
    said only at the next start, and the notes not imported again until then."""
    from datetime import timedelta

    path, reviewed = studied(tmp_path)
    delete(path, "WHERE rowid % 2 = 0")
    if also:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute(also)
            conn.commit()

    store, report = open_store_safely(path, tmp_path / "backups", NOW + timedelta(days=1))
    with store:
        assert report is not None and report.may_miss_notes  # the start imports the notes
        assert "no longer in it" in report.message
        assert "Your reviews and progress are kept" not in report.message
        assert len(list(tmp_path.joinpath("data").glob("*.damaged-*"))) == 1  # one copy
        refill(store)
        acknowledge_waiting(store)
        assert {r.question_id for r in store.reviews()} == reviewed
