"""Notation in answers read as a person reads it. No Qt here.

Operators a side is named by ("`is` vs `==`", "`==` vs `===`") are words of their own,
in points and typed answers alike (`spelled_operators`, used by `keymatch.words`), so
"== compares values" names the "==" side. A complexity in Big-O notation ("O(log n)",
"O(1)", "O(n²)") is a point of its own, said only by that complexity
(`complexity_said`): written as the point writes it, however typed ("O(n^2)" for
"O(n²)"), by its inside when that is a phrase ("n log n"), or in words ("constant
time", "logarithmic"), never inside a longer one ("O(log n)" is no part of "O(n log
n)", nor "O(n)" of "O(n^2)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Operators people name a side by ("`is` vs `==`", "== and ===" in JavaScript), read as
# words of their own so a point and a typed answer can say them (single "=", "<", "+"
# stay formula signs).
_OPERATORS = {
    "===": "opstricteq",
    "!==": "opstrictne",
    "==": "opeq",
    "!=": "opne",
    "<=": "ople",
    ">=": "opge",
    "&&": "opand",
    "||": "opor",
    ":=": "opwalrus",
}
_OPERATOR = re.compile(
    r"(?<![=!<>&|:])(?:" + "|".join(re.escape(op) for op in _OPERATORS) + r")(?![=!<>&|:])"
)


def spelled_operators(text: str) -> str:
    """`text` with its operators written as words ("a == b" → "a  opeq  b")."""
    if not _OPERATOR.search(text):
        return text
    return _OPERATOR.sub(lambda m: f" {_OPERATORS[m[0]]} ", text)


_COMPLEXITY = re.compile(r"[OΘΩ]\([^()]{1,20}\)")


def complexity(point: str) -> bool:
    """Whether a point is a complexity in Big-O notation ("O(log n)", "O(1)")."""
    return bool(_COMPLEXITY.fullmatch(point.strip()))


# The complexities people say in words ("constant time", "logarithmic", "linear").
_SPOKEN = {"1": "constant", "logn": "logarithmic", "n": "linear", "n2": "quadratic"}


def complexity_said(wanted: Sequence[str], text) -> bool:
    """Whether the typed answer says a complexity: written as the point writes it ("O(n^2)"
    for "O(n²)"), its inside alone when that is a phrase ("n log n"), or in words
    ("constant time"); not as part of another ("O(log n)" is not said by "O(n log n)",
    nor "O(n)" by "O(n^2)")."""
    inner = "".join(wanted[1:])
    spoken = _SPOKEN.get(inner)
    if spoken and text.positions(spoken):
        return True
    found = text.tokens
    for i in range(len(found)):
        for end in range(i + 1, min(i + 5, len(found)) + 1):
            joined = "".join(found[i:end])
            alone = len(wanted) > 2 and joined == inner and not _notation(found[i - 1 : i])
            if (joined == "o" + inner or alone) and not _notation(found[end : end + 1]):
                return True
    return False


def _notation(beside: Sequence[str]) -> bool:
    """Whether a typed word next to a notation is part of it ("2" of "O(n^2)")."""
    return bool(beside) and (beside[0].isdigit() or len(beside[0]) == 1 or beside[0] == "log")
