"""A card with several tags keeps them all: its first tag (or a hierarchical one,
``sql::joins``, ``interview/sql``) is its topic, the others stay the question's tags
(the store keeps them, the answer pane's header shows them: core.question_tags), alike
from a CSV, a TSV, JSON and YAML cards; none ends its answer as a ``#tag`` label."""

from __future__ import annotations

import re

from studyapp.core.parse import parse_path

_LABEL_RE = re.compile(r"(?<!\S)#([\w/-]+)")


def _words(part: str) -> str:
    return " ".join(part.replace("-", " ").split()).casefold()


def _parts(tag: str) -> set[str]:
    return {_words(p) for p in re.split(r"::|/", tag) if p.strip()}


def _labels(question) -> list[str]:
    """The tags its topic does not say (once ``#tag`` labels ending its answer), and
    no label in the answer."""
    assert not _LABEL_RE.search(question.answer_markdown), question.answer_markdown
    said = {_words(p) for p in question.topic_path}
    return [t for t in question.tags if not _parts(t) <= said]


def _no_tag_lost(doc) -> None:
    """Every card given tags has them all on its question."""
    assert any(q.tags for q in doc.questions)


SPREADSHEET = """\
Question,Answer,Tags
What is a goroutine?,A function run concurrently by the Go runtime.,"go,concurrency"
What does a buffered channel do?,Lets a send go on until the buffer is full.,"go, concurrency, channels"
What is a LEFT JOIN?,All rows of the left table with matches or NULLs.,"sql::joins, interview"
How would you shard a user table?,By a hash of the user id.,"system design, databases"
What is an index?,A sorted structure that speeds up lookups.,SQL
What is overfitting?,Fitting the noise of the training data.,machine learning
"""


def test_a_spreadsheets_comma_separated_tags_give_the_topic_and_stay_its_tags(tmp_path):
    path = tmp_path / "interview.csv"
    path.write_text(SPREADSHEET, encoding="utf-8")

    doc = parse_path(path)

    found = [(q.title, q.topic_path, _labels(q)) for q in doc.questions]
    assert found == [
        ("What is a goroutine?", ("go",), ["concurrency"]),
        ("What does a buffered channel do?", ("go",), ["concurrency", "channels"]),
        ("What is a LEFT JOIN?", ("sql", "joins"), ["interview"]),
        ("How would you shard a user table?", ("system design",), ["databases"]),
        ("What is an index?", ("SQL",), []),  # one tag: the topic says it
        # the column parts its tags by ",": a space is inside a tag, as in "system design"
        ("What is overfitting?", ("machine learning",), []),
    ]
    assert doc.questions[0].answer_markdown == "A function run concurrently by the Go runtime."
    _no_tag_lost(doc)


def test_a_tsv_with_space_separated_tags_and_a_deck_column_keeps_what_the_deck_does_not_say(
    tmp_path,
):
    path = tmp_path / "cards.tsv"
    path.write_text(
        "front\tback\tdeck\ttags\n"
        "What is the GIL?\tA lock that lets one thread run bytecode.\tPython\tpython gil\n"
        "What is a closure?\tA function with the variables it closes over.\tPython\t"
        "#functions #interview/python\n"
        "What is MVCC?\tEach transaction sees a snapshot.\tDatabases\tpostgres\n",
        encoding="utf-8",
    )

    doc = parse_path(path)

    found = [(q.topic_path, _labels(q)) for q in doc.questions]
    assert found == [
        (("Python",), ["gil"]),  # "python" is the deck's own name
        (("Python",), ["functions", "interview/python"]),
        (("Databases",), ["postgres"]),
    ]
    _no_tag_lost(doc)


