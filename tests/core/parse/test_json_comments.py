"""Flashcards kept as JSON by hand, with comments and trailing commas (JSONC, as VS
Code's settings are written): read as the person meant, a "//" inside a string kept;
a JSON broken past its comments still refused where it breaks."""

from __future__ import annotations

import pytest

from studyapp.core.model import NotesFileError
from studyapp.core.parse import parse_path

DECK = """\
// Interview deck, kept by hand
{
  "deck": "Web",
  /* Each card: a question and an answer.
     Links stay as written. */
  "cards": [
    {
      "question": "Where does the HTTP spec live?",
      "answer": "https://www.rfc-editor.org/rfc/rfc9110 // the current one", // not this
    },
    {"question": "What does /* match in a glob?", "answer": "Any file in a folder",},
    // {"question": "A draft, left out", "answer": "none"},
    {
      "question": "What is CORS?",
      "answer": "A browser's rule on cross-origin requests",
    },
  ],
}
"""


def _read(path, text: str):
    """The document and its cards (title, answer, first line) of `text` kept at `path`."""
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    return doc, [(q.title, q.answer_markdown, q.source_line) for q in doc.questions]


@pytest.mark.parametrize("name", ["deck.json", "deck.jsonc"])
def test_a_json_deck_with_comments_and_trailing_commas_reads_whole(tmp_path, name):
    doc, cards = _read(tmp_path / name, DECK)
    assert cards == [
        (
            "Where does the HTTP spec live?",
            "https://www.rfc-editor.org/rfc/rfc9110 // the current one",
            8,
        ),
        ("What does /* match in a glob?", "Any file in a folder", 11),
        ("What is CORS?", "A browser's rule on cross-origin requests", 14),
    ]
    comments = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == "comment"]
    assert comments == [(1, 1), (4, 5), (12, 12)]


def test_json_lines_with_comments_read_a_card_a_line(tmp_path):
    _, cards = _read(
        tmp_path / "cards.jsonl",
        "// one card a line\n"
        '{"q": "What is a closure?", "a": "A function with its captured variables"}\n'
        '{"q": "What is a URL\'s scheme?", "a": "The part before :// in https://x"} // 2nd\n'
        "/* a block\n   comment */\n"
        '{"q": "What is a dict?", "a": "A hash map",}\n',
    )
    assert cards == [
        ("What is a closure?", "A function with its captured variables", 2),
        ("What is a URL's scheme?", "The part before :// in https://x", 3),
        ("What is a dict?", "A hash map", 6),
    ]


def test_a_json_broken_past_its_comments_is_refused_where_it_breaks(tmp_path):
    path = tmp_path / "cards.json"
    path.write_text(
        "// broken on purpose\n"
        "{\n"
        '  "cards": [\n'
        '    {"question": "A?", "answer": "a"} // a comma is missing\n'
        '    {"question": "B?", "answer": "b"},\n'
        "  ]\n"
        "}\n",
        encoding="utf-8",
    )
    with pytest.raises(NotesFileError) as raised:
        parse_path(path)
    said = str(raised.value)
    assert said.startswith("cards.json: the JSON is broken at line 5, column 5 (expecting ','")
