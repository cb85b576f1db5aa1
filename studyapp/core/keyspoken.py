"""A formula said in words, as a person says it in a mock interview. No Qt here.

Notes write "a² + b² = c²", "O(n²)", "σ / √n", "1/n"; a typed answer says "a squared
plus b squared equals c squared", "big O of n squared", "sigma over the square root of
n", "one over n". Both are read into one stream of symbols (`symbols`): numbers as
digits, operators as signs ("plus" "+", "over" and "divided by" "/", "squared" "^ 2",
"square root of" "sqrt", "given" "|", "equals" "="), the names of common functions as
their notation ("probability of" "p", "variance" "var", "big O of" "o"), and
multiplication, brackets and small words left out (they are said in many ways, or not
at all: "P(B|A) P(A)" is "the probability of B given A times the probability of A").

A formula is said when a stretch of the typed answer made only of its symbols gives all
of it in its order (`formula_spoken`): the whole formula, its two sides turned round, or
its right side alone where its left side only names what it computes ("SE = σ / √n"
said "sigma over root n"); a name of initials may be said in full words ("true
positives" for "TP"). Every symbol counts: "d squared" for "c²", "times" for "/" or
"cubed" for "²" say another formula, and a stretch that goes on with more of the
formula's symbols is a longer formula ("n log n" says no "O(log n)").
"""

from __future__ import annotations

import re
import unicodedata

from studyapp.core.keynotation import _GREEK

# Words for the formula's symbols, longest phrases first (each matched as whole words).
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"big\s*-?\s*o(?:\s+of)?", " o "),
    (r"square\s+root(?:\s+of)?|root(?:\s+of)?|sqrt", " sqrt "),
    (r"(?:raised\s+)?to\s+the\s+power\s+of|raised\s+to", " ^ "),
    (r"squared", " ^ 2 "),
    (r"cubed", " ^ 3 "),
    (r"divided\s+by|over", " / "),
    (r"multiplied\s+by|times", " * "),
    (r"plus", " + "),
    (r"minus", " - "),
    (r"(?:is\s+)?equal\s+to|equals|is|are", " = "),
    (r"given", " | "),
    (r"natural\s+log(?:arithm)?(?:\s+of)?|log(?:arithm)?\s+of|logarithm|ln", " log "),
    (r"probability(?:\s+(?:of|that))?", " p "),
    (r"covariance", " cov "),
    (r"variance", " var "),
    (r"expected\s+value|expectation", " e "),
    (r"twice", " 2 * "),
)
_SPOKEN = [(re.compile(rf"\b(?:{words})\b"), sign) for words, sign in _PHRASES]
_NUMBERS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_NUMBERS) + r")\b")
# Signs written in other ways: the minus sign, the dot and cross of a product, powers.
_SIGNS = {"−": "-", "–": "-", "·": "*", "×": "*", "⋅": "*", "≈": "=", "²": "^2", "³": "^3"}
_SIGN = re.compile("|".join(re.escape(s) for s in _SIGNS))
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+|[-+/^=|±<>≤≥*]|[.;:!?,]")
OPERATORS = frozenset({"+", "-", "/", "^", "=", "|", "±", "<", ">", "≤", "≥", "sqrt", "log"})
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SILENT = frozenset({"*", "the", "of", "an", "and", "by"})  # (said or not, they change nothing)
_BREAKS = frozenset(".;:!?,")


def symbols(text: str) -> list[str]:
    """A formula, or a typed answer, as its stream of symbols (see the module's
    docstring); sentence marks (".", ";") are kept, as they end a formula said."""
    text = _SIGN.sub(lambda m: _SIGNS[m[0]], text)
    text = "".join(f" {_GREEK[ch]} " if ch in _GREEK else ch for ch in text)
    text = text.replace("√", " sqrt ")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = re.sub(r"(?<=\w)\.(?=\s|$)", " . ", text)  # a sentence's stop, not "1.96"
    for pattern, sign in _SPOKEN:
        text = pattern.sub(sign, text)
    text = _NUMBER_WORD.sub(lambda m: _NUMBERS[m[0]], text)
    return [t for t in _TOKEN.findall(text) if t not in _SILENT]


