"""A ``<details>`` toggle whose summary asks is a question wherever it stands, as a
``Q:``/``A:`` pair is (other_styles.py): after Notion's ``- ▸`` toggles, between
heading questions. Before, toggles after the note's own questions were named a footer
and lost. A toggle that shows a question's answer ("Show answer") stays that answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _read(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    doc = parse_text(text)
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions]


def test_details_toggles_after_notion_arrow_toggles_are_questions():
    note = (
        "# Interview Prep\n\n"
        "## Product & Metrics\n\n"
        "- ▸ How would you measure the success of a new feature?\n"
        "    \n"
        "    Define the goal first, then a north-star metric and guardrails.\n"
        "    \n"
        "- ▸ What is a guardrail metric?\n"
        "    \n"
        "    A metric you must not hurt, e.g. page load time.\n"
        "    \n\n"
        "## Machine Learning\n\n"
        "<details>\n<summary>What is data leakage and how do you avoid it?</summary>\n\n"
        "When the target or the future sneaks into features. Split before preprocessing.\n\n"
        "</details>\n\n"
        "<details>\n<summary>Precision vs recall — when do you prefer each?</summary>\n\n"
        "Precision when false positives cost; recall when false negatives do.\n\n"
        "</details>\n\n"
        "<aside>\n⚠️ Always ask about the business context first.\n\n</aside>\n\n"
        "## Question bank\n\n"
        "[Question bank](Interview%20Prep/Question%20bank.csv)\n"
    )
    assert _read(note) == [
        (
            "How would you measure the success of a new feature?",
            ("Product & Metrics",),
            "Define the goal first, then a north-star metric and guardrails.",
        ),
        (
            "What is a guardrail metric?",
            ("Product & Metrics",),
            "A metric you must not hurt, e.g. page load time.",
        ),
        (
            "What is data leakage and how do you avoid it?",
            ("Machine Learning",),
            "When the target or the future sneaks into features. Split before preprocessing.",
        ),
        (
            "Precision vs recall — when do you prefer each?",
            ("Machine Learning",),
            "Precision when false positives cost; recall when false negatives do.",
        ),
    ]


def test_a_fresh_toggle_between_bold_questions_is_a_question_of_its_own():
    note = (
        "# Networking\n\n"
        "**1. What is a TCP handshake?**\n\n"
        "SYN, SYN-ACK, ACK: both sides agree on sequence numbers.\n\n"
        "**2. What is DNS?**\n\n"
        "The directory from names to addresses.\n\n"
        "<details><summary>Why does DNS mostly use UDP?</summary>\n\n"
        "One small request and reply: a handshake would double the cost.\n\n"
        "</details>\n\n"
        "**3. What is a CDN?**\n\n"
        "Servers near the users that cache content.\n"
    )
    assert [title for title, _, _ in _read(note)] == [
        "What is a TCP handshake?",
        "What is DNS?",
        "Why does DNS mostly use UDP?",
        "What is a CDN?",
    ]
    assert _read(note)[1][2] == "The directory from names to addresses."


def test_a_toggle_that_shows_the_answer_stays_that_questions_answer():
    note = (
        "# Quiz\n\n"
        "## What is a mutex?\n\n"
        "<details><summary>Show answer</summary>\n\nA lock only one thread holds.\n\n</details>\n\n"
        "## What is a semaphore?\n\n"
        "A counter of permits.\n\n"
        "<details><summary>Deep dive: the formula</summary>\n\nwait() and signal().\n\n</details>\n"
    )
    found = _read(note)
    assert [title for title, _, _ in found] == ["What is a mutex?", "What is a semaphore?"]
    assert "A lock only one thread holds." in found[0][2]
    assert "wait() and signal()." in found[1][2]


def test_a_list_that_asks_after_toggles_is_questions_too():
    """Items that ask with their answers indented under them, after the note's toggles:
    a toggle's answer ends with it, so the list is in no answer (it was named a
    footer)."""
    note = (
        "# Optimisers\n\n"
        "<details>\n<summary>What is momentum?</summary>\nAveraging past gradients.\n</details>\n\n"
        "<details>\n<summary>What is Adam?</summary>\nMomentum with per-weight rates.\n"
        "</details>\n\n"
        "- What is weight decay?\n  Shrinking the weights a little at each step.\n"
    )
    assert [(title, answer) for title, _, answer in _read(note)] == [
        ("What is momentum?", "Averaging past gradients."),
        ("What is Adam?", "Momentum with per-weight rates."),
        ("What is weight decay?", "Shrinking the weights a little at each step."),
    ]


def test_a_numbered_list_that_asks_after_table_rows_and_a_toggle_on_one_line():
    """The other shape: table rows, then a numbered list that asks, then a toggle
    written on one line (its answer on its line, glued to the answer above before)."""
    note = (
        "# SQL\n\n| Question | Answer |\n|---|---|\n"
        "| What is a join? | Combining rows of two tables. |\n"
        "| What is a view? | A stored query. |\n\n"
        "1. What is a transaction?\n   A unit of work that commits or rolls back whole.\n"
        "2. What is a deadlock?\n   Two transactions each waiting on the other.\n\n"
        "<details><summary>What is a cursor?</summary>A pointer into a result.</details>\n"
    )
    assert [(title, answer) for title, _, answer in _read(note)] == [
        ("What is a join?", "Combining rows of two tables."),
        ("What is a view?", "A stored query."),
        ("What is a transaction?", "A unit of work that commits or rolls back whole."),
        ("What is a deadlock?", "Two transactions each waiting on the other."),
        ("What is a cursor?", "A pointer into a result."),
    ]
