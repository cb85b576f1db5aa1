"""After a salvage that lost questions with a bad page, or a restore from a backup,
each deck's notes are imported again: the lost questions come back under their own
ids, and the reviews the salvage kept waiting for them are theirs again."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from studyapp.core.importer import import_default_deck, import_file
from studyapp.core.recovery import open_store_safely
from studyapp.core.refill import refill
from studyapp.core.store import Store
from tests.core.test_salvage import pages_of, spoil
from tests.helpers.cards import record

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def notes_text(n: int) -> str:
    # Long answers: the questions table spans many pages, so one bad page loses a few.
    return "\n".join(
        f"## What is concept {i}?\n\n" + f"Concept {i} is explained here in some detail. " * 30
        for i in range(n)
    )


def damaged_store(tmp_path, notes, studied: int = 12):
    """A store of `notes` with some questions studied, then a leaf page of its questions
    table overwritten. Returns (path, question ids, reviews) as they were."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        import_file(store, notes)
        ids = [q.id for q in store.questions()]
        for n, qid in enumerate(ids[:studied]):
            record(store, qid, 3, 5.0, "study", 1_000 + n)
        reviews = len(store.reviews())
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    leaves = pages_of(path, "questions", "leaf")
    assert len(leaves) > 3
    spoil(path, leaves[1])
    return path, ids, reviews


def test_questions_lost_with_a_bad_page_come_back_with_their_reviews(tmp_path):
    notes = tmp_path / "ml-notes.md"
    notes.write_text(notes_text(60), encoding="utf-8")
    path, ids, reviews = damaged_store(tmp_path, notes)
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.may_miss_notes
        lost = set(ids) - {q.id for q in store.questions()}
        assert lost  # the bad page took some questions with it
        done = refill(store)
        assert {q.id for q in store.questions()} == set(ids)
        assert done.brought_back == len(lost)
        assert len(store.reviews()) == reviews  # the kept reviews are theirs again
        assert done.decks == ("ML Notes",) and not done.unavailable
        assert f"{len(lost)} questions came back" in done.message


def test_a_deck_whose_notes_are_gone_is_named_and_left_as_it_is(tmp_path):
    notes = tmp_path / "ml-notes.md"
    notes.write_text(notes_text(60), encoding="utf-8")
    path, _ids, _ = damaged_store(tmp_path, notes)
    notes.unlink()
    store, _report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        left = {q.id for q in store.questions()}
        done = refill(store)
        assert {q.id for q in store.questions()} == left
        assert done.unavailable == ("ML Notes",) and done.brought_back == 0
        assert "import them again yourself" in done.message


def test_the_bundled_deck_is_imported_again_too(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_default_deck(store)
        ids = {q.id for q in store.questions()}
        gone = sorted(ids)[:5]
        store._conn.execute(
            f"DELETE FROM questions WHERE id IN ({','.join('?' * len(gone))})", gone
        )
        done = refill(store)
        assert {q.id for q in store.questions()} == ids
        assert done.brought_back == 5 and done.decks == ("AI and ML Questions",)


def test_the_start_up_report_says_what_came_back(tmp_path, capsys):
    pytest.importorskip("PySide6")
    from studyapp.startup import ConsoleMessages, open_user_store

    notes = tmp_path / "ml-notes.md"
    notes.write_text(notes_text(60), encoding="utf-8")
    path, ids, _ = damaged_store(tmp_path, notes)
    opened = open_user_store(path.parent, ConsoleMessages(), NOW, ask=None)
    assert opened is not None
    try:
        assert {q.id for q in opened.store.questions()} == set(ids)
        said = capsys.readouterr().err
        assert "what could be read has been saved" in said
        # What the salvage read says questions too, not only reviews ("(0 reviews)").
        assert re.search(r"copied the rows it could read \(\d+ questions?, \d+ reviews?\)", said)
        assert "a suspension, a deletion or an edit made in StudyApp" in said
        assert "Your notes were imported again (ML Notes):" in said and "came back" in said
    finally:
        opened.store.close()
        opened.release()


@pytest.mark.parametrize(
    "lost",
    [
        # another program deleted the deck's row (foreign keys off): its questions stay
        ("DELETE FROM decks", "DELETE FROM topics WHERE rowid % 3 = 0"),
        # text written over the first pages, where the deck's row is
        None,
    ],
    ids=["deck-row-deleted", "first-pages-overwritten"],
)
def test_the_bundled_deck_whose_row_was_lost_is_itself_again(tmp_path, lost):
    """Its row lost, the bundled deck was "Recovered deck 1" for good, under
    "Recovered topic" husks, and its notes "could not be read again", though they ship
    with the app. Its questions' ids are the bundled deck's: it is that deck again,
    imported again with the rest, and the empty husks leave the tree."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        import_default_deck(store)
        (deck,) = store.decks()
        topics = sorted(t.name for t in store.topics(deck.id))
        ids = {q.id for q in store.questions()}
        for n, qid in enumerate(sorted(ids)[:10]):
            record(store, qid, 3, 5.0, "study", 1_000 + n)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if lost is not None:
            store._conn.execute("PRAGMA foreign_keys = OFF")
            for sql in lost:
                store._conn.execute(sql)
    if lost is None:
        with path.open("r+b") as file:
            file.write(b"garbage " * (3 * 4096 // 8))

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.may_miss_notes
        said = refill(store)
        assert "could not be read again" not in said.message
        (deck,) = store.decks()
        assert deck.name == "AI and ML Questions"
        assert sorted(t.name for t in store.topics(deck.id)) == topics
        assert {q.id for q in store.questions()} == ids


def test_a_deck_whose_import_fails_unexpectedly_is_named_and_the_start_goes_on(
    tmp_path, monkeypatch, caplog
):
    """A re-import that fails for a reason the importer does not foresee (rows a repair
    left as it does not expect) ended the start in a traceback: the window never
    opened on what the repair had kept."""
    import studyapp.core.importer as importer

    notes = tmp_path / "ml-notes.md"
    notes.write_text(notes_text(60), encoding="utf-8")
    path, _ids, _ = damaged_store(tmp_path, notes)

    def broken(*_args, **_kwargs):
        raise RuntimeError("UNIQUE constraint failed: questions.id")

    monkeypatch.setattr(importer, "import_file", broken)
    store, _report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        done = refill(store)
        assert done.unavailable == ("ML Notes",)
        assert "import them again yourself" in done.message
    assert "could not be imported again" in caplog.text
