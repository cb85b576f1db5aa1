"""Plain questions (a line that asks, its answer on the lines under it) above a label
over ``Q:``/``A:`` pairs ("SQL drills:") are the note's first questions: they were
read as its intro and skipped, the pairs alone its questions. A line or two before
them that asks nothing stays the intro, and a question without an answer above the
pairs is no question."""

from __future__ import annotations

from studyapp.core.parse import parse_path


def _read(path):
    doc = parse_path(path)
    return [(q.title, q.answer_markdown) for q in doc.questions], doc


def test_plain_questions_then_a_label_over_marked_pairs(tmp_path):
    path = tmp_path / "prep.txt"
    path.write_text(
        "What is a process?\nA running program with its own memory.\n"
        "What is a thread?\nA path of execution inside a process.\n"
        "Why use a mutex?\nTo let one thread at a time touch shared data.\n\n"
        "SQL drills:\n"
        "Q: What is a primary key?\nA: A column that identifies each row.\n"
        "Q: What is a foreign key?\nA: A column that points at another table's key.\n",
        encoding="utf-8",
    )
    found, doc = _read(path)
    assert found == [
        ("What is a process?", "A running program with its own memory."),
        ("What is a thread?", "A path of execution inside a process."),
        ("Why use a mutex?", "To let one thread at a time touch shared data."),
        ("What is a primary key?", "A column that identifies each row."),
        ("What is a foreign key?", "A column that points at another table's key."),
    ]
    assert [(r.start_line, r.end_line) for r in doc.skipped] == [(8, 8)]  # the label

    # questions without answers above the pairs are no questions: a list to look up
    todo = tmp_path / "todo.txt"
    todo.write_text(
        "Still to look up:\nWhat is a process?\nWhat is a thread?\n\n"
        "Q: What is a primary key?\nA: A column that identifies each row.\n"
        "Q: What is a foreign key?\nA: A column that points at another table's key.\n",
        encoding="utf-8",
    )
    found, _ = _read(todo)
    assert [t for t, _ in found] == ["What is a primary key?", "What is a foreign key?"]


def test_labelled_groups_of_plain_questions_and_of_pairs_with_an_intro(tmp_path):
    path = tmp_path / "backend.txt"
    path.write_text(
        "Backend interview notes, March.\n\n"
        "Networking basics:\n"
        "How does TCP guarantee order?\nSequence numbers and retransmission.\n"
        "It also acknowledges each segment.\n\n"
        "What does UDP give up?\nDelivery and ordering guarantees.\n\n"
        "Storage drills:\n"
        "Q: What is a B-tree?\nA: A balanced tree kept on disk pages.\n\n"
        "Caching drills:\n"
        "Q: What is write-through?\nA: Writing to the cache and the store together.\n",
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("How does TCP guarantee order?", ("Networking basics",)),
        ("What does UDP give up?", ("Networking basics",)),
        ("What is a B-tree?", ("Storage drills",)),
        ("What is write-through?", ("Caching drills",)),
    ]
    said = " ".join(doc.questions[0].answer_markdown.split())
    assert said == "Sequence numbers and retransmission. It also acknowledges each segment."
    assert doc.skipped[0].start_line == 1 and doc.skipped[0].reason == "intro"
