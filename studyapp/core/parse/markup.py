"""Notes in Org mode or AsciiDoc, read as the Markdown they mean, line for line (so every
question keeps its source line): headings, code blocks and the lines that only set
things (Org drawers and keywords, AsciiDoc attributes) become their Markdown, or blank.

Org: ``* Section`` / ``** TODO Question :tag:`` headings (keyword, priority and tags
left out: the tags are the question's, a flashcard tag its ``#card`` mark, org_tags.py),
``#+BEGIN_SRC python`` … ``#+END_SRC`` code, ``#+TITLE:`` the title, ``:PROPERTIES:`` …
``:END:`` drawers and planning lines (``CLOSED: […]``) blank; tables with their
``|---+---|`` rules as Markdown tables; ``=code=`` / ``~code~`` as code and
``[[url][text]]`` as links.
AsciiDoc: ``= Title`` / ``== Section`` / ``=== Question`` headings, ``[source,python]``
then ``----`` (or ``....``) blocks as code, ``:attribute:`` lines blank.
MediaWiki (a ``.wiki`` file, or text whose definition lists are written so): ``;term``
over ``:definition`` as a definition list, ``;term : definition`` as a glossary item,
``== Section ==`` headings, bold and italic quotes, ``*`` and ``#`` list items. A note
of another name headed by a wiki's ``== Heading ==`` lines (MediaWiki's or DokuWiki's):
its headings as Markdown's.
Confluence's or Jira's wiki markup (``h2. Heading``, ``{code:java}`` blocks, ``#``
items, ``{{monospace}}``): as Markdown.
A note pasted as HTML a line (``<div>…</div>``, Evernote's way): each line's Markdown.
Notion's callouts: the ``<aside>`` tag lines left blank, their Markdown read as such.
A Jupyter notebook: its cells' Markdown and fenced code (notebook.py).
"""

from __future__ import annotations

import re

from studyapp.core.note_kinds import (
    ASCIIDOC_SUFFIXES,
    MARKUP_SUFFIXES,
    NOTEBOOK_SUFFIXES,
    ORG_SUFFIXES,
    RST_SUFFIXES,
    TEXT_SUFFIXES,
    WIKI_SUFFIXES,
    YAML_SUFFIXES,
)
from studyapp.core.parse import (
    canvas,
    enex,
    html_page,
    keep,
    latex,
    opml,
    rtf,
    subtitles,
    tiddlywiki,
    typst,
)
from studyapp.core.parse.html_deflists import definition_lists, has_definition_lists
from studyapp.core.parse.html_text import field_markdown, field_text
from studyapp.core.parse.line_search import any_line, joined, lines_of
from studyapp.core.parse.org_tags import split_heading_tags
from studyapp.core.parse.outline import bulleted, indented_outline, rooted_outline
from studyapp.core.parse.plaintext import literal_emphasis

SUFFIXES = MARKUP_SUFFIXES

_ORG_HEADING_RE = re.compile(
    r"^(?P<stars>\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)\s+)?(?:\[#[A-Z]\]\s+)?"
    r"(?P<title>.*?)(?:\s+:(?P<tags>[\w@#%:]+):)?\s*$"
)
_ORG_BLOCK_RE = re.compile(
    r"^\s*#\+(?P<edge>begin|end)_(?P<kind>\w+)(?:\s+(?P<lang>[\w+-]+))?", re.I
)
# "#+TODO: TODO REVIEW | DONE": the file's own workflow keywords, left out of headings too
_ORG_TODO_RE = re.compile(r"^\s*#\+(?:seq_|typ_)?todo:(?P<words>.*)$", re.I)
_ORG_TITLE_RE = re.compile(r"^\s*#\+title:\s*(?P<title>.+)$", re.I)
_ORG_KEYWORD_RE = re.compile(r"^\s*#\+\w+:")
_ORG_DRAWER_RE = re.compile(r"^\s*:(?P<name>[A-Za-z_-]+):\s*$")
_ORG_TABLE_RE = re.compile(r"^\s*\|")
# A heading's planning line: "CLOSED: [2024-02-12 Mon 09:00] SCHEDULED: <2024-02-14 Wed>"
_ORG_PLANNING_RE = re.compile(
    r"^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^<>\[\]\n]{0,80}[>\]]\s*)+$"
)
_ORG_RULE_RE = re.compile(r"^\s*\|[-+:]*-[-+:]*\|?\s*$")
# =verbatim= and ~code~: the marks touch the text, with no word right outside them.
_ORG_CODE_RE = re.compile(
    r"(?<![\w=~])(?P<mark>[=~])(?P<code>[^\s=~](?:[^\n]{0,300}?[^\s=~])?)(?P=mark)(?![\w=~])"
)
# [[target][text]] / [[target]]: no space just inside the brackets ("[[ -f x ]]" is bash)
_ORG_LINK_RE = re.compile(
    r"\[\[(?P<target>[^\s\[\]](?:[^\[\]]*[^\s\[\]])?)\](?:\[(?P<text>[^\[\]]+)\])?\]"
)

