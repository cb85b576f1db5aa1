"""A document's own title names its deck, in whatever way the document writes it. A
new user's Word document ("Behavioral interview answers" in the Title style) was named
"Behavioral" after its file, its Title skipped as the intro: it has no styles part, so
its Title is known by its style id alone. A Google Docs text export ("ML Interview Prep
— Priya's doc" over "Last edited: March 9", then "Section A: …" sections) was named
"Gdoc ML Interview": a text file's first line named its deck only with nothing under it
and no section anywhere."""

from __future__ import annotations

import zipfile
from pathlib import Path

from studyapp.core.importer import parse_notes

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_without_styles(path: Path, *paragraphs: tuple[str | None, str]) -> Path:
    """A .docx as a script or an exporter writes it: no styles part, each paragraph's
    style by its id ("Title", "Heading1") alone."""
    body = "".join(
        "<w:p>"
        + (f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "")
        + f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for style, text in paragraphs
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
            'formats.org/package/2006/content-types"><Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension='
            '"xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
            '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
            f"{body}</w:body></w:document>",
        )
    return path


def test_a_word_title_known_by_its_style_id_names_the_deck(tmp_path):
    """The tester's behavioral.docx, as it is written."""
    path = _docx_without_styles(
        tmp_path / "behavioral.docx",
        ("Title", "Behavioral interview answers"),
        ("Heading1", "Leadership"),
        ("Heading2", "Tell me about a time you disagreed with your manager."),
        (None, "Situation: we planned to ship without load tests."),
        ("Heading2", "Describe a project you led end to end."),
        (None, "Migrated our batch ETL to streaming."),
        ("Heading1", "Failure"),
        ("Heading2", "What is your biggest weakness?"),
        (None, "I used to say yes to everything."),
    )
    doc = parse_notes(path)
    assert doc.deck_name == "Behavioral interview answers"
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("Tell me about a time you disagreed with your manager.", ("Leadership",)),
        ("Describe a project you led end to end.", ("Leadership",)),
        ("What is your biggest weakness?", ("Failure",)),
    ]
    assert doc.skipped[0].reason == "title"
    assert "intro" not in {r.reason for r in doc.skipped}


def test_another_title_by_id_over_a_subtitle_and_questions_as_headings(tmp_path):
    path = _docx_without_styles(
        tmp_path / "net.docx",
        ("Title", "Networking flashcards"),
        ("Subtitle", "Spring term, week 3"),
        ("Heading1", "What is the difference between TCP and UDP?"),
        (None, "TCP is a reliable ordered byte stream; UDP sends datagrams with no promise."),
        ("Heading1", "What does ARP do?"),
        (None, "It finds the MAC address that owns an IPv4 address on the local network."),
    )
    doc = parse_notes(path)
    assert doc.deck_name == "Networking flashcards"
    assert [q.title for q in doc.questions] == [
        "What is the difference between TCP and UDP?",
        "What does ARP do?",
    ]


GDOC = """ML Interview Prep — Priya's doc
Last edited: March 9

Section A: Classical ML

Question 2 — Explain the difference between L1 and L2 regularization.
L1 (lasso) adds λ·Σ|w| and drives weights exactly to zero → sparse models.

Question 3 — Why do we use cross-validation?
To estimate generalisation error without wasting data.

Section B: Neural Nets

Question 1 — What is the bias-variance tradeoff?
Simple models underfit (bias), flexible ones overfit (variance).
"""

ONSITE = """System design onsite prep
by Sam Lee, updated 12 May

Part 1: Storage

Q: What is an LSM tree?
A: Writes go to a memtable, flushed to sorted files merged in the background.

Q: When would you pick a B-tree instead?
A: Read-heavy workloads with range scans and in-place updates.

Part 2: Caching

Q: What is cache stampede?
A: Many requests miss at once and all hit the database.
"""

KAFKA = """Kafka cheat sheet

Section 1 — Basics

1. What is a partition?
An ordered, append-only log; the unit of parallelism.

2. What is a consumer group?
Consumers sharing a topic's partitions, each partition read by one of them.

Section 2 — Delivery

3. What does acks=all mean?
The leader waits for all in-sync replicas before acknowledging.
"""


def _text_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_text_exports_first_line_names_its_deck_over_a_byline_and_sections(tmp_path):
    doc = parse_notes(_text_file(tmp_path, "gdoc_ml_interview.txt", GDOC))
    assert doc.deck_name == "ML Interview Prep — Priya's doc"
    assert [(r.start_line, r.reason) for r in doc.skipped][:2] == [(1, "title"), (2, "intro")]
    assert [q.topic_path for q in doc.questions] == [
        ("Section A: Classical ML",),
        ("Section A: Classical ML",),
        ("Section B: Neural Nets",),
    ]


def test_other_text_notes_titled_on_their_first_line(tmp_path):
    onsite = parse_notes(_text_file(tmp_path, "onsite.txt", ONSITE))
    assert onsite.deck_name == "System design onsite prep"
    assert len(onsite.questions) == 3
    kafka = parse_notes(_text_file(tmp_path, "kafka.txt", KAFKA))
    assert kafka.deck_name == "Kafka cheat sheet"
    assert [q.topic_path for q in kafka.questions][-1] == ("Section 2 — Delivery",)


def test_a_first_sentence_run_on_below_is_no_title(tmp_path):
    text = (
        "We went through these in the call\nwith the whole team on Monday\n\n"
        "Section A: Databases\n\nQ: What is an index?\nA: A sorted copy of a column.\n\n"
        "Q: What is a transaction?\nA: Work that commits or rolls back as one.\n"
    )
    doc = parse_notes(_text_file(tmp_path, "call-notes.txt", text))
    assert doc.deck_name != "We went through these in the call"
