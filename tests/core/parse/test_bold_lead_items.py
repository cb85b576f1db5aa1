"""A list of questions each in bold at the start of its item, the answer after it on the
same line ("- **What is an image?** A read-only template …"): the bold part is the
question, the rest of the item its answer, as for such a paragraph."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_bold_questions_leading_their_items_answer_with_the_rest_of_the_item():
    notes = (
        "# Docker\n\n"
        "- **What is an image?** A read-only template for containers.\n"
        "- **What is a container?** A running instance of an image,\n"
        "  isolated by namespaces.\n"
        "- **What does a Dockerfile do?** It lists the steps to build an image.\n"
        "- **What is a volume?** Storage that outlives its container.\n"
    )
    assert pairs(notes) == [
        ("What is an image?", "A read-only template for containers."),
        ("What is a container?", "A running instance of an image,\nisolated by namespaces."),
        ("What does a Dockerfile do?", "It lists the steps to build an image."),
        ("What is a volume?", "Storage that outlives its container."),
    ]


def test_numbered_items_with_a_bold_question_and_a_dash_before_the_answer():
    notes = (
        "1. **Why do leaves change colour in autumn?** – Chlorophyll breaks down.\n"
        "2. **What is photosynthesis?** – Making sugar from light, water and CO2.\n"
        "3. **Why are most plants green?** – Chlorophyll reflects green light.\n"
    )
    assert pairs(notes) == [
        ("Why do leaves change colour in autumn?", "Chlorophyll breaks down."),
        ("What is photosynthesis?", "Making sugar from light, water and CO2."),
        ("Why are most plants green?", "Chlorophyll reflects green light."),
    ]


def test_a_numbered_bold_question_with_its_answer_on_its_line():
    """A bold "**Q1. What is a hash map?** A key-value store.": numbered or not, the bold is the
    question and the rest of the line its answer (the number put it all in the title)."""
    notes = (
        "**Q1. What is a hash map?** A key-value store with O(1) average lookups.\n\n"
        "**Q2. What is a trie?** A prefix tree for strings; used for autocomplete.\n"
    )
    expected = [
        ("What is a hash map?", "A key-value store with O(1) average lookups."),
        ("What is a trie?", "A prefix tree for strings; used for autocomplete."),
    ]
    assert pairs(notes) == expected
    assert pairs(notes, split_at="prefix") == expected  # read as Q-marked lines, the same


def test_numbered_bold_questions_in_sections_with_answers_that_go_on():
    notes = (
        "# Networking prep\n\n## Transport\n\n"
        "**1) How does TCP guarantee ordering?** — Sequence numbers on every segment;\n"
        "the receiver reorders and acks.\n\n"
        "**2) Why would you pick UDP?** Lower latency, no handshake.\n\n"
        "## Application\n\n"
        "__#3 What does HTTP/2 multiplex?__: Many streams over one connection.\n\n"
        "**Q4 - What is a CDN for?** Caching content close to users.\n"
    )
    doc = parse_text(notes)
    assert [(q.title, q.answer_markdown, q.topic_path[-1:]) for q in doc.questions] == [
        (
            "How does TCP guarantee ordering?",
            "Sequence numbers on every segment;\nthe receiver reorders and acks.",
            ("Transport",),
        ),
        ("Why would you pick UDP?", "Lower latency, no handshake.", ("Transport",)),
        ("What does HTTP/2 multiplex?", "Many streams over one connection.", ("Application",)),
        ("What is a CDN for?", "Caching content close to users.", ("Application",)),
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "1. **1) What is a hash map?** A key-value store.\n2. **2) What is a heap?** A tree.\n",
        "**1.** **What is a hash map?** A key-value store.\n\n**2.** **What is a heap?** A tree.\n",
    ],
)
def test_the_number_in_its_own_bold_or_inside_a_list_item(notes):
    assert pairs(notes) == [
        ("What is a hash map?", "A key-value store."),
        ("What is a heap?", "A tree."),
    ]
