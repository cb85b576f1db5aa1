"""A sheet's column named "Tags" was always parted at spaces, as Anki writes tags: a
hand-made sheet's "System Design" became two tags, "System" and "Design", and the
first of them the question's topic. The column's values now say how it is written:
a cell of several words is one label unless the column shows its words are tags each
(as for a nameless column: tag_columns); tags as Anki writes them stay apart."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_path


def _tags(tmp_path, name: str, text: str) -> list[tuple[str, ...]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [q.tags for q in parse_path(path).questions]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (  # capitals
            "cards.csv",
            "Question,Answer,Tags\n"
            "How would you design a URL shortener?,Hash the URL into a key-value store.,"
            "System Design\n"
            "What is a B-tree?,A balanced tree with many keys per node.,Data Structures\n"
            "What is eventual consistency?,Replicas agree once writes stop.,system design\n",
            [("System Design",), ("Data Structures",), ("system design",)],
        ),
        (  # a phrase's little words
            "cards.tsv",
            "front\tback\ttags\n"
            "What is TCP slow start?\tThe window doubles each round trip.\tcomputer networks\n"
            "What is a mutex?\tA lock only one thread holds.\tconcurrency and threads\n"
            "What does DNS do?\tIt maps names to addresses.\tcomputer networks\n",
            [("computer networks",), ("concurrency and threads",), ("computer networks",)],
        ),
        (  # lower case, nothing showing its words are tags each (a Notion multi-select)
            "cards.csv",
            "Question,Answer,Tags\n"
            "What is a deadlock?,Two tasks each wait for the other.,os\n"
            "What is a bloom filter?,A set that may say yes wrongly.,data structures\n"
            "What is a trie?,A tree of prefixes.,data structures\n",
            [("os",), ("data structures",), ("data structures",)],
        ),
    ],
    ids=["capitals", "little words", "lower case"],
)
def test_a_tags_column_of_phrases_gives_one_label_a_cell(tmp_path, name, text, expected):
    assert _tags(tmp_path, name, text) == expected


def test_the_topic_is_the_whole_phrase(tmp_path):
    path = tmp_path / "prep.csv"
    path.write_text(
        "Question,Answer,Tags\n"
        "What is sharding?,Splitting rows across machines.,System Design\n"
        "What is a heap?,A tree ordered parent over child.,Data Structures\n",
        encoding="utf-8",
    )
    assert [q.topic_path for q in parse_path(path).questions] == [
        ("System Design",),
        ("Data Structures",),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Anki's way: lower-case tag words, one of them alone in another row
            "question,answer,tags\n"
            "What is the GIL?,A lock that lets one thread run bytecode.,python gil\n"
            "What is asyncio?,An event loop for coroutines.,python\n",
            [("python", "gil"), ("python",)],
        ),
        (  # marked as tags
            "question,answer,tags\n"
            "What is the GIL?,A lock that lets one thread run bytecode.,#Python #GIL\n"
            "What is a heap?,A tree ordered parent over child.,#Algorithms\n",
            [("Python", "GIL"), ("Algorithms",)],
        ),
        (  # parted by commas: the phrases inside stay whole
            "question,answer,tags\n"
            'What is sharding?,Splitting rows across machines.,"System Design, Databases"\n'
            "What is a heap?,A tree ordered parent over child.,Data Structures\n",
            [("System Design", "Databases"), ("Data Structures",)],
        ),
    ],
    ids=["anki words", "hash marks", "commas"],
)
def test_tags_written_as_tags_stay_apart(tmp_path, text, expected):
    assert _tags(tmp_path, "cards.csv", text) == expected
