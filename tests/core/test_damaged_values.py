"""Rows the app did not write as they are (a hand-edited store, bit rot, another
version): each reads as absent or as its default, and nothing stops."""

from __future__ import annotations

from datetime import UTC

import pytest

from studyapp.core import settings_schema
from studyapp.core.clock import FakeClock
from studyapp.core.decks import deck_list
from studyapp.core.mock import MockSettings
from studyapp.core.mock import load_settings as load_mock_settings
from studyapp.core.recovery import open_store_safely
from studyapp.core.render import DEFAULT_LINE_BREAKS, line_breaks_for
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.stats import collect_stats
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from studyapp.core.study import StudySession
from studyapp.core.weak import weak_report
from tests.core.test_backup import NOW, fill


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "studyapp.sqlite3"


def write_raw(store: Store, sql: str, params: tuple = ()) -> None:
    with store.transaction():
        store._conn.execute(sql, params)


@pytest.mark.parametrize(
    "raw",
    ["{not json", "1e999", "[NaN, 1]", "Infinity", b"\xff{"],
    ids=["not-json", "overflowing-number", "nan", "infinity", "bytes"],
)
def test_an_unreadable_setting_reads_as_its_default_and_the_app_still_starts(
    store_path, tmp_path, raw
):
    with Store.open(store_path) as store:
        fill(store)
        for key in (
            K_FULL_CHECK_AT,  # read by the start-up check
            settings_schema.REVIEWS_PER_DAY,
            settings_schema.FSRS_PARAMETERS,
            "deck.1.line_breaks",
            "mock.settings",
        ):
            write_raw(store, "INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, raw))

    store, _report = open_store_safely(store_path, tmp_path / "backups", NOW)
    with store:
        assert settings_schema.load_settings(store) == settings_schema.defaults()
        assert line_breaks_for(store.get_setting, 1) == DEFAULT_LINE_BREAKS
        assert load_mock_settings(store) == MockSettings()
        assert len(store.reviews()) == 3
        store.set_setting(settings_schema.REVIEWS_PER_DAY, 50)  # and can be set again
        assert settings_schema.read(store, settings_schema.REVIEWS_PER_DAY) == 50


# --- a card that cannot be read -----------------------------------------------------


@pytest.mark.parametrize(
    "card",
    [
        "{broken",
        "[]",
        '{"state": 2}',  # no due time
        '{"due": "not a date", "state": 2}',
        '{"due": "2026-01-01T00:00:00", "state": 2, "stability": 5,'
        ' "last_review": "2025-12-01T00:00:00"}',  # times without their zone
    ],
    ids=["not-json", "not-an-object", "no-due", "due-not-a-date", "naive-times"],
)
def test_an_unreadable_card_is_studied_as_new_and_its_history_stays(store_path, card):
    clock = FakeClock(NOW)
    sr = SpacedRepetition()
    with Store.open(store_path) as store:
        ids = fill(store, reviews=0)
        for qid in ids:  # all studied, none due
            card_json, due = sr.grade(None, 4, NOW)
            store.record_review(qid, 4, 5.0, "study", card_json, due, 1_000)
        write_raw(store, "UPDATE cards SET fsrs_json = ? WHERE question_id = ?", (card, ids[0]))

        # the deck list, the weak-topic report and the study session all read it as new
        (deck,) = deck_list(store, NOW, sr)
        assert (deck.new, deck.due) == (1, 0)
        assert weak_report(store, None, NOW, sr) is not None
        session = StudySession(store, sr, clock)
        assert session.remaining() == (0, 1)
        assert session.current().id == ids[0]
        session.show()
        session.grade(3)

        # the grade wrote a sound card, and the history before it is still there
        assert sr.due(store.card_json(ids[0])) > NOW
        assert [r.rating for r in store.reviews(ids[0])] == [4, 3]


# --- a review time that is no time -----------------------------------------------------


@pytest.mark.parametrize("when", [253_402_300_800_000, "yesterday", 1.5e300, -(10**15)], ids=str)
def test_a_review_at_an_impossible_time_is_left_out_of_statistics_and_reports(store_path, when):
    sr = SpacedRepetition()
    with Store.open(store_path) as store:
        hour_ago = int(NOW.timestamp() * 1000) - 3_600_000
        ids = fill(store, reviews=4, start_ms=hour_ago)
        session = store.create_mock_session({}, ids[:1], hour_ago)
        store.record_mock_answer(session, ids[0], 0, seconds=9.0, overtime=False, rating=3)
        store.finish_mock_session(session, hour_ago + 60_000)
        write_raw(store, "UPDATE reviews SET reviewed_at_ms = ? WHERE id = 4", (when,))
        write_raw(store, "UPDATE mock_sessions SET started_at_ms = ?", (when,))

        stats = collect_stats(store, None, NOW, sr, tz=UTC)
        assert stats.total_ratings == 3
        assert stats.reviews_in_window == 3
        assert stats.goal.done == 3
        assert stats.mocks == []  # its mock interview, started then, too
        assert store.mock_session_stats() == []  # the mock history
        weak_report(store, None, NOW, sr)
        assert len(store.reviews()) == 3


# --- text stored as bytes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column"),
    [("decks", "name"), ("topics", "name"), ("questions", "title"), ("settings", "value")],
)
def test_text_stored_as_bytes_is_repaired_at_the_next_start_even_after_todays_check(
    store_path, tmp_path, table, column
):
    with Store.open(store_path) as store:
        fill(store)
        store.set_setting("deck.1.line_breaks", "markdown")
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # the full check is not due
        write_raw(store, f"UPDATE {table} SET {column} = CAST({column} AS BLOB)")

    store, report = open_store_safely(store_path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.repaired and report.whole
        assert f"{table}.{column}" in report.problem
        assert [d.name for d in store.decks()] == ["AI"]
        assert all(isinstance(t.name, str) for t in store.topics(1))
        assert all(isinstance(q.title, str) for q in store.questions())
        assert store.get_setting("deck.1.line_breaks") == "markdown"
        assert len(store.reviews()) == 3


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("reviews", [b"\x00\xff\xfe", b"\x00\xff\xfe"]),  # no question has it
        ("cards", [b"A\xff", b"A\xfe"]),  # and the two read alike with U+FFFD
    ],
    ids=["review-ids", "card-ids-alike-as-text"],
)
def test_bytes_that_are_no_text_where_a_question_id_goes_are_kept_and_the_store_opens(
    store_path, tmp_path, table, values
):
    """Another tool's bytes in a review's or card's question id: the repair read them as
    text naming no question, and the start stopped with "FOREIGN KEY constraint
    failed" (two cards' ids that read alike: "UNIQUE constraint failed"). The rows are
    kept, as the history of questions gone, and the store opens."""
    with Store.open(store_path) as store:
        fill(store, reviews=3)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        reviews = len(store.reviews())
        rowids = [r[0] for r in store._conn.execute(f"SELECT rowid FROM {table} LIMIT 2")]
        assert len(rowids) == 2
        store._conn.execute("PRAGMA foreign_keys = OFF")
        for rowid, value in zip(rowids, values, strict=True):
            write_raw(store, f"UPDATE {table} SET question_id = ? WHERE rowid = ?", (value, rowid))

    store, report = open_store_safely(store_path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and f"{table}.question_id" in report.problem
        kept = store._conn.execute(
            f"SELECT question_id FROM {table} WHERE rowid IN ({rowids[0]}, {rowids[1]})"
        ).fetchall()
        assert len(kept) == 2 and all(isinstance(qid, str) for (qid,) in kept)
        assert tuple(store._conn.execute("PRAGMA foreign_keys").fetchone()) == (1,)  # on again
        assert [d.name for d in store.decks()] == ["AI"]
    with Store.open(store_path) as store:
        count = store._conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        assert count == reviews  # none lost from the file


def test_a_rendered_answer_stored_as_bytes_is_rendered_again_not_shown(tmp_path):
    """The rendered answers' cache is left out of the check at every start (it is the
    biggest table); a cached page stored as bytes reads as no page."""
    from studyapp.core.store import Store
    from tests.history import doc

    with Store.open(tmp_path / "s.sqlite3") as store:
        store.import_document(doc([("What is a heap?", "A tree.", ("DS",))]), "/n.md", "h")
        qid = store.questions()[0].id
        store.store_html(qid, "light", "h", "<p>ok</p>")
        assert store.cached_html(qid, "light", "h") == "<p>ok</p>"
        store._conn.execute("UPDATE rendered_cache SET html = CAST(html AS BLOB)")
        assert store.cached_html(qid, "light", "h") is None


@pytest.mark.parametrize("loop", ["own-parent", "two-topics"])
def test_topics_whose_parents_go_round_in_a_loop_still_show_their_questions(store_path, loop):
    """A topic its own ancestor (a bit flipped in parent_id, another tool): the loop
    reached no top topic, so its topics and their questions were missing from the
    tree and the statistics. They show at the top now, each question under one."""
    from studyapp.core.model import ParsedDocument, ParsedQuestion

    doc = ParsedDocument(
        "AI",
        "markdown",
        [
            ParsedQuestion(f"What is thing {i}?", f"Thing {i}.", i * 3, topic_path=(topic,))
            for i, topic in enumerate(["Models", "Models", "Metrics", "Data"])
        ],
    )
    with Store.open(store_path) as store:
        store.import_document(doc, "/notes.md", "hash")
        ids = {t.name: t.id for t in store.topics(1)}
        if loop == "own-parent":
            write_raw(store, "UPDATE topics SET parent_id = id WHERE id = ?", (ids["Models"],))
        else:
            for child, parent in (("Models", "Metrics"), ("Metrics", "Models")):
                write_raw(
                    store, "UPDATE topics SET parent_id = ? WHERE id = ?", (ids[parent], ids[child])
                )
        shown = {t.id for t in store.topics(1)}
        assert {q.topic_id for q in store.questions()} <= shown
        assert all(t.parent_id is None or t.parent_id in shown for t in store.topics(1))
        in_models = store.questions(topic_id=ids["Models"], include_subtopics=True)
        assert {q.title for q in in_models} >= {"What is thing 0?", "What is thing 1?"}
        stats = collect_stats(store, None, NOW, SpacedRepetition(), tz=UTC)
        assert sum(t.total for t in stats.topics) == 4  # the top topics hold every question
