"""A list of questions typed a line each, no bullets, no answers: a question per line,
as the same lines with "- " before them are read, not one question answered by the rest."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_lines_that_ask_are_a_question_each_with_no_answer():
    notes = (
        "Why do you want to work here?\n"
        "What is your biggest weakness?\n"
        "Where do you see yourself in five years?\n"
    )
    expected = [
        ("Why do you want to work here?", ""),
        ("What is your biggest weakness?", ""),
        ("Where do you see yourself in five years?", ""),
    ]
    assert pairs(notes, suffix=".txt") == expected
    bulleted = "".join(f"- {line}\n" for line in notes.splitlines())
    assert pairs(bulleted, suffix=".md") == expected


def test_a_to_do_list_or_questions_to_oneself_are_no_questions():
    todo = (
        "Write the cover letter for Stripe.\n"
        "Find two referrals at Datadog.\n"
        "Should I email Ana again?\n"
    )
    journal = (
        "Friday reflection\n\n"
        "Did I prepare enough for the system design round?\n"
        "Was I too quiet in the behavioral one?\n"
        "Should I follow up with the recruiter?\n"
    )
    for notes in (todo, journal):
        assert not [title for title, answer in pairs(notes, suffix=".txt") if not answer]


def test_question_lines_under_topics_keep_their_topics():
    notes = (
        "# Practice bank\n\n"
        "## Networking\n"
        "How does the TCP three-way handshake go?\n"
        "What happens when you type a URL?\n\n"
        "## Databases\n"
        "Why do LSM trees write faster than B-trees?\n"
        "How would you model a library's loans?\n"
        "When would you denormalise?\n"
    )
    doc = parse_text(notes, suffix=".md")
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Networking",), "How does the TCP three-way handshake go?"),
        (("Networking",), "What happens when you type a URL?"),
        (("Databases",), "Why do LSM trees write faster than B-trees?"),
        (("Databases",), "How would you model a library's loans?"),
        (("Databases",), "When would you denormalise?"),
    ]


def test_a_question_asked_in_parts_over_its_answer_stays_one():
    notes = (
        "What is a deadlock?\n"
        "How do you prevent one?\n\n"
        "Threads wait on each other's locks; take locks in one order.\n\n"
        "What is a race?\n\n"
        "Two threads touch shared data without a lock.\n"
    )
    assert [title for title, _ in pairs(notes, suffix=".txt")][-1] == "What is a race?"
    assert len(pairs(notes, suffix=".txt")) == 2


def test_a_question_wrapped_over_two_lines_is_not_a_list():
    notes = "What is the difference between L1 and\nL2 regularization?\n"
    assert [title for title, _ in pairs(notes, suffix=".txt")] == [
        "What is the difference between L1 and L2 regularization?"
    ]


def test_questions_to_ask_under_a_heading_that_says_so_stay_a_list():
    for notes in (
        "# Questions to ask them\n\n"
        "What does a typical week look like for this team?\n"
        "How do you measure success in the first 90 days?\n"
        "What is the on-call load like?\n",
        "# Questions for the hiring manager\n\n"
        "How big is the team?\n"
        "What would my first project be?\n"
        "How is performance reviewed?\n",
    ):
        found = pairs(notes, suffix=".md")
        assert len(found) == 1
        assert notes.splitlines()[-1] in found[0][1]
