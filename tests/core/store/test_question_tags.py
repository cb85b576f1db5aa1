"""A question's tags in the store: a note's front-matter tags and a sheet's record-keeping
columns, out of the answer since they are no text of it, are kept with the question
by an import, rewritten by a re-import that changes them (progress kept), and a store
from before tags migrates with its progress whole and takes them at the next import."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.importer import import_file
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.question_tags import has_tag
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.search_terms import Search, Term, parse_search
from studyapp.core.store import Store, schema_version
from tests.core.fixtures.build_store_fixtures import fixture_path, load

QUESTIONS = [
    ("What is a join?", "Rows of two tables matched on a key.", ("SQL",)),
    ("What is an index?", "A sorted copy of columns for lookups.", ("SQL",)),
    ("What is a goroutine?", "A function run concurrently by Go's scheduler.", ("Go",)),
]


def doc(tags: dict[str, tuple[str, ...]], questions=QUESTIONS) -> ParsedDocument:
    parsed = [
        ParsedQuestion(t, a, 10 * (i + 1), topics) for i, (t, a, topics) in enumerate(questions)
    ]
    for question in parsed:
        question.tags = tags.get(question.title, ())
    return ParsedDocument("Notes", "markdown", parsed, has_sections=True)


def tags(store: Store) -> dict[str, tuple[str, ...]]:
    return {q.title: q.tags for q in store.questions() if q.tags}


def test_an_import_keeps_each_questions_tags_out_of_its_answer(tmp_path):
    given = {
        "What is a join?": ("sql", "Difficulty::Medium"),
        "What is a goroutine?": ("go", "system design"),
    }
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.import_document(doc(given), "/notes/n.md", "h1")
        assert tags(store) == given
        assert all("#" not in q.answer_markdown for q in store.questions())
        (join,) = [q for q in store.questions() if q.title == "What is a join?"]
        assert store.question(join.id).tags == ("sql", "Difficulty::Medium")
    with Store.open(tmp_path / "s.sqlite3") as store:  # a restart
        assert tags(store) == given


def test_a_reimport_that_changes_a_notes_tags_rewrites_them_and_keeps_progress(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.import_document(doc({"What is a join?": ("sql",)}), "/notes/n.md", "h1")
        join = next(q.id for q in store.questions() if q.title == "What is a join?")
        card, due = SpacedRepetition().grade(None, 3, datetime(2026, 1, 5, tzinfo=UTC))
        store.record_review(join, 3, 5.0, "study", card, due, 1_767_600_000_000)
        store.set_flag([join], 2)

        summary = store.import_document(
            doc({"What is a join?": ("sql", "Difficulty::Hard"), "What is an index?": ("db",)}),
            "/notes/n.md",
            "h2",
        )
        assert summary.new == 0 and summary.removed == 0 and summary.updated == 2
        assert tags(store) == {
            "What is a join?": ("sql", "Difficulty::Hard"),
            "What is an index?": ("db",),
        }
        assert join in store.last_changes.questions  # the window shows the new tags
        assert len(store.reviews(join)) == 1 and store.question(join).flag == 2

        store.import_document(doc({}), "/notes/n.md", "h3")  # the tags taken out
        assert tags(store) == {}
        assert len(store.reviews(join)) == 1


def test_an_edited_questions_tags_follow_its_notes(tmp_path):
    """An answer edited in the app wins over the file's; the tags are the note's
    properties, which the edit does not touch: they follow the notes."""
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.import_document(doc({"What is a join?": ("sql",)}), "/notes/n.md", "h1")
        join = next(q.id for q in store.questions() if q.title == "What is a join?")
        store.edit_question_text(join, "What is a join?", "My own words.", keep_over_imports=True)
        store.import_document(doc({"What is a join?": ("sql", "joins")}), "/notes/n.md", "h2")
        question = store.question(join)
        assert (question.answer_markdown, question.tags) == ("My own words.", ("sql", "joins"))


@pytest.mark.parametrize(
    ("name", "text", "wanted"),
    [
        (
            "sql.md",
            "---\ntags: [sql, databases]\n---\n# SQL\n\n## What is a join?\n\n"
            "Rows of two tables matched on a key.\n\n## What is an index?\n\n"
            "A sorted copy of columns for fast lookups.\n",
            {"What is a join?": ("sql", "databases"), "What is an index?": ("sql", "databases")},
        ),
        (
            "problems.csv",
            "Question,Answer,Difficulty\n"
            "What is a join?,Rows of two tables matched on a key.,Medium\n"
            "What is an index?,A sorted copy of columns for fast lookups.,Easy\n"
            "What is a view?,A stored query read as a table.,Medium\n",
            {
                "What is a join?": ("Difficulty::Medium",),
                "What is an index?": ("Difficulty::Easy",),
                "What is a view?": ("Difficulty::Medium",),
            },
        ),
    ],
)
def test_notes_tags_and_a_sheets_record_keeping_reach_the_store(tmp_path, name, text, wanted):
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, notes)
        assert tags(store) == wanted
        assert not any("Difficulty" in q.answer_markdown for q in store.questions())
        # the person changes a tag in the notes: the re-import says so
        notes.write_text(text.replace("databases", "db").replace(",Easy", ",Hard"), "utf-8")
        import_file(store, notes)
        changed = {t: tuple(x.replace("databases", "db") for x in v) for t, v in wanted.items()}
        if "What is an index?" in changed and name.endswith(".csv"):
            changed["What is an index?"] = ("Difficulty::Hard",)
        assert tags(store) == changed


def test_a_store_from_before_tags_migrates_whole_and_takes_them_at_the_next_import(tmp_path):
    path = load(fixture_path(12), tmp_path / "studyapp.sqlite3")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert schema_version(conn) == 12
        reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    with Store.open(path) as store:
        questions = store.questions()
        assert questions and all(q.tags == () for q in questions)
        flagged = {q.id: q.flag for q in questions if q.flag}
        parsed = doc(
            {q.title: ("ml", "Difficulty::Easy") for q in questions},
            [(q.title, q.answer_markdown, ()) for q in questions],
        )
        parsed.has_sections = False
        summary = store.import_document(parsed, "/notes/interview.md", "hash-3")
        assert summary.new == 0 and summary.removed == 0
        assert all(q.tags == ("ml", "Difficulty::Easy") for q in store.questions())
        assert {q.id: q.flag for q in store.questions() if q.flag} == flagged
        assert store._conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == reviews


@pytest.fixture
def tagged(tmp_path) -> Store:
    questions = [*QUESTIONS, ("What is a channel?", "A typed pipe between goroutines.", ("Go",))]
    given = {
        "What is a join?": ("sql", "Difficulty::Medium"),
        "What is an index?": ("sql", "Difficulty::Hard", "system design"),
        "What is a goroutine?": ("go", "interview/backend", "Difficulty::Medium"),
        "What is a channel?": ("go", "deep-learning"),
    }
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.import_document(doc(given, questions), "/notes/n.md", "h1")
        yield store


def test_a_search_finds_a_tags_questions_as_ankis_browser_does(tagged):
    def titles(text: str) -> list[str]:
        ids, total = tagged.search_best(text, 10)
        assert total == len(ids)
        assert tagged.search(text) == ids
        return [tagged.question(i).title for i in ids]

    join, index, goroutine, channel = (
        "What is a join?",
        "What is an index?",
        "What is a goroutine?",
        "What is a channel?",
    )
    assert titles("tag:sql") == [join, index]  # file order
    assert titles("TAG:SQL") == [join, index]  # case aside, as in Anki
    assert titles("tag:Difficulty") == [join, index, goroutine]  # the hierarchy's top
    assert titles("tag:Difficulty::Medium") == [join, goroutine]
    assert titles("tag:interview") == [goroutine]  # a nested tag written with "/"
    assert titles("tag:system_design") == [index]  # as the Anki export spells it
    assert titles("tag:go*") == [goroutine, channel]
    # "_" is any one character, as in Anki and as "deck:" takes it.
    assert titles("tag:deep_learning") == [channel]
    assert titles("tag:deep_learn") == []  # still the whole tag
    assert titles("tag:difficulty::_ard") == [index]
    assert titles("tag:go tag:Difficulty") == [goroutine]  # each of them
    assert titles("tag:Diff") == []  # a prefix of a word is no level of the tag
    # With words: the tagged ones that hold them.
    assert titles("tag:go pipe") == [channel]
    assert titles("sorted tag:sql") == [index]
    assert titles("tag:sql goroutines") == []
    # With a flag: the flagged ones of the tag.
    tagged.set_flag([next(q.id for q in tagged.questions() if q.title == index)], 1)
    assert titles("flag:1 tag:sql") == [index]
    assert titles("is:flagged tag:go") == []


def test_tag_terms_are_taken_out_of_the_words_searched():
    assert parse_search("tag:sql joins") == Search("joins", terms=(Term("tag", "sql"),))
    assert parse_search("tag:a tag:Difficulty::Hard").terms == (
        Term("tag", "a"),
        Term("tag", "Difficulty::Hard"),
    )
    assert parse_search("c++ std::vector").plain  # two colons: a word as written
    assert has_tag(("Company::Google",), "company")
    assert not has_tag(("Companyish",), "Company")


def test_a_tags_underscore_is_any_one_character_as_a_decks_is():
    assert has_tag(("deep-learning",), "deep_learning")
    assert has_tag(("deep learning",), "DEEP_LEARNING")
    assert has_tag(("c++",), "c_+") and not has_tag(("c++",), "c_")
    assert has_tag(("Level::L4",), "level::l_")
    assert not has_tag(("deep", "learning"), "deep_learning")  # within one tag
    assert has_tag(("system_design",), "system design")  # a quoted name's space