_ADOC_HEADING_RE = re.compile(r"^(?P<marks>={1,6})\s+(?P<title>\S.*?)\s*$")
# Example, sidebar, quote and passthrough blocks: their delimiters say nothing.
_ADOC_BLOCK_RE = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|\+{4,})\s*$")
_ORG_COMMENT_RE = re.compile(r"^\s*#(?:\s|$)")
_ADOC_SOURCE_RE = re.compile(r"^\[(?:source|listing)(?:,\s*(?P<lang>[\w+-]+))?[^\]]*\]\s*$", re.I)
_ADOC_DELIMITER_RE = re.compile(r"^(?:-{4,}|\.{4,})\s*$")
# A block title: ".Title" over the block it names (not ". item", a list's, nor "..").
_ADOC_BLOCK_TITLE_RE = re.compile(r"^\.(?P<title>[^\s.].*?)\s*$")
_ADOC_ATTRIBUTE_RE = re.compile(r"^:[\w-]+:(?:\s.*)?$")
# A labelled list's term ("What is a Pod?::", "CPU;;"), its definition on the lines below.
_ADOC_TERM_RE = re.compile(r"^(?P<term>\S.*?)(?::{2,4}|;;)\s*$")
# A block's attribute line ("[qanda]", "[horizontal]", "[NOTE]", "[cols=\"1,2\"]").
_ADOC_BLOCK_ATTRIBUTE_RE = re.compile(r"^\[[A-Za-z][\w-]*(?:[,#.%=][^\]]*)?\]\s*$")


_WIKI_TERM_RE = re.compile(
    r"^;[ \t]*(?P<term>[^:\s](?:[^:\n]*[^:\s])?)[ \t]*(?::[ \t]*(?P<definition>\S.*?))?[ \t]*$"
)
_WIKI_DEFINITION_RE = re.compile(r"^:+[ \t]*(?=\S)")
_WIKI_HEADING_RE = re.compile(r"^(?P<marks>={1,6})[ \t]*(?P<title>[^=\s].*?)[ \t]*(?P=marks)\s*$")
_WIKI_ITEM_RE = re.compile(r"^(?P<marks>[*#]+)[ \t]*(?=\S)")
_WIKI_EMPHASIS_RE = re.compile(r"(?P<marks>'{3}|'{2})(?=\S)(?P<text>.+?)(?<=\S)(?P=marks)")


# A saved web page (its lines mapped to the file's: `to_mapped_markdown`).
_PAGES = (html_page.html_page, html_page.to_markdown)
# Other apps' files, each told by its reader (by name or by content) and made Markdown
# by it, tried in this order.
_OTHER_APPS = (
    (subtitles.subtitles, subtitles.to_markdown),  # a recorded interview's captions
    (enex.enex, enex.to_markdown),
    (tiddlywiki.tiddler, tiddlywiki.to_markdown),
    (opml.opml, opml.to_markdown),
    (rtf.rtf, rtf.to_markdown),
    (typst.typst, typst.to_markdown),
    (canvas.canvas, canvas.to_markdown),
    (keep.keep_note, keep.to_markdown),
    _PAGES,
    (latex.latex_source, latex.to_markdown),
)


def to_mapped_markdown(text: str, suffix: str) -> tuple[str, list[int] | None]:
    """`to_markdown`, and where its lines are not the file's (a saved page's line of
    several blocks made several lines) the file's line of each of them, else None."""
    if html_page.html_page(text, suffix) and not any(
        reads(text, suffix) for reads, _ in _OTHER_APPS[: _OTHER_APPS.index(_PAGES)]
    ):
        markdown, origins = html_page.to_mapped_markdown(text)
        return markdown, None if origins == list(range(1, len(origins) + 1)) else origins
    if enex.enex(text, suffix) and not subtitles.subtitles(text, suffix):
        markdown, origins = enex.to_mapped_markdown(text)  # (its notes' pages: paragraphs)
        return markdown, None if origins == list(range(1, len(origins) + 1)) else origins
    if suffix.lower() in ORG_SUFFIXES and not any(reads(text, suffix) for reads, _ in _OTHER_APPS):
        lines, origins = org_lists_closed(_org(text.split("\n")))
        return "\n".join(lines), None if len(origins) == origins[-1] else origins
    return to_markdown(text, suffix), None


