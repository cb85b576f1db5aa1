"""A bold question with its answer after it on the same line, in notes that mostly
write the answer below: the bold part is the title, the rest of the line (and the lines
under it) the answer. A code span in the bold ("`__init__.py`", a dunder with its
underscores) is the title's, not the bold's end; a numbered one written "Q3)" beside
"Q1." is no number of another style inside an answer."""

from studyapp.core.parse import parse_text


def _pairs(text):
    return [(q.title, q.answer_markdown) for q in parse_text(text, name="n").questions]


def test_a_numbered_bold_question_answered_on_its_line_among_others_below_theirs():
    text = (
        "# Kafka\n\n**Q1. What is a partition?**\nAn ordered log.\n\n"
        "**Q2. What is a consumer group?**\n\nConsumers sharing partitions.\n\n"
        "**Q3) What is an offset?** A record's position.\nCommitted to resume.\n\n"
        "**Q4. What is log compaction?**\nKeeping the last record per key.\n"
    )
    assert _pairs(text)[2] == ("What is an offset?", "A record's position.\nCommitted to resume.")
    crlf = text.replace("\n", "\r\n")
    assert [t for t, _ in _pairs(crlf)] == [t for t, _ in _pairs(text)]


def test_code_spans_with_underscores_inside_bold_questions():
    text = (
        "# Python quick\n\n"
        '**What does `if __name__ == "__main__"` guard?** Code run only as a script.\n\n'
        "**What is `__slots__`?** A fixed set of attributes.\n\n"
        "**What does `*args` collect?** Extra positional arguments.\n"
    )
    assert _pairs(text) == [
        ('What does if __name__ == "__main__" guard?', "Code run only as a script."),
        ("What is __slots__?", "A fixed set of attributes."),
        ("What does *args collect?", "Extra positional arguments."),
    ]


def test_bold_questions_answered_on_their_line_after_heading_questions():
    text = (
        "# Python\n\n## What is a closure?\n\nA function with its scope.\n\n"
        "## What is the GIL?\n\nA lock on the interpreter.\n\n# Quick fire\n\n"
        "**What does `is` compare?** Identity.\n\n"
        "**What is `__init__.py` for?** Marks a package.\n"
    )
    titles = [t for t, _ in _pairs(text)]
    assert titles[-2:] == ["What does is compare?", "What is __init__.py for?"]
