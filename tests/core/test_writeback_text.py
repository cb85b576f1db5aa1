"""Write-back into plain-text notes: a phone's `Q:`/`A:` lines, "Question:"/"Answer:",
"1) …" over its answer. An edit goes into the question's own lines, everything else
of the file (its encoding, line endings, markers, emoji) kept byte for byte; an edit
the file's shape cannot hold (an answer line that would start a question) writes
nothing and says why; the live re-import after a write keeps the question (and its
progress)."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.writeback import STORED, WRITTEN, edit_question
from tests.helpers.cards import record
from tests.helpers.written_notes import by_title, imported

PHONE = (
    "Q: what does evrything re-render in react? 🤔\n"
    "A: the component and its children\n"
    "Q: useEffect vs useLayoutEffect\n"
    "A: layout one runs before paint 🎨\n"
    "effect one after\n"
    "\n"
    "Q: wat is a closure\n"
    "A: fn + its scope 😅\n"
)

LABELLED = (
    "Question: What is CSS specificity?\n"
    "Answer: How the browser picks a rule.\n"
    "It counts ids, classes, tags.\n"
    "\n"
    "Question: What is the box model?\n"
    "Answer: Content, padding, border, margin.\n"
)

NUMBERED = (
    "1) What is hoisting?\n"
    "Declarations move to the top of their scope.\n"
    "\n"
    "2) What is a promise?\n"
    "A value that comes later.\n"
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as s:
        yield s


def test_a_typo_fixed_in_a_phone_notes_title_is_written_into_its_q_line(store, tmp_path):
    """The reported case: F4, "evrything" to "everything", Ctrl+S said "Saved in
    StudyApp only (phone_notes.txt is not a Markdown notes file)"."""
    notes = imported(store, tmp_path / "phone_notes.txt", PHONE)
    q = by_title(store, "what does evrything re-render in react?")
    record(store, q.id, 3, 5.0, "study", 1)

    result = edit_question(
        store,
        q.id,
        "what does everything re-render in react?",
        q.answer_markdown,
        opened=(q.title, q.answer_markdown),
    )

    assert result.outcome == WRITTEN, result.message
    assert "phone_notes.txt" in result.message
    # the Q: marker and the emoji after the title stay; every other byte too
    assert notes.read_text(encoding="utf-8") == PHONE.replace("evrything", "everything")
    assert result.backup is not None and result.backup.read_text(encoding="utf-8") == PHONE
    edited = store.question(q.id)
    assert edited is not None and edited.title == "what does everything re-render in react?"
    assert not edited.edited  # the file holds it: its later changes reach the question
    assert [r.question_id for r in store.reviews()] == [q.id]
    assert len(store.questions()) == 3


def test_a_multi_line_answer_in_question_answer_lines_keeps_crlf(store, tmp_path):
    notes = imported(store, tmp_path / "css.txt", LABELLED, "\r\n")
    q = by_title(store, "What is CSS specificity?")

    result = edit_question(
        store, q.id, q.title, "How the browser picks a rule.\nIds, then classes, then tags."
    )

    assert result.outcome == WRITTEN, result.message
    assert notes.read_bytes() == (
        LABELLED.replace("It counts ids, classes, tags.", "Ids, then classes, then tags.")
        .replace("\n", "\r\n")
        .encode()
    )
    assert store.question(q.id).answer_markdown.endswith("Ids, then classes, then tags.")


def test_an_answer_growing_by_lines_stays_under_its_answer_marker(store, tmp_path):
    notes = imported(store, tmp_path / "phone_notes.txt", PHONE)
    q = by_title(store, "wat is a closure")

    result = edit_question(
        store, q.id, "What is a closure?", "A function with its scope 😅\nused for private state"
    )

    assert result.outcome == WRITTEN, result.message
    assert notes.read_text(encoding="utf-8").endswith(
        "\n\nQ: What is a closure?\nA: A function with its scope 😅\nused for private state\n"
    )
    assert notes.read_text(encoding="utf-8").startswith(PHONE.split("\n\n")[0] + "\n\n")