def to_markdown(text: str, suffix: str) -> str:
    """`text` as Markdown when `suffix` names Org, AsciiDoc or MediaWiki (or the text
    writes MediaWiki's definition lists, an HTML block a line, or Notion's callouts
    between ``<aside>`` lines), else `text` itself."""
    suffix = suffix.lower()
    for reads, as_markdown in _OTHER_APPS:
        if reads(text, suffix):
            return as_markdown(text)
    if suffix in NOTEBOOK_SUFFIXES:
        from studyapp.core.parse import notebook

        return notebook.to_markdown(text)
    if suffix in YAML_SUFFIXES:
        from studyapp.core.parse import yaml_cards

        return yaml_cards.to_markdown(text)
    if suffix in RST_SUFFIXES:
        from studyapp.core.parse import rst

        lines = text.split("\n")
        # (a note of reStructuredText by name: its titles' levels are the order in which
        # their marks first appear, a title drawn over and under first of all)
        return "\n".join(rst.to_markdown(_rst_title_lines(lines)))
    if suffix in ORG_SUFFIXES:
        return "\n".join(_org(text.split("\n")))
    if suffix in ASCIIDOC_SUFFIXES:
        return "\n".join(_asciidoc(text.split("\n")))
    if suffix in WIKI_SUFFIXES or mediawiki(text):
        return "\n".join(_mediawiki(text.split("\n")))
    if suffix in TEXT_SUFFIXES and indented_outline(text):
        return "\n".join(bulleted(text.split("\n")))
    rooted = rooted_outline(text) if text.lstrip()[:1] in "-*+" else None
    if rooted is not None:  # "- Interview prep" over the whole outline: its title
        text = rooted
    if suffix in TEXT_SUFFIXES and rst_titles(text):
        return "\n".join(_rst_title_lines(text.split("\n")))
    if wiki_headings(text):
        return "\n".join(_wiki_heading_lines(text.split("\n")))
    if confluence(text):
        return "\n".join(_confluence(text.split("\n")))
    if html_lines(text):
        return "\n".join(_html_lines(text.split("\n")))
    if "]{" in text:  # pandoc's "[What is a shuffle?]{.underline}" from a Word document
        from studyapp.core.parse.pandoc_spans import without_spans

        text = without_spans(text)
    if "+-" in text or "+=" in text:  # a table drawn with "+---+" borders
        from studyapp.core.parse.grid_tables import grid_tables

        text = grid_tables(text)
    if "START" in text:  # the Obsidian_to_Anki plugin's "START" … "END" cards
        from studyapp.core.parse.anki_blocks import anki_blocks

        text = anki_blocks(text)
    if ":::" in text:  # pandoc's, Quarto's and Docusaurus' "::: {.callout}" containers
        from studyapp.core.parse.fenced_divs import fenced_divs

        text = fenced_divs(text)
    if "{{" in text:  # a Hugo site's "{{< expand "What is …?" >}}" toggles
        from studyapp.core.parse.shortcodes import toggles

        text = toggles(text)
    if has_definition_lists(text):  # a glossary written as "<dl>" / "<dt>" / "<dd>"
        text = definition_lists(text)
    if "<aside>" in text and _ASIDE_RE.search(text):
        from studyapp.core.parse.asides import callouts_read

        text = callouts_read(text)  # a callout's content is the note's Markdown (asides)
    # ("<h" looked for first, in C: the search alone took 0.06–0.18 s of a 12 MB file)
    if ("<h" in text or "<H" in text) and any_line(_HEADING_TAG_LINE_RE, text):
        return joined(_heading_tag_lines(lines_of(text)))
    return text


# A heading written in HTML on a line of its own ("<h3>What is a CTE?</h3>",
# "<h2 align=\"center\">SQL</h2>"), as GitHub's README authors write them.
_HEADING_TAG_LINE_RE = re.compile(
    r"^ {0,3}<(?P<tag>h[1-6])\b[^>\n]*>(?P<inner>.*?)</(?P=tag)\s*>[ \t]*$", re.I | re.M
)
_FENCE_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")


