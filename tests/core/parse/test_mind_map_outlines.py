"""A mind map exported as an indented text outline hangs everything under its central
topic ("Interview prep" over its topics over their questions over the answers). The
central topic is the outline's title: the questions are two levels in, their topics
one level in; the topics were read as the questions, every question inside them."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_mind_maps_central_topic_is_its_title():
    text = (
        "Interview prep\n"
        "\tPython\n"
        "\t\tWhat is the GIL?\n"
        "\t\t\tA lock letting one thread run bytecode at a time.\n"
        "\t\tWhat is a generator?\n"
        "\t\t\tA function that yields values lazily.\n"
        "\tSQL\n"
        "\t\tWhat is a LEFT JOIN?\n"
        "\t\t\tAll rows of the left table, NULLs where the right has none.\n"
        "\t\tWhat is an index?\n"
        "\t\t\tA B-tree that speeds up lookups.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.topic_path, q.title, q.source_line) for q in doc.questions] == [
        (("Python",), "What is the GIL?", 3),
        (("Python",), "What is a generator?", 5),
        (("SQL",), "What is a LEFT JOIN?", 8),
        (("SQL",), "What is an index?", 10),
    ]
    assert "A B-tree that speeds up lookups." in doc.questions[-1].answer_markdown


def test_a_space_indented_export_with_answers_of_two_lines():
    text = (
        "System design\n"
        "    Caching\n"
        "        What is write-through caching?\n"
        "            Writes go to the cache and the store together.\n"
        "            Reads are then always warm.\n"
        "        What is cache stampede?\n"
        "            Many misses at once hit the database.\n"
        "    Queues\n"
        "        Why put a queue between services?\n"
        "            To absorb bursts and decouple failures.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Caching",), "What is write-through caching?"),
        (("Caching",), "What is cache stampede?"),
        (("Queues",), "Why put a queue between services?"),
    ]
    first = doc.questions[0].answer_markdown
    assert "Writes go to the cache" in first and "Reads are then always warm." in first
