"""In notes whose questions are bold lines, a line of an answer that opens with a name
in code (Python's ``*args``, ``**kwargs``, ``**options``) is no bold question left
open: it stays in its answer. A bold question with such names inside it ("**What are
*args and **kwargs?**", "**What is **kwargs for?**") is a question whole. A bold
question left open that asks in lower case ("**how does …?") still is one."""

from __future__ import annotations

from studyapp.core.parse import parse_path
from tests.helpers.parsing import pairs

FUNCTIONS = """\
# Python functions

**What are *args and **kwargs?**
*args collects extra positional arguments into a tuple.
**kwargs collects what? keyword args, into a dict.

**What is a decorator?**
A function that wraps another function.

**kwargs: why pass it through?
So the wrapper accepts any named option: func(*args, **kwargs).

**What does functools.wraps do?**
It copies the name and docstring of the wrapped function.

**What is **kwargs for?**

Accepting arbitrary named options.

**options or a dict parameter?

Prefer **options for optional flags.

**how does a closure keep its variables?
In cells shared with the enclosing scope.

**What does `__init__` do?**
It initialises a new instance.
"""


def test_code_names_open_no_question_and_stay_in_titles(tmp_path):
    notes = tmp_path / "functions.md"
    notes.write_text(FUNCTIONS, encoding="utf-8")
    doc = parse_path(notes)
    found = [(q.title, q.answer_markdown.strip()) for q in doc.questions]
    assert [title for title, _ in found] == [
        "What are *args and **kwargs?",
        "What is a decorator?",
        "What does functools.wraps do?",
        "What is **kwargs for?",
        "how does a closure keep its variables?",
        "What does __init__ do?",
    ]
    answers = dict(found)
    assert answers["What are *args and **kwargs?"].endswith("keyword args, into a dict.")
    assert "**kwargs: why pass it through?" in answers["What is a decorator?"]
    assert "**options or a dict parameter?" in answers["What is **kwargs for?"]
    # written tight, a star name under each answer
    text = (
        "**What is unpacking?**\na, *rest = items puts the tail into rest.\n"
        "**dict merges work how? {**a, **b}\nLater keys win.\n\n"
        "**What is a keyword argument?**\nAn argument passed as name=value.\n"
        "**kwargs or named parameters, which is clearer?\nNamed ones.\n\n"
        "**What is a lambda?**\nAn anonymous function.\n"
    )
    assert [t for t, _ in pairs(text)] == [
        "What is unpacking?",
        "What is a keyword argument?",
        "What is a lambda?",
    ]