def _heading_tag_lines(lines: list[str]) -> list[str]:
    """Each heading tag on its own line, where a block opens (after a blank line, outside
    code fences), as the Markdown heading it shows: a question or a section, not a line
    of HTML the answer above goes on with. Inside an HTML block already open (a
    centred ``<div>`` over the page's banner) the lines stay as written."""
    out: list[str] = []
    fence = ""
    for line in lines:
        opened = _FENCE_RE.match(line)
        if fence:
            if opened and opened["fence"][0] == fence[0] and len(opened["fence"]) >= len(fence):
                fence = ""
        elif opened:
            fence = opened["fence"]
        elif not out or not out[-1].strip():
            heading = _HEADING_TAG_LINE_RE.match(line)
            title = field_text(heading["inner"], html=True) if heading else ""
            if title:
                line = f"{'#' * int(heading['tag'][1])} {title}"
        out.append(line)
    return out


def mediawiki(text: str) -> bool:
    """Whether `text` writes MediaWiki's definition lists: two terms or more (``;term``)
    each with its definition (``:definition`` below it, or ``;term : definition``)."""
    if "\n;" not in text and not text.startswith(";"):
        return False  # decided in C for the usual document
    lines = text.split("\n")
    terms = 0
    for number, line in enumerate(lines):
        term = _WIKI_TERM_RE.match(line) if line[:2] != ";;" else None
        below = lines[number + 1] if number + 1 < len(lines) else ""
        if term and (term["definition"] or _WIKI_DEFINITION_RE.match(below)):
            terms += 1
            if terms >= 2:
                return True
    return False


# A wiki's headings in a note of another name: "== Section ==" (MediaWiki, more marks a
# lower level) or "====== Page ======" over "===== Question =====" (DokuWiki, fewer).
_WIKI_HEADING_LINE_RE = re.compile(
    r"^(?P<marks>={2,6})[ \t]*[^=\s][^\n]*?[ \t]*(?P=marks)[ \t]*$", re.M
)
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}[ \t]", re.M)


def wiki_headings(text: str) -> bool:
    """Whether `text` is headed by a wiki's symmetric headings, two or more, and by no
    Markdown heading."""
    if "\n==" not in text and not text.startswith("=="):
        return False  # decided in C for the usual document
    found = _WIKI_HEADING_LINE_RE.findall(text)
    return len(found) >= 2 and not _MARKDOWN_HEADING_RE.search(text)


def _wiki_heading_lines(lines: list[str]) -> list[str]:
    """The headings as Markdown's, the rest as written. Where the first heading has the
    most marks (DokuWiki's way), more marks are a higher level."""
    marks = [len(m["marks"]) for line in lines if (m := _WIKI_HEADING_LINE_RE.match(line))]
    descending = marks[0] == max(marks) > min(marks)
    if descending:
        lines = _dokuwiki(lines)
    out: list[str] = []
    for line in lines:
        heading = _WIKI_HEADING_RE.match(line) if line.startswith("==") else None
        if heading and _WIKI_HEADING_LINE_RE.match(line):
            count = len(heading["marks"])
            out.append(f"{'#' * (7 - count if descending else count)} {heading['title']}")
        else:
            out.append("" if _WIKI_PAGE_SETTING_RE.match(line) else line)
    return out


def _dokuwiki(lines: list[str]) -> list[str]:
    """DokuWiki's code and monospace as Markdown's, line for line: a ``<code python>`` (or
    ``<file>``) line up to its ``</code>`` a fence, ``''text''`` inline code and
    ``%%text%%`` the text as typed."""
    out: list[str] = []
    closing = ""  # the tag that ends the code block open
    closings = {x.strip() for x in lines if x.lstrip().startswith("</")}
    for line in lines:
        if closing:
            if line.strip() == closing:
                out.append("```")
                closing = ""
            else:
                out.append(line)
            continue
        block = _DOKU_CODE_RE.match(line)
        if block and f"</{block['tag']}>" in closings:
            out.append("```" + (block["lang"] or ""))
            closing = f"</{block['tag']}>"
            continue
        line = _DOKU_MONO_RE.sub(lambda m: "`" + m["text"].replace("%%", "") + "`", line)
        out.append(_DOKU_NOWIKI_RE.sub(r"\g<text>", line))
    return out


_DOKU_CODE_RE = re.compile(r"^[ \t]*<(?P<tag>code|file)(?:[ \t]+(?P<lang>[\w+#-]+)[^>]*)?>[ \t]*$")
_DOKU_MONO_RE = re.compile(r"''(?P<text>[^'\n](?:[^\n]*?[^'\n])?)''")
_DOKU_NOWIKI_RE = re.compile(r"%%(?P<text>[^%\n]+)%%")


