"""TeX math in answers: found by pymdownx.arithmatex, drawn offline by ziamath as SVG.

`MathExtension` plugs into python-markdown. It finds `$…$` and `\\(…\\)` inline,
`$$…$$` and `\\[…\\]` (inline or as their own block) and `\\begin{env}…\\end{env}`
blocks, using arithmatex's patterns (which skip code spans, handle `\\$` escapes and
its "smart dollar" rule: no space just inside the dollars). One rule is added for
prices: a closing `$` followed by a digit ("$5-$10") is not the end of a formula,
and one for words between dollars (`core.dollar_text`: shell variables in a sentence).
Each formula becomes a placeholder in the HTML, so it passes the sanitizer as
text; `replace_placeholders` then puts in an `<img>` whose source is the formula's
SVG as a data: URI (drawn in the theme's text colour, with its width and height in
the tag so layout needs no decoding). A formula that cannot be drawn, or that
alone would take too long, shows its TeX in code style instead.

ziamath is pure Python and slow on purpose-built input: its time roughly doubles
with each level of nested groups (`{…}`, `\\left…\\right`), and it costs about a
millisecond per character of plain formula. `formula_cost` estimates that
deterministically and `replace_placeholders` draws new formulas within a budget per
call, so a click on an answer never waits long. Formulas past the budget are
written as their TeX marked `data-later` (`is_unfinished`): `draw_later` draws them
a few at a time (the window's idle time), and the answer, rendered again, then
shows every formula (80 in a long answer: 26 of them were left as TeX for good).
Drawn formulas are kept in memory keyed by TeX, style, colour and size (drawn
again, they cost no budget); only a finished answer's HTML is cached in the store.
"""

from __future__ import annotations

import base64
import contextlib
import html
import re
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from markdown.extensions import Extension
from markdown.util import AtomicString

from studyapp.core.dollar_text import reads_as_words

# Placeholders: private-use characters (removed from the Markdown first), the kind
# ("i" inline, "d" display) and the formula's index in this conversion.
_OPEN, _CLOSE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile(f"{_OPEN}([id])(\\d+){_CLOSE}")
_DISPLAY_BLOCK = re.compile(f"<div>\\s*{_OPEN}d(\\d+){_CLOSE}\\s*</div>")

MAX_TEX_CHARS = 1_000  # one formula longer than this is shown as TeX
MAX_GROUP_DEPTH = 7  # nested groups deeper than this: shown as TeX (2^depth time)
# Estimated cost units (≈ 0.3 ms each on the measuring machine) of new formulas per
# rendering (a click); one formula costing more is shown as TeX.
ANSWER_BUDGET = 3_000
STEP_BUDGET = 100  # of formulas drawn later, per idle step (≈ 30 ms; one formula at least)
_DEPTH_FACTOR = 2.2  # measured: each nesting level multiplies ziamath's time by 2–2.5
_EACH = 30  # units every formula costs, however short (ziamath: 5–15 ms a call)
CACHE_ENTRIES = 2_000
TEXT_POINTS = 11.0  # the body text formulas are sized for (the answer pane's)
SIZE = 17.0  # formula font size in px: beside an 11 pt (14.7 px) sans-serif text
# Where Qt puts an inline image on its line (measured, Qt 6): "vertical-align: baseline"
# puts its bottom on the baseline, exactly, whatever else the line holds; "middle"
# centres it in the line's height, which lands its centre half an x-height/2 above the
# baseline only when the image reaches past the text both above and below it (else a
# small formula sat raised and looked shrunk: "rate ᵅ."). So a formula that goes no
# lower than its baseline is drawn with its bottom there ("baseline"); one that does
# (a subscript, a descender, a fraction) is padded to reach past the text and set on
# the middle, centre X_HEIGHT/2 above its own baseline.
X_HEIGHT = 0.5  # the text's x-height as a share of SIZE (DejaVu Sans 9 px, Noto Sans 8)
TEXT_ASCENT = 0.85  # the text's ascent as a share of SIZE (DejaVu Sans 0.82, Noto 0.92)
BASELINE_DEPTH = 0.1  # a formula reaching less below its baseline sits on it (1.7 px)
INK_BELOW = 0.04  # of it kept below the baseline: the round letters' overshoot


