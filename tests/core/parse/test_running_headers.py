"""Text copied from a PDF without its form feeds still repeats the page's running
header with the page's number on it ("Top 20 Docker Questions      Page 2"): that line
is no part of the answer it falls in."""

from __future__ import annotations

from studyapp.core.parse import parse_text

PDF_TEXT = """\
Top 20 Docker Questions                                   Page 1

Q1. What is a multi-stage build?
A. A Dockerfile with several FROM stages; the last copies only what it needs.

Top 20 Docker Questions                                   Page 2

Q2. How do you reduce image size?
A. Slim bases, fewer layers and a .dockerignore.

Docker guide | Page 7 of 12

Q3. What does docker compose do?
A. Runs several containers from one YAML file.

Docker guide | Page 8 of 12

Q4. What is a bind mount?
A. A host path mounted into the container.
"""


def test_a_repeated_header_with_the_page_number_is_furniture():
    doc = parse_text(PDF_TEXT, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "What is a multi-stage build?",
            "A Dockerfile with several FROM stages; the last copies only what it needs.",
        ),
        ("How do you reduce image size?", "Slim bases, fewer layers and a .dockerignore."),
        ("What does docker compose do?", "Runs several containers from one YAML file."),
        ("What is a bind mount?", "A host path mounted into the container."),
    ]


def test_a_line_about_a_page_said_once_stays():
    text = (
        "Q1. Where is the index described?\nA. In the manual  page 12\n\n"
        "Q2. What is a covering index?\nA. One holding every column a query needs.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert doc.questions[0].answer_markdown == "In the manual  page 12"