# A line that only files the page or sets how it shows, no part of its text:
# "[[Category:Interview]]", "__NOTOC__", "{{DISPLAYTITLE:…}}", DokuWiki's "~~NOTOC~~".
_WIKI_PAGE_SETTING_RE = re.compile(
    r"^[ \t]*(?:(?:\[\[(?:category|kategorie|catégorie|categoría):[^\]\n]*\]\][ \t]*)+"
    r"|__[A-Z]+__|~~[A-Z]+~~|\{\{DISPLAYTITLE:[^}\n]*\}\})[ \t]*$",
    re.I,
)


# Confluence's and Jira's wiki markup (Textile's too): "h2. Section" headings, "{code:java}"
# … "{code}" blocks, "#" and "*" list items (more marks, deeper), "{{monospace}}".
_CONFLUENCE_HEADING_RE = re.compile(r"^h(?P<level>[1-6])\.[ \t]+(?P<title>\S.*?)[ \t]*$")
_CONFLUENCE_HEADING_LINE_RE = re.compile(r"^h[1-6]\.[ \t]+\S", re.M)
_CONFLUENCE_CODE_RE = re.compile(
    r"^[ \t]*\{(?P<kind>code|noformat)(?::(?P<options>[^}]*))?\}[ \t]*$"
)
_CONFLUENCE_ITEM_RE = re.compile(r"^(?P<marks>[#*]+)[ \t]+(?=\S)")
_CONFLUENCE_MONOSPACE_RE = re.compile(r"\{\{(?P<code>[^{}\n]+?)\}\}")


def confluence(text: str) -> bool:
    """Whether `text` is headed by Confluence's "h1." … "h6." lines, two or more."""
    if "h" not in text[:1] and "\nh" not in text:
        return False  # decided in C for the usual document
    return len(_CONFLUENCE_HEADING_LINE_RE.findall(text, 0, 2_000_000)) >= 2


def _confluence(lines: list[str]) -> list[str]:
    """Headings, code blocks, list items and monospace as Markdown's, line for line."""
    out: list[str] = []
    code = False
    for line in lines:
        block = _CONFLUENCE_CODE_RE.match(line)
        if block:  # "{code:java}" opens, a bare "{code}" closes (and opens without a language)
            options = (block["options"] or "").split("|")[0]
            language = options if "=" not in options else ""
            out.append("```" if code else f"```{language.strip()}")
            code = not code
            continue
        if code:
            out.append(line)
            continue
        heading = _CONFLUENCE_HEADING_RE.match(line)
        item = _CONFLUENCE_ITEM_RE.match(line)
        if heading:
            out.append(f"{'#' * int(heading['level'])} {heading['title']}")
            continue
        if item:
            marks = item["marks"]
            bullet = "1." if marks.endswith("#") else "-"
            line = f"{'   ' * (len(marks) - 1)}{bullet} {line[item.end() :]}"
        out.append(_CONFLUENCE_MONOSPACE_RE.sub(lambda m: f"`{m['code']}`", line))
    return out


# reStructuredText's section titles in a text note: a line underlined by one punctuation
# mark repeated at least as long as it (or over- and underlined alike), "What is X?" over
# "~~~~~~~~~~"; its level is the order in which its style first appears.
_RST_ADORNMENT_RE = re.compile(r"^([=\-~^\"+*#])\1{2,}[ \t]*$")  # the marks people use
_RST_HINT_RE = re.compile(r"\n([~^\"+*#])\1{2,}[ \t]*(?:\n|$)")


def _rst_title(lines: list[str], number: int) -> str | None:
    """The adornment mark under line `number` when it is a section title, else None."""
    text = lines[number].rstrip()
    below = lines[number + 1].rstrip() if number + 1 < len(lines) else ""
    if not text.strip() or not _RST_ADORNMENT_RE.match(below):
        return None
    if _RST_ADORNMENT_RE.match(text):
        return None
    above = lines[number - 1].rstrip() if number else ""
    if len(below) < len(text) and above != below:
        return None  # (over and under alike: a title however short its lines are typed)
    if text[:1].isspace() and above != below:
        return None  # an inset title is overlined too
    return below[0] + ("^" if above == below else "")


