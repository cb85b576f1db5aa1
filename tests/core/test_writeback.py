"""Edit where you read: an edited question goes back into its notes file, or stays in
the store (and survives re-imports) where the file cannot take it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from studyapp.core.editor_command import editor_command
from studyapp.core.importer import import_default_deck, import_file
from studyapp.core.store import Store
from studyapp.core.writeback import (
    OVERTAKEN,
    REFUSED,
    STORED,
    UNCHANGED,
    WRITTEN,
    edit_question,
)
from tests.helpers.cards import record

NOTES = """# Interview notes

Some intro line.

## Statistics

### What is variance?

The average squared distance
from the mean.

### What is a p-value?

The chance of data at least this extreme under the null.

## Models

### What is a decision tree?

A model that splits on features.
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as s:
        yield s


def imported(store: Store, path: Path, text: str = NOTES, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    import_file(store, path)
    return path


def by_title(store: Store, title: str):
    return next(q for q in store.questions() if q.title == title)


def test_an_edit_is_written_at_the_questions_lines_and_keeps_its_progress(store, tmp_path):
    notes = imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")
    record(store, q.id, 3, 5.0, "study", 1)

    result = edit_question(store, q.id, "What is the variance?", "E[(X - μ)²].", None)

    assert result.outcome == WRITTEN, result.message
    text = notes.read_text(encoding="utf-8")
    assert "### What is the variance?\n\nE[(X - μ)²].\n\n### What is a p-value?" in text
    assert text.replace("### What is the variance?\n\nE[(X - μ)²].", "") == NOTES.replace(
        "### What is variance?\n\nThe average squared distance\nfrom the mean.", ""
    )
    assert result.backup is not None and result.backup.read_text(encoding="utf-8") == NOTES
    edited = store.question(q.id)  # same id: its review stays with it
    assert edited is not None and edited.title == "What is the variance?"
    assert edited.answer_markdown == "E[(X - μ)²]."
    assert [r.question_id for r in store.reviews()] == [q.id]
    assert len(store.questions()) == 3
    # The lines moved up by one: the next question's stored line follows the file.
    after = by_title(store, "What is a p-value?")
    assert text.split("\n")[after.source_line - 1] == "### What is a p-value?"
    # A later re-import of the same file (forced) keeps the id too.
    import_file(store, notes, force=True)
    assert store.question(q.id) is not None and len(store.questions()) == 3


@pytest.mark.parametrize(
    ("encoding", "prefix", "newline"),
    [
        ("utf-8", b"\xef\xbb\xbf", "\r\n"),
        ("utf-16-le", b"\xff\xfe", "\n"),
        ("cp1252", b"", "\n"),
        ("utf-8", b"", "\r\n"),
    ],
)
def test_the_file_keeps_its_encoding_and_line_endings(store, tmp_path, encoding, prefix, newline):
    text = NOTES.replace("from the mean.", "from the mean (café).").replace("\n", newline)
    notes = tmp_path / "notes.md"
    notes.write_bytes(prefix + text.encode(encoding))
    import_file(store, notes)
    q = by_title(store, "What is a p-value?")

    result = edit_question(store, q.id, q.title, "Naïve answer.", None)

    assert result.outcome == WRITTEN, result.message
    data = notes.read_bytes()
    assert data.startswith(prefix)
    written = data[len(prefix) :].decode(encoding)
    assert written == text.replace(
        "The chance of data at least this extreme under the null.", "Naïve answer."
    )


def test_an_edit_is_refused_when_the_file_changed_since_its_import(store, tmp_path):
    notes = imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")
    notes.write_text(NOTES + "\n### A new one?\n\nYes.\n", encoding="utf-8")

    models = next(t for t in store.topics(q.deck_id) if t.name == "Models")
    result = edit_question(store, q.id, "Changed?", "Changed.", models.id)

    assert result.outcome == REFUSED
    assert "changed since it was imported" in result.message and "Re-import" in result.message
    assert store.question(q.id).title == "What is variance?"
    assert store.question(q.id).topic_id != models.id
    assert "Changed" not in notes.read_text(encoding="utf-8")
    assert not (tmp_path / ".note-versions").exists()


def stored_only(store: Store, notes: Path, q, reason: str) -> None:
    before = notes.read_bytes() if notes.exists() else None
    result = edit_question(store, q.id, "Edited title?", "Edited answer.", None)
    assert result.outcome == STORED, result.message
    assert reason in result.message
    assert (notes.read_bytes() if notes.exists() else None) == before
    edited = store.question(q.id)
    assert (edited.title, edited.answer_markdown) == ("Edited title?", "Edited answer.")


def test_a_read_only_file_keeps_the_edit_in_the_store_across_reimports(
    store, tmp_path, monkeypatch
):
    notes = imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")
    notes.chmod(0o444)
    if os.access(notes, os.W_OK):  # root may write anything: answer as for anyone else
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode: False if Path(p) == notes else real_access(p, mode)
        )
    stored_only(store, notes, q, "read-only")
    monkeypatch.undo()
    notes.chmod(0o644)
    notes.write_text(NOTES.replace("A model that splits", "A tree that splits"), encoding="utf-8")
    summary = import_file(store, notes)
    assert summary.updated == 1
    kept = store.question(q.id)
    assert (kept.title, kept.answer_markdown) == ("Edited title?", "Edited answer.")
    # Use the Notes' Text: the file's own text again, the same question.
    from studyapp.core.decks import take_notes_text

    take_notes_text(store, q.id)
    back = store.question(q.id)
    assert back.title == "What is variance?" and not back.edited
    assert "Edited" not in back.answer_markdown and back.answer_markdown.strip()