def strip_placeholder_chars(md: str) -> str:
    """The Markdown without the private-use characters the placeholders are made of."""
    if _OPEN in md or _CLOSE in md:
        return md.replace(_OPEN, "").replace(_CLOSE, "")
    return md


# --- finding formulas (python-markdown) ---------------------------------------------

_MATH_START = re.compile(r"\$|\\[(\[]|\\begin\{")


def may_hold_math(md: str) -> bool:
    """Whether `md` has anything a formula (or an escaped dollar) starts with."""
    return _MATH_START.search(md) is not None


# A line that is one display formula and nothing else, outside a list or a quote:
# "\\[ P(A|B) = … \\]" or "$$E = mc^2$$" with a sentence on the next line.
_DISPLAY_LINE = re.compile(r"^ {0,3}(?:\$\$(?!\s)(?:\\.|[^\\$])+?\$\$|\\\[.+?\\\])[ \t]*$")


def display_lines_apart(md: str) -> str:
    """Each line that is one display formula made a paragraph of its own (blank lines
    around it), so it shows centred on its own line as a display formula does, not run
    into the sentence above or below it (Markdown joins the lines of a paragraph).
    Code, fenced or indented, is left as written."""
    if "$$" not in md and "\\[" not in md:
        return md
    from studyapp.core.fences import marking_code

    lines = md.split("\n")
    out: list[str] = []
    for n, (line, code) in enumerate(marking_code(lines)):
        if code or not _DISPLAY_LINE.match(line):
            out.append(line)
            continue
        if out and out[-1].strip():
            out.append("")
        out.append(line)
        if n + 1 < len(lines) and lines[n + 1].strip():
            out.append("")
    return "\n".join(out)


