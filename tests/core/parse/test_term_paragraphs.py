"""A glossary written a term a line with its definition on the lines below, a blank
line between entries ("Polymorphism" / "One interface, many implementations …"): each
term is a card. Such a note gave no question."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_terms_over_their_definitions():
    text = (
        "Polymorphism\nOne interface, many implementations.\n\n"
        "Encapsulation\nHiding state behind methods so invariants hold.\n\n"
        "Inheritance\nA class reusing another class's behaviour.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("Polymorphism", "One interface, many implementations."),
        ("Encapsulation", "Hiding state behind methods so invariants hold."),
        ("Inheritance", "A class reusing another class's behaviour."),
    ]


def test_under_topic_headings_with_a_definition_of_two_lines():
    text = (
        "# Kubernetes glossary\n\n## Workloads\n\n"
        "Pod\nThe smallest deployable unit:\none or more containers.\n\n"
        "ReplicaSet\nKeeps a number of identical pods running.\n\n## Networking\n\n"
        "Service\nA stable virtual IP in front of pods.\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Workloads",), "Pod", "The smallest deployable unit:\none or more containers."),
        (("Workloads",), "ReplicaSet", "Keeps a number of identical pods running."),
        (("Networking",), "Service", "A stable virtual IP in front of pods."),
    ]


def test_a_short_letter_is_no_glossary():
    text = (
        "Hi Sam\nThanks for the call today.\n\nNext steps\nI will send the take-home by "
        "Friday.\n\nBest\nAlex\n"
    )
    assert parse_text(text, suffix=".txt").questions == []


def test_a_readmes_parts_are_no_glossary():
    text = (
        "Installation\nRun pip install mytool in a fresh environment.\n\n"
        "Usage\nCall mytool --help to list the commands.\n\n"
        "License\nMIT, see the LICENSE file.\n"
    )
    assert parse_text(text, suffix=".txt").questions == []
