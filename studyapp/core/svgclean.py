"""SVG images without anything that reaches outside them. No Qt here.

An SVG in the notes folder is an image file the answer may show, but SVG can pull
in other files: `<image href="../secret.png">`, `<use xlink:href="/etc/x.svg#a">`,
`<feImage>`, `fill="url(file:…)"`, CSS `@import` and `url(…)`. Qt's SVG renderer
follows some of them, so an SVG inside the folder could draw images from outside
it, in the pane and in the PDF. `clean_svg` keeps the drawing and drops every
reference that does not point inside the same document (`#id`); scripts,
foreign objects and event handlers go too. A file that is not well-formed SVG, or
that declares entities (the "billion laughs"), is refused: None.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

MAX_SVG_BYTES = 5_000_000

_DROPPED_ELEMENTS = frozenset(
    {"script", "image", "feimage", "foreignobject", "iframe", "audio", "video", "handler"}
)
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"

ElementTree.register_namespace("", _SVG_NS)
ElementTree.register_namespace("xlink", _XLINK_NS)


def _local(name: str) -> str:
    return name.rpartition("}")[2].lower()


def _internal_urls_only(value: str) -> bool:
    return all(match.group(2).strip().startswith("#") for match in _URL.finditer(value))


def clean_svg(data: bytes) -> bytes | None:
    """The SVG with no external references, or None when it is not a safe SVG."""
    if len(data) > MAX_SVG_BYTES or b"<!ENTITY" in data or b"<!entity" in data:
        return None
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, ValueError):
        return None
    if _local(root.tag) != "svg":
        return None
    for parent in list(root.iter()):
        for child in list(parent):
            if not isinstance(child.tag, str):
                continue
            name = _local(child.tag)
            css = (child.text or "") if name == "style" else ""
            unsafe_css = "@import" in css.lower() or not _internal_urls_only(css)
            if name in _DROPPED_ELEMENTS or unsafe_css:
                parent.remove(child)
    for element in root.iter():
        for attribute, value in list(element.attrib.items()):
            name = _local(attribute)
            if (
                name.startswith("on")
                or name == "base"  # xml:base
                or (name in ("href", "src") and not value.strip().startswith("#"))
                or ("url(" in value.lower() and not _internal_urls_only(value))
            ):
                del element.attrib[attribute]
    return ElementTree.tostring(root, encoding="utf-8")