def cards_json(*pairs: tuple[str, str]) -> str:
    """Flashcards kept as JSON: a kind of notes StudyApp reads and does not write into."""
    return json.dumps([{"question": q, "answer": a} for q, a in pairs])


def test_a_json_deck_keeps_the_edit_in_the_store_across_reimports(store, tmp_path):
    cards = tmp_path / "cards.json"
    cards.write_text(cards_json(("What is a GAN?", "Two networks."), ("What is RL?", "Rewards.")))
    import_file(store, cards)
    q = by_title(store, "What is a GAN?")
    stored_only(store, cards, q, "not a notes file StudyApp writes into")
    cards.write_text(cards_json(("What is a GAN?", "Two nets."), ("What is RL?", "Rewards!")))
    import_file(store, cards)
    assert store.question(q.id).answer_markdown == "Edited answer."
    assert by_title(store, "What is RL?").answer_markdown == "Rewards!"


def test_the_notes_text_can_be_taken_back_over_an_edit_kept_in_the_store(store, tmp_path):
    """A card edited in the app where its file cannot take the edit (a JSON deck's;
    a CSV's, before CSV rows were written back) ignored the file's later changes for
    good. Use the Notes' Text drops the edit: the card takes the file's text now and
    its later changes again, its progress kept; an edit kept for another reason (a
    read-only Markdown file) comes back the same way."""
    from studyapp.core.decks import take_notes_text

    cards = tmp_path / "cards.json"
    cards.write_text(cards_json(("What is a GAN?", "Two networks."), ("What is RL?", "Rewards.")))
    import_file(store, cards)
    q = by_title(store, "What is a GAN?")
    stored_only(store, cards, q, "not a notes file StudyApp writes into")
    cards.write_text(cards_json(("What is a GAN?", "Two nets."), ("What is RL?", "Rewards.")))
    import_file(store, cards)
    assert store.question(q.id).answer_markdown == "Edited answer."  # kept, as before
    summary = take_notes_text(store, q.id)
    back = store.question(q.id)
    assert (back.title, back.answer_markdown, back.edited) == ("What is a GAN?", "Two nets.", False)
    assert summary.updated == 1
    cards.write_text(cards_json(("What is a GAN?", "Generator and critic."), ("What is RL?", "R.")))
    import_file(store, cards)
    assert store.question(q.id).answer_markdown == "Generator and critic."


def test_the_bundled_deck_keeps_the_edit_in_the_store(store):
    import_default_deck(store)
    q = store.questions()[0]
    result = edit_question(store, q.id, q.title, "My own answer.", None)
    assert result.outcome == STORED and "bundled deck" in result.message
    assert store.question(q.id).answer_markdown == "My own answer."


def test_a_file_that_needed_encoding_repair_is_not_rewritten(store, tmp_path):
    # UTF-8 text once decoded as Windows-1252 and saved again: "café" reads "cafÃ©".
    broken = NOTES.replace("from the mean.", "from the mean, at the café.")
    notes = tmp_path / "notes.md"
    notes.write_bytes(broken.encode("utf-8").decode("cp1252").encode("utf-8"))
    import_file(store, notes)
    q = by_title(store, "What is a p-value?")
    stored_only(store, notes, q, "repaired")