def rst_titles(text: str) -> bool:
    """Whether a text note has two section titles or more written as reStructuredText
    does, one of them underlined by a mark Markdown does not read so (not "=" or "-")."""
    if not any_line(_RST_HINT_RE, text):
        return False  # decided in C for the usual note
    lines = text.split("\n")
    styles = [_rst_title(lines, n) for n in range(len(lines) - 1)]
    found = [style for style in styles if style]
    return len(found) >= 2 and any(style[0] not in "=-" for style in found)


def _rst_title_lines(lines: list[str]) -> list[str]:
    """Titles as Markdown headings (line numbers kept): the first two levels underlined
    as Markdown underlines them, deeper ones "### Title" over a blank line."""
    out = list(lines)
    levels: dict[str, int] = {}
    for number in range(len(lines) - 1):
        style = _rst_title(lines, number)
        if style is None:
            continue
        level = levels.setdefault(style, min(len(levels) + 1, 6))
        if level <= 2:  # Markdown's own underline, so the heading keeps both its lines
            out[number + 1] = ("=" if level == 1 else "-") * max(3, len(lines[number + 1]))
        else:
            out[number] = f"{'#' * level} {lines[number].strip()}"
            out[number + 1] = ""
        if style.endswith("^"):
            out[number - 1] = ""
    return out


# A note pasted from a web editor (Evernote, OneNote, a CMS) as its HTML, a line a block:
# "<div><b>What is volatile?</b></div>", "<div>Reads go to main memory.</div>",
# "<div><br/></div>" for a blank line.
_HTML_LINE_RE = re.compile(
    r"^[ \t]*<(?P<tag>div|p|h[1-6])\b[^>\n]*>(?P<inner>.*)</(?P=tag)>[ \t]*$", re.I | re.M
)
_HTML_LINES = 3
_TEXT_LINE_RE = re.compile(r"^[ \t]*\S", re.M)  # a non-blank line
# Notion exports a callout as "<aside>" / "💡 text" / "</aside>": the tags' own lines.
_ASIDE_RE = re.compile(r"^[ \t]*</?aside>[ \t]*$", re.I | re.M)
_HTML_SHARE = 0.6  # of the non-blank lines


def html_lines(text: str) -> bool:
    """Whether `text` is written as HTML blocks a line (three or more, most of its lines):
    paragraphs and divisions, and headings among them."""
    closing = sum(text.count(tag) for tag in ("</div>", "</p>", "</DIV>", "</P>", "</h", "</H"))
    # at least the lines less twice the "\n\n" runs are non-blank (k blank lines hold
    # (k + 1) // 2 of them): too few closing tags for those is no such note, decided in C
    if closing < _HTML_LINES or closing < (text.count("\n") - 2 * text.count("\n\n")) * _HTML_SHARE:
        return False
    blocks = len(_HTML_LINE_RE.findall(text))
    if blocks < _HTML_LINES:
        return False  # the usual page with some HTML: counted in C
    return blocks >= len(_TEXT_LINE_RE.findall(text)) * _HTML_SHARE


def _html_lines(lines: list[str]) -> list[str]:
    """Each block line as the Markdown it shows (an empty block: a blank line)."""
    out = []
    for line in lines:
        block = _HTML_LINE_RE.match(line)
        if block and block["tag"][0] in "hH":  # a heading: "<h3>…</h3>" as "### …"
            title = field_text(block["inner"], html=True)
            out.append(f"{'#' * int(block['tag'][1])} {title}" if title else "")
            continue
        out.append(
            " ".join(field_markdown(block["inner"], html=True).split("\n")) if block else line
        )
    return out


def _wiki_emphasis(match: re.Match[str]) -> str:
    mark = "**" if len(match["marks"]) == 3 else "*"
    return f"{mark}{match['text']}{mark}"


def _mediawiki(lines: list[str]) -> list[str]:
    out: list[str] = []
    for raw in lines:
        item = _WIKI_ITEM_RE.match(raw)  # before the bold quotes become "**"
        text = literal_emphasis(raw[item.end() :] if item else raw)  # "__init__" as typed
        line = _WIKI_EMPHASIS_RE.sub(_wiki_emphasis, text)
        term = _WIKI_TERM_RE.match(line)
        heading = _WIKI_HEADING_RE.match(line)
        definition = _WIKI_DEFINITION_RE.match(line)
        if item:
            indent = "   " * (len(item["marks"]) - 1)
            bullet = "1." if item["marks"].endswith("#") else "-"
            out.append(f"{indent}{bullet} {line}")
        elif term and term["definition"]:
            out.append(f"- **{term['term']}**: {term['definition']}")  # a glossary's item
        elif term:
            out.append(term["term"])  # over its definitions, as Markdown Extra writes it
        elif definition:
            out.append(f": {line[definition.end() :]}")
        elif heading:
            out.append(f"{'#' * len(heading['marks'])} {heading['title']}")
        else:
            out.append("" if _WIKI_PAGE_SETTING_RE.match(raw) else line)
    return out


