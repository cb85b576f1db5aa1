"""Formulas inside an answer's sentences, as points (split from `keyclauses`). No Qt here.

A sentence's formula that names what it computes is a point "Name: expression"
("Precision: TP / (TP + FP)"); equations of symbols alone say no idea and go, the words
around them staying clauses. An equation that only sets a variable in a condition
("maximale pour p = 1/2", "largest at p = 1/2") names nothing: it stays as written.
"""

from __future__ import annotations

import re

from studyapp.core import keysettings
from studyapp.core.keyheard import word_set

_FORMULA_LINE = re.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z0-9' -]{0,40}?)\s*(?::=|=)\s*(?P<expr>[^=].{0,60})$"
)

_NAMING = word_set("is are equals")  # "Total error is E = …"


def named_formula(sentence: str, question: str) -> str:
    """A formula line as "Name: expression" ("Precision: TP / (TP + FP)"); "" for
    anything else."""
    from studyapp.core.keyclauses import FUNCTION_WORDS  # (it imports this module)

    match = _FORMULA_LINE.match(keysettings.without_settings(sentence).strip().rstrip("."))
    name = match["name"].split() if match else []
    while name and name[0].casefold() in FUNCTION_WORDS:
        name = name[1:]  # "and F1 = …" names F1
    if len(name) > 2 and name[-2].casefold() in _NAMING and len(name[-1]) <= 2:
        name = name[:-2]  # "Total error is E = …" names the total error, not "E"
    elif len(name) > 1 and len(name[-1]) <= 2 and name[-2].casefold() in FUNCTION_WORDS:
        # a variable set in a condition ("maximale pour p = 1/2"): as written
        return f"{' '.join(name)} = {match['expr'].strip()}"
    if not match or not 1 <= len(name) <= 4 or (len(name[0]) < 2 and len(name) == 1):
        return ""  # (a variable alone, "y = γ x̂ + β", is notation)
    expression = match["expr"].strip()
    if not re.search(r"\w", expression):
        return ""
    return f"{' '.join(name)}: {expression}"


def formulas(sentence: str, question: str) -> tuple[list[str], str]:
    """The formulas of a sentence as points ("Precision: TP / (TP+FP)"), each of those
    it parts with commas or semicolons ("Precision = …, recall = …"), and the rest of
    the sentence, without them and without the equations of symbols only ("softmax(z)_i
    = exp(z_i) / …": no idea said), whose words around ("The sigmoid … squashes any real
    number into (0, 1)") are still clauses."""
    from studyapp.core.keyclauses import _CODE, _pieces  # (it imports this module)

    whole = named_formula(sentence, question)
    if _CODE.search(sentence) or not _RELATION.search(keysettings.without_settings(sentence)):
        return ([whole], "") if whole else ([], sentence)
    formulas: list[str] = []
    kept: list[tuple[str, str]] = []
    for piece, mark in _pieces(sentence):
        formula = named_formula(piece, question)
        if formula:
            formulas.append(formula)
            if kept:  # the mark after it goes on: "…: Precision = …, then" → "…, then"
                kept[-1] = (kept[-1][0], mark)
            continue
        kept.append((piece, mark))
    if whole and not formulas:
        return [whole], ""
    rest = _without_equations("".join(piece + mark for piece, mark in kept))
    return formulas, rest.strip(" ,;:-–—")


def _symbolic(token: str) -> bool:
    """A piece of a formula: no run of three letters, a function applied ("σ(z)",
    "exp(z_i)") or an operator."""
    return (
        not re.search(r"[^\W\d_]{3,}", token)
        or token.rstrip(",;:.").casefold() in _MATH_NAMES
        or bool(re.match(r"\w+\(", token))
        or bool(re.search(r"[=+/^²√·×Σ∑]", token))
    )


def _without_equations(text: str) -> str:
    """A sentence without its equations of symbols: the symbols around each "=" (or
    "←", "≤" …) go, and the clause mark before one ("…, L = −Σ y log p" → "…"). One
    whose terms are named in words ("E = Bias² + Variance + σ²", a word joined to it
    by an operator) says its idea: it stays whole, never cut at its first word."""
    tokens = text.split()
    kept = 0  # (the tokens before this are kept)
    while at := [
        i
        for i, token in enumerate(tokens[kept:], kept)
        if _RELATION.search(token) and not keysettings.setting(token)
    ]:
        start, end = at[0], at[0]
        while start > 0 and _symbolic(tokens[start - 1]):
            start -= 1
        while end + 1 < len(tokens) and (
            _symbolic(tokens[end + 1]) or _OPERATOR.fullmatch(tokens[end])
        ):
            end += 1
        if not all(map(_symbolic, tokens[start : end + 1])):
            kept = end + 1
            continue
        if start > 0 and not tokens[start : end + 1][-1].endswith((",", ";", ":")):
            tokens[start - 1] = tokens[start - 1].rstrip(",;:")
        tokens = tokens[:start] + tokens[end + 1 :]
    return " ".join(tokens)


_RELATION = re.compile(r"(?<![=!<>])=(?!=)|[←→≤≥≈≠∝⇒]")
_OPERATOR = re.compile(r"[-+−·×*/=←→≤≥≈≠∝⇒]")  # (a token that joins a formula's terms)
# Names of functions in a formula ("log p_i"), read as its symbols.
_MATH_NAMES = word_set("log ln exp sin cos tan tanh max min argmax argmin det lim sup inf")
