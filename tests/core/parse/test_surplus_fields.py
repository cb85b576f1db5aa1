"""A semicolon-separated Anki text export (or a CSV) with a `;` typed inside a field
and not quoted: the row keeps its question, its whole answer and its tags, the surplus
piece going back into the field it was split from, not into the tags or a row lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.parse import parse_path


def _cards(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(q.title, q.answer_markdown, q.tags) for q in parse_path(path).questions]


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("columns.txt", "#separator:Semicolon\n#html:false\n#columns:Front;Back;Tags\n"),
        ("tags-column.txt", "#separator:semicolon\n#html:false\n#tags column:3\n"),
        ("header-row.csv", "Front;Back;Tags\n"),
    ],
)
def test_a_semicolon_inside_the_back_stays_in_the_back(tmp_path, name, header):
    path = tmp_path / name
    path.write_text(
        header + "What is a closure?;A function; with the variables it captured;python\n"
        "What is the GIL?;A lock for bytecode;python\n"
        "What is MVCC?;Readers see a snapshot;sql\n",
        encoding="utf-8",
    )
    assert _cards(path) == [
        ("What is a closure?", "A function; with the variables it captured", ("python",)),
        ("What is the GIL?", "A lock for bytecode", ("python",)),
        ("What is MVCC?", "Readers see a snapshot", ("sql",)),
    ]


def test_the_other_rows_tell_the_width_of_a_headerless_export(tmp_path):
    path = tmp_path / "deck.txt"
    path.write_text(
        "What is a closure?;A function; with the variables it captured\n"
        "What is the GIL?;A lock for bytecode\n"
        "What is MVCC?;Readers see a snapshot\n"
        "What is a pod?;The smallest unit\n",
        encoding="utf-8",
    )
    assert [(t, a) for t, a, _ in _cards(path)] == [
        ("What is a closure?", "A function; with the variables it captured"),
        ("What is the GIL?", "A lock for bytecode"),
        ("What is MVCC?", "Readers see a snapshot"),
        ("What is a pod?", "The smallest unit"),
    ]


def test_a_question_split_at_its_semicolon_is_joined_where_only_then_it_asks(tmp_path):
    path = tmp_path / "net.txt"
    path.write_text(
        "#separator:Semicolon\n#html:false\n#tags column:3\n"
        "What is TCP; how does it differ from UDP?;Connection-oriented;net\n"
        "What is DNS?;Name resolution;net\n",
        encoding="utf-8",
    )
    assert _cards(path)[0] == (
        "What is TCP; how does it differ from UDP?",
        "Connection-oriented",
        ("net",),
    )


# The answer column before the question's: a stray delimiter in the answer shifts the
# question one field on ("merge creates a merge commit;Rebase vs merge?" was the title).
@pytest.mark.parametrize(
    ("name", "delimiter"), [("answer-first.csv", ";"), ("answer-first-comma.csv", ",")]
)
def test_a_stray_delimiter_in_an_answer_before_the_question_stays_in_it(tmp_path, name, delimiter):
    rows = [
        ("Topic", "Answer", "Question"),
        ("Git", "Rebase replays commits{d} merge records both parents", "Rebase vs merge?"),
        ("Git", "It shelves changes", "What does git stash do?"),
        ("SQL", "An index on the key", "How is a primary key stored?"),
    ]
    path = tmp_path / name
    path.write_text("".join(delimiter.join(r) + "\n" for r in rows).format(d=delimiter))
    assert [(t, a) for t, a, _ in _cards(path)] == [
        ("Rebase vs merge?", f"Rebase replays commits{delimiter} merge records both parents"),
        ("What does git stash do?", "It shelves changes"),
        ("How is a primary key stored?", "An index on the key"),
    ]


def test_a_question_after_the_answer_split_at_its_semicolon_is_joined(tmp_path):
    path = tmp_path / "qlast.csv"
    path.write_text(
        "Answer;Question;Level\n"
        "A lock for bytecode;What is the GIL;and why does it exist?;hard\n"
        "A view over an array;What is a slice?;easy\n"
        "A typed pipe;What is a channel?;easy\n",
        encoding="utf-8",
    )
    assert _cards(path)[0][:2] == ("What is the GIL;and why does it exist?", "A lock for bytecode")


def test_a_row_no_reading_of_which_asks_is_named_not_guessed(tmp_path):
    from studyapp.core.importer import describe_skipped

    path = tmp_path / "deck.csv"
    path.write_text(
        "Question;Topic;Answer\n"
        "What is a pod?;k8s;The smallest unit\n"
        "Pods vs;nodes;k8s;A node runs pods\n"
        "What is a node?;k8s;A machine\n",
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [q.title for q in doc.questions] == ["What is a pod?", "What is a node?"]
    assert "line 3" in describe_skipped(doc.skipped)
