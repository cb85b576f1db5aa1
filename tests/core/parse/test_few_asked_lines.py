"""Lines that each ask and answer after a dash, colon or arrow ("What is a closure? - A
function …") are questions by their own words, however few: two such lines were read
as nothing (a glossary took three lines or more), and a note's title line written
"Company - round" above them was read as a question too."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str, suffix: str = ".txt") -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


def test_two_asked_lines_are_two_questions():
    text = (
        "What is a closure? - A function that remembers the variables of its scope.\n"
        "What is hoisting? - Moving declarations to the top of their scope.\n"
    )
    assert _pairs(text) == [
        ("What is a closure?", "A function that remembers the variables of its scope."),
        ("What is hoisting?", "Moving declarations to the top of their scope."),
    ]
    assert len(_pairs(text, ".md")) == 2


def test_asked_lines_under_an_intro_line():
    text = (
        "Notes from the Acme phone screen, March.\n\n"
        "What is a view? – A stored query that behaves like a table.\n\n"
        "What is a CTE? — A named result set defined with WITH.\n"
    )
    assert _pairs(text) == [
        ("What is a view?", "A stored query that behaves like a table."),
        ("What is a CTE?", "A named result set defined with WITH."),
    ]


def test_a_title_line_written_like_a_term_above_asked_lines_is_no_question():
    text = (
        "Amazon onsite - leadership principles\n\n"
        "Tell me about a time you disagreed with your manager? → I wrote a proposal "
        "with data and we ran an experiment.\n"
        "What is your biggest weakness? → I over-polished reviews; now I timebox them.\n"
        "Why do you want to leave? → I want to own a product end to end.\n"
    )
    assert [title for title, _ in _pairs(text)] == [
        "Tell me about a time you disagreed with your manager?",
        "What is your biggest weakness?",
        "Why do you want to leave?",
    ]


def test_a_glossary_of_two_terms_is_still_no_questions():
    text = "Pod - the smallest deployable unit\nNode - a worker machine\n"
    assert _pairs(text) == []