def test_a_numbered_question_over_its_answer_is_written_in_place(store, tmp_path):
    notes = imported(store, tmp_path / "js.text", NUMBERED)
    q = by_title(store, "What is a promise?")

    result = edit_question(store, q.id, "What is a Promise in JS?", "A value that comes later.")

    assert result.outcome == WRITTEN, result.message
    assert notes.read_text(encoding="utf-8") == NUMBERED.replace(
        "2) What is a promise?", "2) What is a Promise in JS?"
    )


def test_a_legacy_encoded_text_file_keeps_its_encoding(store, tmp_path):
    text = "Q: Qu'est-ce qu'un café ?\nA: Une boisson très chaude.\nQ: Et le thé ?\nA: Aussi.\n"
    notes = imported(store, tmp_path / "cuisine.txt", text, encoding="cp1252")
    q = by_title(store, "Et le thé ?")

    result = edit_question(store, q.id, q.title, "Une infusion, à peine moins chaude.")

    assert result.outcome == WRITTEN, result.message
    assert notes.read_bytes() == text.replace(
        "A: Aussi.", "A: Une infusion, à peine moins chaude."
    ).encode("cp1252")


@pytest.mark.parametrize(
    ("name", "text", "title", "answer"),
    [
        (
            "phone_notes.txt",
            PHONE,
            "useEffect vs useLayoutEffect",
            "layout one runs before paint\nQ: and useInsertionEffect?\nbefore both",
        ),
        (
            "css.txt",
            LABELLED,
            "What is the box model?",
            "Content, padding, border, margin.\n\nQuestion: What is box-sizing?",
        ),
    ],
)
def test_an_answer_line_that_would_start_a_question_writes_nothing(
    store, tmp_path, name, text, title, answer
):
    """Written there, the line would split the card on the next import: the file is
    left as it was, and the message says why."""
    notes = imported(store, tmp_path / name, text)
    q = by_title(store, title)
    count = len(store.questions())

    result = edit_question(store, q.id, q.title, answer)

    assert result.outcome == STORED
    started = next(line for line in answer.split("\n") if line.startswith("Q"))
    assert f"its line \u201c{started}\u201d would start a question of its own" in result.message
    assert notes.read_text(encoding="utf-8") == text
    assert len(store.questions()) == count
    assert store.question(q.id).answer_markdown == answer  # kept in the app, said so


@pytest.mark.parametrize(
    ("name", "text", "title", "new_title", "answer"),
    [
        ("phone_notes.txt", PHONE, "wat is a closure", "what is a closure", "fn + its scope 😅"),
        (
            "js.txt",
            NUMBERED,
            "What is hoisting?",
            "What is hoisting?",
            "Declarations (not values) move to the top of their scope.",
        ),
    ],
)
def test_the_live_reimport_after_a_write_keeps_the_question_and_its_progress(
    store, tmp_path, name, text, title, new_title, answer
):
    """The window's watch re-imports the file the edit was written into: the question
    is the same one (no new card, no card removed), its review kept, and a later
    change made in another editor reaches it."""
    notes = imported(store, tmp_path / name, text)
    q = by_title(store, title)
    record(store, q.id, 3, 5.0, "study", 1)
    count = len(store.questions())

    assert edit_question(store, q.id, new_title, answer).outcome == WRITTEN

    for force in (False, True):  # the watch's re-import; one that reads the file anew
        summary = import_file(store, notes, force=force)
        assert (summary.new, summary.removed) == (0, 0)
        assert len(store.questions()) == count
    assert store.question(q.id).title == new_title
    assert [r.question_id for r in store.reviews()] == [q.id]
    written = notes.read_text(encoding="utf-8")
    notes.write_text(written.replace(answer, answer + " Edited elsewhere."), encoding="utf-8")
    summary = import_file(store, notes)
    assert (summary.new, summary.removed, summary.updated) == (0, 0, 1)
    assert store.question(q.id).answer_markdown.endswith("Edited elsewhere.")
