"""Notes kept over months change style: bold questions, then ``Q:``/``A:`` pairs, then
a callout card. Each question marked beyond doubt is a question, whichever style
the rest of the file uses; an answer does not swallow the next ones. And a note that
is one question (an asking title over its answer's outline) is one question."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_marked_pairs_and_cards_between_bold_questions_are_questions():
    doc = (
        "# Networking\n\n"
        "**What does DNS do?**\nTurns names into addresses.\n\n"
        "**What is a subnet mask?**\nIt says which bits of an address name the network.\n\n"
        "Q: What is NAT?\nA: Many private addresses share one public address.\n\n"
        "> [!question] What is ARP?\n> It finds the MAC address for an IP on the local link.\n\n"
        "**What is a VLAN?**\nOne switch split into separate broadcast domains.\n"
    )
    assert pairs(doc) == [
        ("What does DNS do?", "Turns names into addresses."),
        ("What is a subnet mask?", "It says which bits of an address name the network."),
        ("What is NAT?", "Many private addresses share one public address."),
        ("What is ARP?", "It finds the MAC address for an IP on the local link."),
        ("What is a VLAN?", "One switch split into separate broadcast domains."),
    ]


def test_a_card_among_marked_pairs_is_a_question_of_its_own():
    doc = (
        "Q: What is a B-tree?\nA: A balanced tree with many keys per node.\n\n"
        "Q: What is a WAL?\nA: Changes are logged before the pages are written.\n\n"
        "> [!faq]- Why does a covering index help?\n"
        "> The query is answered from the index alone.\n\n"
        "Q: What is MVCC?\nA: Readers see a snapshot; writers make new versions.\n"
    )
    assert pairs(doc) == [
        ("What is a B-tree?", "A balanced tree with many keys per node."),
        ("What is a WAL?", "Changes are logged before the pages are written."),
        ("Why does a covering index help?", "The query is answered from the index alone."),
        ("What is MVCC?", "Readers see a snapshot; writers make new versions."),
    ]


def test_a_bold_line_that_asks_inside_a_marked_answer_stays_in_it():
    doc = (
        "Q: How does TCP open a connection?\n"
        "A: With a three-way handshake.\n\n"
        "**Why three steps and not two?**\n"
        "Both sides must learn that the other can receive.\n\n"
        "Q: What does UDP give up?\nA: Ordering and delivery guarantees.\n"
    )
    found = pairs(doc)
    assert [title for title, _ in found] == [
        "How does TCP open a connection?",
        "What does UDP give up?",
    ]
    assert "Why three steps and not two?" in found[0][1]


def test_a_note_that_is_one_question_keeps_its_outline_in_the_answer():
    note = (
        "# Walk me through what happens when you type a URL\n\n"
        "## Steps\n1. DNS lookup of the host.\n2. TCP and TLS handshakes.\n"
        "3. The HTTP request and its response.\n4. Parsing, layout and paint.\n\n"
        "## Follow-ups they asked\n- keep-alive and HTTP/2 reuse\n- what a CDN changes\n"
    )
    parsed = parse_text(note)
    assert [q.title for q in parsed.questions] == [
        "Walk me through what happens when you type a URL"
    ]
    assert "4. Parsing, layout and paint." in parsed.questions[0].answer_markdown
    assert "what a CDN changes" in parsed.questions[0].answer_markdown


def test_an_asking_title_over_questions_that_ask_keeps_the_questions():
    note = (
        "# What do they ask about Go?\n\n"
        "- What is a goroutine?\n  A cheap thread.\n- What does select do?\n  Waits.\n"
        "- Why no generics before 1.18?\n  Simplicity.\n"
    )
    assert [q.title for q in parse_text(note).questions] == [
        "What is a goroutine?",
        "What does select do?",
        "Why no generics before 1.18?",
    ]


def test_an_empty_anchor_above_the_next_question_is_not_the_answers_end():
    readme = (
        '<div id="top"></div>\n\n## Networking\n\n<span id="tcp"></span>\n### What is TCP?\n'
        "A reliable byte stream.\n\n[↑ Top](#top)\n\n"
        '<a id="udp"></a>\n### What is UDP?\nDatagrams, no delivery promise.\n\n[↑ Top](#top)\n'
    )
    parsed = parse_text(readme)
    assert [(q.title, q.answer_markdown.strip(), q.end_line) for q in parsed.questions] == [
        ("What is TCP?", "A reliable byte stream.", 7),
        ("What is UDP?", "Datagrams, no delivery promise.", 13),
    ]


def test_a_note_of_one_question_and_its_answer_is_that_question():
    note = "Why is a B-tree wide?\nFewer levels, so fewer disk reads per lookup.\n"
    assert pairs(note, suffix=".txt") == [
        ("Why is a B-tree wide?", "Fewer levels, so fewer disk reads per lookup.")
    ]
    # a line that asks in the middle of prose is no note of one question
    prose = "My plan for the week.\n\nWhy start with graphs?\nThey come up the most.\n"
    assert pairs(prose, suffix=".txt") == []


def test_a_toggle_inside_an_answer_is_part_of_it_and_a_bullet_section_holds_questions():
    notion = (
        "# Kafka prep\n\n## Basics\n\n"
        "<details>\n<summary>What is a consumer group?</summary>\n\n"
        "Consumers sharing a topic's partitions.\n\n"
        "<details>\n<summary>More: rebalancing</summary>\n\nPartitions move on join.\n\n"
        "</details>\n\nEach partition goes to one member.\n\n</details>\n\n"
        "<details>\n<summary>What is a partition?</summary>\n\nAn ordered log.\n\n</details>\n\n"
        "## Operations\n\n"
        "- How do you size partitions?\n\n  By target throughput per partition.\n\n"
        "- Retention by time vs retention by size\n\n  Whichever limit is reached first.\n\n"
        "- What does min.insync.replicas do?\n\n  Refuses writes with too few replicas.\n"
    )
    parsed = parse_text(notion)
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a consumer group?", ("Basics",)),
        ("What is a partition?", ("Basics",)),
        ("How do you size partitions?", ("Operations",)),
        ("Retention by time vs retention by size", ("Operations",)),
        ("What does min.insync.replicas do?", ("Operations",)),
    ]
    assert "Each partition goes to one member." in parsed.questions[0].answer_markdown
    assert "More: rebalancing" in parsed.questions[0].answer_markdown


def test_toggles_inside_a_toggle_that_names_a_topic_are_its_questions():
    doc = (
        "<details>\n<summary>Networking</summary>\n\n"
        "<details>\n<summary>What is a subnet?</summary>\n\nA block of addresses.\n</details>\n\n"
        "<details>\n<summary>What is NAT?</summary>\n\nAddress sharing.\n</details>\n\n"
        "</details>\n"
    )
    assert [q.title for q in parse_text(doc).questions][-2:] == [
        "What is a subnet?",
        "What is NAT?",
    ]


def test_a_two_column_table_without_header_names_whose_first_cells_ask_holds_cards():
    sheet = (
        "## Complexity\n\n|  |  |\n|---|---|\n| Binary search cost? | O(log n) |\n"
        "| Why is quicksort fast in practice? | Cache-friendly partitions |\n"
        "| Merge sort space? | O(n) extra |\n"
    )
    assert pairs(sheet) == [
        ("Binary search cost?", "O(log n)"),
        ("Why is quicksort fast in practice?", "Cache-friendly partitions"),
        ("Merge sort space?", "O(n) extra"),
    ]


def test_questions_written_as_quotes_over_their_answers():
    note = (
        "## Git\n\n> What does git bisect do?\n\nBinary-searches history for the bad commit.\n\n"
        "> Why prefer rebase over merge\n> for a feature branch?\n\nA straight history.\n\n"
        "> A quote that asks nothing.\n\nJust prose.\n"
    )
    assert pairs(note)[:2] == [
        ("What does git bisect do?", "Binary-searches history for the bad commit."),
        (
            "Why prefer rebase over merge for a feature branch?",
            "A straight history.\n\n> A quote that asks nothing.\n\nJust prose.",
        ),
    ]


def test_a_note_apps_metadata_and_export_line_after_the_last_answer_are_footers():
    joplin = (
        "## What is a union type?\n\nA value of one of several types.\n\n"
        "## What is a type guard?\n\nA check that narrows a type.\n\n"
        "id: 9a8b7c6d5e4f30211203a4b5c6d7e8f9\nparent_id: 00112233445566778899aabbccddeeff\n"
        "created_time: 2024-05-01T09:00:00.000Z\ntype_: 1\n"
    )
    assert pairs(joplin)[-1] == ("What is a type guard?", "A check that narrows a type.")
    onenote = joplin.split("id:")[0] + "Exported from OneNote.\n"
    assert pairs(onenote)[-1] == ("What is a type guard?", "A check that narrows a type.")


def test_a_quiz_question_keeps_its_lowercase_options_in_the_answer_not_the_title():
    quiz = (
        "1. Which layer routes packets?\na) transport\nb) network\nc) link\nAnswer: B\n\n"
        "2. Which port does HTTPS use?\na) 80\nb) 443\nc) 8080\nAnswer: B\nWhy: TLS over TCP.\n"
    )
    found = pairs(quiz, suffix=".txt")
    assert [t for t, _ in found] == ["Which layer routes packets?", "Which port does HTTPS use?"]
    assert found[0][1].startswith("a) transport\nb) network")


def test_paragraphs_of_named_fields_that_open_alike_are_cards():
    log = (
        "Patterns I keep forgetting\n\n"
        "Pattern: Sliding window\nWhen: a contiguous range with a running condition\n"
        "Cost: O(n)\n\n"
        "Pattern: Two pointers\nWhen: a sorted array, pairs meeting a target\nCost: O(n)\n\n"
        "Pattern: Monotonic stack\nWhen: next greater element\nCost: O(n)\n"
        "Pitfall: pop while the top is smaller, not larger\n"
    )
    found = pairs(log, suffix=".txt")
    assert [t for t, _ in found] == ["Sliding window", "Two pointers", "Monotonic stack"]
    assert found[2][1].endswith("Pitfall: pop while the top is smaller, not larger")
    # one block of fields (a note's header) is no card
    header = "Company: Acme\nRound: phone screen\n\nQ: What is a mutex?\nA: A lock.\n\nQ: And a semaphore?\nA: A counter.\n"
    assert [t for t, _ in pairs(header, suffix=".txt")] == ["What is a mutex?", "And a semaphore?"]


def test_the_rows_of_an_html_table_with_question_and_answer_columns_are_cards():
    page = (
        "# Go notes\n\n<table>\n<tr><th>#</th><th>Question</th><th>Answer</th></tr>\n"
        "<tr><td>1</td><td>What does <code>go vet</code> check?</td><td>Suspicious code.</td></tr>\n"
        "<tr><td>2</td><td>When is <code>a &amp;&amp; b</code> short-circuited?</td>\n"
        "<td>When a is false.<br>b is never evaluated.</td></tr>\n</table>\n"
    )
    parsed = parse_text(page)
    assert [(q.title, q.answer_markdown, q.source_line, q.end_line) for q in parsed.questions] == [
        ("What does go vet check?", "Suspicious code.", 5, 5),
        ("When is a && b short-circuited?", "When a is false.\nb is never evaluated.", 6, 7),
    ]
