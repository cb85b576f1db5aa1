"""An edit of a question whose notes end its answer with a ``Tags:`` line (read as
the question's tags, no text of its answer: core.question_tags) goes back into the
notes file, the line kept: such edits were once kept in StudyApp only ("its answer
is not written in the file as it is stored"). (A note's front-matter tags end no
answer either: test_front_matter_tag_labels.)"""

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
        assert question.tags == ("networking", "tcp", "transport")  # no text of the answer
        assert "#" not in question.answer_markdown and "Tags" not in question.answer_markdown
        result = edit_question(
            store, question.id, question.title, question.answer_markdown.replace(old, new)
        )
        assert result.outcome == WRITTEN, result.message
        written = path.read_text(encoding="utf-8")
        assert written == notes.replace(old, new)  # the edit alone, no label line added
        again = store.question(question.id)
        assert again is not None and not again.edited  # it follows its file again
        assert new in again.answer_markdown
        assert again.tags == ("networking", "tcp", "transport")  # the Tags: line kept
        assert store.questions()[1].tags == ("networking", "http2")