def _org_inline(line: str) -> str:
    line = _ORG_CODE_RE.sub(lambda m: f"`{m['code']}`", line)

    def link(m: re.Match[str]) -> str:
        target, text = m["target"], m["text"]
        return f"[{text}]({target})" if text else f"<{target}>" if "://" in target else target

    line = _ORG_LINK_RE.sub(link, line)
    if not any(mark in line for mark in "/*+"):
        return line
    parts = _ORG_KEPT_RE.split(line)  # (code, a link's target: as written)
    return "".join(
        part if index % 2 else _ORG_EMPHASIS_RE.sub(_org_emphasis, part)
        for index, part in enumerate(parts)
    )


# Org's emphasis: /italic/, *bold*, +struck+, its marks at a word's edges (Org's own
# rule: after a space, a dash, an opening bracket or quote; before a space or a
# punctuation mark), the text inside them not starting or ending with a space.
_ORG_EMPHASIS_RE = re.compile(
    r"(?<![^\s\-({'\"])(?P<mark>[/*+])(?P<text>[^\s/*+](?:[^\n]{0,300}?\S)?)(?P=mark)"
    r"(?=[\s\-.,;:!?')}\"\\]|$)"
)
_ORG_MARKDOWN = {"/": "*", "*": "**", "+": "~~"}
_ORG_KEPT_RE = re.compile(r"(`[^`\n]*`|\]\([^)\n]*\)|<[a-z]+://[^>\s]*>)")


def _org_emphasis(match: re.Match[str]) -> str:
    mark = _ORG_MARKDOWN[match["mark"]]
    return f"{mark}{match['text']}{mark}"


_ORG_ITEM_RE = re.compile(r"^(?P<indent>[ \t]*)(?:[-+*]|\d{1,9}[.)])[ \t]+\S")


def org_lists_closed(lines: list[str]) -> tuple[list[str], list[int]]:
    """Org's Markdown (`_org`) with a blank line where a list ends in Org and would go
    on in Markdown: a line of text no deeper than the list's items ends the list in
    Org ("- /Data drift/: …" / "Monitor with PSI …" at the margin), while Markdown
    reads it as a lazy line of the last item's paragraph. With the file's line of
    each line (1-based): the blank one shares the line it stands above."""
    out: list[str] = []
    origins: list[int] = []
    margin: int | None = None  # the indent of the open list's items
    fenced = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("```"):
            fenced = not fenced
            margin = None
        elif not fenced and line.strip():
            item = _ORG_ITEM_RE.match(line)
            indent = len(line) - len(line.lstrip())
            if item is not None and not line.startswith("#"):
                margin = indent if margin is None else min(margin, indent)
            elif margin is not None and indent <= margin:
                if out and out[-1].strip() and not line.startswith("#"):
                    out.append("")
                    origins.append(number)
                margin = None
        out.append(line)
        origins.append(number)
    return out, origins


