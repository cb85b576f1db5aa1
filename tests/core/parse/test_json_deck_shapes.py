"""JSON and YAML decks in the shapes people write besides a plain list of cards: a
deck's sections each named and holding its cards (their names become the topics), and
an object mapping each question to its answer; a tool's settings stay no cards."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path


def _read(path: Path, text: str) -> list[tuple[tuple[str, ...], str, str]]:
    path.write_text(text, encoding="utf-8")
    return [(q.topic_path, q.title, q.answer_markdown) for q in parse_path(path).questions]


SECTIONED = [
    (("Networking",), "What is TCP slow start?", "The window doubles each RTT."),
    (("Networking",), "What is Nagle's algorithm?", "Batches small packets."),
    (("Databases",), "What is MVCC?", "Readers see a snapshot."),
]


def test_a_json_deck_of_named_sections_gives_their_names_as_topics(tmp_path):
    text = """{"deck": "Backend", "sections": [
  {"name": "Networking", "cards": [
    {"q": "What is TCP slow start?", "a": "The window doubles each RTT."},
    {"q": "What is Nagle's algorithm?", "a": "Batches small packets."}]},
  {"name": "Databases", "cards": [
    {"q": "What is MVCC?", "a": "Readers see a snapshot."}]}
]}
"""
    assert _read(tmp_path / "deck.json", text) == SECTIONED


def test_a_yaml_deck_of_named_sections_gives_their_names_as_topics(tmp_path):
    text = """sections:
  - title: Networking
    questions:
      - question: What is TCP slow start?
        answer: The window doubles each RTT.
      - question: What is Nagle's algorithm?
        answer: Batches small packets.
  - title: Databases
    questions:
      - question: What is MVCC?
        answer: Readers see a snapshot.
"""
    assert _read(tmp_path / "deck.yaml", text) == SECTIONED


def test_an_object_of_questions_and_answers_is_a_deck(tmp_path):
    text = """{
  "What is a closure?": "A function with the variables it captured.",
  "What is hoisting?": "Declarations are moved to the top of their scope.",
  "Name two falsy values.": ["0", "''"]
}
"""
    assert _read(tmp_path / "js.json", text) == [
        ((), "What is a closure?", "A function with the variables it captured."),
        ((), "What is hoisting?", "Declarations are moved to the top of their scope."),
        ((), "Name two falsy values.", "- 0\n- ''"),
    ]
    # a tool's settings map names to values that do not ask: still no cards
    settings = '{"name": "quiz", "version": "1.0.0", "description": "Why not?", "main": "a.js"}'
    assert _read(tmp_path / "package.json", settings) == []


def test_topics_each_mapping_questions_to_answers(tmp_path):
    text = (
        '{"Python": {"What is the GIL?": "A lock for bytecode.", "What is a generator?": '
        '"A lazy iterator."}, "SQL": {"What is an index?": "A lookup structure.", '
        '"What is a join?": "Rows matched across tables."}}\n'
    )
    assert [(t, q) for t, q, _ in _read(tmp_path / "deck.json", text)] == [
        (("Python",), "What is the GIL?"),
        (("Python",), "What is a generator?"),
        (("SQL",), "What is an index?"),
        (("SQL",), "What is a join?"),
    ]
