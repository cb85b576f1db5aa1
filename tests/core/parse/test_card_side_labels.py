"""Cards written with their sides labelled: "## Card" over "### Front" (its question)
and "### Back" (its answer), or "**Front:**" / "**Back:**" lines. The labels and the
"Card" headings are no question, no topic and no part of an answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _cards(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [(q.topic_path, q.title, q.answer_markdown) for q in parse_text(text).questions]


def test_front_and_back_headings_under_card_headings():
    notes = (
        "# Docker deck\n\n"
        "## Card\n### Front\nWhat does `docker compose up -d` do?\n"
        "### Back\nStarts the services detached.\n\n"
        "## Card\n### Front\nWhat is a bind mount?\n"
        "### Back\nA host directory mounted into the container.\n"
    )
    assert _cards(notes) == [
        ((), "What does docker compose up -d do?", "Starts the services detached."),
        ((), "What is a bind mount?", "A host directory mounted into the container."),
    ]


def test_bold_side_labels_name_no_group():
    notes = (
        "# Security cards\n\n"
        "## Card 1\n**Front:**\nWhat is a CSRF token?\n**Back:**\nA per-session secret.\n\n"
        "## Card 2\n**Front:**\nWhat does HSTS do?\n**Back:**\nForces HTTPS for the site.\n"
    )
    assert _cards(notes) == [
        ((), "What is a CSRF token?", "A per-session secret."),
        ((), "What does HSTS do?", "Forces HTTPS for the site."),
    ]
