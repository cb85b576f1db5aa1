"""Where today's importer rules must not fire (a regression hunt over notes written
to provoke them): each case is a shape a person writes, read as it was before."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path, parse_text
from studyapp.core.parse.markup import to_markdown
from tests.helpers.parsing import pairs, titles


def _write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_vault_note_named_by_a_date_and_its_subject_or_answered_by_a_link_is_kept(tmp_path):
    _write(tmp_path, "2025-02-10 Lecture 3 - Scheduling.md", "## Round robin\nTime slices.\n")
    _write(tmp_path, "Queues.md", "## How does a priority queue work?\n![[heap.excalidraw]]\n")
    found = titles_of(parse_path(tmp_path))
    assert "Round robin" in found and "How does a priority queue work?" in found


def titles_of(doc) -> list[str]:
    return [q.title for q in doc.questions]


def test_a_chat_turn_that_asks_with_its_code_keeps_it_and_one_that_asks_after_it_splits():
    chat = (
        "You said:\nwhat does this print\n```py\nprint(0.1 + 0.2)\n```\n"
        "ChatGPT said:\n\n0.30000000000000004.\n\n"
        "You said:\nI wrote this:\n```py\nx = []\n```\nwhy is x shared between calls?\n"
        "ChatGPT said:\n\nA default argument is made once.\n"
    )
    found = titles_of(parse_text(chat))
    assert found[0].startswith("What does this print") and "print(0.1 + 0.2)" in found[0]
    assert found[1].endswith("why is x shared between calls?") and "x = []" not in found[1]


def test_properties_and_inline_double_colons_are_not_cards_among_marked_pairs():
    note = (
        "source:: Designing Data-Intensive Applications\n\n"
        "Q: What is a hinted handoff?\nA: A neighbour keeps writes for a down node.\n\n"
        "Q: What is read repair?\nA: Fixing stale replicas on read.\n"
    )
    assert titles(note) == ["What is a hinted handoff?", "What is read repair?"]
    bold = (
        "**What is a unique local address?**\nOne in fd00::/8, routed inside a site.\n\n"
        "**What is SLAAC?**\nHosts build their own addresses.\n"
    )
    assert pairs(bold)[0] == (
        "What is a unique local address?",
        "One in fd00::/8, routed inside a site.",
    )


def test_an_example_dialogue_in_an_answer_stays_in_it():
    note = (
        "**How do I answer a salary question?**\nGive a range. What I said last time:\n\n"
        "Q: What are you expecting?\nA: Around the market rate for the level.\n\n"
        "Q: Is that negotiable?\nA: Within reason.\n\n"
        "**How do I close the interview?**\nThank them and ask about next steps.\n\n"
        "**What if they ask about gaps?**\nSay what you did in them.\n"
    )
    found = pairs(note)
    assert [t for t, _ in found] == [
        "How do I answer a salary question?",
        "How do I close the interview?",
        "What if they ask about gaps?",
    ]
    assert "Is that negotiable?" in found[0][1]


def test_terms_each_with_an_answer_under_an_asking_title_stay_cards():
    note = (
        "# Define these terms\n\n1. Idempotence\n   Same effect however often applied.\n"
        "2. Backpressure\n   Slowing producers to the consumers' pace.\n"
        "3. Fan-out\n   One message to many consumers.\n"
    )
    assert titles(note) == ["Idempotence", "Backpressure", "Fan-out"]


def test_toggles_that_ask_inside_a_toggle_are_questions():
    note = (
        "<details>\n<summary>Which questions came up on site?</summary>\n\n"
        "<details>\n<summary>How do you rotate a matrix?</summary>\n\nTranspose, then reverse.\n"
        "</details>\n\n<details>\n<summary>What is a monotonic stack?</summary>\n\n"
        "A stack kept sorted.\n</details>\n\n</details>\n"
    )
    found = titles(note)
    assert "How do you rotate a matrix?" in found and "What is a monotonic stack?" in found


def test_a_bracketed_aside_is_no_topic():
    note = (
        "NETWORKS\n\nQ: What is a socket?\nA: An endpoint.\n\n[see slide 12]\n\n"
        "Q: What is a port?\nA: A number per service.\n\n[TODO: add diagram]\n\n"
        "Q: What is MTU?\nA: The largest frame.\n"
    )
    parsed = parse_text(note, suffix=".txt")
    assert {q.topic_path for q in parsed.questions} <= {(), ("NETWORKS",)}
    assert parsed.questions[0].answer_markdown.endswith("[see slide 12]")  # kept, an aside


def test_org_keeps_a_shell_test_and_a_term_keeps_its_operator():
    org = "* Shell\n** How do you test for a directory?\nif [[ -d dir ]]; then cd dir; fi\n"
    assert "if [[ -d dir ]]; then" in to_markdown(org, ".org")
    assert titles("## Glob star (*)\nAny run.\n\n## Optional (?)\nZero or one.\n")[0] == (
        "Glob star (*)"
    )


def test_a_lone_first_part_that_asks_is_a_question_and_sub_part_numbers_go():
    paper = (
        "Question 1\na. What is a page fault?\nA missing page.\n\n"
        "Question 2\na. What is thrashing?\nPaging all the time.\nb. What is a working set?\n"
        "Pages in use.\n"
    )
    assert "What is a page fault?" in titles(paper, suffix=".txt")
    assert titles("## Q3a. Define a heap.\nA tree.\n\n## Q3b. Define a trie.\nPrefixes.\n") == [
        "Define a heap.",
        "Define a trie.",
    ]


def test_a_thank_you_with_more_to_say_goes_on_with_the_answer():
    chat = (
        "User: what is a race condition?\nAssistant: Two threads touch shared data unsafely.\n"
        "User: that was helpful\nAssistant: One more point: locks or atomics prevent it, "
        "and a test rarely catches it because timing differs between runs.\n"
        "User: what is a deadlock?\nAssistant: Each waits for the other's lock.\n"
    )
    found = pairs(chat)
    assert [t for t, _ in found] == ["What is a race condition?", "What is a deadlock?"]
    assert "locks or atomics" in found[0][1]
