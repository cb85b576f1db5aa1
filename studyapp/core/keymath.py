"""TeX formulas of an answer as the plain text a person would read aloud. No Qt here.

Key points are cut from an answer's words, and a formula written in TeX
("Precision $= \\frac{TP}{TP+FP}$") hides its words behind commands and dollars: read
as they are, its sentence looks like symbols and is skipped, while a sentence about
prices ("$5 and $10") looks like a formula. `readable` finds the formulas with the
rules the renderer uses (`core.texmath`, after pandoc and arithmatex: no space just
inside the dollars, a closing `$` not followed by a digit; code left alone) and writes
each as text: "= TP / (TP+FP)", "x̂ = (x−μ) / σ", "O(n² d)". The rest of the answer
is unchanged.
"""

from __future__ import annotations

import re

from studyapp.core.dollar_text import reads_as_words

# Inline `$…$` on one line, never a price ("$5 and $10").
_INLINE = re.compile(r"(?<![\\$\w])\$(?P<inline>[^\s$](?:[^$\n]*?[^\s$\\])?)\$(?![\d$])")
# `$$…$$`, `\(…\)` and `\[…\]`: paired in one pass (an opener never closed costs
# nothing more than the scan, however many there are).
_DELIMITER = re.compile(r"\$\$|\\\(|\\\)|\\\[|\\\]")
_CLOSER = {"$$": "$$", "\\(": "\\)", "\\[": "\\]"}
# Code is not math: fenced blocks and code spans are left as written.
_CODE = re.compile(r"(?ms)^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[ \t]*$|`[^`\n]+`")

# TeX commands and the characters they stand for ("alpha=α").
_SYMBOL_PAIRS = """
    alpha=α beta=β gamma=γ delta=δ epsilon=ε varepsilon=ε zeta=ζ eta=η theta=θ kappa=κ
    lambda=λ mu=μ nu=ν xi=ξ pi=π rho=ρ sigma=σ tau=τ phi=φ varphi=φ chi=χ psi=ψ omega=ω
    Gamma=Γ Delta=Δ Theta=Θ Lambda=Λ Pi=Π Sigma=Σ Phi=Φ Psi=Ψ Omega=Ω
    cdot=· times=× div=÷ pm=± le=≤ leq=≤ ge=≥ geq=≥ neq=≠ ne=≠ approx=≈ sim=~ propto=∝
    infty=∞ in=∈ to=→ rightarrow=→ leftarrow=← Rightarrow=⇒ sum=␣Σ prod=␣Π int=␣∫
    partial=∂ nabla=∇ top=ᵀ mid=| ldots=… dots=… cdots=… forall=∀ exists=∃
"""
_SYMBOLS = {  # ("␣": a space before a big operator, "1 / n Σ")
    name: char.replace("␣", " ") for name, char in (p.split("=", 1) for p in _SYMBOL_PAIRS.split())
}
_SUPERSCRIPTS = str.maketrans("0123456789+-=()nT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀ")
_ACCENTS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303", "vec": "\u20d7", "dot": "\u0307"}
# Commands whose argument is shown as it is ("\mathrm{softmax}" → "softmax").
_TEXT_COMMANDS = re.compile(
    r"\\(?:mathrm|text|textbf|textit|mathbf|mathit|mathcal|mathbb|operatorname|boldsymbol"
    r"|mathsf|mathtt)\s*"
)
_GROUP = r"\{((?:[^{}]|\{[^{}]*\})*)\}"
_ARGUMENT = rf"(?:{_GROUP}|(\\[A-Za-z]+|\S))"


def readable(markdown: str) -> str:
    """The answer with each TeX formula written as plain text; code unchanged."""
    if "$" not in markdown and "\\(" not in markdown and "\\[" not in markdown:
        return markdown
    pieces: list[str] = []
    last = 0
    for code in _CODE.finditer(markdown):
        pieces.append(_math_as_text(markdown[last : code.start()]))
        pieces.append(code.group(0))
        last = code.end()
    pieces.append(_math_as_text(markdown[last:]))
    return "".join(pieces)