def test_a_question_in_a_folder_deck_is_written_to_its_own_file(store, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "stats.md").write_text(NOTES, encoding="utf-8")
    (folder / "more.md").write_text("## What is bias?\n\nA systematic error.\n", encoding="utf-8")
    import_file(store, folder)
    q = by_title(store, "What is a decision tree?")
    result = edit_question(store, q.id, q.title, "A model of nested if-else splits.", None)
    assert result.outcome == WRITTEN, result.message
    assert result.path == folder / "stats.md"
    assert "A model of nested if-else splits." in (folder / "stats.md").read_text()
    assert result.backup is not None and result.backup.read_text(encoding="utf-8") == NOTES
    assert sorted(p.name for p in folder.iterdir()) == ["more.md", "stats.md"]
    assert store.question(q.id).answer_markdown == "A model of nested if-else splits."


def test_an_edit_elsewhere_in_a_folder_deck_does_not_refuse_this_one(store, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "stats.md").write_text(NOTES, encoding="utf-8")
    (folder / "more.md").write_text("## What is bias?\n\nA systematic error.\n", encoding="utf-8")
    import_file(store, folder)
    (folder / "more.md").write_text("## What is bias?\n\nA systematic error; edited.\n")
    q = by_title(store, "What is a decision tree?")
    result = edit_question(store, q.id, q.title, "Nested if-else splits.", None)
    assert result.outcome == WRITTEN, result.message
    assert "Nested if-else splits." in (folder / "stats.md").read_text()
    assert "edited" in (folder / "more.md").read_text()  # the other file as it was


def test_a_write_that_fails_keeps_the_file_and_the_edit_in_the_store(store, tmp_path, monkeypatch):
    notes = imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    # (the disk full already for the previous version, kept first: nothing is written)
    stored_only(store, notes, q, "(No space left on device), so notes.md was left as it was")
    assert notes.read_text(encoding="utf-8") == NOTES
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".notes")] == []


def test_text_the_files_legacy_encoding_cannot_hold_stays_in_the_store(store, tmp_path):
    notes = imported(store, tmp_path / "notes.md", NOTES + "\nCafé.\n", "cp1252")
    before = notes.read_bytes()
    q = by_title(store, "What is variance?")
    result = edit_question(store, q.id, q.title, "σ² in Greek.", None)
    assert result.outcome == STORED and "cp1252" in result.message
    assert notes.read_bytes() == before
    assert store.question(q.id).answer_markdown == "σ² in Greek."


def test_a_missing_file_keeps_the_edit_in_the_store(store, tmp_path):
    notes = imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")
    shutil.move(notes, tmp_path / "elsewhere.md")
    stored_only(store, notes, q, "missing")


def test_topic_only_edits_move_the_question(store, tmp_path):
    imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")
    models = next(t for t in store.topics(q.deck_id) if t.name == "Models")
    result = edit_question(store, q.id, q.title, q.answer_markdown, models.id)
    assert result.outcome == UNCHANGED
    assert store.question(q.id).topic_id == models.id


TERMINAL = "x-terminal-emulator"


@pytest.mark.parametrize(
    ("env", "platform", "installed", "expected"),
    [
        # a terminal editor runs in a terminal window, or nothing would show
        (
            {"VISUAL": "vim", "EDITOR": "nano"},
            "linux",
            {TERMINAL},
            [TERMINAL, "-e", "vim", "+12", "/n/a.md"],
        ),
        (
            {"EDITOR": "vim", "TERMINAL": "kitty"},
            "linux",
            {"kitty"},
            ["kitty", "-e", "vim", "+12", "/n/a.md"],
        ),
        # no terminal to show it in: the system's handler instead
        ({"EDITOR": "nano -w"}, "linux", set(), ["xdg-open", "/n/a.md"]),
        ({"EDITOR": "gedit"}, "linux", set(), ["gedit", "+12", "/n/a.md"]),
        (
            {"EDITOR": "/usr/bin/code --wait"},
            "linux",
            set(),
            ["/usr/bin/code", "--wait", "--goto", "/n/a.md:12"],
        ),
        ({"EDITOR": "subl"}, "darwin", set(), ["subl", "/n/a.md:12"]),
        ({"EDITOR": "vim"}, "darwin", {TERMINAL}, ["open", "/n/a.md"]),
        ({"EDITOR": "notepad"}, "win32", set(), ["notepad", "/n/a.md"]),
        ({"VISUAL": "  "}, "linux", set(), ["xdg-open", "/n/a.md"]),
        ({}, "darwin", set(), ["open", "/n/a.md"]),
        ({}, "win32", set(), ["cmd", "/c", "start", "", "/n/a.md"]),
    ],
)
def test_editor_command(env, platform, installed, expected):
    assert editor_command("/n/a.md", 12, env, platform, which=installed.__contains__) == expected


