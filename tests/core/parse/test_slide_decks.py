"""A slide deck of study cards (.pptx) imported as it is: each slide's title a
question, its text and speaker notes the answer (core.parse.slides). It was refused
as a binary file."""

from __future__ import annotations

import zipfile

import pytest

from studyapp.core.model import NotesFileError
from studyapp.core.parse import parse_file
from tests.helpers.sheets import write_xlsx
from tests.helpers.slides import write_pptx


def _cards(path):
    doc = parse_file(path)
    return doc.deck_name, [(q.title, q.answer_markdown.strip()) for q in doc.questions]


def test_a_deck_gives_each_slides_title_its_points_and_speaker_notes(tmp_path):
    path = write_pptx(
        tmp_path / "net.pptx",
        [
            {"title": "Networking flashcards", "cover": True},
            {
                "title": "What is a TCP handshake?",
                "body": [("SYN, SYN-ACK, ACK", 0), ("agrees on sequence numbers", 1)],
                "notes": ["Three messages before any data."],
            },
            {"title": "Why does DNS use UDP?", "body": [("one small request and reply", 0)]},
        ],
    )
    assert _cards(path) == (
        "Networking flashcards",
        [
            (
                "What is a TCP handshake?",
                "- SYN, SYN-ACK, ACK\n  - agrees on sequence numbers\n\nThree messages before any data.",
            ),
            ("Why does DNS use UDP?", "- one small request and reply"),
        ],
    )


def test_slides_with_text_boxes_and_no_title_placeholder(tmp_path):
    path = write_pptx(
        tmp_path / "sql.pptx",
        [
            {"box": ["What is a covering index?", "One holding every column a query reads."]},
            {"title": "What is a CTE?", "box": ["A named subquery."], "notes": ["WITH x AS (…)"]},
            {"title": "Why avoid SELECT *?", "box": ["It reads columns you do not need."]},
        ],
    )
    assert _cards(path)[1] == [
        ("What is a covering index?", "One holding every column a query reads."),
        ("What is a CTE?", "A named subquery.\n\nWITH x AS (…)"),
        ("Why avoid SELECT *?", "It reads columns you do not need."),
    ]


def test_a_zip_that_is_no_deck_says_so(tmp_path):
    path = tmp_path / "talk.pptx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("notes.txt", "hello")
    with pytest.raises(NotesFileError, match="not a slide deck"):
        parse_file(path)


@pytest.mark.parametrize(
    ("name", "write", "kind"),
    [
        ("talk.pptx", lambda p: write_pptx(p, [{"title": "What is a CDN?"}]), "a slide deck"),
        (
            "cards.xlsx",
            lambda p: write_xlsx(p, [("S", [["Question", "Answer"], ["Q?", "A"]])]),
            "a spreadsheet",
        ),
        ("call.vtt", lambda p: p.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n"), "captions"),
    ],
)
def test_a_folders_scan_names_the_files_to_import_on_their_own(tmp_path, name, write, kind):
    from studyapp.core.parse import parse_path

    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "dns.md").write_text("# What is DNS?\n\nNames to addresses.\n")
    write(tmp_path / "notes" / name)
    doc = parse_path(tmp_path / "notes")
    assert [q.title for q in doc.questions] == ["What is DNS?"]
    suffix = name[name.index(".") :]
    assert [r.reason for r in doc.skipped if r.source_file == name] == [
        f"{kind} ({suffix}): import it on its own, not in a folder"
    ]


def test_a_closing_slide_of_thanks_or_questions_is_no_card(tmp_path):
    path = write_pptx(
        tmp_path / "talk.pptx",
        [
            {"title": "What is a CDN for?", "body": [("caches content near users", 0)]},
            {"title": "Thank you!", "body": [("Questions?", 0)]},
        ],
    )
    assert _cards(path)[1] == [("What is a CDN for?", "- caches content near users")]


def test_a_last_slide_asking_for_questions_in_a_text_box_is_no_card(tmp_path):
    path = write_pptx(
        tmp_path / "ops.pptx",
        [
            {"title": "Why use a queue?", "box": ["It smooths load spikes."]},
            {"box": ["Any questions?"]},
            {"title": "Q&A", "box": ["Thanks for listening"]},
        ],
    )
    assert _cards(path)[1] == [("Why use a queue?", "It smooths load spikes.")]


def test_each_line_of_a_text_box_keeps_its_own_line(tmp_path):
    path = write_pptx(
        tmp_path / "url.pptx",
        [
            {
                "box": [
                    "How would you design a URL shortener?",
                    "Base62 counter for the key",
                    "Cache hot keys",
                    "301 vs 302 redirects",
                ]
            },
            {"title": "What is a bloom filter?", "box": ["A set that may say yes", "never no"]},
        ],
    )
    assert _cards(path)[1] == [
        (
            "How would you design a URL shortener?",
            "Base62 counter for the key\n\nCache hot keys\n\n301 vs 302 redirects",
        ),
        ("What is a bloom filter?", "A set that may say yes\n\nnever no"),
    ]