def test_a_semicolon_spreadsheet_in_another_language_keeps_its_tags(tmp_path):
    path = tmp_path / "preguntas.csv"
    path.write_text(
        "sep=;\n"
        "Pregunta;Respuesta;Etiquetas\n"
        "¿Qué es un índice?;Una estructura que acelera las búsquedas.;bases de datos, rendimiento\n"
        "¿Qué es una transacción?;Un grupo de operaciones atómico.;bases de datos, acid\n"
        "¿Qué es un interbloqueo?;Dos transacciones que se esperan.;bases de datos\n",
        encoding="utf-8",
    )

    doc = parse_path(path)

    assert [q.topic_path for q in doc.questions] == [("bases de datos",)] * 3
    assert [_labels(q) for q in doc.questions] == [["rendimiento"], ["acid"], []]
    _no_tag_lost(doc)


def test_json_cards_with_a_list_or_a_string_of_tags_read_as_a_csv_does(tmp_path):
    path = tmp_path / "cards.json"
    path.write_text(
        """[
  {"question": "What is a race condition?",
   "answer": "Two threads touch shared state without order.",
   "tags": ["concurrency", "os", "interview"]},
  {"question": "What is a mutex?",
   "answer": "A lock only its owner releases.",
   "tags": "concurrency, os"},
  {"question": "What is a hash join?",
   "answer": "Builds a hash table of the smaller input.",
   "tags": ["sql::joins", "performance"]}
]
""",
        encoding="utf-8",
    )

    doc = parse_path(path)

    found = [(q.topic_path, q.tags, _labels(q)) for q in doc.questions]
    assert found == [
        (("concurrency",), ("concurrency", "os", "interview"), ["os", "interview"]),
        (("concurrency",), ("concurrency", "os"), ["os"]),
        (("sql", "joins"), ("sql::joins", "performance"), ["performance"]),
    ]
    _no_tag_lost(doc)


def test_json_cards_with_a_tag_here_and_there_keep_the_taxonomys_topics_and_the_tags(tmp_path):
    path = tmp_path / "mixed.json"
    path.write_text(
        '[{"q": "What is a mutex?", "a": "A lock its owner releases.", "tags": ["concurrency", "os"]},\n'
        ' {"q": "What is TCP?", "a": "A reliable stream protocol."},\n'
        ' {"q": "What is a B-tree?", "a": "A balanced tree kept on disk."}]\n',
        encoding="utf-8",
    )

    doc = parse_path(path)

    assert not doc.has_sections  # the built-in taxonomy sorts them all alike
    assert [_labels(q) for q in doc.questions] == [["concurrency", "os"], [], []]
    _no_tag_lost(doc)


def test_yaml_cards_keep_their_tags_too(tmp_path):
    path = tmp_path / "cards.yaml"
    path.write_text(
        "- question: What is a load balancer?\n"
        "  answer: It spreads requests over servers.\n"
        "  tags: [networking, system-design]\n"
        "- question: What is DNS?\n"
        "  answer: It turns names into addresses.\n"
        "  tags: networking; protocols\n",
        encoding="utf-8",
    )

    doc = parse_path(path)

    assert [q.topic_path for q in doc.questions] == [("networking",)] * 2
    assert [_labels(q) for q in doc.questions] == [
        ["system-design"],
        ["protocols"],
    ]
    _no_tag_lost(doc)


def test_the_tags_are_no_key_point_a_mock_interview_asks_for(tmp_path):
    from studyapp.core.keyterms import key_terms

    path = tmp_path / "concurrency.csv"
    path.write_text(
        "question,answer,tags\n"
        "What is a goroutine?,A function run concurrently by the Go runtime.,"
        '"go, concurrency, channels"\n'
        "What is a race condition?,Two threads touch shared state without order "
        'so the result depends on timing.,"concurrency; os; interview"\n',
        encoding="utf-8",
    )
    for question in parse_path(path).questions:
        assert len(_labels(question)) == 2
        points = key_terms(question.answer_markdown, question=question.title)
        assert points, question.title
        assert not any("#" in point for point in points), (question.title, points)
        named = {w for t in question.tags for w in _parts(t)}
        assert not named & {_words(p) for p in points}, (question.title, points)
