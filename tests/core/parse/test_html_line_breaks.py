"""A note saved as HTML whose lines are parted by <br> inside one block (Google Keep's
export puts a whole note in one <div>; a FAQ page puts "Q: …<br>A: …" in one <p>): the
lines are the note's lines, <br><br> a blank line between them."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=".html").questions]


def test_a_keep_note_of_q_and_a_lines_in_one_div():
    page = (
        '<?xml version="1.0" ?>\n<html><head><title>DS interview</title></head><body>'
        '<div class="note">\n<div class="title">DS interview</div>\n'
        '<div class="content">Q: What is a hash map&#39;s average lookup time?<br>A: O(1)'
        "<br><br>Q: What is the worst case?<br>A: O(n), when every key collides<br></div>\n"
        "</div></body></html>\n"
    )
    assert _pairs(page) == [
        ("What is a hash map's average lookup time?", "O(1)"),
        ("What is the worst case?", "O(n), when every key collides"),
    ]


def test_a_faq_pages_paragraphs_with_a_break_before_the_answer():
    page = (
        "<!DOCTYPE html>\n<html><head><title>FAQ</title></head>\n<body>\n<h1>Networking FAQ</h1>\n"
        "<p><b>Q:</b> What is ARP?<br/><b>A:</b> Finds a MAC address for an IPv4 address.</p>\n"
        "<p><b>Q:</b> What is a VLAN?<br /><b>A:</b> One switch split into domains.</p>\n"
        "</body></html>\n"
    )
    assert _pairs(page) == [
        ("What is ARP?", "Finds a MAC address for an IPv4 address."),
        ("What is a VLAN?", "One switch split into domains."),
    ]