class MathExtension(Extension):
    """Formulas → placeholders; the TeX of this conversion's formulas in `formulas`."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.formulas: list[str] = []

    def reset(self) -> None:
        self.formulas = []

    def add(self, tex: str, display: bool) -> AtomicString:
        self.formulas.append(tex)
        kind = "d" if display else "i"
        return AtomicString(f"{_OPEN}{kind}{len(self.formulas) - 1}{_CLOSE}")

    def extendMarkdown(self, md) -> None:
        from pymdownx import arithmatex, util

        md.registerExtension(self)
        util.escape_chars(md, ["$"])
        config = {"generic": True, "preview": False, "block_tag": "div", "inline_tag": "span"}
        extension = self

        class Inline(arithmatex.InlineArithmatexPattern):
            needs = ("$", "\\(")  # core.mdskip: tried only on text holding one

            def handleMatch(self, m, data):
                groups = m.groups()
                if groups[0] or groups[3]:  # escaped backslashes before a dollar
                    return super().handleMatch(m, data)
                if groups[1] == "$" and data[m.end() : m.end() + 1].isdigit():
                    return None, None, None  # "$5-$10": prices, not a formula
                if groups[1] == "$" and reads_as_words(groups[2]):
                    return None, None, None  # 'Quoted "$@" keeps…; "$*"': shell, not math
                tex = groups[2] if groups[1] else groups[5]
                return extension.add(tex, display=False), m.start(0), m.end(0)

        class DisplayInline(arithmatex.InlineArithmatexPattern):
            """`$$…$$` or `\\[…\\]` inside a paragraph: display style, in the line."""

            needs = ("$$", "\\[")

            def handleMatch(self, m, data):
                return extension.add(m.group(1) or m.group(2), display=True), m.start(0), m.end(0)

        class Block(arithmatex.BlockArithmatexProcessor):
            def generic_output(self, parent, math):
                from xml.etree import ElementTree

                ElementTree.SubElement(parent, "div").text = extension.add(math, display=True)

        inline = Inline(
            f"(?:{arithmatex.RE_SMART_DOLLAR_INLINE}|{arithmatex.RE_BRACKET_INLINE})", config
        )
        md.inlinePatterns.register(inline, "math-inline", 189.9)
        display_inline = DisplayInline(
            r"(?<!\\)\$\$(?!\s)((?:\\.|[^\\$])+?)\$\$|(?<!\\)\\\[((?:\\[^\]]|[^\\])+?)\\\]",
            config,
        )
        md.inlinePatterns.register(display_inline, "math-display-inline", 189.95)
        block_pattern = "|".join(
            (arithmatex.RE_DOLLAR_BLOCK, arithmatex.RE_BRACKET_BLOCK, arithmatex.RE_TEX_BLOCK)
        )
        block = Block(rf"(?s)^(?:{block_pattern})[ ]*$", config, md)
        md.parser.blockprocessors.register(block, "math-block", 79.9)


# --- drawing formulas (ziamath) -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Formula:
    svg: str
    width: float
    height: float
    align: str = "middle"  # its vertical-align on the line: "baseline" or "middle"


_cache: OrderedDict[tuple[str, bool, str, float], Formula | None] = OrderedDict()
_lock = threading.Lock()  # ziamath keeps global state (fonts, config): one drawing at a time
_VIEWBOX = re.compile(r'viewBox="([-\d.e]+) ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)"')
_SIZE_ATTRS = re.compile(r'\s(?:width|height)="[^"]*"')


def formula_cost(tex: str) -> int:
    """Estimated drawing cost: each character weighs _DEPTH_FACTOR ** (its group depth)."""
    cost = float(_EACH)
    depth = 0
    weight = 1.0
    i = 0
    while i < len(tex):
        c = tex[i]
        if c == "\\" and tex.startswith(("\\left", "\\right"), i):
            step = 1 if tex.startswith("\\left", i) else -1
            depth = max(0, depth + step)
            weight = _DEPTH_FACTOR**depth
            i += 5 if step == 1 else 6
            cost += 5 * weight
            continue
        if c == "{":
            depth += 1
            weight = _DEPTH_FACTOR**depth
        elif c == "}":
            depth = max(0, depth - 1)
            weight = _DEPTH_FACTOR**depth
        elif c == "\\":
            i += 1  # an escaped character counts once
        cost += weight
        i += 1
    return int(cost)


def group_depth(tex: str) -> int:
    depth = deepest = 0
    for token in re.finditer(r"\\left\b|\\right\b|\\[{}]|[{}]", tex):
        text = token.group()
        if text in ("{", "\\left"):
            depth += 1
            deepest = max(deepest, depth)
        elif text in ("}", "\\right"):
            depth = max(0, depth - 1)
    return deepest


def draw(tex: str, *, display: bool, color: str, size: float = SIZE) -> Formula | None:
    """The formula as SVG (cached), or None when ziamath cannot draw it."""
    key = (tex, display, color, size)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        formula = _draw(tex, display=display, color=color, size=size)
        _cache[key] = formula
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
        return formula


def _unknown_command(mathml: Any) -> bool:
    """A command the TeX reader does not know stays as its own name (``\\alpah``) in a
    token element; text (``\\text{a\\\\b}``) is not a command."""
    return any(
        element.tag in ("mi", "mo", "mn") and _COMMAND_TEXT.fullmatch(element.text or "")
        for element in mathml.iter()
    )


_COMMAND_TEXT = re.compile(r"\\[A-Za-z]+")


def _draw(tex: str, *, display: bool, color: str, size: float) -> Formula | None:
    # ziamath and ziafont load their fonts with importlib.resources.path, deprecated
    # since Python 3.11: not ours to fix, and not to be shown to the person.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            import ziamath  # loads its math font: a bundle without it shows TeX, no crash

            ziamath.config.svg2 = False  # <use xlink:href>, no <symbol>: what QtSvg draws
            ziamath.config.precision = 2  # 0.01 px: finer than any screen or the PDF needs
            latex = ziamath.Latex(tex, size=size, color=color, inline=not display)
            if _unknown_command(latex.mathml):
                return None  # a typo (\alpah) would be drawn as its letters: show the TeX
            svg = latex.svg()
        except (Exception, RecursionError):  # a formula it cannot parse or lay out
            return None
    box = _VIEWBOX.search(svg)
    if box is None:
        return None
    x0, y0, width, height = (float(v) for v in box.groups())
    if width <= 0 or height <= 0:
        return None
    ascent, descent = -y0, y0 + height
    on_baseline = not display and descent <= BASELINE_DEPTH * size
    if on_baseline:  # its bottom on the text's baseline: the box ends just below its own
        descent = min(descent, INK_BELOW * size)
    else:  # reaching past the text above and below, its centre X_HEIGHT/2 above y = 0
        half_x = X_HEIGHT * size / 2
        ascent = max(ascent, TEXT_ASCENT * size, descent + half_x)
        descent = ascent - half_x
    y0, height = -ascent, ascent + descent
    head, sep, tail = svg.partition(">")
    head = _SIZE_ATTRS.sub("", _VIEWBOX.sub(f'viewBox="{x0} {y0:.3f} {width} {height:.3f}"', head))
    svg = f'{head} width="{width:.2f}" height="{height:.2f}"{sep}{tail}'
    return Formula(svg, width, height, "baseline" if on_baseline else "middle")


def formula_html(formula: Formula, tex: str) -> str:
    data = base64.b64encode(formula.svg.encode()).decode("ascii")
    return (
        f'<img src="data:image/svg+xml;base64,{data}" width="{round(formula.width)}"'
        f' height="{round(formula.height)}" style="vertical-align: {formula.align}"'
        f' alt="{html.escape(tex)}">'
    )


_output = threading.local()  # per thread: whether formulas are written for MathJax


@contextlib.contextmanager
def as_mathjax():
    """Within it, `replace_placeholders` writes each formula as its TeX between
    MathJax's delimiters, ``\\(…\\)`` inline and ``\\[…\\]`` display, instead of
    drawing it: the HTML is for a reader that typesets TeX itself (Anki does, offline,
    in the text's own colour, so a formula reads in night mode too, and it stays TeX
    that Anki's editor and StudyApp's importer read back)."""
    before = getattr(_output, "mathjax", False)
    _output.mathjax = True
    try:
        yield
    finally:
        _output.mathjax = before


def mathjax_html(tex: str, display: bool) -> str:
    """A formula as Anki keeps one: its TeX, HTML-escaped, between MathJax delimiters."""
    opening, closing = ("\\[", "\\]") if display else ("\\(", "\\)")
    return f"{opening}{html.escape(tex, quote=False)}{closing}"


def tex_html(tex: str) -> str:
    """A formula that is not drawn (too long or deep to draw): its TeX, in code style."""
    return f'<code class="tex">{html.escape(tex, quote=False)}</code>'


_COMMAND = re.compile(r"\\[A-Za-z]+|\\.")
_INNER = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_GROUP = r"\{((?:[^{}]|" + _INNER + r")*)\}"  # a {…} group, groups two deep inside it
_FRACTION = re.compile(r"\\[dt]?frac\s*" + _GROUP + r"\s*" + _GROUP)
LATER_MAX_SYMBOLS = 30  # a wider box would run past a narrow pane (it cannot wrap)


def later_html(tex: str, display: bool) -> str:
    """A formula not drawn yet, for want of time in this rendering (`draw_later`): a
    blank, muted box about as wide as it will be, where it will stand. Its TeX, shown
    there meanwhile, read as code ("\\frac{a_{1} + 1}{…") that then jumped to a
    formula a third of its width. The TeX is kept in the box's `data-tex`."""
    # a fraction as wide as the wider of its parts, stacked
    flat = _FRACTION.sub(lambda m: max(m.group(1), m.group(2), key=_symbols), tex)
    symbols = _symbols(flat)
    room = "&#160;" * (2 * min(max(symbols, 2), LATER_MAX_SYMBOLS))  # ≈ 2 spaces a symbol
    kind = "d" if display else "i"
    return f'<span class="tex" data-later="{kind}" data-tex="{html.escape(tex)}">{room}</span>'


