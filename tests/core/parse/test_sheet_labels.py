"""A sheet's column of labels as its maker meant it (faults a new user found):

- a headerless sheet's third column of labels is the card's topic, a label of two
  words one label ("Deep Learning" was topic "Deep" with "#Learning" in the answer);
- its words read as tags each only where the column shows they are, as an old Anki
  "Notes in Plain Text" export without its ``#tags column:`` line does ("stats
  hypothesis-testing" was the end of the answer).
"""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


def _cards(text: str, suffix: str = ".csv"):
    doc = parse_text(text, suffix=suffix)
    return doc, [(q.title, q.topic_path, q.answer_markdown) for q in doc.questions]


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        (
            "What is the kernel trick?;Inner products in feature space.;SVM\n"
            "What is ReLU?;max(0, x);Deep Learning\n"
            "What is dropout?;Randomly zeroing units.;Deep Learning\n",
            ".csv",
        ),
        (
            "What is the kernel trick?,Inner products in feature space.,SVM\n"
            'What is ReLU?,"max(0, x)",Deep Learning\n'
            "What is dropout?,Randomly zeroing units.,Deep Learning\n",
            ".csv",
        ),
        (
            "Qué es un índice?\tUna estructura que acelera las búsquedas.\tBases de datos\n"
            "Qué es una transacción?\tUn grupo de operaciones atómico.\tBases de datos\n"
            "Qué es un proceso?\tUn programa en ejecución.\tSistemas operativos\n"
            "Qué es un hilo?\tUna secuencia de ejecución dentro de un proceso.\tSistemas "
            "operativos\n",
            ".tsv",
        ),
    ],
    ids=["semicolons", "commas", "tabs, other labels"],
)
def test_a_headerless_label_of_several_words_is_one_topic_and_the_answer_is_untouched(text, suffix):
    _doc, cards = _cards(text, suffix)
    topics = [topic for _t, topic, _a in cards]
    answers = [answer for _t, _topic, answer in cards]
    assert len(cards) == len(text.strip().split("\n"))
    assert all(len(topic) == 1 for topic in topics)
    assert {topic[0] for topic in topics} <= {
        "SVM",
        "Deep Learning",
        "Bases de datos",
        "Sistemas operativos",
    }
    assert not any("#" in answer for answer in answers)


@pytest.mark.parametrize(
    "text",
    [
        "What is a <b>p-value</b>?\tP(data this extreme | H0).<br>Not P(H0 | data).\tstats "
        "hypothesis-testing\n"
        "What is the GIL?\tA CPython mutex: one thread runs bytecode at a time.\tpython "
        "concurrency\n"
        "What is a decorator?\tA function wrapping another.\tpython\n",
        "Explain a left join.\tAll rows of the left table, matched or not.\tsql joins\n"
        "What is a covering index?\tAn index that holds every column a query reads.\tindexes "
        "sql\n"
        "What does VACUUM do?\tReclaims the space of dead rows.\tpostgres maintenance\n"
        "What is MVCC?\tEach transaction reads a snapshot.\tpostgres\n",
    ],
    ids=["tester's export", "tags in another order"],
)
def test_an_anki_export_without_its_header_reads_its_last_column_as_tags(text):
    doc = parse_text(text, suffix=".txt")
    assert len(doc.questions) == len(text.strip().split("\n"))
    for question, line in zip(doc.questions, text.strip().split("\n"), strict=True):
        tags = line.split("\t")[-1].split()
        assert list(question.tags) == tags
        assert question.topic_path == (tags[0],)
        # the answer holds its text, none of its tags (they are the question's own)
        assert line.split("\t")[-1] not in question.answer_markdown
        assert "#" not in question.answer_markdown


def test_lower_case_words_are_tags_where_they_recur_as_tags_not_where_they_make_a_phrase():
    tagged = (
        "What is Redis?;An in-memory store.;caching nosql\n"
        "What is RabbitMQ?;A message broker.;queues\n"
        "What is Kafka?;A distributed log.;queues streaming\n"
    )
    phrases = (
        "What is Redis?;An in-memory store.;used for caching\n"
        "What is RabbitMQ?;A message broker.;used for queues\n"
        "What is Kafka?;A distributed log.;used in streaming and for queues\n"
    )
    doc = parse_text(tagged, suffix=".csv")
    assert [q.tags for q in doc.questions] == [
        ("caching", "nosql"),
        ("queues",),
        ("queues", "streaming"),
    ]
    doc = parse_text(phrases, suffix=".csv")
    assert [q.answer_markdown.split("\n\n")[-1] for q in doc.questions] == [
        "used for caching",
        "used for queues",
        "used in streaming and for queues",
    ]
    assert not any(q.tags for q in doc.questions)
