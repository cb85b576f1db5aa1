"""Answer Markdown → sanitized HTML for QTextBrowser and the PDF, plus the CSS per theme.

The pipeline is: lists reshaped the way CommonMark reads them (core.mdlists) →
python-markdown (tables, pymdownx.superfences for fenced code anywhere, Pygments
highlighting with inline styles, sane lists, bare URLs linked (pymdownx.magiclink),
TeX math found by core.texmath, and a single newline as a line break when the deck's
convention says so) → nh3 with an
allow-list → our own pass over images, tables, code blocks and formulas. Notes
files come from anywhere, so everything that reaches a widget goes through nh3:
no scripts, frames, forms or event handlers, links only to http(s), mailto and
in-page anchors, style attributes reduced to colours and fonts, and
images only from files inside the notes file's own folder.

QTextDocument understands a small CSS subset and no class-based Pygments
stylesheet, hence inline colours, `border`/`cellpadding` attributes on tables and
a plain default stylesheet per theme (`answer_css`).
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.core.answer_look import (  # noqa: F401 (answer_css, title_html: here for callers)
    _PALETTES,
    _TAG,  # a tag, allowing '>' inside quoted attribute values
    answer_css,
    title_html,
)
from studyapp.core.clusters import cluster_end, cut_every, is_mark
from studyapp.core.html_escape import escape_html
from studyapp.core.render_images import (  # noqa: F401 (the image names: here for callers)
    IMAGE_SUFFIXES,
    deck_folder,
    local_image_url,
    missing_image_html,
    note_folder,
    rewrite_images,
)
from studyapp.core.settings_schema import LINE_BREAKS_KEY
from studyapp.core.titles import has_unspaced_script
from studyapp.lazy import lazy, lazy_pattern

if TYPE_CHECKING:
    import markdown

    from studyapp.core.model import ParsedDocument

# Read on the first render only: start-up shows HTML from the store.
callouts = lazy("studyapp.core.callouts")
embedded_images = lazy("studyapp.core.embedded_images")
mdguard = lazy("studyapp.core.mdguard")  # its checks run before a render, not at start
label_breaks = lazy("studyapp.core.label_breaks")
mdlists = lazy("studyapp.core.mdlists")
table_spans = lazy("studyapp.core.table_spans")
tables_apart = lazy("studyapp.core.tables_apart")
texmath = lazy("studyapp.core.texmath")

# markdown, Pygments and nh3 are imported on first use, not at import: start-up
# shows cached HTML and should not pay ~60 ms for a renderer it does not call.

# Bump whenever the HTML this module produces changes: cached HTML keyed by
# `markdown_hash` is then re-rendered instead of shown stale.
# 26: tags named in prose ("e.g. <br> or <img>", core.named_tags) shown as written,
# an answer's tables of the "grid" class (answer_css: room above them);
# 25: footnotes (text[^1] and "[^1]: the note") as numbers and a list of notes;
# 24: bare URLs (https://…, www.…) are links; a link to nothing (ftp:) is text;
# 23: a quiz's options one a line ("A) 1" / "B) 2") apart in a "space" deck;
# 22: a formula drawn later waits as a blank box, not its TeX;
# 21: every formula drawn (an answer's past the first ~54 were left as TeX);
# 20: inline formulas on the baseline;
# 19: pictures carried in the notes as data: URIs drawn;
# 18: labelled lines ("Situation: …") apart in a "space" deck; 17: a missing or
# unreadable local image says so; 16: empty header rows; 15: tags whole
RENDER_VERSION = "27"

# How a single newline inside a paragraph reads: "break" (chat exports, plain-text
# notes) or "space" (GitHub-style Markdown). Per deck, chosen by the importer from
# the source format and stored as the setting DECK_LINE_BREAKS; the user setting
# LINE_BREAKS_SETTING ("auto" follows the deck) overrides it.
LINE_BREAKS = ("break", "space")
DEFAULT_LINE_BREAKS = "break"  # decks imported before the convention was recorded
LINE_BREAKS_SETTING = LINE_BREAKS_KEY  # a preference (core.settings_schema)
DECK_LINE_BREAKS = "deck.{deck_id}.line_breaks"

# Table spans and sizes QTextDocument lays out quickly: a cell spans at most
# MAX_SPAN columns or rows, and a table of more than MAX_TABLE_CELLS grid cells
# (rows × columns, spans included) is shown as lines of text instead. 100 rows ×
# 100 columns took 1.2 s to lay out; 5,000 cells about 0.3 s.
MAX_SPAN = 50
MAX_TABLE_CELLS = 5_000

THEMES = ("light", "dark")
PDF_THEME = "light"
PYGMENTS_STYLES = {"light": "default", "dark": "github-dark"}


_ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl",
        "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
        "li", "mark", "ol", "p", "pre", "s", "samp", "small", "span", "strong", "sub",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    }
)  # fmt: skip
# Dropped with everything inside them (the rest of the unknown tags keep their text).
_DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
        "noscript", "template", "textarea", "select", "svg", "math", "head", "title",
    }
)  # fmt: skip
_STYLED = {"style"}
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "li": {"id"},  # a footnote's, which its number in the text links to
    "th": {"style", "colspan", "rowspan", "align"},
    "td": {"style", "colspan", "rowspan", "align"},
    "table": {"class"},  # set to "grid" (_TABLE_ATTRIBUTES), no other
    "div": _STYLED,
    "span": {"style", "class"},  # class: only those of _SPAN_CLASSES
    "pre": _STYLED,
    "code": _STYLED,
    "p": _STYLED,
}
_SPAN_CLASSES = frozenset({"tag"})  # classes our own Markdown passes give (answer_css)
_CLASSES = {"span": _SPAN_CLASSES, "table": frozenset({"grid"})}  # (its rules' own)
# An answer's own tables: ruled, and of the "grid" class, which answer_css spaces
# from what is above (a table right under a paragraph touched it).
_TABLE_ATTRIBUTES = {"border": "1", "cellspacing": "0", "cellpadding": "4", "class": "grid"}
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})

# Style declarations kept: colours, fonts, alignment. Values may hold only words,
# numbers, #hex and rgb()/hsl() colours, so no url(), expression(), escapes or quotes.
_STYLE_PROPERTIES = frozenset(
    {
        "color", "background-color", "font-weight", "font-style", "text-decoration",
        "text-align", "line-height", "vertical-align",
    }
)  # fmt: skip
_STYLE_ALIASES = {"background": "background-color"}  # Pygments writes the shorthand
_SAFE_STYLE_VALUE = lazy_pattern(r"(?:[#\w.%,\s-]|(?:rgba?|hsla?)\([\d\s.,%]*\))*", re.ASCII)
_SCHEME = lazy_pattern(r"([a-zA-Z][a-zA-Z0-9+.-]*):")

# nh3's output is html5ever-serialized: attribute values always double-quoted.


# --- sanitizing ----------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _clean_style(value: str) -> str | None:
    """Keep the safe declarations of a style attribute; None when none is left."""
    kept = []
    for declaration in value.split(";"):
        name, sep, val = declaration.partition(":")
        name = _STYLE_ALIASES.get(name.strip().lower(), name.strip().lower())
        val = val.strip()
        if sep and val and name in _STYLE_PROPERTIES and _SAFE_STYLE_VALUE.fullmatch(val):
            kept.append(f"{name}: {val}")
    return "; ".join(kept) or None


def _safe_href(value: str) -> str | None:
    """http(s), mailto and in-page (#…) links; anything else (javascript:, data:,
    file:, relative paths, obfuscated schemes) loses its href."""
    url = value.strip()
    if url.startswith("#"):
        return url
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() in _LINK_SCHEMES:
        return url
    return None


def _attribute_filter(element: str, attribute: str, value: str) -> str | None:
    # Called by nh3 for every allowed attribute; must never raise (nh3 would only
    # report it through sys.unraisablehook).
    if attribute == "style":
        return _clean_style(value)
    if element == "a" and attribute == "href":
        return _safe_href(value)
    if attribute in ("colspan", "rowspan"):
        return _bounded_span(value)
    if attribute == "class":
        return value if value in _CLASSES.get(element, ()) else None
    return value


def _bounded_span(value: str) -> str | None:
    """A colspan/rowspan as a number from 1 to MAX_SPAN; None (dropped) when not a number."""
    digits = value.strip()
    if not digits.isdigit():
        return None
    return str(max(1, min(MAX_SPAN, int(digits[:6]))))


@functools.cache
def _cleaner():
    import nh3

    return nh3.Cleaner(
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in _ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_attribute_filter,
        strip_comments=True,
        link_rel=None,
        set_tag_attribute_values={"table": dict(_TABLE_ATTRIBUTES)},
        url_schemes=set(_LINK_SCHEMES),
    )


# --- tables and code blocks ------------------------------------------------------

_TABLE_PART = lazy_pattern(r"<(/?)(table|thead|tbody|tfoot|caption|tr|td|th)\b([^>]*)>")
_SPAN_ATTR = lazy_pattern(r'\b(colspan|rowspan)="(\d+)"')
# The newline Pygments leaves before the end of a block: QTextDocument shows it as an
# empty shaded last line.
_CODE_END_NEWLINE = lazy_pattern(r"\n((?:</span>)*</code></pre>)")
# The line height Pygments gives a code block: QTextDocument spaces each line of it
# out and shades only the line itself, so the block showed as stripes.
_CODE_LINE_HEIGHT = lazy_pattern(r'<pre style="line-height: ?\d+%;?">')


# QTextDocument draws no border around a block, and shades each paragraph of a quote
# on its own: a blockquote read as loose grey lines. A one-cell table whose cell has
# a left border (styled `td.quote` in answer_css) reads as a quote, in the pane and
# the PDF alike. HTML for other readers (an Anki package) keeps its <blockquote>.
_BLOCKQUOTE_OPEN = lazy_pattern(r"<blockquote\b[^>]*>")
_QUOTE_OPEN = (
    '<table class="quote" width="100%" border="0" cellspacing="0" cellpadding="8">'
    '<tr><td class="quote">'
)
_QUOTE_CLOSE = "</td></tr></table>"


def _quotes_as_tables(clean: str) -> str:
    if "<blockquote" not in clean:
        return clean
    return _BLOCKQUOTE_OPEN.sub(_QUOTE_OPEN, clean).replace("</blockquote>", _QUOTE_CLOSE)


# "| | |" over "|---|---|": a Markdown table with no header (a table of cards, an HTML
# table of <td> rows read from a note): its empty header row is drawn as no row.
_EMPTY_HEAD = lazy_pattern(r"<thead>\s*<tr>(?:\s*<th(?:\s[^>]*)?>\s*</th>)+\s*</tr>\s*</thead>\s*")


# A link whose target nh3 took away (ftp://, file:, javascript:): drawn as a link,
# it did nothing when clicked. Its text stays, as text.
_DEAD_LINK = lazy_pattern(r'<a(?: title="[^"]*")?>(.*?)</a>', re.DOTALL)


def _without_dead_links(clean: str) -> str:
    return _DEAD_LINK.sub(r"\1", clean) if "<a" in clean else clean


def _without_empty_heads(clean: str) -> str:
    return _EMPTY_HEAD.sub("", clean) if "<thead>" in clean else clean


def _bound_tables(clean: str) -> str:
    """Tables larger than MAX_TABLE_CELLS grid cells become plain lines of text: each
    row a paragraph, its cells separated by " | " (spans are already bounded)."""
    if "<table" not in clean:
        return clean
    # No table has more rows than there are <tr>, nor a row more cells than there are
    # <td> and <th> (<thead> too): most answers are settled by that bound.
    cells = clean.count("<td") + clean.count("<th")
    if "span=" not in clean and clean.count("<tr") * cells <= MAX_TABLE_CELLS:
        return clean
    sizes: list[int] = []  # grid cells per table, in order of their opening tags
    stack: list[list[int]] = []  # per open table: [rows, widest row, current row width, index]
    for match in _TABLE_PART.finditer(clean):
        closing, tag, attrs = match.groups()
        if tag == "table" and not closing:
            stack.append([0, 0, 0, len(sizes)])
            sizes.append(0)
        elif not stack:
            continue
        elif tag == "table":
            rows, widest, _width, index = stack.pop()
            sizes[index] = rows * widest
        elif tag == "tr" and not closing:
            stack[-1][0] += 1
            stack[-1][2] = 0
        elif tag in ("td", "th") and not closing:
            spans = dict(_SPAN_ATTR.findall(attrs))
            stack[-1][2] += int(spans.get("colspan", 1))
            stack[-1][0] += int(spans.get("rowspan", 1)) - 1
            stack[-1][1] = max(stack[-1][1], stack[-1][2])
    if all(size <= MAX_TABLE_CELLS for size in sizes):
        return clean
    flatten_depth = 0  # >0 inside a table being flattened
    table_index = -1

    def rewrite(match: re.Match[str]) -> str:
        nonlocal flatten_depth, table_index
        closing, tag, _attrs = match.groups()
        if tag == "table" and not closing:
            table_index += 1
            if flatten_depth or sizes[table_index] > MAX_TABLE_CELLS:
                flatten_depth += 1
                return "<div>"
            return match.group(0)
        if not flatten_depth:
            return match.group(0)
        if tag == "table":
            flatten_depth -= 1
            return "</div>"
        if tag == "tr":
            return "</p>" if closing else "<p>"
        if tag in ("td", "th"):
            return " | " if closing else ""
        return ""  # thead, tbody, tfoot, caption: no wrapper left in the lines

    # " | " separates cells; none after a row's last one
    return _TABLE_PART.sub(rewrite, clean).replace(" | </p>", "</p>")


# --- Markdown ------------------------------------------------------------------

_local = threading.local()  # a Markdown instance is not thread-safe: one per thread and theme


# Every ASCII punctuation character can be escaped (CommonMark); python-markdown
# knows only some, so `\$250k`, `\~` or `\|` kept their backslash.
_ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _converter(
    theme: str, line_breaks: str, *, math_syntax: bool, html_markdown: bool
) -> tuple[markdown.Markdown, Any]:  # and the texmath.MathExtension
    """A converter per thread and combination. The math patterns and md_in_html cost
    about a third of the conversion on every answer, so they are only in the
    converters of answers that can use them (see render_markdown)."""
    converters = getattr(_local, "converters", None)
    if converters is None:
        converters = _local.converters = {}
    key = (theme, line_breaks, math_syntax, html_markdown)
    pair = converters.get(key)
    if pair is None:
        pair = converters[key] = _new_converter(*key)
    return pair


def _new_converter(
    theme: str, line_breaks: str, math_syntax: bool, html_markdown: bool
) -> tuple[markdown.Markdown, Any]:
    """A new converter for one combination (see _converter), and its MathExtension."""
    # Extensions as objects, not names: a frozen build (PyInstaller) only ships
    # modules it sees imported. superfences loads these two by name itself.
    import markdown
    import pymdownx._bypassnorm  # noqa: F401
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.md_in_html import MarkdownInHtmlExtension
    from markdown.extensions.nl2br import Nl2BrExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    from pymdownx.highlight import HighlightExtension
    from pymdownx.magiclink import MagiclinkExtension
    from pymdownx.mark import MarkExtension
    from pymdownx.superfences import SuperFencesCodeExtension
    from pymdownx.tilde import DeleteSubExtension

    from studyapp.core.inline_html import HtmlWhereMeantExtension
    from studyapp.core.inline_tags import TagExtension
    from studyapp.core.mdcode import share_lookups
    from studyapp.core.mdskip import SkippingExtension

    share_lookups()  # a code block's lexer and style table found once, not per block

    math = texmath.MathExtension()
    extensions: list = [
        HtmlWhereMeantExtension(),
        TableExtension(),
        SuperFencesCodeExtension(),
        HighlightExtension(
            use_pygments=True,
            noclasses=True,  # inline colours: QTextBrowser has no Pygments CSS
            pygments_style=PYGMENTS_STYLES[theme],
            guess_lang=False,  # a guess is slow and often wrong for prose
        ),
        SaneListExtension(),
        # ~~struck~~ and ==marked== as Obsidian and GitHub write them; not ~sub~,
        # which neither knows ("~5 min … ~10 min").
        DeleteSubExtension(subscript=False),
        MarkExtension(),
        TagExtension(),  # #todo as a label, not a heading
        # A bare https://… or www.… is a link, as GitHub shows it; nh3 still keeps only
        # http(s) and mailto, and the pane opens a link in the browser when clicked.
        MagiclinkExtension(),
        # text[^1] with "[^1]: its note" (Obsidian, GitHub): a superscript number and
        # the notes listed under the answer, not the raw marks. No "↩" back-link: the
        # sanitizer keeps no link within a page. A [^0-9] with no note stays as it is.
        FootnoteExtension(BACKLINK_TEXT="", SEPARATOR="-"),
    ]
    if html_markdown:
        extensions.append(MarkdownInHtmlExtension())  # Markdown after an HTML block
    if line_breaks == "break":
        extensions.append(Nl2BrExtension())
    if math_syntax:
        extensions.append(math)
    extensions.append(SkippingExtension())  # last: it wraps what the others registered
    converter = markdown.Markdown(extensions=extensions, output_format="html")
    converter.ESCAPED_CHARS = sorted(set(converter.ESCAPED_CHARS) | set(_ESCAPABLE))
    # Asked for every element when the HTML is laid out; python-markdown looks the tag
    # up in a list of some 60 names. The list is complete once the extensions are in.
    blocks = frozenset(converter.block_level_elements)
    converter.is_block_level = lambda tag: (
        isinstance(tag, str) and tag.lower().rstrip("/") in blocks
    )
    return converter, math


def _check_theme(theme: str) -> None:
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {THEMES}, not {theme!r}")


def _check_line_breaks(line_breaks: str) -> None:
    if line_breaks not in LINE_BREAKS:
        raise ValueError(f"line_breaks must be one of {LINE_BREAKS}, not {line_breaks!r}")


def render_markdown(
    md: str,
    *,
    base_dir: Path | None = None,
    theme: str = "light",
    line_breaks: str = DEFAULT_LINE_BREAKS,
    qt_quotes: bool = True,
    image_root: Path | None = None,
    all_formulas: bool = False,
) -> str:
    """Sanitized HTML for an answer's Markdown.

    `base_dir` is the notes file's folder: relative images that exist from it inside
    `image_root` (the deck's folder; default `base_dir`) are kept (as file:// URLs;
    see `local_image_url`); all other images become a muted placeholder with their
    file name. `theme` picks the code highlighting and formula colours ("light" or
    "dark"); `line_breaks` how a single newline in a paragraph reads ("break" or
    "space", see LINE_BREAKS). `qt_quotes`: block quotes as QTextDocument can draw
    them (see _quotes_as_tables); False keeps <blockquote> for other HTML readers.
    `all_formulas`: every formula drawn now (an export); else as many new ones as
    texmath.ANSWER_BUDGET allows, the rest left for `draw_later` (a click).
    """
    _check_theme(theme)
    _check_line_breaks(line_breaks)
    # Pictures carried in the notes (data: URIs, a megabyte of base64 each) are
    # set aside, so the guard, python-markdown and nh3 see a short token.
    md, embedded = embedded_images.take_out(md)
    # Markdown that would make python-markdown recurse or go quadratic (hostile
    # files: 10,000 nested lists, a paragraph of unclosed links) is shown as text.
    # That HTML is escaped by construction; it skips nh3, which is itself quadratic
    # on a long text node full of "&" (1 MB of them would take minutes).
    too_costly = mdguard.check(md)
    if too_costly is not None:
        return embedded_images.put_back(mdguard.plain_html(md, too_costly), embedded)
    md = callouts.titled_callouts(texmath.strip_placeholder_chars(md))
    if texmath.may_hold_math(md):
        md = texmath.display_lines_apart(md)
    if line_breaks == "space":  # "Situation: …" / "Task: …": a labelled part a line
        md = label_breaks.labelled_lines_apart(md)
    md = mdlists.normalize_lists(tables_apart.tables_apart(table_spans.join_split_spans(md)))
    converter, math = _converter(
        theme,
        line_breaks,
        math_syntax=texmath.may_hold_math(md),
        html_markdown='markdown="block"' in md,
    )
    converter.reset()
    raw = converter.convert(md)
    clean = _cleaner().clean(raw)
    if embedded:
        clean = embedded_images.put_back(clean, embedded)
    clean = rewrite_images(clean, base_dir, image_root, embedded)
    clean = _CODE_END_NEWLINE.sub(r"\1", _bound_tables(_without_empty_heads(clean)))
    clean = _without_dead_links(clean)
    clean = _CODE_LINE_HEIGHT.sub("<pre>", clean)
    if qt_quotes:
        clean = _quotes_as_tables(clean)
    return texmath.replace_placeholders(
        clean,
        math.formulas,
        color=_PALETTES[theme]["text"],
        size=texmath.SIZE,
        budget=None if all_formulas else texmath.ANSWER_BUDGET,
    )


def formulas_left(html_text: str) -> bool:
    """Whether a rendering left formulas to draw later (texmath.is_unfinished)."""
    return texmath.is_unfinished(html_text)


def draw_later(html_text: str, theme: str) -> bool:
    """One step of drawing the formulas a rendering in `theme` left for later
    (texmath.draw_later); True once a rendering again would show them all."""
    return texmath.draw_later(html_text, color=_PALETTES[theme]["text"], size=texmath.SIZE)


def markdown_hash(
    md: str,
    *,
    base_dir: Path | None = None,
    line_breaks: str = DEFAULT_LINE_BREAKS,
    image_root: Path | None = None,
) -> str:
    """The cache key of an answer's rendering: its Markdown, RENDER_VERSION, the
    line-break convention and, when given, the folders its images are resolved
    against (pass the ones rendered with)."""
    digest = hashlib.sha1(f"render-v{RENDER_VERSION}\0{line_breaks}\0".encode())
    if base_dir is not None:
        digest.update(f"{base_dir}\0".encode("utf-8", "surrogatepass"))
    if image_root is not None and image_root != base_dir:
        digest.update(f"{image_root}\0".encode("utf-8", "surrogatepass"))
    digest.update(md.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def line_breaks_for(get_setting: Callable[[str, Any], Any], deck_id: int) -> str:
    """The line-break convention of a deck's answers: the user's LINE_BREAKS_SETTING
    unless it is "auto", else the deck's own (recorded at import), else the default.
    `get_setting(key, default)` reads a stored setting (Store.get_setting)."""
    chosen = get_setting(LINE_BREAKS_SETTING, "auto")
    if chosen in LINE_BREAKS:
        return chosen
    deck = get_setting(DECK_LINE_BREAKS.format(deck_id=deck_id), None)
    return deck if deck in LINE_BREAKS else DEFAULT_LINE_BREAKS


def attach_answer_html(questions: list[dict], doc: ParsedDocument, notes_file: Path) -> None:
    """Add `answer_html` to the `studyapp parse --json --html` entries (one per question
    of `doc`, in order): the HTML the answer pane shows in the light theme, with the
    document's own line-break convention and images resolved in the notes' folder."""
    root = notes_file.resolve()
    folder = root if root.is_dir() else root.parent
    for entry, question in zip(questions, doc.questions, strict=True):
        entry["answer_html"] = render_markdown(
            question.answer_markdown,
            base_dir=note_folder(folder, question.source_file),
            image_root=folder,
            theme="light",
            line_breaks=doc.line_breaks if doc.line_breaks in LINE_BREAKS else DEFAULT_LINE_BREAKS,
            all_formulas=True,
        )


# --- search hits ---------------------------------------------------------------


# Qt lays out a run of text without a break opportunity in time that grows with the
# square of its length: 0.05 s for 20,000 characters, 1 s for 100,000, and a minute
# and a half for the 1,000,000-character line a new user's notes held (a pasted log,
# a base64 image), the window frozen. A zero-width space every RUN_BREAK characters
# of such a run (outside code blocks, whose lines lay out in linear time) makes it
# 0.05 s for 100,000, and lets a long URL wrap. A long word's joining characters
# (core.long_words) are places to break it first, inline code's too.
RUN_BREAK = 64
_LONG_RUN = lazy_pattern(f"[^\\s<>&\u200b]{{{RUN_BREAK},}}")
_CODE_TAG = lazy_pattern(r"<(/?)(pre|code)\b", re.IGNORECASE)


def _break_run(run: re.Match[str]) -> str:
    # Each break moved on past the marks of the letter before it (core.clusters).
    return cut_every(run.group(), RUN_BREAK, "\u200b", at_end=True)


def breakable(html_text: str) -> str:
    """`html_text` with a zero-width space after each joining character (_ . , ( /…)
    of a word longer than long_words.LONG_WORD, then after every RUN_BREAK characters
    of a run of text still without a break, outside tags, entities and code blocks
    (<pre>; inline code is broken too); never between a letter and its marks."""
    from studyapp.core.long_words import LONG_WORD, with_join_breaks

    # A word lies inside one of the text's words (str.split and the patterns' \s part
    # at the same characters): with no word that long, none needs the patterns, whose
    # search over an answer's HTML was 0.1 ms of each click (str.split: 0.03 ms).
    if all(len(word) <= LONG_WORD for word in html_text.split()):
        return html_text
    pieces = _TAG.split(html_text)
    blocks = 0  # open <pre> elements
    for i, piece in enumerate(pieces):
        if i % 2:  # a tag
            found = _CODE_TAG.match(piece)
            if found and found.group(2).lower() == "pre":
                blocks = max(0, blocks - 1) if found.group(1) else blocks + 1
        elif not blocks and len(piece) > LONG_WORD:
            piece = with_join_breaks(piece)
            if len(piece) >= RUN_BREAK:
                piece = _LONG_RUN.sub(_break_run, piece)
            pieces[i] = piece
    return "".join(pieces)


# The combining accents of alphabetic scripts (Latin, Greek, Cyrillic), as the search's
# tokenizer takes them off; other scripts' marks (a virama, a vowel sign) stay.
_ACCENT = lazy_pattern("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _unaccented(text: str) -> str:
    """`text` with each letter's accents taken off ("normalización" → "normalizacion",
    "te\u0302te" → "tete"): see _folded."""
    return _folded(text)[0]


def _folded(text: str) -> tuple[str, list[int] | None]:
    """`text` with each letter's accents taken off, whether written in the letter
    ("ê") or as a combining accent after it ("e" + U+0302), and where each character
    of the result starts in `text` (None: the same place, nothing was taken off)."""
    if text.isascii():
        return text, None
    import unicodedata

    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if not c.isascii():
            if _ACCENT.match(c) and out:  # an accent written apart from its letter
                continue
            parts = unicodedata.normalize("NFD", c)
            # A letter and its accents only (not a Hangul syllable's letters, say).
            if len(parts) > 1 and all(unicodedata.combining(m) for m in parts[1:]):
                c = parts[0]
        out.append(c)
        where.append(i)
    return "".join(out), (None if len(out) == len(text) else where)


def _inside_cluster(text: str, start: int, found: str) -> bool:
    """True when a match at `start` would begin on a mark, or after a joiner or a
    virama, or (a word of a spaced script) right after a letter's mark: inside a word."""
    if start == 0:
        return False
    if cluster_end(text, start) != start:
        return True
    return is_mark(text[start - 1]) and not has_unspaced_script(found)


