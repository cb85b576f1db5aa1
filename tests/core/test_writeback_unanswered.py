"""A question written down without an answer gets the answer typed in the app written
into its notes file, in the shape the file gives its other answers."""

from __future__ import annotations

import pytest

from studyapp.core.writeback import WRITTEN, edit_question
from tests.core.test_writeback import by_title, imported, store  # noqa: F401  (fixture)

NUMBERED = """# Python

1. What is the difference between a list and a tuple?
   Lists are mutable, tuples are immutable.

2. What is the difference between deepcopy and copy?

3. What does the GIL do?
   It lets one thread run Python bytecode at a time.
"""

PREFIXED = """Q: What is a primary key?
A: A column that identifies each row.

Q: What is a foreign key?

Q: What is an index?
A: A structure that makes lookups fast.
"""

HEADINGS = """# Networking

## What is TCP?

A reliable byte stream.

## What is UDP?

## What is QUIC?

UDP with streams and TLS.
"""

BOLD_TERMS = """## Caching

**What is a cache stampede?**
Many requests miss at once and all hit the database.

**What is write-through caching?**

**What is a TTL?**
How long an entry lives.
"""


@pytest.mark.parametrize(
    ("notes", "title", "answer", "written"),
    [
        (
            NUMBERED,
            "What is the difference between deepcopy and copy?",
            "copy shares the inner objects;\ndeepcopy copies them too.",
            "2. What is the difference between deepcopy and copy?\n"
            "   copy shares the inner objects;\n   deepcopy copies them too.\n",
        ),
        (
            PREFIXED,
            "What is a foreign key?",
            "A column pointing at another table's key.",
            "Q: What is a foreign key?\nA: A column pointing at another table's key.\n",
        ),
        (
            HEADINGS,
            "What is UDP?",
            "Datagrams, no delivery promise.",
            "## What is UDP?\n\nDatagrams, no delivery promise.\n",
        ),
        (
            BOLD_TERMS,
            "What is write-through caching?",
            "Every write goes to the cache and the store together.",
            "**What is write-through caching?**\n"
            "Every write goes to the cache and the store together.\n",
        ),
    ],
)
def test_an_answer_typed_for_an_unanswered_question_goes_into_the_file(
    store,  # noqa: F811
    tmp_path,
    notes,
    title,
    answer,
    written,
):
    path = imported(store, tmp_path / "notes.md", notes)
    question = by_title(store, title)
    assert question.answer_markdown == ""
    result = edit_question(store, question.id, title, answer)
    assert result.outcome == WRITTEN, result.message
    assert written in path.read_text(encoding="utf-8")
    again = by_title(store, title)
    assert again.id == question.id and again.answer_markdown == answer
    # The questions around it read as before.
    assert len(store.questions()) == 3


# Placeholders for answers not written yet: the import reads each as no answer.
@pytest.mark.parametrize(
    ("name", "notes", "title", "placeholder", "written"),
    [
        (
            "notes.md",
            "# Networking\n\n## What is TCP?\n\nA reliable byte stream.\n\n"
            "## What is UDP?\n\nTBD\n\n## What is QUIC?\n\nUDP with streams and TLS.\n",
            "What is UDP?",
            "TBD",
            "## What is UDP?\n\nDatagrams, no delivery promise.\n\n## What is QUIC?",
        ),
        (
            "notes.md",
            "# Python\n\n1. What is a list?\n   A mutable sequence.\n"
            "2. What is the GIL?\n   TODO\n3. What is a tuple?\n   An immutable sequence.\n",
            "What is the GIL?",
            "TODO",
            "2. What is the GIL?\n   Datagrams, no delivery promise.\n3. What is a tuple?",
        ),
        (
            "notes.txt",
            "Q: What is a primary key?\nA: A column that identifies each row.\n\n"
            "Q: What is a foreign key?\nA: ???\n\n"
            "Q: What is an index?\nA: A structure that makes lookups fast.\n",
            "What is a foreign key?",
            "???",
            "Q: What is a foreign key?\nA: Datagrams, no delivery promise.\n\nQ: What is an index?",
        ),
        (
            "cards.csv",
            "question,answer\nWhat is a heap?,A tree ordered parent first.\n"
            "What is a trie?,TBD\nWhat is a B-tree?,A tree with many keys per node.\n",
            "What is a trie?",
            "TBD",
            'What is a trie?,"Datagrams, no delivery promise."\nWhat is a B-tree?',
        ),
    ],
)
def test_an_answer_typed_for_a_placeholder_takes_its_place_in_the_file(
    store,  # noqa: F811
    tmp_path,
    name,
    notes,
    title,
    placeholder,
    written,
):
    path = imported(store, tmp_path / name, notes)
    question = by_title(store, title)
    assert question.answer_markdown == ""
    result = edit_question(store, question.id, title, "Datagrams, no delivery promise.")
    assert result.outcome == WRITTEN, result.message
    text = path.read_text(encoding="utf-8")
    # Written where the placeholder stood, which is gone (not left under the answer).
    assert written in text
    assert placeholder not in text
    again = by_title(store, title)
    assert again.id == question.id and again.answer_markdown == "Datagrams, no delivery promise."
    assert len(store.questions()) == 3


@pytest.mark.parametrize(
    ("name", "notes", "title"),
    [
        (
            "notes.md",
            "# Networking\n\n## What is TCP?\n\nA reliable byte stream.\n\n"
            "## What is UDP?\n\nTBD\n\n## What is QUIC?\n\nUDP with streams and TLS.\n",
            "What is UDP?",
        ),
        (
            "cards.csv",
            "question,answer\nWhat is a heap?,A tree ordered parent first.\n"
            "What is a trie?,TBD\nWhat is a B-tree?,A tree with many keys per node.\n",
            "What is a trie?",
        ),
    ],
)
def test_ctrl_z_of_an_answer_typed_for_a_placeholder_gives_the_placeholder_back(
    store,  # noqa: F811
    tmp_path,
    name,
    notes,
    title,
):
    """A tester's Ctrl+Z after typing an answer for a 'TBD' question left an empty line
    (an empty cell) where 'TBD' had been: the old answer, none, was written back."""
    from studyapp.core.edit_undo import edit_step, undo_edit

    path = imported(store, tmp_path / name, notes)
    before = by_title(store, title)
    result = edit_question(store, before.id, title, "Datagrams, no delivery promise.")
    assert result.outcome == WRITTEN, result.message
    step = edit_step(store, before, result)
    assert step is not None

    undone = undo_edit(store, step)

    assert undone.done, undone.said
    assert path.read_text(encoding="utf-8") == notes  # byte for byte, TBD included
    again = by_title(store, title)
    assert again.id == before.id and again.answer_markdown == ""
