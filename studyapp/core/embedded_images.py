"""Pictures carried inside the notes themselves, as data: URIs. No Qt here.

Google Docs' Markdown export puts every picture at the end of the file as a
reference definition, `[image1]: <data:image/png;base64,iVBOR…>`, used as
`![][image1]`; other tools write `![chart](data:image/jpeg;base64,…)` or
`<img src="data:…">`. Such a picture needs no file and no network, so the answer
shows it, on these conditions: an image MIME type the pane draws (PNG, JPEG, GIF,
BMP, WebP, SVG), base64 that decodes, bytes that begin as that kind of image
does (an SVG: one the SVG cleaner accepts), and at most MAX_EMBEDDED_BYTES.
Anything else becomes the muted "[image: …]" note, saying why.

A picture's base64 can be a megabyte of one word. Before the Markdown is read,
`take_out` puts a short token in place of each data: URI in a link's or image's
destination (so python-markdown, the size guard and nh3 see a few characters, and
an answer with a large picture is still formatted), and `put_back` returns the
checked URI into the sanitized HTML's <img> tags, or the URI as written wherever
else a token ended up (a data: URI quoted in code).
"""

from __future__ import annotations

import base64
import binascii
import html
import re

# Decoded bytes: a screenshot is a few hundred KB; a photo pasted at full size can
# be several MB, which the pane scales down to the text's width anyway.
MAX_EMBEDDED_BYTES = 8_000_000
TOO_LARGE = "too large to show"
NOT_AN_IMAGE = "not a picture StudyApp can read"

# The MIME types of images the pane draws (ui.doc_images), by their usual names.
_IMAGE_TYPES = frozenset(
    {"png", "jpeg", "jpg", "pjpeg", "gif", "bmp", "x-ms-bmp", "webp", "svg+xml"}
)
_KIND = {"jpg": "jpeg", "pjpeg": "jpeg", "x-ms-bmp": "bmp"}

# A data: URI where a link destination or an image source stands: after "](" or
# "]: " (optionally in <…>), or after src= in HTML. The payload is read whole
# (base64 has no spaces here: a destination cannot hold one).
_DATA_URI = re.compile(
    r"(?P<lead>\]\(\s*<?|\]:[ \t]*<?|\bsrc\s*=\s*[\"']?)"
    r"(?P<uri>data:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*(?:;base64)?,[A-Za-z0-9+/=%]*)",
    re.IGNORECASE,
)
TOKEN_PREFIX = "#studyapp-embedded-"
_TOKEN = re.compile(re.escape(TOKEN_PREFIX) + r"(\d+)\b")
_TOKEN_HREF = re.compile(r'\shref="' + re.escape(TOKEN_PREFIX) + r'\d+"')


def take_out(md: str) -> tuple[str, list[str]]:
    """`md` with each data: URI in a destination replaced by a token, and the URIs
    (a token's number is its index)."""
    if "data:" not in md and "DATA:" not in md.upper():
        return md, []
    uris: list[str] = []

    def token(match: re.Match[str]) -> str:
        uris.append(match.group("uri"))
        return f"{match.group('lead')}{TOKEN_PREFIX}{len(uris) - 1}"

    return _DATA_URI.sub(token, md), uris


def checked_uri(src: str, uris: list[str]) -> tuple[str | None, str]:
    """The data: URI a token in an <img src> stands for, normalized, when it is a
    picture the pane may show; else None and why not."""
    found = _TOKEN.fullmatch(src)
    if found is None or int(found.group(1)) >= len(uris):
        return None, NOT_AN_IMAGE
    return check(uris[int(found.group(1))])


def check(uri: str) -> tuple[str | None, str]:
    """(`data:image/…;base64,…` as the pane loads it, "") for a picture it may show;
    (None, why) for anything else."""
    head, _, payload = uri.partition(",")
    parts = [p.strip().lower() for p in head[len("data:") :].split(";")]
    mime, params = parts[0], parts[1:]
    kind = mime.removeprefix("image/")
    if not mime.startswith("image/") or kind not in _IMAGE_TYPES or "base64" not in params:
        return None, NOT_AN_IMAGE
    if len(payload) > MAX_EMBEDDED_BYTES * 4 // 3 + 4:
        return None, TOO_LARGE
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None, NOT_AN_IMAGE
    if not data or len(data) > MAX_EMBEDDED_BYTES:
        return (None, TOO_LARGE) if data else (None, NOT_AN_IMAGE)
    if kind == "svg+xml":  # cleaned here too: the HTML also goes to other readers
        from studyapp.core.svgclean import clean_svg

        cleaned = clean_svg(data)
        if cleaned is None:
            return None, NOT_AN_IMAGE
        return "data:image/svg+xml;base64," + base64.b64encode(cleaned).decode("ascii"), ""
    if not _is_raster(data):
        return None, NOT_AN_IMAGE
    return f"data:image/{_KIND.get(kind, kind)};base64,{payload}", ""


def _is_raster(data: bytes) -> bool:
    """Whether the bytes begin as a raster picture does (a JPEG labelled PNG still
    draws, as a picture file named wrongly does)."""
    from studyapp.core.render_images import is_raster_head

    # A PNG's signature alone (cut off in a paste) is no picture: its header follows.
    return is_raster_head(data) and (not data.startswith(b"\x89PNG") or data[12:16] == b"IHDR")


def put_back(clean_html: str, uris: list[str]) -> str:
    """Any token left in the text (a data: URI quoted in code or prose) as the URI it
    stood for. A link to one loses its destination, as the sanitizer takes a data:
    link's."""
    if not uris or TOKEN_PREFIX not in clean_html:
        return clean_html
    from studyapp.core.answer_look import _TAG

    def uri(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return html.escape(uris[index], quote=False) if index < len(uris) else match.group()

    pieces = _TAG.split(clean_html)
    for i, piece in enumerate(pieces):  # even indexes are text, odd ones tags
        if TOKEN_PREFIX in piece:
            pieces[i] = _TOKEN_HREF.sub("", piece) if i % 2 else _TOKEN.sub(uri, piece)
    return "".join(pieces)