def _symbols(tex: str) -> int:
    """About how many symbols wide `tex` is drawn: a command one, braces, scripts'
    marks and spaces none."""
    flat = _COMMAND.sub("x", tex)
    return len(flat) - sum(flat.count(c) for c in "{}^_ ")


_LATER = re.compile(r'<span class="tex" data-later="([id])" data-tex="([^"]*)">')


def is_unfinished(html_text: str) -> bool:
    """Whether some formulas of this HTML wait to be drawn (`draw_later`)."""
    return 'data-later="' in html_text


def draw_later(
    html_text: str, *, color: str, size: float = SIZE, budget: int = STEP_BUDGET
) -> bool:
    """Draw (into the memory cache) the formulas `html_text` left for later, as far as
    `budget` goes and one at least; True once all are drawn, when a rendering again
    shows every one without drawing."""
    for match in _LATER.finditer(html_text):
        tex, display = html.unescape(match.group(2)), match.group(1) == "d"
        if _drawn(tex, display, color, size):
            continue
        if budget <= 0:
            return False
        budget -= formula_cost(tex)
        draw(tex, display=display, color=color, size=size)
    return True


def _drawn(tex: str, display: bool, color: str, size: float) -> bool:
    with _lock:
        return (tex, display, color, size) in _cache


def replace_placeholders(
    clean_html: str,
    formulas: list[str],
    *,
    color: str,
    size: float = SIZE,
    budget: int | None = ANSWER_BUDGET,
) -> str:
    """The sanitized HTML with each placeholder replaced by its formula's image (or TeX).
    Formulas not yet drawn are drawn as far as `budget` goes (None: all of them); the
    rest are left for later (`is_unfinished`, `draw_later`)."""
    if _OPEN not in clean_html:
        return clean_html
    if getattr(_output, "mathjax", False):
        return _as_mathjax(clean_html, formulas)
    left = budget

    def image(index: int, display: bool) -> str:
        nonlocal left
        if index >= len(formulas):
            return ""
        tex = formulas[index].strip()
        if not tex:
            return ""
        if len(tex) > MAX_TEX_CHARS or group_depth(tex) > MAX_GROUP_DEPTH:
            return tex_html(tex)
        if not _drawn(tex, display, color, size):
            cost = formula_cost(tex)
            if cost > ANSWER_BUDGET:  # alone, it would hold the window up
                return tex_html(tex)
            if left is not None:
                if cost > left:
                    left = 0  # in order: none after it drawn before it
                    return later_html(tex, display)
                left -= cost
        formula = draw(tex, display=display, color=color, size=size)
        return tex_html(tex) if formula is None else formula_html(formula, tex)

    out = _DISPLAY_BLOCK.sub(
        lambda m: f'<p align="center">{image(int(m.group(1)), True)}</p>', clean_html
    )
    return _PLACEHOLDER.sub(lambda m: image(int(m.group(2)), m.group(1) == "d"), out)


def _as_mathjax(clean_html: str, formulas: list[str]) -> str:
    def tex(index: int, display: bool) -> str:
        formula = formulas[index].strip() if index < len(formulas) else ""
        return mathjax_html(formula, display) if formula else ""

    out = _DISPLAY_BLOCK.sub(lambda m: f"<div>{tex(int(m.group(1)), True)}</div>", clean_html)
    return _PLACEHOLDER.sub(lambda m: tex(int(m.group(2)), m.group(1) == "d"), out)


_FORMULA_SIZE = re.compile(
    r'(<img src="data:image/svg\+xml;base64,[^"]+" width=")(\d+)(" height=")(\d+)"'
)


def scale_formulas(html_text: str, factor: float) -> str:
    """The HTML with its formula images `factor` times their size: for text shown
    larger or smaller than TEXT_POINTS (the pane's zoom, the PDF's 10 pt)."""
    if factor == 1.0 or "data:image/svg+xml" not in html_text:
        return html_text

    def scale(match: re.Match[str]) -> str:
        width, height = (max(1, round(int(v) * factor)) for v in match.group(2, 4))
        return f'{match.group(1)}{width}{match.group(3)}{height}"'

    return _FORMULA_SIZE.sub(scale, html_text)
