"""A notes file whose name names nothing (README.md, index.md, notes.md) imported on
its own is named by its own title, else by its folder (a cloned repository's), not
"README"; two such files in two folders are two decks, each named for what it holds."""

from __future__ import annotations

import pytest

from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file, parse_notes
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store

GO_README = """[![Stars](https://img.shields.io/badge/stars-1k-blue)](https://github.com)

**What is a goroutine?**

A function running concurrently with others, scheduled by the Go runtime.

**What does `defer` do?**

Runs a call when the surrounding function returns.
"""

RUST_README = """<p align="center"><img src="logo.png"></p>
<h1 align="center">🦀 Rust Ownership Drills</h1>

## What is a borrow?

A reference that does not own its value.

## When is a value dropped?

When its owner goes out of scope.

# Appendix

## What is `Box`?

A pointer to the heap that owns its value.
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _decks(store):
    return {d.name: sorted(q.title for q in store.questions(deck_id=d.id)) for d in store.decks()}


def test_a_readme_with_no_title_is_named_by_its_repository_folder(store, tmp_path):
    readme = _write(tmp_path / "go-interview-prep" / "README.md", GO_README)
    assert parse_notes(readme).deck_name == "Go Interview Prep"  # the preview says so too
    assert import_file(store, readme).deck_name == "Go Interview Prep"


def test_a_readme_is_named_by_its_own_first_heading(store, tmp_path):
    readme = _write(tmp_path / "clone" / "readme.md", RUST_README)
    assert import_file(store, readme).deck_name == "Rust Ownership Drills"


def test_an_index_or_notes_file_names_itself_the_same_way(tmp_path):
    index = _write(tmp_path / "sql_drills" / "index.md", GO_README)
    notes = _write(tmp_path / "k8s" / "Notes.md", "# Kubernetes Pods\n\n" + RUST_README[60:])
    assert parse_notes(index).deck_name == "SQL Drills"
    assert parse_notes(notes).deck_name == "Kubernetes Pods"


def test_two_readmes_in_two_folders_are_two_decks(store, tmp_path):
    go = _write(tmp_path / "go-interview-prep" / "README.md", GO_README)
    rust = _write(tmp_path / "rust-notes" / "README.md", RUST_README.split("\n", 2)[2])
    import_file(store, go)
    import_file(store, rust)
    assert _decks(store) == {
        "Go Interview Prep": ["What does defer do?", "What is a goroutine?"],
        "Rust Notes": ["What is Box?", "What is a borrow?", "When is a value dropped?"],
    }


def test_a_deck_of_the_parsers_name_from_a_file_still_there_is_another_files(store, tmp_path):
    """`_known_name`: a deck named "go_notes" by an older version, its file still in
    place, is not where another folder's go_notes.md goes."""
    first = _write(tmp_path / "a" / "go_notes.md", GO_README)
    old = ParsedDocument(
        "go_notes", "markdown", [ParsedQuestion("What is a channel?", "A pipe.", 1)]
    )
    store.import_document(old, str(first.resolve()), "hash")
    second = _write(tmp_path / "b" / "go_notes.md", GO_README)
    assert import_file(store, second).deck_name == "Go Notes"
    assert _decks(store)["go_notes"] == ["What is a channel?"]


def test_a_moved_file_still_finds_its_deck_of_the_parsers_name(store, tmp_path):
    """The deck holds these notes' questions (a move: core.moved_notes); a file of its
    name holding other questions is a deck of its own (tests/core/test_moved_notes)."""
    gone = tmp_path / "old" / "go_notes.md"
    old = ParsedDocument(
        "go_notes",
        "markdown",
        [ParsedQuestion(t, "Old.", 1) for t in ("What is a goroutine?", "What does `defer` do?")],
    )
    store.import_document(old, str(gone), "hash")
    moved = _write(tmp_path / "new" / "go_notes.md", GO_README)
    assert import_file(store, moved).deck_name == "go_notes"
    other = _write(tmp_path / "other" / "go_notes.md", "## What is a channel?\n\nA pipe.\n")
    moved.unlink()
    assert import_file(store, other).deck_name == "Go Notes"


def test_two_readmes_of_one_title_are_told_apart_by_their_folders(store, tmp_path):
    first = _write(tmp_path / "repo-a" / "README.md", "# Interview Questions\n\n" + GO_README)
    second = _write(
        tmp_path / "sys_design" / "README.md", "# Interview Questions\n\n" + RUST_README[60:]
    )
    assert import_file(store, first).deck_name == "Interview Questions"
    # the preview proposes the name the import gives (it proposed "(README)")
    assert preview_import(store, second).new_name == "Interview Questions (Sys Design)"
    assert import_file(store, second).deck_name == "Interview Questions (Sys Design)"
    assert import_file(store, second, force=True).deck_name == "Interview Questions (Sys Design)"
    assert len(store.decks()) == 2


# --- a folder whose name names nothing either ----------------------------------------

NOTEBOOK = """{"cells": [
 {"cell_type": "markdown", "metadata": {}, "source": ["## What is a confusion matrix?\\n",
  "A table of true and false positives and negatives."]},
 {"cell_type": "markdown", "metadata": {}, "source": ["## What is recall?\\n", "TP/(TP+FN)."]}
], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
"""

HANDFUL = "## What is a goroutine?\n\nA green thread.\n\n## What is a channel?\n\nA typed pipe.\n"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home of the person's own, their Downloads where the system says it is."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(home / "Downloads"))
    monkeypatch.setenv("XDG_DESKTOP_DIR", str(home / "Schreibtisch"))  # not its English name
    return home


def test_a_notebook_in_the_downloads_folder_keeps_its_own_name(home):
    notes = _write(home / "Downloads" / "notes.ipynb", NOTEBOOK)
    assert parse_notes(notes).deck_name == "Notes"


def test_notes_on_the_desktop_of_another_language_keep_their_own_name(home):
    notes = _write(home / "Schreibtisch" / "index.md", HANDFUL)
    assert parse_notes(notes).deck_name == "Index"


def test_notes_right_in_the_home_or_temporary_folder_keep_their_own_name(
    home, tmp_path, monkeypatch
):
    import tempfile

    assert parse_notes(_write(home / "README.md", HANDFUL)).deck_name == "README"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "scratch"))
    assert parse_notes(_write(tmp_path / "scratch" / "notes.md", HANDFUL)).deck_name == "Notes"


@pytest.mark.parametrize(
    ("folder", "named"),
    # two letters can name the subject: a regression reader's ~/go/notes.md was "Notes"
    [("x1", "Notes"), ("01", "Notes"), ("ml", "ML"), ("go", "Go"), ("py", "Py")],
)
def test_a_folder_name_too_short_to_say_anything_names_no_deck(tmp_path, folder, named):
    notes = _write(tmp_path / folder / "notes.ipynb", NOTEBOOK)
    assert parse_notes(notes).deck_name == named
