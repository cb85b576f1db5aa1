"""Notes kept in a word processor: a Word document (``.docx``, as Word, Google Docs'
"Download → Microsoft Word", LibreOffice and Pages write it) or an OpenDocument text
(``.odt``, core.parse.odt) read as the Markdown it shows.

mammoth reads the document as its HTML: headings by their styles ("Heading 1" … as
``<h1>`` …, the Title style as the page's title), numbered and bulleted paragraphs as
lists, bold and italics, tables, links. The page reader (core.parse.html_page) makes
that Markdown, a block a line, so the importer reads it as it reads any notes:
heading questions, bold **Q:** lines, numbered questions. Code set in a code style
("Code", "HTML Preformatted", "Source Code" …) is a code block. A picture is no text:
it reads as ``[image: its alt text]``. The line numbers are those of that Markdown.
"""

from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET
import zipfile

from studyapp.core.model import NotesFileError
from studyapp.core.parse import odt
from studyapp.core.parse.fonts import MONOSPACE_RE

# Styles with no heading level of their own in mammoth's default map; a code style's
# paragraphs are one block, their lines kept.
_CODE_STYLES = ("Code", "HTML Preformatted", "Source Code", "Plain Text", "Code Block")
_STYLE_MAP = "\n".join(
    [
        "p[style-name='Title'] => p.title:fresh",  # the deck's name (core.parse.html_page)
        "p[style-name='Subtitle'] => p:fresh",
        # … and by their style ids, as mammoth's own map knows "Heading1": a document
        # with no styles part (one a script or an exporter wrote) names its styles by
        # id alone, and its Title was read as the intro, the deck named by the file.
        "p.Title => p.title:fresh",
        "p.Subtitle => p:fresh",
        *(f"p[style-name='{name}'] => pre:separator('\\n')" for name in _CODE_STYLES),
        "r[style-name='HTML Code'] => code",
        "r[style-name='Verbatim Char'] => code",
        "r[style-name='Code Char'] => code",
        # Word's "List Bullet 2", "List Number 3" … number by their style, at level 1:
        # their level is in their name.
        *(
            f"p[style-name='List {kind} {level}'] => "
            + " > ".join([f"{tag} > li"] * level)
            + ":fresh"
            for kind, tag in (("Bullet", "ul|ol"), ("Number", "ol|ul"))
            for level in (2, 3, 4)
        ),
    ]
)
# Code set in a monospace font (core.parse.fonts) is styled as code before mapping.
_CODE_PARAGRAPH = "Code"  # mapped to <pre> above
_CODE_RUN = "Code Char"  # mapped to <code> above
# Under a title, "Heading 1" is a section of the document the title names: a level down.
_BELOW_TITLE = "\n".join(
    f"p[style-name='heading {level}'] => h{min(level + 1, 6)}:fresh\n"
    f"p.Heading{level} => h{min(level + 1, 6)}:fresh"
    for level in range(1, 7)
)
_TITLE_MARK = '<p class="title">'


def _damaged(name: str, exc: BaseException) -> str:
    """A document whose parts cannot be read, said with what to do; the reader's own
    words ("unbound prefix: line 1, column 0") kept last, for whoever can use them."""
    return (
        f"{name}: the document is damaged, and its text cannot be read. Open it in your"
        f" word processor and save it again, or copy its text into a .txt file, and import"
        f" that (the part that failed: {exc})"
    )


def document_markdown(data: bytes, name: str) -> str:
    """The Markdown a word processor's document (.docx, .odt) shows. NotesFileError
    (naming the file) when it is neither, is damaged, or holds no text."""
    down = False  # its headings read a level down, under its Title (`levels_down`)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            _check_size(package, name)
            if "word/document.xml" in package.namelist():
                html, down = _docx_html(data, name)
            elif odt.is_odt(package):
                try:
                    html, down = odt.odt_page(package)
                except (ET.ParseError, KeyError, ValueError) as exc:
                    raise NotesFileError(_damaged(name, exc)) from exc
            else:
                raise NotesFileError(
                    f"{name}: this is not a Word or OpenDocument text that can be read. Save"
                    " it from your word processor as .docx, .odt, plain text or Markdown,"
                    " and import that"
                )
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise NotesFileError(
            f"{name}: the document is damaged: it is not a whole package (a copy cut"
            " short?). Open it in your word processor and save it again"
        ) from exc
    from studyapp.core.parse import html_page

    coded = _PRE_RE.sub(_code_lines, html)
    titled = _bold_title(coded)
    down = down or (titled is not coded and "<h1>" in titled)  # (html_page lowers those)
    markdown = html_page.to_markdown(titled) if titled.strip() else ""
    if not markdown.strip():
        raise NotesFileError(f"{name}: the document is empty")
    _remember(data, down)
    return markdown + "\n"


# Whether each of the last documents read had its headings put a level down under its
# Title, by the digest of its bytes: the import preview names the headings as the
# person sees them in the word processor ("Heading 2", not level 3).
_DOWN: dict[str, bool] = {}
_REMEMBERED = 16


