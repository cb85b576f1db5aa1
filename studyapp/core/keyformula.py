"""An answer that is a formula and nothing else, as a key point. No Qt here.

A model answer written as a formula alone ("$E[X] = \\sum_{i=1}^{6} i \\cdot \\frac{1}{6}
= 3.5$", "\\[ \\bar{x} \\pm 1.96 \\frac{\\sigma}{\\sqrt{n}} \\]") has no words to cut points
from: the formula is its one point, shown as a person reads it (`keymath.readable`:
"E[X] = Σ_i=1⁶ i · 1 / 6 = 3.5", "x̄ ± 1.96 σ / (√n)"); so is a formula displayed on
lines of its own, beside what the answer's prose gives (`displayed_formulas`).

Such a point is said when the typed answer says the formula in words or signs
(`keyspoken`: "sigma over the square root of n"), or gives the formula's result, where it ends in a
number ("3.5"), or else every number the formula holds ("1.96") and more than half of its
other terms ("x", "sigma", "n"; a Greek letter typed as its name): "2.58 σ/√n" gives
another interval, not this one.
"""

from __future__ import annotations

import re

from studyapp.core import keymath
from studyapp.core.keyheard import Heard, words

# A formula's relation signs: a line holding one of them, with few words, is a formula.
_RELATION = re.compile(r"(?<![=!<>])=(?!=)|[±≈≤≥∝⇒]")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_RESULT = re.compile(r"=\s*(-?\d+(?:[.,]\d+)?)\s*\.?$")
FORMULA_WORDS = 3  # words of three letters or more a formula line may hold ("Maximise")


def formula_point(answer_markdown: str) -> str:
    """The answer's formula as a point, when the answer is a formula alone (its lines
    hold a relation sign and few words, `formula_line`); "" otherwise."""
    lines = [line.strip() for line in keymath.readable(answer_markdown).splitlines()]
    lines = [line for line in lines if line]
    if len(lines) != 1 or not formula_line(lines[0]):
        return ""
    return lines[0].rstrip(" .")


# A formula displayed on lines of its own: "\\[ … \\]" or "$$ … $$".
_DISPLAYED = re.compile(r"(?ms)^[ \t]*(\\\[.*?\\\]|\$\$.*?\$\$)[ \t]*$")


def displayed_formulas(answer_markdown: str) -> list[str]:
    """The formulas an answer displays on lines of their own, as points (read as text):
    a formula set apart is one of what the answer says ("x̄ ± 1.96 σ / (√n)" above its
    condition), and prose does not say it. Not one that ends a sentence of the prose
    (`_ends_a_sentence`); of one that derives what the prose says, its result
    (`_derived`)."""
    found = []
    for match in _DISPLAYED.finditer(answer_markdown):
        read = " ".join(keymath.readable(match[1]).split()).rstrip(" .,")
        if not read or not formula_line(read):
            continue
        if _ends_a_sentence(answer_markdown, match) and not _NAMED.match(read):
            continue
        prose = answer_markdown[: match.start()] + " " + answer_markdown[match.end() :]
        found.append(_derived(read, " ".join(keymath.readable(prose).split())) or read)
    return found


# The words a formula's result follows: its last relation sign, or the arrow of a
# derivation ("T(n) = 2T(n/2) + O(n) ⇒ O(n log n)").
_LAST_STEP = re.compile(r".*(?:⇒|→|=>|(?<![=!<>])=(?!=))\s*(.+)$")


# A formula that defines a name ("SE = σ / (√n)", "z = (x - μ) / σ"): what it names is
# one of the answer's ideas, wherever it stands.
_NAMED = re.compile(r"\s*[^\W\d_][^\W_]*\s*=(?!=)")


def _ends_a_sentence(answer_markdown: str, match: re.Match) -> bool:
    """Whether the displayed formula ends a sentence of the prose before it ("…; total
    error is" over "$$ E[(y - f)²] = Bias² + Var + σ² $$"): part of that sentence, whose
    point says it, not an idea of its own, unless it defines a name (`_NAMED`)."""
    before = answer_markdown[: match.start()].rstrip()
    return bool(before) and before[-1].isalnum()


def _derived(read: str, prose: str) -> str:
    """What a formula derives, where the answer's prose already says it: its result
    (after its last relation sign or arrow) standing in the prose ("Worst case is
    O(n log n)." beside "T(n) = 2T(n/2) + O(n) ⇒ O(n log n)"). The result is then the
    point, not the steps that lead to it: no typed answer says a recurrence. "" where
    the formula derives nothing the prose says."""
    step = _LAST_STEP.match(read)
    result = step[1].strip() if step else ""
    return result if len(result) > 1 and not _NUMBER.match(result) and result in prose else ""


def formula_line(text: str) -> bool:
    """Whether a text is a formula: a relation sign ("=", "±", "⇒"), and at most
    `FORMULA_WORDS` words of three letters or more outside its symbols."""
    if not _RELATION.search(text):
        return False
    plain = [w for w in re.findall(r"[^\W\d_]{3,}", text) if not _symbolic(w)]
    return len(plain) <= FORMULA_WORDS


def _symbolic(word: str) -> bool:
    """A name TeX writes as a word ("sqrt", "sigma" read from its letter): not prose."""
    return word.casefold() in {"sqrt", "log", "exp", "var", "cov", "max", "min", "sum"}


def formula_said(point: str, text: Heard) -> bool:
    """Whether the typed answer says a formula point (see the module's docstring), or
    says the formula in words ("a squared plus b squared equals c squared", `keyspoken`)."""
    from studyapp.core.keyspoken import formula_spoken, other_formula

    if formula_spoken(point, text.said_text()):
        return True
    if other_formula(point, text.said_text()):
        return False  # "sigma times root n" for "σ / √n"
    result = _RESULT.search(point)
    if result:
        wanted = words(result[1])
        return _in_a_row(wanted, text)
    terms = list(dict.fromkeys(words(point)))
    numbers = [w for w in _numbers(point)]
    if any(not _in_a_row(words(n), text) for n in numbers):
        return False
    rest = [w for w in terms if not w.isdigit()]
    found = [w for w in rest if text.positions(w)]
    return 2 * len(found) > len(rest)


def _numbers(point: str) -> list[str]:
    return [n for n in re.findall(r"\d+(?:[.,]\d+)?", point) if _NUMBER.match(n)]


def _in_a_row(wanted: list[str], text: Heard) -> bool:
    """Whether the typed answer says these words one after another ("3", "5" of "3.5")."""
    tokens = text.tokens
    return any(
        list(tokens[at : at + len(wanted)]) == wanted for at in range(len(tokens) - len(wanted) + 1)
    )
