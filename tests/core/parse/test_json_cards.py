"""Flashcards kept as a JSON file: a list of records naming question and answer."""

from __future__ import annotations

from studyapp.core.parse import parse_path, parse_text


def test_a_list_of_question_and_answer_records():
    notes = (
        "[\n"
        '  {"question": "What is overfitting?", "answer": "Learning the noise."},\n'
        '  {"question": "What is regularisation?", "answer": "A penalty on complexity."}\n'
        "]\n"
    )
    doc = parse_text(notes, suffix=".json")
    assert [(q.title, q.answer_markdown, q.source_line) for q in doc.questions] == [
        ("What is overfitting?", "Learning the noise.", 2),
        ("What is regularisation?", "A penalty on complexity.", 3),
    ]


def test_a_decks_cards_named_front_and_back_under_the_decks_name(tmp_path):
    path = tmp_path / "stats.json"
    path.write_text(
        "{\n"
        '  "deck": "Statistics",\n'
        '  "cards": [\n'
        '    {"front": "Type I error", "back": "Rejecting a true null."},\n'
        '    {"front": "Type II error", "back": "Keeping a false null."}\n'
        "  ]\n"
        "}\n",
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert doc.deck_name == "Statistics"
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("Type I error", "Rejecting a true null."),
        ("Type II error", "Keeping a false null."),
    ]
    # every line is in a question or named
    covered = {n for q in doc.questions for n in range(q.source_line, q.end_line + 1)}
    covered |= {n for r in doc.skipped for n in range(r.start_line, r.end_line + 1)}
    assert covered >= set(range(1, 8))


def test_topics_lists_keys_in_any_order_lists_as_answers_and_tags():
    notes = """{
  "Python": [
    {
      "id": 1,
      "q": "What is the GIL?",
      "a": "A lock that lets one thread run bytecode at a time.",
      "tags": ["python", "concurrency"]
    },
    {"id": 2, "q": "What is a generator?", "a": ["Yields values lazily", "Keeps its state"]}
  ],
  "SQL": [
    {
      "a": "All rows of the left table, with matches or NULLs.",
      "q": "What is a LEFT JOIN?"
    }
  ]
}
"""
    doc = parse_text(notes, suffix=".json")
    found = [(q.topic_path, q.title, q.answer_markdown, q.tags) for q in doc.questions]
    assert found == [
        (
            ("Python",),
            "What is the GIL?",
            "A lock that lets one thread run bytecode at a time.",
            ("python", "concurrency"),
        ),
        (("Python",), "What is a generator?", "- Yields values lazily\n- Keeps its state", ()),
        (
            ("SQL",),
            "What is a LEFT JOIN?",
            "All rows of the left table, with matches or NULLs.",
            (),
        ),
    ]
    assert [(q.source_line, q.end_line) for q in doc.questions] == [(4, 7), (9, 9), (13, 14)]
    terms = (
        '[{"term": "Idempotence", "definition": "Twice is once.", "category": "API"},\n'
        ' {"term": "Backpressure", "definition": "A consumer slows its producer.", '
        '"category": "Streams"}]\n'
    )
    assert [(q.topic_path, q.title) for q in parse_text(terms, suffix=".json").questions] == [
        (("API",), "Idempotence"),
        (("Streams",), "Backpressure"),
    ]


def test_a_json_file_of_no_cards_is_not_read_as_cards():
    settings = '{\n  "name": "my-app",\n  "scripts": {"test": "jest"}\n}\n'
    assert parse_text(settings, suffix=".json").questions == []