def _remember(data: bytes, down: bool) -> None:
    _DOWN[hashlib.sha1(data).hexdigest()] = down
    while len(_DOWN) > _REMEMBERED:
        del _DOWN[next(iter(_DOWN))]


def levels_down(data: bytes, name: str) -> int:
    """How many levels a word processor's document's headings read below the styles
    the person gave them (1 under a Title, whose Heading 1 is a section of it; else 0).
    NotesFileError as `document_markdown`."""
    digest = hashlib.sha1(data).hexdigest()
    if digest not in _DOWN:
        document_markdown(data, name)
    return int(_DOWN.get(digest, False))


# What a document's text parts may unpack to: a document's XML is several times its
# text, and a zip bomb (a small file that unpacks to gigabytes) must not fill the memory.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_TEXT_PARTS = ("word/", "content.xml", "styles.xml")


# The document's first paragraph, all of it in bold: a title typed as one.
_BOLD_FIRST_RE = re.compile(r"^\s*<p>\s*<strong>(?P<t>[^<]{2,80})</strong>\s*</p>")


def _bold_title(html: str) -> str:
    """The page with its first paragraph in the Title style where the person set it in
    plain bold instead ("**Networking prep**" over the Heading 1 sections): a short line
    standing alone, asking nothing and leading into nothing (no "Note:"), with no
    Title of its own in the document. It names the deck as a Title does, and the
    headings under it read a level down, as under a Title."""
    match = _BOLD_FIRST_RE.match(html)
    if match is None or _TITLE_MARK in html:
        return html
    from studyapp.core.parse.units import is_question_like

    title = " ".join(match["t"].split())
    if len(title.split()) > 12 or title.endswith((":", ".", "?")) or is_question_like(title):
        return html
    return f"{_TITLE_MARK}{match['t']}</p>{html[match.end() :]}"


def _check_size(package: zipfile.ZipFile, name: str) -> None:
    unpacked = sum(
        info.file_size for info in package.infolist() if info.filename.startswith(_TEXT_PARTS)
    )
    if unpacked > MAX_UNPACKED_BYTES:
        raise NotesFileError(
            f"{name}: the document unpacks to {unpacked // (1024 * 1024)} MB of text parts,"
            f" more than StudyApp reads ({MAX_UNPACKED_BYTES // (1024 * 1024)} MB)."
            " Split it into smaller documents"
        )


def _code_marked(paragraph):  # a mammoth Paragraph → the same, code styled as code
    from mammoth import documents
    from mammoth.transforms import get_descendants_of_type

    if paragraph.style_name and paragraph.style_name.lower().startswith(("heading", "title")):
        return paragraph
    runs = get_descendants_of_type(paragraph, documents.Run)
    shown = [run for run in runs if _run_text(run).strip()]
    mono = [run for run in shown if run.font and MONOSPACE_RE.search(run.font)]
    if not mono:
        return paragraph
    if len(mono) == len(shown) and paragraph.numbering is None:
        return paragraph.copy(style_name=_CODE_PARAGRAPH, style_id=None)

    def marked(element):
        if isinstance(element, documents.Run) and element in mono:
            return element.copy(style_name=_CODE_RUN, style_id=None)
        if isinstance(element, documents.HasChildren):
            return element.copy(children=[marked(child) for child in element.children])
        return element

    return marked(paragraph)


def _run_text(run) -> str:
    from mammoth import documents

    return "".join(c.value for c in run.children if isinstance(c, documents.Text))


_PRE_RE = re.compile(r"<pre>(.*?)</pre>", re.S)
_BREAK_RE = re.compile(r"<br\s*/?>")


def _code_lines(block: re.Match[str]) -> str:
    """Code between <pre> and </pre> on lines of their own, as the page reader fences
    it (its lines kept as written, left out of key points); a break inside it (Word's
    Shift+Enter) a line of it."""
    return "<pre>\n" + _BREAK_RE.sub("\n", block[1]) + "\n</pre>\n"


def _docx_html(data: bytes, name: str) -> tuple[str, bool]:
    """The page mammoth makes of a .docx, and whether its headings went a level down
    under its Title."""
    import mammoth  # (loaded by a Word import only)

    pictures = mammoth.images.img_element(lambda image: {"src": "data:,"})
    transform = mammoth.transforms.paragraph(_code_marked)

    def html_of(style_map: str) -> str:
        try:
            html = mammoth.convert_to_html(
                io.BytesIO(data),
                style_map=style_map,
                convert_image=pictures,
                transform_document=transform,
            ).value
            # A line break inside code (Shift+Enter) is a line of it.
            return html
        except Exception as exc:  # a damaged part: its XML, a relation, a zip member
            raise NotesFileError(_damaged(name, exc)) from exc

    html = html_of(_STYLE_MAP)
    if _TITLE_MARK in html and "<h1>" in html:
        return html_of(f"{_STYLE_MAP}\n{_BELOW_TITLE}"), True
    return html, False
