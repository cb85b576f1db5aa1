"""A saved HTML note whose lines are text set in inline tags inside a container (Apple
Notes' and many editors' "<div><b>Question?</b></div>") reads as that text's Markdown:
such lines stayed raw HTML, so no bold question was found."""

from __future__ import annotations

from studyapp.core.parse import parse_text

APPLE_NOTES = """\
<html><head><meta charset="utf-8"></head><body>
<div><b><span style="font-size: 24px">Networking interview</span></b></div>
<div><br></div>
<div><b>What happens when you type a URL into a browser?</b></div>
<div>DNS lookup, TCP and TLS handshakes, the HTTP request, rendering.</div>
<div><br></div>
<div><strong>What is the difference between TCP and UDP?</strong></div>
<div><i>TCP is reliable and ordered; UDP has no guarantees but less latency.</i></div>
<div><br></div>
<div><b>What does ARP do?</b></div>
<div>Maps an IP address to a MAC address; see <a href="https://e.x/arp">RFC 826</a>.</div>
</body></html>
"""


def test_bold_lines_in_divs_are_questions():
    doc = parse_text(APPLE_NOTES, suffix=".html")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "What happens when you type a URL into a browser?",
            "DNS lookup, TCP and TLS handshakes, the HTTP request, rendering.",
        ),
        (
            "What is the difference between TCP and UDP?",
            "*TCP is reliable and ordered; UDP has no guarantees but less latency.*",
        ),
        (
            "What does ARP do?",
            "Maps an IP address to a MAC address; see [RFC 826](https://e.x/arp).",
        ),
    ]


def test_an_inline_tag_left_open_on_its_line_stays_as_written():
    page = "<html><body>\n<h2>What is a span?</h2>\n<div><b>An inline\ncontainer</b></div>\n</body></html>\n"
    doc = parse_text(page, suffix=".html")
    assert [q.title for q in doc.questions] == ["What is a span?"]