def _org_tables(lines: list[str]) -> list[str]:
    """An Org table's rules as Markdown wants them: the one under the header row is
    the delimiter row (``|---|---|``); a rule above the header or below the last
    row is left blank."""
    out = list(lines)
    index = 0
    while index < len(lines):
        if not _ORG_TABLE_RE.match(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _ORG_TABLE_RE.match(lines[end]):
            end += 1
        rows = [n for n in range(index, end) if not _ORG_RULE_RE.match(lines[n])]
        for n in range(index, end):
            if not _ORG_RULE_RE.match(lines[n]):
                continue
            if rows and n == rows[0] + 1:
                cells = max(lines[rows[0]].strip().strip("|").count("|") + 1, 1)
                out[n] = "|" + "---|" * cells
            else:
                out[n] = ""
        index = end
    return out


def _org(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_block = ""
    drawer = False
    keywords = {
        word
        for line in lines
        if (todo := _ORG_TODO_RE.match(line))
        for word in re.findall(r"[A-Z][A-Z_-]*", todo["words"])
    }
    keyword_re = re.compile(rf"^(?:{'|'.join(sorted(keywords))})\s+") if keywords else None
    for line in _org_tables(lines):
        block = _ORG_BLOCK_RE.match(line)
        if block:
            kind = block["kind"].lower()
            # (indented as a list item's text, a block is the item's: its fence so too)
            indent = line[: len(line) - len(line.lstrip())]
            if block["edge"].lower() == "begin" and not in_block:
                in_block = kind
                fenced = kind in ("src", "example")
                out.append(f"{indent}```{block['lang'] or ''}" if fenced else "")
            elif block["edge"].lower() == "end" and kind == in_block:
                out.append(f"{indent}```" if in_block in ("src", "example") else "")
                in_block = ""
            else:
                out.append(line)
            continue
        if in_block:
            out.append(line)
            continue
        drawer_line = _ORG_DRAWER_RE.match(line)
        if drawer_line:
            drawer = drawer_line["name"].upper() != "END"
            out.append("")
            continue
        if drawer:
            out.append("")
            continue
        title = _ORG_TITLE_RE.match(line)
        heading = _ORG_HEADING_RE.match(line)
        if title:
            out.append(f"# {_org_inline(title['title'].strip())}")
        elif heading and heading["title"]:
            level = "#" * min(len(heading["stars"]) + 1, 6)
            words = heading["title"]
            if keyword_re is not None:  # the file's own keyword, then a priority
                words = re.sub(r"^\[#[A-Z]\]\s+", "", keyword_re.sub("", words))
            words = _org_inline(words)
            if split_heading_tags(heading["tags"])[1]:  # ":drill:": a card (org_tags.py)
                words += " #card"  # (its other tags: the question's, `with_heading_tags`)
            out.append(f"{level} {words}")
        elif _ORG_KEYWORD_RE.match(line) or _ORG_COMMENT_RE.match(line):
            out.append("")  # settings and comments ("# TODO add a note on JIT")
        elif _ORG_PLANNING_RE.match(line):
            out.append("")  # when it was scheduled, due or done: the task's, not the note's
        else:
            out.append(_org_inline(line))
    return out


# A list item's marker in the Markdown written so far, up to its text.
_MD_ITEM_RE = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")


def _continued(out: list[str]) -> str:
    """The indent that makes a block part of the list item or definition written last
    (AsciiDoc's list continuation, a "+" line between them): its text's column."""
    last = next((line for line in reversed(out) if line.strip()), "")
    if last.startswith(": "):
        return "  "
    item = _MD_ITEM_RE.match(last)
    return " " * item.end() if item else ""


def _asciidoc(lines: list[str]) -> list[str]:
    out: list[str] = []
    fence = ""  # the delimiter of the open block
    lang = ""
    defining = False  # a labelled list's term is above: the next text line defines it
    attach = ""  # the indent of a block a "+" attached to the item above
    for line in lines:
        if fence:
            if line.strip() == fence:
                out.append(f"{attach}```")
                fence = ""
                attach = ""
            else:
                out.append(f"{attach}{line}" if attach and line.strip() else line)
            continue
        if line.strip() == "+" and out:  # a list continuation: the next block is the item's
            attach = attach or _continued(out)  # (a second "+": the same item)
            out.append("")
            continue
        source = _ADOC_SOURCE_RE.match(line)
        if source:
            lang = source["lang"] or ""
            out.append("")
            continue
        if _ADOC_DELIMITER_RE.match(line):
            fence = line.strip()
            out.append(f"{attach}```{lang}")
            lang = ""
            continue
        lang = ""
        if attach and line.strip():  # a paragraph attached: its lines at the item's text
            out.append(attach + line.strip())
            continue
        attach = ""
        heading = _ADOC_HEADING_RE.match(line)
        if _ADOC_BLOCK_RE.match(line):
            out.append("")
        elif heading:
            marks, title = heading["marks"], heading["title"]
            if title.endswith(f" {marks}"):  # the symmetric form: "== Title =="
                title = title[: -len(marks)].rstrip()
            out.append(f"{'#' * len(marks)} {title}")
        elif _ADOC_ATTRIBUTE_RE.match(line) or _ADOC_BLOCK_ATTRIBUTE_RE.match(line):
            out.append("")
        elif title := _ADOC_BLOCK_TITLE_RE.match(line):
            out.append(f"**{title['title']}**")  # the title of the block under it
        elif term := _ADOC_TERM_RE.match(line):
            out.append(term["term"])  # a definition list's term, as Markdown Extra writes it
            defining = True
            continue
        elif defining and line.strip():
            out.append(f": {line.strip()}")  # the first line of its definition
        else:
            out.append(line)
        defining = defining and not line.strip()
    return out
