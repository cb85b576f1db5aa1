"""Deck names as a person writes them: a file's slug or a title-cased heading keeps its
acronyms upper-case ("AI and ML Questions", not "Ai and Ml Questions"), and a store
whose deck has the old name still re-imports into that deck."""

from __future__ import annotations

import pytest

from studyapp.core.deck_names import deck_title, file_name_for
from studyapp.core.importer import import_default_deck, import_file, parse_notes
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from tests.history import STRONG, record


@pytest.mark.parametrize(
    ("name", "stem", "title"),
    [
        ("Ai and Ml Questions", None, "AI and ML Questions"),
        ("ai-and-ml-questions", "ai-and-ml-questions", "AI and ML Questions"),
        ("sql_interview-prep", "sql_interview-prep", "SQL Interview Prep"),
        ("Intro to Sql and Nlp", None, "Intro to SQL and NLP"),
        ("Llm Notes: Rag vs Css", None, "LLM Notes: Rag vs CSS"),  # "Rag" is a word too
        ("mlops-for-the-win", "mlops-for-the-win", "MLOps for the Win"),
        ("k8s-notes", "k8s-notes", "K8s Notes"),
        # a one-word file name in lower case reads as a name too
        ("networking", "networking", "Networking"),
        ("sql", "sql", "SQL"),
        ("kubernetes2024", "kubernetes2024", "Kubernetes2024"),
        # kept as written: the author's words, abbreviations, a word with capitals
        ("Dr Smith at St Mary's, Mrs Jones vs Mr Hyde", None, None),
        ("iOS and macOS", None, None),
        ("Networking", "Networking", None),
        ("kNN", "kNN", None),
        ("networking", None, None),  # the notes' own title, not their file name
        ("2024", "2024", None),
        ("ai notes", None, None),
        ("Why My Gym", None, None),
        ("Ai and Ml", "Ai and Ml", "AI and ML"),  # a stem with spaces is a title
        # a title copied with its Notion page's id: the id is no part of it
        ("ML Basics 2f3a9c1e8b7d4e0f9a1b2c3d4e5f6a7b", None, "ML Basics"),
        ("Interview prep - 0123456789abcdef0123456789abcdef", "notes", "Interview prep"),
    ],
)
def test_deck_title(name, stem, title):
    assert deck_title(name, stem) == (title or name)


def test_a_slug_named_file_without_a_title_reads_as_words(tmp_path):
    notes = tmp_path / "ai-and-ml-questions.md"
    notes.write_text("## What is a GPU?\n\nA processor for parallel work.\n", encoding="utf-8")
    assert parse_notes(notes).deck_name == "AI and ML Questions"


def test_the_default_deck_reads_ai_and_ml(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_default_deck(store)
        assert [d.name for d in store.decks()] == ["AI and ML Questions"]


NOTES = "# Ai and Ml Questions\n\n## What is overfitting?\n\nFitting the noise.\n"


@pytest.mark.parametrize("moved", [False, True], ids=["same file", "moved file"])
def test_a_deck_stored_under_the_old_name_re_imports_into_itself(tmp_path, moved):
    """A store from before: its deck is named "Ai and Ml Questions" (as parsed then).
    Re-importing the notes, from the same place or after they moved (the store then
    finds the deck by name), updates that deck: one deck, its progress kept."""
    old = tmp_path / "old" / "ai-ml.md"
    old.parent.mkdir()
    old.write_text(NOTES, encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        doc = ParsedDocument(
            "Ai and Ml Questions",
            "markdown",
            [ParsedQuestion("What is overfitting?", "Fitting the noise.", 3, ())],
        )
        store.import_document(doc, str(old.resolve()), "old-hash")
        (deck,) = store.decks()
        (question,) = store.questions()
        record(store, question.id, STRONG)
        notes = old
        if moved:
            notes = tmp_path / "new" / "ai-ml.md"
            notes.parent.mkdir()
            old.rename(notes)
        notes.write_text(NOTES + "\n## What is dropout?\n\nTurning units off.\n", "utf-8")
        summary = import_file(store, notes)
        assert [(d.id, d.name) for d in store.decks()] == [(deck.id, "Ai and Ml Questions")]
        assert summary.new == 1 and len(store.reviews()) == len(STRONG)
        assert store.question(question.id) is not None


def test_a_lower_case_file_deck_from_before_keeps_its_progress_when_moved(tmp_path):
    """A deck imported as "networking" (the file name, before one-word names were
    capitalised) re-imports into itself after the file moves: one deck, same name,
    its reviews kept; a new one-word file gets a capitalised name."""
    notes = tmp_path / "old" / "networking.md"
    notes.parent.mkdir()
    notes.write_text("## What is TCP?\n\nA reliable byte stream.\n", encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        doc = ParsedDocument(
            "networking",
            "markdown",
            [ParsedQuestion("What is TCP?", "A reliable byte stream.", 1, ())],
        )
        store.import_document(doc, str(notes.resolve()), "old-hash")
        (deck,) = store.decks()
        (question,) = store.questions()
        record(store, question.id, STRONG)
        moved = tmp_path / "new" / "networking.md"
        moved.parent.mkdir()
        notes.rename(moved)
        import_file(store, moved)
        assert [(d.id, d.name) for d in store.decks()] == [(deck.id, "networking")]
        assert len(store.reviews()) == len(STRONG)
        fresh = tmp_path / "databases.md"
        fresh.write_text("## What is an index?\n\nA sorted lookup.\n", encoding="utf-8")
        import_file(store, fresh)
        assert sorted(d.name for d in store.decks()) == ["Databases", "networking"]


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        # Notion's export id after the page's or database's name is no part of it
        ("Interview DB 8f3c2a1b9d7e4f6a8b0c1d2e3f4a5b6c", "Interview DB"),
        ("system-design-0123456789abcdef0123456789abcdef", "System Design"),
        ("0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"),
        ("Release 2024 abc123", "Release 2024 abc123"),  # a short hex word stays
        # two or three letters without a vowel: an acronym in a file's name
        ("ds_tf-notes", "DS TF Notes"),
        ("tls-handshake", "TLS Handshake"),
    ],
)
def test_a_file_stem_becomes_a_name_without_an_exporters_id(stem, title):
    assert deck_title(stem, stem) == title


@pytest.mark.parametrize(
    ("deck", "offered"),
    [
        ("Con", "Con deck.apkg"),  # Windows refuses a file named for a device
        ("aux", "aux deck.apkg"),
        ("NUL.", "NUL deck.apkg"),
        ("COM1", "COM1 deck.apkg"),
        ("Lpt3", "Lpt3 deck.apkg"),
        ("con.notes", "con deck.notes.apkg"),  # "CON.notes.apkg" is the device too
        ("Console", "Console.apkg"),  # a longer word is a name like any other
        ("COM10", "COM10.apkg"),
    ],
)
def test_a_deck_named_as_a_windows_device_gets_a_file_name_windows_takes(deck, offered):
    assert file_name_for(deck, ".apkg") == offered
