"""A line naming a group of questions written right above the group's first question,
with no blank line between ("KUBERNETES" / "What is a pod?"): the label is the group's
topic, and the question under it is found, not read as an intro or as more of the
answer above it."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


def grouped(text: str, **kwargs) -> list[tuple[str, tuple[str, ...], str]]:
    doc = parse_text(text, **kwargs)
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions]


def _notes(first: str, second: str) -> str:
    return (
        f"{first}\nWhat is a pod?\nThe smallest deployable unit.\n\n"
        "What is a service?\nA stable address for pods.\n\n"
        f"{second}\nWhat is a volume?\nPersistent storage.\n\n"
        "What is an image?\nA read-only template.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "suffix"),
    [
        ("KUBERNETES", "DOCKER", ".txt"),
        ("**Kubernetes**", "**Docker**", ".md"),
        ("**Kubernetes**", "**Docker**", ".txt"),
        ("[Kubernetes]", "[Docker]", ".txt"),
        ("Kubernetes:", "Docker:", ".txt"),
        ("Kubernetes", "Docker", ".txt"),
    ],
)
def test_a_label_right_above_its_first_question_names_the_group(first, second, suffix):
    k8s, docker = first.strip("*[]:"), second.strip("*[]:")
    assert grouped(_notes(first, second), suffix=suffix) == [
        ("What is a pod?", (k8s,), "The smallest deployable unit."),
        ("What is a service?", (k8s,), "A stable address for pods."),
        ("What is a volume?", (docker,), "Persistent storage."),
        ("What is an image?", (docker,), "A read-only template."),
    ]


def test_labels_above_marked_questions_and_banners_name_their_groups():
    marked = (
        "Networking:\nQ: What is TCP?\nA: A reliable byte stream.\n\n"
        "Q: Why use UDP?\nA: Low latency datagrams.\n\n"
        "Storage:\nQ: What is RAID 1?\nA: Two disks mirrored.\n"
    )
    assert grouped(marked, suffix=".txt") == [
        ("What is TCP?", ("Networking",), "A reliable byte stream."),
        ("Why use UDP?", ("Networking",), "Low latency datagrams."),
        ("What is RAID 1?", ("Storage",), "Two disks mirrored."),
    ]
    banners = (
        "=== Networking ===\nWhat is TCP?\nA reliable byte stream.\n\n"
        "Why use UDP?\nLow latency datagrams.\n\n"
        "=== Storage ===\nHow does a B-tree stay shallow?\nWide nodes.\n"
    )
    assert [(t, s) for t, s, _ in grouped(banners, suffix=".txt")] == [
        ("What is TCP?", ("Networking",)),
        ("Why use UDP?", ("Networking",)),
        ("How does a B-tree stay shallow?", ("Storage",)),
    ]


def test_a_title_wrapped_over_two_lines_is_no_label():
    doc = (
        "What is the difference between\nTCP and UDP?\nTCP is reliable.\n\n"
        "In Python\nwhat is a decorator?\nA function wrapping a function.\n"
    )
    assert [t for t, _, _ in grouped(doc, suffix=".txt")] == [
        "What is the difference between TCP and UDP?",
        "In Python what is a decorator?",
    ]


def test_a_name_ending_in_a_colon_on_its_own_line_names_its_group():
    doc = (
        "Kubernetes:\n\nWhat is a pod?\nThe smallest deployable unit.\n\n"
        "What is a service?\nA stable address for pods.\n\n"
        "Docker:\n\nWhat is a volume?\nPersistent storage.\n"
    )
    assert grouped(doc, suffix=".txt") == [
        ("What is a pod?", ("Kubernetes",), "The smallest deployable unit."),
        ("What is a service?", ("Kubernetes",), "A stable address for pods."),
        ("What is a volume?", ("Docker",), "Persistent storage."),  # not in the answer above
    ]
    numbered = (
        "Data Structures:\n\n1. What is a heap?\n   A tree kept in order.\n"
        "2. What is a trie?\n   A tree of prefixes.\n\n"
        "System Design:\n\n1. What is sharding?\n   Splitting data across nodes.\n"
    )
    assert [(t, s) for t, s, _ in grouped(numbered, suffix=".md")] == [
        ("What is a heap?", ("Data Structures",)),
        ("What is a trie?", ("Data Structures",)),
        ("What is sharding?", ("System Design",)),
    ]