def test_open_in_editor_opens_the_questions_own_file_at_its_line(store, tmp_path):
    from studyapp.core.editor_command import open_in_editor_command
    from studyapp.core.model import StudyAppError

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "stats.md").write_text(NOTES, encoding="utf-8")
    import_file(store, folder)
    q = by_title(store, "What is a p-value?")
    argv = open_in_editor_command(store, q.id, {"EDITOR": "gedit"}, "linux")
    assert argv == ["gedit", f"+{q.source_line}", str(folder.resolve() / "stats.md")]
    assert NOTES.split("\n")[q.source_line - 1] == "### What is a p-value?"
    (folder / "stats.md").unlink()
    with pytest.raises(StudyAppError, match="gone"):
        open_in_editor_command(store, q.id, {}, "linux")


def test_the_bundled_deck_has_no_file_to_open(store):
    from studyapp.core.editor_command import open_in_editor_command
    from studyapp.core.model import StudyAppError

    import_default_deck(store)
    with pytest.raises(StudyAppError, match="bundled"):
        open_in_editor_command(store, store.questions()[0].id, {}, "linux")


@pytest.mark.parametrize(
    ("heading", "stored"),
    [
        ("### What does `@functools.lru_cache` do?", "What does @functools.lru_cache do?"),
        ("### What is *overfitting* in [ML](https://x.org)?", "What is overfitting in ML?"),
        ("1. How does `git rebase -i` work?", "How does git rebase -i work?"),
    ],
    ids=["code span", "emphasis and a link", "a numbered item"],
)
def test_a_title_written_with_markdown_takes_an_edit_of_its_answer(
    store, tmp_path, heading, stored
):
    """The stored title leaves the file's Markdown out; the question is still found at
    its line, its answer written back, and its title left as the file writes it."""
    body = "Caches calls." if heading.startswith("1.") else "Caches calls.\n"
    notes = imported(store, tmp_path / "notes.md", f"# Notes\n\n{heading}\n\n{body}")
    q = by_title(store, stored)
    result = edit_question(store, q.id, q.title, "Memoizes calls: same args, same result.", None)
    assert result.outcome == WRITTEN, result.message
    text = notes.read_text(encoding="utf-8")
    assert heading in text and "Memoizes calls: same args, same result." in text
    assert "Caches calls." not in text
    assert store.question(q.id).answer_markdown == "Memoizes calls: same args, same result."


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("**What does `yield` do?**", "**What does yield do in Python?**"),
        ("### Q1. What does `yield` do?", "### Q1. What does yield do in Python?"),
        ("### What does `yield` do? ✅", "### What does yield do in Python? ✅"),
        ("Question 3: What does `yield` do?", "Question 3: What does yield do in Python?"),
    ],
    ids=["bold", "a number", "a mark after", "a label"],
)
def test_a_new_title_replaces_only_the_title_on_a_line_that_holds_markdown(
    store, tmp_path, line, written
):
    """What the line holds around the title stays: without its bold or its label, the
    line would no longer read as a question and the re-import would remove it."""
    notes = imported(store, tmp_path / "notes.md", f"# Notes\n\n{line}\n\nMakes a generator.\n")
    (q,) = store.questions()
    result = edit_question(store, q.id, "What does yield do in Python?", q.answer_markdown, None)
    assert result.outcome == WRITTEN, result.message
    assert written in notes.read_text(encoding="utf-8").split("\n")
    (after,) = store.questions()
    assert after.id == q.id and after.title == "What does yield do in Python?"


# --- an edit written as its place needs, or not at all --------------------------------

TABLE = """# Python

| # | Question | Answer |
|---|----------|--------|
| 1 | What is a decorator? | A callable that wraps a function. |
| 2 | What is the GIL? | A lock: one thread runs bytecode at a time. |
| 3 | What is a metaclass? | The class of a class. |
"""

ANSWER = "A callable that wraps a function.\n\n```python\n@cache\ndef f(): ...\n```\n\n- one\n- two"


