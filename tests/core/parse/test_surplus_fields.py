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