def _math_as_text(text: str) -> str:
    pieces: list[str] = []
    last = 0
    for start, end, tex, inline in _delimited(text):
        pieces.append(_INLINE.sub(_inline_text, text[last:start]))
        # A display formula is a line of its own (a line break around a formula ends a
        # sentence, and keeps a list item or paragraph whole).
        pieces.append(tex_text(tex) if inline else f"\n{tex_text(tex)}\n")
        last = end
    pieces.append(_INLINE.sub(_inline_text, text[last:]))
    return "".join(pieces)


def _inline_text(found: re.Match[str]) -> str:
    tex = found["inline"]
    return found.group() if reads_as_words(tex) else tex_text(tex)


def _delimited(text: str) -> list[tuple[int, int, str, bool]]:
    """The formulas between `$$`, `\\(…\\)` or `\\[…\\]`: start, end, TeX, and whether
    it is inline (`\\(`); an opener met again before its closer starts afresh."""
    found: list[tuple[int, int, str, bool]] = []
    opened: re.Match | None = None
    for mark in _DELIMITER.finditer(text):
        if opened and mark[0] == _CLOSER[opened[0]]:
            tex = text[opened.end() : mark.start()]
            if tex.strip():
                found.append((opened.start(), mark.end(), tex, opened[0] == "\\("))
            opened = None
        elif mark[0] in _CLOSER:
            opened = mark
    return found


def _argument(match: re.Match, index: int) -> str:
    group, single = match.group(index), match.group(index + 1)
    return group if group is not None else single


def _grouped(text: str) -> str:
    """A fraction's part, bracketed when it is more than one symbol ("(TP+FP)")."""
    text = text.strip()
    return text if re.fullmatch(r"[\w.²³ᵀ√α-ω]+", text) else f"({text})"


def tex_text(tex: str) -> str:
    """A TeX formula as text ("\\frac{TP}{TP+FP}" → "TP / (TP+FP)")."""
    text = re.sub(r"\\(?:left|right|big|Big|bigg|Bigg)\b\s*", "", tex)
    text = re.sub(r"\\(?:displaystyle|limits|nolimits)\b", "", text)
    text = _TEXT_COMMANDS.sub("", text)
    text = re.sub(  # the symbols first: "\frac{x-\mu}{\sigma}" has one-letter parts
        r"\\([A-Za-z]+)", lambda m: _SYMBOLS.get(m[1], m[0]), text
    )
    for _ in range(4):  # nested fractions and roots, innermost first
        before = text
        text = re.sub(
            rf"\\[dt]?frac\s*{_ARGUMENT}\s*{_ARGUMENT}",
            lambda m: f"{_grouped(_argument(m, 1))} / {_grouped(_argument(m, 3))}",
            text,
        )
        text = re.sub(rf"\\sqrt\s*{_ARGUMENT}", lambda m: "√" + _grouped(_argument(m, 1)), text)
        text = re.sub(
            rf"\\(hat|bar|tilde|vec|dot)\s*{_ARGUMENT}",
            lambda m: _argument(m, 2) + _ACCENTS[m[1]],
            text,
        )
        if text == before:
            break
    text = re.sub(r"\\([A-Za-z]+)", r"\1", text)  # "\log", "\max": their names
    text = re.sub(r"\\[,;:! ]", " ", text).replace("\\\\", " ").replace("\\", "")
    text = re.sub(rf"\^{_ARGUMENT}", _superscript, text)
    text = re.sub(rf"_{_GROUP}", r"_\1", text)
    text = text.replace("{", "").replace("}", "")
    return " ".join(text.split())


def _superscript(match: re.Match) -> str:
    power = _argument(match, 1).strip()
    raised = power.translate(_SUPERSCRIPTS)
    if all(ch in "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀ" for ch in raised):
        return raised
    return f"^{power}" if len(power) == 1 else f"^({power})"