def test_a_multi_line_answer_in_a_table_row_is_written_as_the_cell_holds_it(store, tmp_path):
    """A new user's edit with a code block wrote raw line breaks into the row: the table
    ended there and two questions after it were read as a footer."""
    path = imported(store, tmp_path / "table.md", TABLE)
    result = edit_question(
        store, by_title(store, "What is a decorator?").id, "What is a decorator?", ANSWER
    )
    assert result.outcome == WRITTEN, result.message
    assert len(store.questions()) == 3
    assert by_title(store, "What is a decorator?").answer_markdown == ANSWER
    assert by_title(store, "What is a metaclass?").answer_markdown == "The class of a class."
    assert (
        "| 1 | What is a decorator? | A callable that wraps a function.<br><br>```python<br>"
        in (path.read_text())
    )
    gil = by_title(store, "What is the GIL?").id
    result = edit_question(store, gil, "What is the GIL | global interpreter lock?", "A lock.")
    assert result.outcome == WRITTEN, result.message
    assert store.question(gil).title == "What is the GIL | global interpreter lock?"
    assert store.question(gil).answer_markdown == "A lock."
    edited = by_title(store, "What is a decorator?").id  # its multi-line answer edited again
    result = edit_question(store, edited, "What is a decorator?", "Short | again.")
    assert result.outcome == WRITTEN, result.message
    assert store.question(edited).answer_markdown == "Short | again."
    assert len(store.questions()) == 3


LIST = """# Java

1. What is autoboxing?
   Converting a primitive to its wrapper.
2. What is the difference between an interface and an abstract class?
   An interface has no state.
3. What is a checked exception?
   One the compiler makes you handle.
"""


def test_a_multi_line_answer_under_a_list_item_is_indented_as_the_item(store, tmp_path):
    """Written at column 0, the code fence and the steps ended the list item, and the
    next question became an item of the steps' list in every other Markdown reader."""
    path = imported(store, tmp_path / "list.md", LIST)
    title = "What is the difference between an interface and an abstract class?"
    answer = (
        "An interface has no state.\n\n```java\ninterface A {}\n```\n\n1. step one\n2. step two"
    )
    result = edit_question(store, by_title(store, title).id, title, answer)
    assert result.outcome == WRITTEN, result.message
    assert "   ```java\n   interface A {}\n   ```\n\n   1. step one\n" in path.read_text()
    assert [q.title for q in store.questions()][2] == "What is a checked exception?"
    assert by_title(store, title).answer_markdown == answer
    again = "Two lines\nnow."  # its answer, stored without the indent, is found again
    result = edit_question(store, by_title(store, title).id, title, again)
    assert result.outcome == WRITTEN, result.message
    assert (
        "2. What is the difference between an interface and an abstract class?\n   Two lines\n   now.\n3."
        in path.read_text()
    )


def test_an_edit_that_would_read_back_as_other_questions_stays_in_the_store(store, tmp_path):
    """A heading typed into an answer would make a new question of the notes (and
    take lines from this one): the file is left as it was."""
    path = imported(store, tmp_path / "notes.md")
    before = path.read_bytes()
    q = by_title(store, "What is a p-value?")
    result = edit_question(
        store, q.id, q.title, "A probability.\n\n### What is alpha?\n\nA threshold."
    )
    assert result.outcome == STORED
    assert "its line \u201c### What is alpha?\u201d would start a question" in result.message
    assert path.read_bytes() == before
    assert store.question(q.id).answer_markdown.startswith("A probability.")


CODE_NOTES = """# Python

## How does `is` differ from `==`?

Identity against equality.

## When is `__slots__` worth it?

Many small objects.
"""


def test_a_title_with_code_is_edited_as_it_is_shown_and_keeps_its_code(store, tmp_path):
    """The title is edited as the app shows it, its code in backticks: an answer edit
    leaves the file's title as written, and a title typed with new code writes the
    backticks into the notes and shows them, as a re-import of those notes would."""
    notes = imported(store, tmp_path / "py.md", CODE_NOTES)
    q = next(q for q in store.questions() if q.title_markup.startswith("How does"))
    shown = q.shown_title

    result = edit_question(store, q.id, shown, "Identity: the same object.")
    assert result.outcome == WRITTEN, result.message
    assert "## How does `is` differ from `==`?\n\nIdentity: the same object." in (
        notes.read_text(encoding="utf-8")
    )
    assert store.question(q.id).shown_title == shown

    result = edit_question(store, q.id, "When is `is` right, and `==` wrong?", "Identity.")
    assert result.outcome == WRITTEN, result.message
    assert "## When is `is` right, and `==` wrong?\n\nIdentity." in notes.read_text("utf-8")
    edited = store.question(q.id)  # the same question, its plain title and its code
    assert edited.title == "When is is right, and == wrong?"
    assert edited.shown_title == "When is `is` right, and `==` wrong?"
    assert edit_question(store, q.id, edited.shown_title, "Identity.").outcome == UNCHANGED


