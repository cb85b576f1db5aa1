"""A quiz card's right option is a mock's first key point: a right answer ("D")
scored 0 % (the points came from the explanation only) and a wrong one could score."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.quiz_options import lettered_options, names_option, right_option
from tests.core.quiz_samples import AWAIT, HOISTING, PYTHON, SORTING

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
JS = CORPUS / "lydiahallie__javascript-questions__README.md"


@pytest.mark.parametrize(
    ("notes", "letter", "text"),
    [
        (HOISTING, "D", "undefined and ReferenceError"),
        (PYTHON, "B", "512"),
        (AWAIT, "B", "await"),
        (SORTING, "C", "Merge sort"),
    ],
)
def test_the_right_option_is_read_from_the_body_and_the_label(notes, letter, text):
    option = right_option(notes)
    assert option is not None and (option.letter, option.text) == (letter, text)
    assert option.point == f"{letter}: {text}"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("D", True),
        ("d", True),
        ("I think D, because of hoisting", True),
        ("option d", True),
        ("(d)", True),
        ("d) hoisting", True),
        ("undefined and ReferenceError", True),  # its text
        ("A I think", False),
        ("A good answer is B", False),  # an article, and another option
        ("B: Lydia and ReferenceError", False),
        ("", False),
    ],
)
def test_a_typed_answer_gives_the_option_by_its_letter_or_its_text(typed, said):
    option = right_option(HOISTING)
    assert option is not None
    assert names_option(typed, option) is said


def test_no_option_point_without_lettered_options_or_a_named_letter():
    assert right_option("A process owns memory.\n\n**Answer:** threads share it.") is None
    assert right_option("- A: one\n\n#### Answer\n\nBoth.") is None  # one option only
    assert lettered_options("- B: two\n- C: three") == {}  # not from A
    # a full stop, then a sentence that starts with "A": no letter named
    assert right_option("a) one\nb) two\n\nAns. A process owns memory.") is None


@pytest.mark.skipif(not JS.exists(), reason="the corpora are not beside the project")
def test_every_card_of_a_quiz_repository_has_its_right_option():
    from studyapp.core.importer import parse_notes

    questions = parse_notes(JS).questions
    options = [right_option(q.answer_markdown) for q in questions]
    assert len(questions) == 155 and all(options)
