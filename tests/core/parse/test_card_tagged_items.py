"""An outline whose cards carry a flashcard tag ("What is a quorum? #card", as Roam and
Logseq mark them) with untagged notes among them ("Reading list" over its bullets):
only the tagged items are questions, and the note is no part of the card above it."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from studyapp.core.render import render_markdown

ROAM = """\
- What is eventual consistency? #card
    - Replicas converge if no new writes arrive.
- What is a vector clock? #card
    - A per-node counter map that orders events.
- Reading list
    - DDIA chapter 5
- What is a quorum? #card
    - The replicas that must acknowledge a read or write.
"""


def test_only_the_tagged_items_are_cards():
    doc = parse_text(ROAM)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is eventual consistency?", "- Replicas converge if no new writes arrive."),
        ("What is a vector clock?", "- A per-node counter map that orders events."),
        ("What is a quorum?", "- The replicas that must acknowledge a read or write."),
    ]
    assert any(r.start_line == 5 and r.end_line == 6 for r in doc.skipped)


def test_without_a_tag_on_most_items_every_item_counts():
    text = (
        "- What is a WAL? #card\n    - A log written before the data pages.\n"
        "- What is MVCC?\n    - Versions per row so readers never block writers.\n"
        "- What is a B-tree?\n    - A balanced tree with many keys per node.\n"
    )
    assert len(parse_text(text).questions) == 3


# Logseq cards of both kinds in one page: "front :: back" lines beside "#card" blocks
# whose child bullets are their backs; a tagged block over cards groups them.
BOTH_KINDS = """\
- Networking #card
\t- What does TCP guarantee? :: Ordered, reliable delivery of a byte stream.
\t- Why is UDP used for DNS? #card
\t\t- One small request and reply: no handshake needed.
\t\t- Falls back to TCP for large answers.
- Databases
\t- What is an index? #card
\t\t- A sorted structure that finds rows without a full scan.
\t- What is MVCC? :: Readers see a snapshot; writers make new versions.
- What is a WAL? #card
\t- A log written before the data pages.
"""


def test_tagged_blocks_are_read_beside_double_colon_cards():
    doc = parse_text(BOTH_KINDS)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("Networking",),
            "What does TCP guarantee?",
            "Ordered, reliable delivery of a byte stream.",
        ),
        (
            ("Networking",),
            "Why is UDP used for DNS?",
            "- One small request and reply: no handshake needed.\n"
            "- Falls back to TCP for large answers.",
        ),
        (
            ("Databases",),
            "What is an index?",
            "- A sorted structure that finds rows without a full scan.",
        ),
        (("Databases",), "What is MVCC?", "Readers see a snapshot; writers make new versions."),
        ((), "What is a WAL?", "- A log written before the data pages."),  # (beside the groups)
    ]


def test_a_bullet_that_opens_a_code_fence_keeps_its_lines_as_code():
    text = (
        "- How do you read a file line by line in Go? #card\n"
        "    - Use a bufio.Scanner:\n"
        "    - ~~~go\n"
        "      for sc.Scan() {\n"
        "          fmt.Println(sc.Text())\n"
        "      }\n"
        "      ~~~\n"
        "    - Check sc.Err() after the loop.\n"
        "- What is a goroutine? #card\n"
        "    - A function the Go runtime schedules.\n"
    )
    answer = parse_text(text).questions[0].answer_markdown
    assert answer == (
        "- Use a bufio.Scanner:\n\n~~~go\nfor sc.Scan() {\n    fmt.Println(sc.Text())\n}\n~~~\n\n"
        "- Check sc.Err() after the loop."
    )
    html = render_markdown(answer)
    assert "<pre>" in html and "fmt.Println(sc.Text())\n}" in html.replace("</span>", "")
