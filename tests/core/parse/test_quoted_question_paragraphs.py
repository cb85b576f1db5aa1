"""A question and its answer quoted together with a quoted blank line between them
("> **Q:** …" / ">" / "> **A:** …"): the answer is the rest of the quote without its
marks (paragraphs and code), not the quote's Markdown with its "A:" mark."""

from __future__ import annotations

from studyapp.core.parse import parse_text

NOTES = """\
# Behavioural questions

> **Q:** Tell me about a time you failed.
> **A:** I shipped a migration without a rollback plan; now I write the rollback first.

> **Q:** How do you handle disagreement with a senior engineer?
>
> **A:** I ask for the reasoning, bring data, and propose a small experiment.
>
> If we still disagree, I commit to their decision.

> Q: What does `functools.lru_cache` do?
>
> A: Memoises a function's results by its arguments.
>
> ```python
> @lru_cache(maxsize=128)
> def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
> ```

> Q: Why are mutable default arguments a trap?

The default is built once, so every call shares the same list.
"""


def test_answers_quoted_below_their_questions():
    doc = parse_text(NOTES)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "Tell me about a time you failed.",
            "I shipped a migration without a rollback plan; now I write the rollback first.",
        ),
        (
            "How do you handle disagreement with a senior engineer?",
            "I ask for the reasoning, bring data, and propose a small experiment.\n\n"
            "If we still disagree, I commit to their decision.",
        ),
        (
            "What does functools.lru_cache do?",
            "Memoises a function's results by its arguments.\n\n```python\n"
            "@lru_cache(maxsize=128)\ndef fib(n): return n if n < 2 else fib(n - 1) + "
            "fib(n - 2)\n```",
        ),
        (
            "Why are mutable default arguments a trap?",
            "The default is built once, so every call shares the same list.",
        ),
    ]
    assert [(q.source_line, q.end_line) for q in doc.questions] == [
        (3, 4),
        (6, 10),
        (12, 19),
        (21, 23),
    ]
