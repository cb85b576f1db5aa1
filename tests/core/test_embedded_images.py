"""Pictures carried inside the notes file as data: URIs (Google Docs' Markdown export
puts each at the end as a reference definition) are drawn in the answer, offline,
when they are pictures of a kind the pane reads and of a bounded size; anything
else reads as the muted "[image: …]" note, and nothing but a picture is let in."""

from __future__ import annotations

import base64

import pytest

from studyapp.core import mdguard
from studyapp.core.embedded_images import MAX_EMBEDDED_BYTES
from studyapp.core.render import render_markdown

# A real 1×1 PNG and a 1×1 GIF.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def uri(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def test_a_google_docs_picture_defined_at_the_end_is_drawn():
    md = f"* **Bucketing** hashes a column into files.\n\n![][image1]\n\n[image1]: <{uri(PNG)}>"
    html = render_markdown(md)
    assert f'<img alt="" src="{uri(PNG)}">' in html
    assert "[image:" not in html


@pytest.mark.parametrize(
    "md",
    [
        f"A skewed key: ![skew]({uri(GIF, 'image/gif')}) then salting.",
        f'<p>Raw HTML: <img src="{uri(GIF, "image/gif")}" alt="skew"></p>',
        f"![skew][fig]\n\n[fig]: {uri(GIF, 'image/gif')}",
    ],
)
def test_inline_and_html_pictures_in_the_notes_are_drawn(md):
    html = render_markdown(md)
    assert f'src="{uri(GIF, "image/gif")}"' in html
    assert "[image:" not in html


@pytest.mark.parametrize(
    ("data", "mime", "why"),
    [
        (b"<script>alert(1)</script>", "text/html", "not a picture StudyApp can read"),
        (b"<html>saved page</html>", "image/png", "not a picture StudyApp can read"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><!ENTITY x 'y'></svg>", "image/svg+xml",
         "not a picture StudyApp can read"),
        (PNG[:16] + bytes(MAX_EMBEDDED_BYTES), "image/png", "too large to show"),
    ],
)  # fmt: skip
def test_what_is_no_picture_or_too_large_reads_as_a_note(data, mime, why):
    html = render_markdown(f"See ![chart]({uri(data, mime)}) here.")
    assert f"[image: chart — {why}]" in html
    assert "data:" not in html


def test_a_picture_larger_than_the_formatting_limit_is_still_formatted():
    """Its base64 alone is longer than an answer the renderer formats; the answer
    around it is formatted all the same, the picture drawn."""
    data = PNG[:16] + bytes(mdguard.MAX_MARKDOWN_CHARS)  # a PNG signature and header
    html = render_markdown(f"**Bold** words.\n\n![][a]\n\n[a]: <{uri(data)}>")
    assert "<strong>Bold</strong>" in html
    assert f'src="{uri(data)}"' in html
    assert "Shown as plain text" not in html


def test_a_link_to_a_data_uri_leads_nowhere_and_quoted_ones_stay_as_written():
    link = uri(b"<script>alert(1)</script>", "text/html")
    html = render_markdown(f"[click me]({link}) and `![x]({uri(PNG)})` as code.")
    assert "click me" in html and "<a" not in html  # text, not a link to nothing
    assert f"<code>![x]({uri(PNG)})</code>" in html
