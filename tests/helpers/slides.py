"""A small slide deck (.pptx) written by hand (no library): each slide a title (or
none), its body's paragraphs with their levels, a text box's lines, speaker notes."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_NS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _shape(kind: str | None, paragraphs: list[tuple[str, int]]) -> str:
    ph = f'<p:ph type="{kind}"/>' if kind else ""
    body = "".join(
        f'<a:p><a:pPr lvl="{level}"/><a:r><a:t>{escape(text)}</a:t></a:r></a:p>'
        for text, level in paragraphs
    )
    return (
        f"<p:sp><p:nvSpPr><p:cNvPr id='1' name='s'/><p:cNvSpPr/><p:nvPr>{ph}</p:nvPr></p:nvSpPr>"
        f"<p:txBody>{body}</p:txBody></p:sp>"
    )


def write_pptx(path: Path, slides: list[dict]) -> Path:
    """`slides`: dicts of "title", "cover" (a title slide's), "body" [(text, level)],
    "box" [lines of a text box] and "notes" [paragraphs], each optional."""
    with zipfile.ZipFile(path, "w") as package:
        listed, rels = [], []
        for n, slide in enumerate(slides, 1):
            listed.append(f'<p:sldId id="{255 + n}" r:id="rId{n}"/>')
            rels.append(
                f'<Relationship Id="rId{n}" Type="{_TYPE}slide" Target="slides/slide{n}.xml"/>'
            )
            shapes = ""
            if "title" in slide:
                shapes += _shape(
                    "ctrTitle" if slide.get("cover") else "title", [(slide["title"], 0)]
                )
            if "body" in slide:
                shapes += _shape("body", slide["body"])
            if "box" in slide:
                shapes += _shape(None, [(line, 0) for line in slide["box"]])
            package.writestr(
                f"ppt/slides/slide{n}.xml",
                f"<p:sld {_NS}><p:cSld><p:spTree>{shapes}</p:spTree></p:cSld></p:sld>",
            )
            if slide.get("notes"):
                notes = _shape("sldImg", []) + _shape("body", [(t, 0) for t in slide["notes"]])
                package.writestr(
                    f"ppt/notesSlides/notesSlide{n}.xml",
                    f"<p:notes {_NS}><p:cSld><p:spTree>{notes}</p:spTree></p:cSld></p:notes>",
                )
                package.writestr(
                    f"ppt/slides/_rels/slide{n}.xml.rels",
                    f'<Relationships {_RELS}><Relationship Id="rId9" Type="{_TYPE}notesSlide"'
                    f' Target="../notesSlides/notesSlide{n}.xml"/></Relationships>',
                )
        package.writestr(
            "ppt/presentation.xml",
            f"<p:presentation {_NS}><p:sldIdLst>{''.join(listed)}</p:sldIdLst></p:presentation>",
        )
        package.writestr(
            "ppt/_rels/presentation.xml.rels",
            f"<Relationships {_RELS}>{''.join(rels)}</Relationships>",
        )
    return path
