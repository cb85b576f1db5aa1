"""Lines of code are never key points, however they arrive: fenced, indented, or as
plain lines (notes imported from a word processor, a list item), while a formula on a
line of its own stays a point."""

import re

import pytest

from studyapp.core.keycode import looks_like_code
from studyapp.core.keyterms import key_terms

DROPOUT_PROSE = (
    "Zero each activation with probability p during training and scale the survivors by"
    " 1/(1-p), so nothing changes at test time."
)
DROPOUT_CODE = "mask = (np.random.rand(*x.shape) > p)\nreturn x * mask / (1 - p)"
MEMO_PROSE = (
    "Keep a dict of results keyed by the arguments and return the stored result when the"
    " same arguments come again."
)
MEMO_CODE = (
    "cache = {}\ndef fib(n):\n    if n in cache: return cache[n]\n"
    "    cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)\n    return cache[n]"
)
_CODE_MARKS = re.compile(r"[=\[\]{}*]|\.\w+\(|\breturn\b|\bdef\b|\bnp\.")


def _arrivals(prose: str, code: str) -> dict[str, str]:
    indented = "\n".join("    " + line for line in code.split("\n"))
    return {
        "flattened lines": f"{prose}\n{code}",
        "fenced": f"{prose}\n\n```python\n{code}\n```",
        "indented block": f"{prose}\n\n{indented}",
        "list items": prose + "\n\n" + "\n".join(f"- {line.strip()}" for line in code.split("\n")),
    }


@pytest.mark.parametrize(
    ("prose", "code", "question"),
    [
        (DROPOUT_PROSE, DROPOUT_CODE, "How do you implement inverted dropout?"),
        (MEMO_PROSE, MEMO_CODE, "How do you memoize a function in Python?"),
    ],
    ids=["dropout", "memoize"],
)
def test_no_line_of_code_is_a_point_however_it_arrives(prose, code, question):
    for how, answer in _arrivals(prose, code).items():
        points = key_terms(answer, question=question)
        assert points, how
        assert not any(_CODE_MARKS.search(p) for p in points), (how, points)


def test_a_formula_on_its_own_line_stays_a_point():
    points = key_terms("Precision = TP / (TP + FP)\nRecall = TP / (TP + FN)")
    assert any(p.startswith("Precision") for p in points), points
    assert any(p.startswith("Recall") for p in points), points


@pytest.mark.parametrize(
    "line",
    [
        "prev, node = node, nxt",
        "node.next = prev",
        "while node:",
        "return prev",
        "learning_rate = base_lr * decay",
        "const total = items.reduce((a, b) => a + b, 0);",
        "functools.lru_cache(maxsize=None)",
    ],
)
def test_lines_of_code_are_told_from_prose(line):
    assert looks_like_code(line)


@pytest.mark.parametrize(
    "line",
    [
        "Precision = True positives / (True positives + False positives)",
        "y = wx + b",
        "Lookups take O(log n) steps.",
        "return the stored result when the same arguments come again",
        "Isolation: concurrent transactions don't see each other's partial work",
        "For example: Redis, Memcached",
        "Use functools.lru_cache for this.",
    ],
)
def test_prose_and_formulas_are_no_code(line):
    assert not looks_like_code(line)
