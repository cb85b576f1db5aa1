"""A homework or to-do list ("1. Read chapter 4" / "2. Finish exercise 3") is not a
list of questions: items that neither ask nor hold answers, opening with things to do."""

from __future__ import annotations

from studyapp.core.parse import no_questions_message, parse_text


def test_a_numbered_homework_list_gives_no_questions():
    homework = (
        "# Homework\n\n"
        "1. Read chapter 4\n"
        "2. Finish exercise 3\n"
        "3. Write a summary of the sorting lecture\n"
        "4. Review flashcards for binary trees\n"
    )
    doc = parse_text(homework)
    assert doc.questions == []
    assert [(r.start_line, r.end_line) for r in doc.skipped if "to-do" in r.reason] == [(3, 6)]
    message = no_questions_message("homework.md", doc)
    assert "to-do list" in message and "--split-at list-item would give 4" in message
    # the person can still choose the items
    assert len(parse_text(homework, split_at="list-item").questions) == 4


def test_a_bulleted_to_do_list_with_a_note_after_it_gives_no_questions():
    todo = (
        "To do this week\n\n"
        "- Watch the lecture on graphs\n"
        "- Submit problem set 2\n"
        "- Practice BFS and DFS on paper\n"
        "- Email Dana about the mock interview\n\n"
        "Remember: the library closes at 6.\n"
    )
    assert parse_text(todo, suffix=".txt").questions == []
    assert parse_text(todo).questions == []


def test_a_list_of_prompts_or_of_answered_items_is_still_questions():
    prompts = (
        "1. Explain the CAP theorem\n2. Describe how Raft elects a leader\n"
        "3. Compare B-trees and LSM trees\n"
    )
    assert [q.title for q in parse_text(prompts).questions] == [
        "Explain the CAP theorem",
        "Describe how Raft elects a leader",
        "Compare B-trees and LSM trees",
    ]
    answered = (
        "1. Read replicas\n   Copies that serve reads.\n"
        "2. Review apps\n   Temporary deploys for each pull request.\n"
    )
    assert [(q.title, q.answer_markdown) for q in parse_text(answered).questions] == [
        ("Read replicas", "Copies that serve reads."),
        ("Review apps", "Temporary deploys for each pull request."),
    ]


def test_a_to_do_list_in_a_folder_is_named_not_read_as_one_question(tmp_path):
    from studyapp.core.parse import parse_path

    (tmp_path / "homework.md").write_text(
        "# Homework\n\n1. Read chapter 4\n2. Finish exercise 3\n3. Submit the quiz\n",
        encoding="utf-8",
    )
    (tmp_path / "tcp.md").write_text(
        "## What is TCP?\n\nA reliable byte stream.\n\n## What is UDP?\n\nDatagrams.\n",
        encoding="utf-8",
    )
    doc = parse_path(tmp_path)
    assert [(q.source_file, q.title) for q in doc.questions] == [
        ("tcp.md", "What is TCP?"),
        ("tcp.md", "What is UDP?"),
    ]
    assert [(r.source_file, r.reason) for r in doc.skipped if r.start_line == 0] == [
        ("homework.md", "a to-do list (things to do, not questions)")
    ]


def test_headings_over_nothing_but_to_do_items_give_no_questions():
    weeks = (
        "## Week 1\n\n- Read chapter 1\n- Watch lecture 2\n\n"
        "## Week 2\n\n- Read chapter 2\n- Submit problem set 1\n"
    )
    doc = parse_text(weeks)
    assert doc.questions == []
    assert [r.reason for r in doc.skipped] == ["a to-do list (things to do, not questions)"]
    # a heading over points of its own (not things to do) is still a card
    notes = "## Sorting\n\n- Quicksort: O(n log n) on average\n- Mergesort: stable\n"
    assert [(q.title, q.answer_markdown) for q in parse_text(notes).questions] == [
        ("Sorting", "- Quicksort: O(n log n) on average\n- Mergesort: stable")
    ]


def test_coding_prompts_that_open_with_a_chores_verb_are_still_questions():
    """'Read a log file …', 'Schedule tasks with a cooldown …': a prompt opening with a
    chore's verb goes on to its task; the whole list was refused as a to-do list."""
    notes = (
        "# Onsite prompts\n\n"
        "1. Read a stream of prices and report the running median\n"
        "2. Book flights with the fewest stops between two cities\n"
        "3. Review a pull request that adds a retry loop without a limit\n"
        "4. Design a URL shortener\n"
    )
    assert [q.title for q in parse_text(notes).questions] == [
        "Read a stream of prices and report the running median",
        "Book flights with the fewest stops between two cities",
        "Review a pull request that adds a retry loop without a limit",
        "Design a URL shortener",
    ]
