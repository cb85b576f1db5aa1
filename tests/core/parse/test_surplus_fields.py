"""A semicolon-separated Anki text export (or a CSV) with a `;` typed inside a field
and not quoted: the row keeps its question, its whole answer and its tags, the surplus
piece going back into the field it was split from, not into the tags or a row lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.parse import parse_path


def _cards(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(q.title, q.answer_markdown, q.tags) for q in parse_path(path).questions]


def _parsed(tmp_path: Path, *lines: str):
    path = tmp_path / "deck.csv"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return parse_path(path)


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


def test_a_cell_in_its_columns_values_tells_which_field_was_split(tmp_path):
    doc = _parsed(
        tmp_path,
        "Question;Topic;Answer",
        "What is a pod?;k8s;The smallest unit",
        "Pods vs;nodes;k8s;A node runs pods",
        "What is a node?;k8s;A machine",
    )
    assert [(q.title, q.answer_markdown, q.topic_path) for q in doc.questions][1] == (
        "Pods vs;nodes",
        "A node runs pods",
        ("k8s",),
    )
    assert [r.reason for r in doc.skipped] == ["header row"]


def test_a_row_two_readings_of_which_read_as_well_is_kept_and_named(tmp_path):
    from studyapp.core.importer import describe_skipped

    doc = _parsed(
        tmp_path,
        "Question;Answer",
        "What is a pod?;The smallest unit",
        "Pods vs;Nodes;A node runs pods",
        "What is a node?;A machine",
    )
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a pod?", "The smallest unit"),
        ("Pods vs", "Nodes;A node runs pods"),
        ("What is a node?", "A machine"),
    ]
    assert describe_skipped(doc.skipped).endswith(": line 3")


@pytest.mark.parametrize(
    ("row", "card"),
    [
        (
            "Explain CAP, briefly,Consistency or availability",
            ("Explain CAP, briefly", "Consistency or availability"),
        ),
        ("Explain CAP,Consistency, availability", ("Explain CAP", "Consistency, availability")),
    ],
)
def test_the_space_typed_after_a_comma_in_prose_tells_the_field_it_is_in(tmp_path, row, card):
    doc = _parsed(
        tmp_path,
        "question,answer",
        "What is a pod?,The smallest unit",
        row,
        "What is a node?,A machine",
    )
    assert (doc.questions[1].title, doc.questions[1].answer_markdown) == card
    assert [r.reason for r in doc.skipped] == ["header row"]


# Two stray delimiters in one row: each goes back into the field it was split from,
# one in the question and one in the answer where only then both read whole.
@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        (
            "semicolons.csv",
            "Question;Answer;Topic\n"
            "What is a mutex; and when is it needed?;A lock; one holder at a time;os\n"
            "What is a closure?;A function; its variables; kept alive;python\n"
            "What is a list?;An ordered sequence;python\n"
            "What is a dict?;A hash map;python\n",
            [
                ("What is a mutex; and when is it needed?", "A lock; one holder at a time"),
                ("What is a closure?", "A function; its variables; kept alive"),
                ("What is a list?", "An ordered sequence"),
                ("What is a dict?", "A hash map"),
            ],
        ),
        (
            "commas.csv",
            "Question,Answer,Topic\n"
            '"What is a deadlock?",Two threads, each waiting on the other,db\n'
            "What is CAP, and which two can you keep?,Consistency, availability,"
            " partition tolerance: pick two,db\n"
            'What is MVCC?,"Readers see a snapshot, writers a new version",db\n'
            "What is a quorum?,A majority of replicas,db\n",
            [
                ("What is a deadlock?", "Two threads, each waiting on the other"),
                (
                    "What is CAP, and which two can you keep?",
                    "Consistency, availability, partition tolerance: pick two",
                ),
                ("What is MVCC?", "Readers see a snapshot, writers a new version"),
                ("What is a quorum?", "A majority of replicas"),
            ],
        ),
    ],
)
def test_two_stray_delimiters_go_back_into_the_fields_they_were_typed_in(
    tmp_path, name, text, cards
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == cards
    assert {q.topic_path for q in doc.questions} <= {("os",), ("python",), ("db",)}
    assert [r.reason for r in doc.skipped] == ["header row"]


# A tab pasted into a TSV cell splits the row as a ";" does a CSV's.
_TAB_ROWS = (
    "What is a closure\tin Python?\tA function with its captured variables\tpython\n"
    "What is a list?\tAn ordered sequence\tpython\n"
    "What is a dict?\tA hash map\tpython\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("header.tsv", "Question\tAnswer\tTopic\n" + _TAB_ROWS),
        ("anki.txt", "#separator:tab\n#html:false\n#tags column:3\n" + _TAB_ROWS),
    ],
)
def test_a_tab_inside_a_question_cell_stays_in_the_question(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    assert [(q.title, q.answer_markdown, q.topic_path) for q in doc.questions] == [
        ("What is a closure in Python?", "A function with its captured variables", ("python",)),
        ("What is a list?", "An ordered sequence", ("python",)),
        ("What is a dict?", "A hash map", ("python",)),
    ]


def test_the_other_rows_tell_a_headerless_tsv_its_question_holds_a_tab(tmp_path):
    path = tmp_path / "sql.tsv"
    path.write_text(
        "What does\tSELECT DISTINCT do?\tRemoves duplicate rows\n"
        "What is an index?\tA structure that speeds lookups\n"
        "What is a join?\tCombines rows of two tables\n"
        "What is a view?\tA stored query\n",
        encoding="utf-8",
    )
    assert [(t, a) for t, a, _ in _cards(path)][:2] == [
        ("What does SELECT DISTINCT do?", "Removes duplicate rows"),
        ("What is an index?", "A structure that speeds lookups"),
    ]


def test_a_guessed_row_says_how_many_delimiters_it_has_too_many(tmp_path):
    doc = _parsed(
        tmp_path,
        "Question;Answer",
        "What is a pod?;The smallest unit",
        "Pods vs;Nodes;Kubelets;A node runs pods",
        "What is a node?;A machine",
    )
    assert doc.questions[1].answer_markdown == "Nodes;Kubelets;A node runs pods"
    assert [r.reason for r in doc.skipped][1].startswith("a row with 2 semicolons too many")
