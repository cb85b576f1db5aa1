"""Notes saved as Rich Text (.rtf), TextEdit's and WordPad's own format: read as the
text they show, a bold question over its answer, "Q:"/"R:" pairs; the font and colour
tables, settings and escapes are no part of any question."""

from __future__ import annotations

from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_file

_TEXTEDIT = (
    "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n"
    "{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"
    "{\\colortbl;\\red255\\green255\\blue255;}\n"
    "\\pard\\tx566\\pardirnatural\\partightenfactor0\n\n"
    "\\f0\\b\\fs24 \\cf0 What is a race condition?\\\n"
    "\\b0 When the result depends on the timing of threads.\\\n\\\n"
    "\\b What is a critical section?\\\n"
    "\\b0 Code that must not run in two threads at once.}"
)
_WORDPAD = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n"
    "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
    "\\pard\\f0\\fs22 Q: Qu\\'27est-ce qu\\'27un index ?\\par\r\n"
    "R: Une structure qui acc\\'e9l\\'e8re les recherches.\\par\r\n\\par\r\n"
    "Q: Qu\\'27est-ce qu\\'27une transaction ?\\par\r\n"
    "R: Des op\\'e9rations \\u224? ex\\'e9cuter enti\\'e8rement ou pas du tout.\\par\r\n}\r\n"
)


def _pairs(tmp_path, name: str, text: str) -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_bytes(text.encode("ascii"))
    return [(q.title, q.answer_markdown) for q in parse_file(path).questions]


def test_textedits_bold_questions_over_their_answers(tmp_path):
    assert _pairs(tmp_path, "concurrency.rtf", _TEXTEDIT) == [
        ("What is a race condition?", "When the result depends on the timing of threads."),
        ("What is a critical section?", "Code that must not run in two threads at once."),
    ]


def test_wordpads_paragraphs_with_escaped_characters(tmp_path):
    assert _pairs(tmp_path, "bases.rtf", _WORDPAD) == [
        ("Qu'est-ce qu'un index ?", "Une structure qui accélère les recherches."),
        ("Qu'est-ce qu'une transaction ?", "Des opérations à exécuter entièrement ou pas du tout."),
    ]
    assert ".rtf" in OFFERED_SUFFIXES
