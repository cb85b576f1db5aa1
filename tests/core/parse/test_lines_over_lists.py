"""Questions written a line each over a bulleted answer (Apple Notes, Keep, a text
file): where most of those lines ask, every one is a question, also the ones that ask
without a question mark ("Tell me about yourself", "Favourite product and why"), and
the bullets are its answer, not questions of their own."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_a_line_over_bullets_is_the_question_even_without_a_question_mark():
    notes = (
        "Behavioral interview prep\n\n"
        "Tell me about yourself\n"
        "• 3 parts: present role, past highlights, why this job\n"
        "• Keep it under 2 minutes\n\n"
        "Why do you want to leave your current job?\n"
        "• Growth: I want a bigger scope\n"
        "• Never badmouth the current employer\n\n"
        "What is your biggest weakness?\n"
        "• Used to over-engineer early versions\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "Tell me about yourself",
            "- 3 parts: present role, past highlights, why this job\n- Keep it under 2 minutes",
        ),
        (
            "Why do you want to leave your current job?",
            "- Growth: I want a bigger scope\n- Never badmouth the current employer",
        ),
        ("What is your biggest weakness?", "- Used to over-engineer early versions"),
    ]


def test_a_named_question_between_asking_ones_keeps_its_own_bullets():
    notes = (
        "# PM interview\n\n"
        "How would you improve Google Maps?\n\n"
        "- Clarify the goal\n- Pick a segment\n\n"
        "Favourite product and why\n"
        "- Notion: flexible blocks\n- Weakness: slow on large workspaces\n\n"
        "How do you prioritise a roadmap?\n"
        "- RICE: reach, impact, confidence, effort\n"
    )
    assert pairs(notes) == [
        ("How would you improve Google Maps?", "- Clarify the goal\n- Pick a segment"),
        (
            "Favourite product and why",
            "- Notion: flexible blocks\n- Weakness: slow on large workspaces",
        ),
        ("How do you prioritise a roadmap?", "- RICE: reach, impact, confidence, effort"),
    ]


def test_topics_over_lists_of_questions_stay_topics():
    notes = (
        "Databases\n"
        "- What is sharding?\n- What is an index?\n\n"
        "Caching\n"
        "- What is write-through?\n- What is a cache stampede?\n"
    )
    assert titles(notes, suffix=".txt") == [
        "What is sharding?",
        "What is an index?",
        "What is write-through?",
        "What is a cache stampede?",
    ]