def test_yaml_cards_keyed_as_a_csv_header_names_its_columns():
    notes = (
        "# Kubernetes cards\n"
        "- front: What is a Pod?\n  back: The smallest deployable unit.\n"
        '- front: "What is a Service?"\n  back: |\n'
        "    A stable address in front of Pods.\n    Found by a label selector.\n"
        "- front: What is an Ingress?\n  back: >-\n    HTTP routing from outside\n"
        "    the cluster.\n"
    )
    assert [
        (q.title, q.answer_markdown.strip()) for q in parse_text(notes, suffix=".yaml").questions
    ] == [
        ("What is a Pod?", "The smallest deployable unit."),
        ("What is a Service?", "A stable address in front of Pods.\nFound by a label selector."),
        ("What is an Ingress?", "HTTP routing from outside the cluster."),  # folded
    ]
    nested = (
        "cards:\n  - q: What is a goroutine?\n    a: A lightweight thread.\n"
        "  - q: What is a channel?\n    a: A typed conduit between goroutines.\n"
    )
    assert [q.title for q in parse_text(nested, suffix=".yml").questions] == [
        "What is a goroutine?",
        "What is a channel?",
    ]


def test_json_lines_an_object_a_line():
    notes = (
        '{"prompt": "What is RLHF?", "response": "Tuning with a reward model."}\n'
        '{"prompt": "What is LoRA?", "response": "Low-rank adapters."}\n'
    )
    doc = parse_text(notes, suffix=".jsonl")
    assert [(q.title, q.answer_markdown, q.source_line) for q in doc.questions] == [
        ("What is RLHF?", "Tuning with a reward model.", 1),
        ("What is LoRA?", "Low-rank adapters.", 2),
    ]


def test_json_data_that_is_not_cards_is_refused_with_its_reason():
    from studyapp.core.parse import no_questions_message

    api = (
        "{\n"
        '  "query": "rust async",\n'
        '  "results": [\n'
        '    {"title": "How does async work in Rust?", "url": "https://e.com/a", "score": 0.9},\n'
        '    {"title": "What is a Future?", "url": "https://e.com/b", "score": 0.8}\n'
        "  ]\n"
        "}\n"
    )
    doc = parse_text(api, suffix=".json")
    assert doc.questions == []
    assert [(r.start_line, r.end_line) for r in doc.skipped] == [(1, 7)]
    message = no_questions_message("search.json", doc)
    assert message.startswith("search.json: no questions found: JSON data, not flashcards")


def test_a_survey_export_keyed_question_without_answers_is_not_cards():
    survey = (
        '[{"question": "How did you hear about us?", "option": "A friend", "votes": 41},\n'
        ' {"question": "How did you hear about us?", "option": "Search", "votes": 17},\n'
        ' {"question": "Would you come again?", "option": "Yes", "votes": 52}]\n'
    )
    assert parse_text(survey, suffix=".json").questions == []
    searches = '{"query": "btree vs lsm", "clicked": 3}\n{"query": "raft", "clicked": 1}\n'
    assert parse_text(searches, suffix=".jsonl").questions == []


def test_yaml_that_is_not_cards_is_refused():
    workflow = (
        "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v4\n      - run: pytest -q\n"
    )
    doc = parse_text(workflow, suffix=".yml")
    assert doc.questions == []
    assert doc.skipped[0].reason.startswith("YAML data, not flashcards")


def test_a_json_file_cut_short_is_refused_where_it_breaks(tmp_path):
    """A careless user's list cut short was imported as one question: its first line
    of JSON as the title, no answer."""
    import pytest

    from studyapp.core.model import NotesFileError

    cut = tmp_path / "cards.json"
    cut.write_text('[{"question": "What is X?", "answer": "Y"},\n{"question": "Z?" \n')
    mistyped = tmp_path / "typo.json"
    mistyped.write_text('[{"question": "What is X?" "answer": "Y"}]\n')
    lines = tmp_path / "cards.jsonl"  # JSON Lines: the line that is no JSON is named
    lines.write_text('{"question": "What is X?", "answer": "Y"}\n{"question": "Z?" "a": 1}\n')
    for path, said_first in (
        (cut, "cards.json: the JSON ends before it is closed"),
        (mistyped, "typo.json: the JSON is broken at line 1, column 28 (expecting ','"),
        (lines, "cards.jsonl: the JSON is broken at line 2, column 19 (expecting ','"),
    ):
        with pytest.raises(NotesFileError) as raised:
            parse_path(path)
        said = str(raised.value)
        assert said.startswith(said_first) and "import it again" in said, said
