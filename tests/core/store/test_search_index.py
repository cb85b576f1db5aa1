"""A damaged search index: its pages are FTS5's, which ``PRAGMA integrity_check``
does not read, so every search failed with "damaged… start StudyApp again: it repairs
the file", and no start ever did. Now the start after such a failure checks the index
and makes it again from the questions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM questions_fts_data WHERE id > 10",  # its leaf pages lost
        "DELETE FROM questions_fts_content WHERE id % 2 = 0",
    ],
    ids=["index-pages", "indexed-text"],
)
def test_a_search_index_found_damaged_is_made_again_at_the_next_start(tmp_path, damage):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # today's check is done
        found = store.search("thing")
        store._conn.execute(damage)
        with pytest.raises(StoreError, match="damaged"):
            store.search("thing")

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert report is not None and report.repaired and report.whole
        assert "search index" in report.message and report.damaged_path.exists()
        assert store.search("thing") == found
        assert len(store.reviews()) == 3
        assert make_backup(store, backups, NOW, "manual").exists()  # it passes the full check
    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert report is None


def test_a_question_another_tool_deleted_is_not_found_and_the_daily_check_mends_the_index(
    tmp_path,
):
    """Deleted with foreign keys off, its entry stayed in the search index: a search
    listed a question that is not there, and counted it."""
    from datetime import timedelta

    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        ghost = store.search("thing 1")[0]
        store._conn.execute("PRAGMA foreign_keys = OFF")
        store._conn.execute("DELETE FROM reviews WHERE question_id = ?", (ghost,))
        store._conn.execute("DELETE FROM cards WHERE question_id = ?", (ghost,))
        store._conn.execute("DELETE FROM questions WHERE id = ?", (ghost,))
        listed, _count = store.search_best("thing", 10)
        assert ghost not in listed and len(listed) == 2

    store, report = open_store_safely(path, backups, NOW + timedelta(days=2))  # check due
    with store:
        assert report is not None and "search index" in report.message
        assert store.search_best("thing", 10) == (store.search("thing"), 2)


@pytest.mark.parametrize(
    ("edit", "word"),
    [
        ("UPDATE questions SET title = 'What is a zebra?' WHERE rowid = 1", "zebra"),
        (
            "UPDATE questions SET answer_markdown = 'Stripes, on a horse.' WHERE rowid = 2",
            "stripes",
        ),
    ],
    ids=["title", "answer"],
)
def test_a_question_whose_text_changed_under_the_index_is_found_by_its_words(tmp_path, edit, word):
    """A question's text changed by another tool (a database browser), the search index
    left as it was: the count of entries still matched, so the daily check passed,
    and a search for the question's words found nothing, start after start."""
    from datetime import timedelta

    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        store._conn.execute(edit)
        assert store.search(word) == []

    store, report = open_store_safely(path, backups, NOW + timedelta(days=1))  # the daily check
    with store:
        assert report is not None and report.whole
        assert "search index is out of step" in report.message
        assert len(store.search(word)) == 1
    store, report = open_store_safely(path, backups, NOW + timedelta(days=2))
    store.close()
    assert report is None  # and calm after


def test_a_title_holding_the_search_as_typed_comes_first(tmp_path):
    """ "Types of data" selected "Machine Learning Types That Use Labeled Data" (its
    answer full of both words) before "Types of data analysis"."""
    from studyapp.core.model import ParsedDocument, ParsedQuestion

    doc = ParsedDocument(
        "Data",
        "markdown",
        [
            ParsedQuestion(
                "Machine Learning Types That Use Labeled Data",
                "Types: supervised types of data use labeled data; data data types.",
                1,
                ("ML",),
            ),
            ParsedQuestion("Types of data analysis", "Descriptive and diagnostic.", 5, ("ML",)),
            ParsedQuestion("What data types does SQL have?", "Text and numbers.", 9, ("ML",)),
        ],
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.import_document(doc, "d.md", "h")
        by_id = {q.id: q.title for q in store.questions()}
        listed, count = store.search_best("Types of data", 10)
        assert by_id[listed[0]] == "Types of data analysis" and count >= 2
        listed, _count = store.search_best("data types", 10)
        assert by_id[listed[0]] == "What data types does SQL have?"