def _sides(formula: list[str]) -> list[list[str]]:
    """The ways a formula may be said: whole, its sides turned round, and its right side
    alone when its left side is a name (no operator but "|": "SE", "P(A | B)")."""
    if formula.count("=") != 1:
        return [formula]
    at = formula.index("=")
    left, right = formula[:at], formula[at + 1 :]
    ways = [formula, [*right, "=", *left]]
    if right and not any(t in OPERATORS - {"|"} for t in left):
        ways.append(right)
    return ways


def formula_spoken(formula: str, typed: str, *, drop_head: str = "") -> bool:
    """Whether the typed answer says the formula in words or signs (see the module's
    docstring). `drop_head`: a symbol the formula may be said without ("o" of "O(n log
    n)", said "n log n")."""
    ways, runs = _ways_and_runs(formula, typed, drop_head)
    runs += _ways_and_runs(formula, typed, drop_head, commas=False)[1]
    # (a stretch longer than the formula goes on with more of its symbols: "n log n"
    # is no "log n", "a squared plus b squared" no "b squared")
    return any(run == way for run in runs for way in ways)


def other_formula(formula: str, typed: str, *, drop_head: str = "") -> bool:
    """Whether the typed answer says another formula of the same terms: a stretch of
    the formula's symbols with an operator, holding every term of the formula's right
    side but its numbers (of the whole, where the right side is not said alone), that
    is none of the ways to say it ("sigma times root n" for "SE = σ / √n", "m c cubed"
    for "E = mc²", "n log n" for "O(n²)" with `drop_head` "o")."""
    ways, runs = _ways_and_runs(formula, typed, drop_head)
    terms = {t for t in ways[-1] if t not in OPERATORS and not _NUMBER.fullmatch(t)} if ways else ()
    return bool(terms) and any(
        run not in ways and terms <= set(run) and any(t in OPERATORS for t in run) for run in runs
    )


def _ways_and_runs(
    formula: str, typed: str, drop_head: str, *, commas: bool = True
) -> tuple[list[list[str]], list[list[str]]]:
    """The ways to say a formula (`_sides`), and the stretches of the typed answer made
    only of its symbols, parted by its sentence marks and, with `commas`, its commas
    ("p(1-p), maximale pour p = 1/2" gives two; "x plus y, plus twice …" goes on)."""
    wanted = [t for t in symbols(formula) if t not in _BREAKS]
    if not wanted or (len(wanted) < 2 and not any(t in OPERATORS for t in wanted)):
        return [], []
    ways = _sides(wanted)
    if drop_head and wanted[0] == drop_head and len(wanted) > 2:
        ways.append(wanted[1:])
    vocabulary = {t for t in wanted if t not in OPERATORS} | OPERATORS
    runs: list[list[str]] = [[]]
    for token in _joined(_initialled(symbols(typed), vocabulary), vocabulary):
        if token == "," and not commas:
            continue
        if token in vocabulary or _NUMBER.fullmatch(token):  # (any number: "cubed")
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    # (an "is" that opens or ends a stretch is the prose's: "it is n log n")
    runs = [run[1:] if run[:1] == ["="] else run for run in runs]
    return ways, [run[:-1] if run[-1:] == ["="] else run for run in runs]


def _initialled(tokens: list[str], vocabulary: set[str]) -> list[str]:
    """The words a formula's name of initials stands for, said in full, as that name:
    "true positives" for "TP", "false negatives" for "FN" (two or three words, each of
    two letters or more, whose initials spell a name of the formula)."""
    out: list[str] = []
    at = 0
    while at < len(tokens):
        for size in (3, 2):
            run = tokens[at : at + size]
            initials = "".join(t[0] for t in run)
            if (
                len(run) == size
                and all(t.isalpha() and len(t) > 1 for t in run)
                and initials in vocabulary
            ):
                out.append(initials)
                at += size
                break
        else:
            out.append(tokens[at])
            at += 1
    return out


def _joined(tokens: list[str], vocabulary: set[str]) -> list[str]:
    """Single letters said apart that the formula writes together ("m c" of "mc²")."""
    out: list[str] = []
    for token in tokens:
        if out and len(token) == len(out[-1]) == 1 and out[-1] + token in vocabulary:
            out[-1] += token
        else:
            out.append(token)
    return out
