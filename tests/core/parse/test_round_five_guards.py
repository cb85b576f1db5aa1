"""Ordinary notes the fifth importer round's new rules misread (a review of them):
each is read as it was before those rules."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_a_time_in_the_last_answer_does_not_cut_it():
    """A chat's trailing message rule took any line with a time for a sender."""
    notes = (
        "# Job search notes\nLast updated 9:15 PM\n\n## Logistics\n\n"
        "### When is the take-home due?\n\nFriday evening.\n\n"
        "### What is the plan for Friday?\n\n"
        "Finish the tests in the morning.\nSubmit by 5:00 PM\nThen email the recruiter.\n"
    )
    assert pairs(notes)[-1] == (
        "What is the plan for Friday?",
        "Finish the tests in the morning.\nSubmit by 5:00 PM\nThen email the recruiter.",
    )
    schedule = (
        "## Interview day\n\n### What is the onsite schedule?\n\n"
        "09:00 Welcome\n10:00 Coding round\n12:00 Lunch\n\n"
        "### What happens after lunch?\n\n13:00 System design\n15:00 Behavioural\n"
    )
    assert pairs(schedule)[-1] == (
        "What happens after lunch?",
        "13:00 System design\n15:00 Behavioural",
    )
    logs = (
        "## Debugging\n\n### What does a healthy start look like?\n\n"
        "```\n[10:02] server started\n[10:02] listening on 8080\n```\n\n"
        "### What does a DB outage look like?\n\nA timeout and a retry:\n\n"
        "```\n[10:03] db timeout\n[10:04] retrying\n```\n\nThen check the DB host.\n"
    )
    assert pairs(logs)[-1][1].endswith("Then check the DB host.")


def test_a_list_of_questions_and_tasks_is_not_questions_over_answers():
    behavioural = (
        "# Behavioural questions to practise\n\n"
        "- Why do you want to work here?\n"
        "- Tell me about a time you disagreed with your manager.\n"
        "- What is your biggest weakness?\n"
        "- Describe a project you are proud of.\n"
    )
    assert len(titles(behavioural)) == 4
    contents = (
        "# Rust book\n\n- Why Rust?\n- Installation\n- What is ownership?\n- Borrowing rules\n"
    )
    assert "Installation" in titles(contents)


def test_numbered_subheadings_that_do_not_ask_stay_in_the_answer():
    notes = (
        "# Data structures\n\n## 2 Hashing\n\n### 2.1 What is a hash table?\n\n"
        "An array of buckets.\n\n#### 2.1.1 How it works\n\nThe key is hashed.\n\n"
        "#### 2.1.2 Lists vs hash tables\n\nLists keep order.\n\n"
        "### 2.2 What is a collision?\n\nTwo keys, one bucket.\n"
    )
    assert titles(notes) == ["What is a hash table?", "What is a collision?"]


def test_a_follow_up_question_inside_a_card_parted_by_blank_lines_is_the_answers():
    notes = (
        "Why use an index?\nReads get faster.\nBut what about writes?\n"
        "Each write must update the index too.\n\n"
        "What is a covering index?\nAn index that holds every column the query needs.\n"
    )
    assert pairs(notes, suffix=".txt")[0] == (
        "Why use an index?",
        "Reads get faster.\nBut what about writes?\nEach write must update the index too.",
    )
