"""The kinds of notes file StudyApp reads are one list (core.note_kinds.FILE_KINDS):
the "no questions found" message names each of them, LaTeX, slide decks and captions
among them, so it cannot fall behind the readers again."""

from __future__ import annotations

import pytest

from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import no_questions_message, parse_text
from studyapp.core.parse.latex import latex_source


def test_the_no_questions_message_names_every_kind_of_file_read():
    message = no_questions_message("notes.txt")
    assert all(suffix in message for suffix in OFFERED_SUFFIXES), message
    assert "LaTeX (.tex .latex)" in message and "slide decks (.pptx)" in message


@pytest.mark.parametrize("suffix", [".tex", ".latex"])
def test_a_file_read_as_latex_by_its_name_is_a_kind_offered(suffix):
    assert latex_source("Notes", suffix) and suffix in OFFERED_SUFFIXES
    notes = "\\section{Memory}\n\\subsection{What is paging?}\nFixed-size pages map to frames.\n"
    assert [q.title for q in parse_text(notes, suffix=suffix).questions] == ["What is paging?"]