def highlight(html_text: str, terms: list[str]) -> str:
    """Wrap occurrences of `terms` at the start of a word, as the search matches them
    ("gra" in "gradient", not in "program"; case and accents aside: "normalizacion" in
    "normalización"), in text (never in tags or attribute values) with
    <span class="hit">…</span>. A term in quotes ('"b"', a phrase's word) is marked
    whole only, as the phrase finds it (not the "b" of "brown")."""
    words = {_unaccented(t.strip()) for t in terms if t and t.strip(' "')}
    if not words:
        return html_text
    from html import unescape  # (its entity table: loaded by the first search's marks)

    # After a letter or digit is inside a word; after "_" is not ("case" in snake_case,
    # which the search's tokenizer splits). A word of a script written without spaces
    # is marked wherever it stands, as the search finds it. A whole word ends where
    # no letter, "+" or "#" follows (as core.search_terms.phrase_test reads it).
    alternatives = []
    for word in sorted(words, key=lambda w: len(w.strip('"')), reverse=True):
        bare = word.strip('"')
        if has_unspaced_script(bare):
            alternatives.append(re.escape(bare))
        elif bare != word:
            alternatives.append(f"(?<![^\\W_]){re.escape(bare)}(?![^\\W_]|[+#])")
        else:
            alternatives.append(f"(?<![^\\W_]){re.escape(bare)}")
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    pieces = _TAG.split(html_text)
    for i in range(0, len(pieces), 2):  # even indexes are text, odd ones tags
        text = pieces[i]
        if not text:
            continue
        # Match on the decoded text so a term never lands inside an entity like &amp;.
        plain = unescape(text)
        folded, where = _folded(plain)
        if not pattern.search(folded):
            continue
        out: list[str] = []
        last = 0
        for match in pattern.finditer(folded):
            start, end = match.span()
            if where is not None:  # back to the places in the text as written
                start, end = where[start], where[end - 1] + 1
            if start < last or _inside_cluster(plain, start, match.group()):
                continue
            # A hit ends with the marks of its last letter: "m" in "m̂" is all of "m̂".
            end = cluster_end(plain, end)
            found = plain[start:end]  # as written, accents and all
            out.append(escape_html(plain[last:start], quote=False))
            out.append(f'<span class="hit">{escape_html(found, quote=False)}</span>')
            last = end
        out.append(escape_html(plain[last:], quote=False))
        pieces[i] = "".join(out)
    return "".join(pieces)
