"""Notes without headings that name their groups of questions with a line of their
own ("**Networking**", "DATABASES", "Part B - Memory"): those lines are topics, and
no longer the last line of the answer above them."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def grouped(text: str, **kwargs) -> list[tuple[str, tuple[str, ...], str]]:
    doc = parse_text(text, **kwargs)
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions]


def test_bold_lines_above_a_numbered_list_are_its_topics():
    doc = (
        "**Concurrency**\n\n"
        "1. What is a deadlock?\n   Two threads each wait for the other's lock.\n"
        "2. What is a livelock?\n   Threads keep reacting and never progress.\n\n"
        "**Caching**\n\n"
        "1. What is write-through?\n   Writes reach the cache and the store together.\n"
        "2. What is a cache stampede?\n   Many misses rebuild one entry at once.\n"
    )
    assert grouped(doc) == [
        ("What is a deadlock?", ("Concurrency",), "Two threads each wait for the other's lock."),
        ("What is a livelock?", ("Concurrency",), "Threads keep reacting and never progress."),
        ("What is write-through?", ("Caching",), "Writes reach the cache and the store together."),
        ("What is a cache stampede?", ("Caching",), "Many misses rebuild one entry at once."),
    ]


def test_capital_and_numbered_part_lines_in_plain_text_are_topics():
    caps = (
        "SECURITY\n\nQ: What is CSRF?\nA: A forged request riding on a session.\n\n"
        "Q: What is XSS?\nA: Injected script running in a page.\n\n"
        "CLOUD\n\nQ: What is an availability zone?\nA: An isolated data centre.\n\n"
        "Q: What is egress?\nA: Traffic leaving the provider.\n"
    )
    assert [(t, s) for t, s, _ in grouped(caps, suffix=".txt")] == [
        ("What is CSRF?", ("SECURITY",)),
        ("What is XSS?", ("SECURITY",)),
        ("What is an availability zone?", ("CLOUD",)),
        ("What is egress?", ("CLOUD",)),
    ]
    parts = (
        "Revision sheet\n\nSection 1: Graphs\n\n"
        "a) What is a DAG?\nA directed graph without cycles.\n\n"
        "b) What is a topological order?\nEvery edge points forward.\n\n"
        "Section 2: Trees\n\n"
        "a) What is a trie?\nA tree keyed by prefixes.\n\n"
        "b) What is a B-tree?\nA wide balanced tree for disks.\n"
    )
    found = grouped(parts, suffix=".txt")
    assert [s for _, s, _ in found] == [("Section 1: Graphs",)] * 2 + [("Section 2: Trees",)] * 2
    assert found[1][2] == "Every edge points forward."  # not "… Section 2: Trees"


def test_a_one_line_answer_in_capitals_stays_the_answer():
    doc = (
        "PROTOCOLS\n\n"
        "**Which transport does HTTP/1.1 use?**\n\nTCP\n\n"
        "**Which transport does classic DNS use?**\n\nUDP\n\n"
        "**Which protocol resolves a MAC address?**\n\nARP\n"
    )
    assert [a for _, _, a in grouped(doc)] == ["TCP", "UDP", "ARP"]


def test_one_label_alone_or_labels_after_the_first_question_are_not_topics():
    doc = (
        "1. What is a mutex?\n   A lock with one owner.\n"
        "2. What is a semaphore?\n   A counter of permits.\n\n"
        "**Later**\n\n"
        "3. What is a barrier?\n   All threads wait for the last.\n"
    )
    assert {s for _, s, _ in grouped(doc)} == {()}


def test_banner_lines_in_plain_text_are_topics():
    doc = (
        "=== Strings ===\n\nQ: How do you reverse a string in place?\nA: Swap from both ends.\n\n"
        "Q: What is a rolling hash?\nA: A hash updated as a window slides.\n\n"
        "--- Trees ---\n\nQ: What is an AVL tree?\nA: A BST kept balanced by rotations.\n"
    )
    assert [(t, s) for t, s, _ in grouped(doc, suffix=".txt")] == [
        ("How do you reverse a string in place?", ("Strings",)),
        ("What is a rolling hash?", ("Strings",)),
        ("What is an AVL tree?", ("Trees",)),
    ]


def test_bracketed_lines_in_plain_text_are_topics():
    doc = (
        "[Java Collections]\n\n1. What does HashMap allow as a key?\n   One null key.\n"
        "2. What is fail-fast iteration?\n   A concurrent change throws.\n\n"
        "[ JVM ]\n\n1. What is the metaspace?\n   Class metadata outside the heap.\n"
        "2. What does -Xmx set?\n   The maximum heap.\n"
    )
    found = grouped(doc, suffix=".txt")
    assert [s for _, s, _ in found] == [("Java Collections",)] * 2 + [("JVM",)] * 2
    assert found[1][2] == "A concurrent change throws."  # not "… [ JVM ]"


def test_starred_banners_label_groups_and_a_parenthesised_copyright_is_a_footer():
    doc = (
        "*** Topic: Caching ***\n\nQ: What is write-back?\nA: Writes reach the store later.\n\n"
        "Q: What is a cache line?\nA: The unit a CPU cache moves.\n\n"
        "*** Topic: Queues ***\n\nQ: What is a dead-letter queue?\nA: Where failed messages go.\n\n"
        "Q: What is backpressure?\nA: Slowing the producer.\n\n(c) Dana's notes, 2024\n"
    )
    found = grouped(doc, suffix=".txt")
    assert [s for _, s, _ in found] == [("Caching",)] * 2 + [("Queues",)] * 2
    assert found[-1][2] == "Slowing the producer."
