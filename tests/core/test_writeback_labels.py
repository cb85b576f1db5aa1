"""An edit of a question whose answer ends with its note's tags as labels (``#sql
#indexing``: the import adds them from a ``Tags:`` line; they are not written at
the question's lines) goes back into the notes file: every such edit was kept in
StudyApp only ("its answer is not written in the file as it is stored"). (A note's
front-matter tags end no answer: test_front_matter_tag_labels.)"""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.writeback import WRITTEN, edit_question

TAGS_LINES = """\
# Networking

## What does the three-way handshake do?

It agrees on sequence numbers before data flows: SYN, SYN-ACK, ACK.

Tags: networking, tcp, transport

## What is head-of-line blocking?

A lost packet holds up the packets behind it until it is resent.

Tags: networking, http2
"""


@pytest.mark.parametrize(
    ("notes", "old", "new"),
    [
        (TAGS_LINES, "before data flows", "before any data flows"),
    ],
    ids=["Tags: lines"],
)
def test_an_edit_of_an_answer_ending_in_its_tags_is_written_into_the_notes(
    tmp_path, notes, old, new
):
    path = tmp_path / "notes.md"
    path.write_text(notes, encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, path)
        question = store.questions()[0]
        labels = question.answer_markdown.rsplit("\n\n", 1)[1]
        assert labels.startswith("#")  # the import's labels end the answer
        result = edit_question(
            store, question.id, question.title, question.answer_markdown.replace(old, new)
        )
        assert result.outcome == WRITTEN, result.message
        written = path.read_text(encoding="utf-8")
        assert written == notes.replace(old, new)  # the edit alone, no label line added
        again = store.question(question.id)
        assert again is not None and not again.edited  # it follows its file again
        assert again.answer_markdown.endswith(labels) and new in again.answer_markdown
        other = store.questions()[1]
        assert other.answer_markdown.rsplit("\n\n", 1)[1].startswith("#")