def test_code_typed_into_a_title_kept_in_the_store_shows_as_code(store, tmp_path):
    cards = tmp_path / "cards.json"  # (a file StudyApp does not write into)
    cards.write_text(cards_json(("What does map do?", "Applies f.")), encoding="utf-8")
    import_file(store, cards)
    q = by_title(store, "What does map do?")
    result = edit_question(store, q.id, "What does `map` return?", "An iterator.")
    assert result.outcome == STORED, result.message
    edited = store.question(q.id)
    assert (edited.title, edited.shown_title) == (
        "What does map return?",
        "What does `map` return?",
    )
    import_file(store, cards, force=True)  # kept over a re-import, code and all
    assert store.question(q.id).shown_title == "What does `map` return?"


CHAT = """# Chat: interview prep

## User

Yes, can you explain what a B-tree index is?

## Assistant

A balanced tree of keys; lookups in O(log n).

## User

ok and what's a covering index?

## Assistant

One that holds every column the query needs.
"""


def test_a_chat_turns_title_after_words_it_leaves_out_is_edited_in_place(store, tmp_path):
    """A chat turn's title leaves out the talk before it ("Yes, can you explain…" reads
    "Can you explain…"): an edit of the title was kept in the app, its message saying
    the title was "not at line 5 any more". The words before it stay; the title's go."""
    notes = imported(store, tmp_path / "chat.md", CHAT)
    for q in store.questions():
        result = edit_question(store, q.id, q.title.rstrip("?") + " in SQL?", q.answer_markdown)
        assert result.outcome == WRITTEN, result.message
    text = notes.read_text(encoding="utf-8")
    assert "Yes, can you explain what a B-tree index is in SQL?" in text
    assert "ok and what's a covering index in SQL?" in text


@pytest.mark.parametrize(
    ("changed", "ours"),
    [
        # the answer changed on disk (saved by another editor, re-imported live)
        (("The average squared distance\nfrom the mean.", "Mean squared deviation."), "Mine."),
        # the title changed on disk; the edit keeps the title it opened with
        (("### What is variance?", "### What is the variance of X?"), "Mine, again."),
    ],
)
def test_an_edit_begun_before_its_notes_changed_overwrites_nothing(store, tmp_path, changed, ours):
    """A tester edited a question (F4) while saving its notes in another editor; the
    file was re-imported and Save wrote the dialog's text over that change unasked."""
    notes = imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")
    opened = (q.title, q.answer_markdown)
    text = NOTES.replace(*changed)
    notes.write_text(text, encoding="utf-8")
    import_file(store, notes)  # what the window's watch does when the file is saved
    now = store.question(q.id)
    assert (now.title, now.answer_markdown) != opened

    result = edit_question(store, q.id, q.title, ours, None, opened=opened)

    assert result.outcome == OVERTAKEN
    assert "notes.md changed this question while you edited it" in result.message
    assert notes.read_text(encoding="utf-8") == text
    assert store.question(q.id) == now
    # Asked and told to go ahead (opened no longer given), the edit is written.
    assert edit_question(store, q.id, now.title, ours, None).outcome == WRITTEN
    assert ours in notes.read_text(encoding="utf-8")


def test_an_edit_of_a_question_its_notes_left_alone_is_saved(store, tmp_path):
    """Another question of the file changed meanwhile: this edit still goes in."""
    notes = imported(store, tmp_path / "notes.md")
    q = by_title(store, "What is variance?")
    opened = (q.title, q.answer_markdown)
    notes.write_text(NOTES.replace("splits on features", "splits on one feature"), "utf-8")
    import_file(store, notes)

    result = edit_question(store, q.id, q.title, "Spread around the mean.", None, opened=opened)

    assert result.outcome == WRITTEN, result.message
    text = notes.read_text(encoding="utf-8")
    assert "Spread around the mean." in text and "splits on one feature" in text
