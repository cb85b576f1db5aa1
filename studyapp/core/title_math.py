"""TeX math in a question's title, where it is shown: drawn in the answer's header,
read as plain Unicode where only text fits (the topic tree, the window's title, a
list of titles): "Why is comparison sorting $\\Omega(n \\log n)$?" reads "Why is
comparison sorting Ω(n log n)?", not its TeX. The stored title stays as the notes
wrote it (ids and search read it); only what is shown changes.

A formula is found as the answer's are (core.texmath): `$…$` with no space just
inside the dollars and no digit right after the closing one ("$5 and $10" is no
formula), or `\\(…\\)`. Its plain form comes from the TeX reader that draws the
answer's formulas (latex2mathml, which ziamath uses): its MathML read as text,
Greek letters and symbols as their characters, `\\log` as a word, small
superscripts and subscripts as Unicode's raised and lowered digits and letters
where they all have one (n², xᵢ), else written with ^ and _. A formula it cannot
read stays as written. No Qt here; the reader is imported only for a title that
holds a formula.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from studyapp.core.dollar_text import reads_as_words
from studyapp.core.html_escape import unescape_html

_FORMULA = re.compile(
    r"(?<![\\$\w])\$(?=[^\s$])((?:\\.|[^$\\\n])+?)(?<=[^\s\\])\$(?![\d$])"
    r"|\\\((.+?)\\\)"
)
_SUPERSCRIPT = dict(zip("0123456789+-−=()niaeoxT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵃᵉᵒˣᵀ", strict=True))
_SUBSCRIPT = dict(
    zip("0123456789+-−=()aeoxhklmnpstij", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ", strict=True)
)
_SPACED = frozenset("=<>≤≥≠≈≡∼∝→←↔⇒⇐⇔∈∉⊂⊆⊃⊇+−±×÷·∣")
# A mark over a letter (\\bar, \\hat, \\tilde, \\vec, \\dot) as the combining one.
_ACCENTS = {"¯": "\u0304", "‾": "\u0305", "^": "\u0302", "ˆ": "\u0302", "~": "\u0303",
            "˜": "\u0303", "→": "\u20d7", "⃗": "\u20d7", "˙": "\u0307", "¨": "\u0308"}  # fmt: skip
MAX_TEX = 200  # a longer formula in a title is left as written


def may_hold_math(title: str) -> bool:
    """Cheap: whether a title can hold a formula at all (most titles: no)."""
    return "$" in title or "\\(" in title


def parts(title: str) -> list[tuple[str, str | None]]:
    """The title as runs: (text, None) and (its TeX as written, the TeX) for each
    formula."""
    if not may_hold_math(title):
        return [(title, None)]
    out: list[tuple[str, str | None]] = []
    last = 0
    for found in _FORMULA.finditer(title):
        tex = found.group(1) if found.group(1) is not None else found.group(2)
        if not tex.strip() or (found.group(1) is not None and reads_as_words(tex)):
            continue
        out += [(title[last : found.start()], None), (found.group(), tex)]
        last = found.end()
    out.append((title[last:], None))
    return [(text, tex) for text, tex in out if text]


def readable(title: str) -> str:
    """The title with each formula in its plain form (see `plain`)."""
    if not may_hold_math(title):
        return title
    return "".join(text if tex is None else plain(tex, text) for text, tex in parts(title))


@functools.lru_cache(maxsize=1024)
def plain(tex: str, written: str = "") -> str:
    """A formula as plain Unicode text; `written` (default: `tex`) when it cannot
    be read."""
    if len(tex) > MAX_TEX:
        return written or tex
    try:
        from latex2mathml.converter import convert_to_element

        text = _text(convert_to_element(tex))
    except Exception:  # any TeX it cannot read: shown as written
        return written or tex
    if _COMMAND.search(text):  # a command it does not know (\\alpah) kept its name
        return written or tex
    return " ".join(text.split()) or written or tex


_COMMAND = re.compile(r"\\[A-Za-z]+")


def _name(element: Any) -> str:
    return str(element.tag).rpartition("}")[2]


def _text(element: Any) -> str:
    """A MathML element as text."""
    kind = _name(element)
    children = list(element)
    if kind in ("mi", "mn", "mtext", "ms"):
        text = unescape_html(element.text or "")
        return f" {text} " if kind == "mi" and len(text) > 1 else text  # log, sin
    if kind == "mo":
        text = unescape_html(element.text or "").strip()
        if text in ("\u2061", "\u2062", "\u2063"):  # invisible function/times/comma
            return ""
        if text == ",":
            return ", "
        return f" {text} " if text in _SPACED else text
    if kind == "mspace":
        return " "
    if kind in ("msup", "msub") and len(children) == 2:
        return _scripted(children[0], _script(children[1], kind == "msup"))
    if kind == "msubsup" and len(children) == 3:
        base, below, above = children
        return _scripted(base, _script(below, False) + _script(above, True))
    if kind == "mover" and len(children) == 2 and _name(children[1]) == "mo":
        accent = _ACCENTS.get(unescape_html(children[1].text or "").strip(), "")
        return _text(children[0]) + accent  # x̄, x̂, x⃗ (a letter's mark)
    if kind in ("munder", "mover", "munderover") and children:
        return _text(children[0])  # limits under or over it: the operator
    if kind == "mfrac" and len(children) == 2:
        return f"{_grouped(children[0])}/{_grouped(children[1])}"
    if kind == "msqrt":
        return "√" + _grouped_all(children)
    if kind == "mroot" and len(children) == 2:
        return "√" + _grouped(children[0])
    return "".join(_text(child) for child in children)


def _scripted(base: Any, scripts: str) -> str:
    """A base with its scripts: on a word (log₂ n) before the space after it."""
    text = _text(base)
    return f"{text.rstrip()}{scripts} " if text.endswith(" ") else text + scripts


def _grouped(element: Any) -> str:
    """A part of a fraction or root: in parentheses when it is more than a symbol."""
    text = " ".join(_text(element).split())
    return text if len(text) <= 1 or text.isalnum() else f"({text})"


def _grouped_all(children: list[Any]) -> str:
    text = " ".join("".join(_text(child) for child in children).split())
    return text if len(text) <= 1 or text.isalnum() else f"({text})"


def _script(element: Any, up: bool) -> str:
    """A superscript or subscript: in Unicode's raised or lowered characters where
    each of its characters has one, else after ^ or _ (in parentheses when long)."""
    text = "".join(_text(element).split())
    table = _SUPERSCRIPT if up else _SUBSCRIPT
    if text and all(c in table for c in text):
        return "".join(table[c] for c in text)
    mark = "^" if up else "_"
    return f"{mark}{text}" if len(text) <= 1 else f"{mark}({text})"
