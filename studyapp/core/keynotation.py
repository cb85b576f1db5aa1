"""Notation in answers read as a person reads it. No Qt here.

Operators a side is named by ("`is` vs `==`", "`==` vs `===`") are words of their own,
in points and typed answers alike (`spelled_operators`, used by `keyheard.words`), so
"== compares values" names the "==" side. A complexity in Big-O notation ("O(log n)",
"O(1)", "O(n²)") is a point of its own, said only by that complexity
(`complexity_said`): written as the point writes it, however typed ("O(n^2)" for
"O(n²)"), by its inside when that is a phrase ("n log n"), or in words ("constant
time", "logarithmic"), never inside a longer one ("O(log n)" is no part of "O(n log
n)", nor "O(n)" of "O(n^2)"). A value, numbers alone ("1, 1, 3" in a table's row
"RANK"), is said by the same numbers in the same order (`value_said`), not by them
shuffled ("1, 1, 2" for "1, 1, 3").
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
    """`text` with its operators written as words ("a == b" → "a  opeq  b"), and its
    formulas' Greek letters and the powers of its words as they are said (`spoken`)."""
    text = spoken(text)
    if not _OPERATOR.search(text):
        return text
    return _OPERATOR.sub(lambda m: f" {_OPERATORS[m[0]]} ", text)


# A formula's symbols as people say them: "Bias² + Variance + σ²" is said "bias squared
# plus variance plus sigma squared", and typed "bias^2 + variance + sigma^2".
_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi",
    "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "χ": "chi", "ψ": "psi",
    "ω": "omega", "Σ": "sum", "∑": "sum",
}  # fmt: skip
_GREEK_LETTER = re.compile("[" + "".join(_GREEK) + "]")
_POWERS = {"²": "squared", "³": "cubed", "2": "squared", "3": "cubed"}
# A power of a word or a Greek letter ("Bias²", "sigma^2"), not of a variable ("n²",
# "O(n^2)": a complexity reads its own notation).
_POWER = re.compile(r"(?<=[^\W\d_]{2})(?:\^\{?([23])\}?|([²³]))")


def spoken(text: str) -> str:
    """`text` with its Greek letters named and the squares and cubes of its words said
    ("σ²" → " sigma squared")."""
    if _GREEK_LETTER.search(text):
        text = _GREEK_LETTER.sub(lambda m: f" {_GREEK[m[0]]}", text)
    if not re.search(r"[²³^]", text):
        return text
    return _POWER.sub(lambda m: f" {_POWERS[m[1] or m[2]]}", text)


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


# A value: numbers alone, one or a series ("1, 1, 3", "20–60", "0.5 / 0.25", "99.9%").
_VALUE = re.compile(r"[(\s]*[-+]?\d[\d.,]*%?(?:[\s)]*(?:[,;/:–→-]|->)?[\s(]*[-+]?\d[\d.,]*%?)*\)?")
_NUMBER = re.compile(r"\d+")


def value(term: str) -> bool:
    """Whether a phrase is only a value, a number or a series of them ("1, 1, 3"): what a
    table's cell says of its row's name ("RANK | 1, 1, 3"), though no term."""
    return bool(_VALUE.fullmatch(term.strip()))


def value_said(term: str, tokens: Sequence[str]) -> bool:
    """Whether typed words (`keyheard` tokens) give a value's numbers in a row, in its
    order ("gives 1, 1, 3" for "1, 1, 3"; not "1, 3")."""
    wanted = _NUMBER.findall(term)
    size = len(wanted)
    return any(list(tokens[i : i + size]) == wanted for i in range(len(tokens) - size + 1))
