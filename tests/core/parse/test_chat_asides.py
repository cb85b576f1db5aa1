"""A chat's social aside, a short message with an emoji that asks nothing an interview
asks ("thanks!! lunch? :pizza:", "coffee later? ☕"), is no question and no part of
an answer (core.parse.chat_asides): a Slack copy gave the question "Lunch?"."""

from __future__ import annotations

import pytest

from studyapp.core.parse.chat_asides import social_aside
from tests.helpers.parsing import pairs

SLACK = (
    "Priya Shah  9:40 AM\nWhat is a bloom filter?\n"
    "Tom Lee  9:41 AM\nA set that can say maybe, never a false no.\n"
    "Priya Shah  9:42 AM\nthanks!! lunch? :pizza:\n"
    "Tom Lee  9:42 AM\nsure :+1:\n"
    "Priya Shah  9:43 AM\nWhat does a reverse proxy do?\n"
    "Tom Lee  9:44 AM\nIt takes requests in front of the servers.\n"
)
# Another shape: Discord's headers, the emoji itself, the aside on the answering
# side after an answer, and a question that carries an emoji of its own.
DISCORD = (
    "mentor_mike — Today at 18:02\nWhat is the time complexity of inserting into a heap? 🤔\n"
    "student_sam — Today at 18:04\nO(log n), you sift the new element up\n"
    "student_sam — Today at 18:04\ncoffee after this? ☕\n"
    "mentor_mike — Today at 18:05\nWhat is a trie used for?\n"
    "student_sam — Today at 18:07\nprefix lookups, like autocomplete\n"
    "mentor_mike — Today at 18:08\nyou around tomorrow? 😄\n"
    "student_sam — Today at 18:09\nyes after 10\n"
)


def test_a_slack_copys_lunch_invitation_is_no_question():
    assert pairs(SLACK, suffix=".txt") == [
        ("What is a bloom filter?", "A set that can say maybe, never a false no."),
        ("What does a reverse proxy do?", "It takes requests in front of the servers."),
    ]


def test_a_discord_copys_asides_are_neither_questions_nor_answers():
    assert pairs(DISCORD, suffix=".txt") == [
        (
            "What is the time complexity of inserting into a heap?",
            "O(log n), you sift the new element up",
        ),
        ("What is a trie used for?", "prefix lookups, like autocomplete"),
    ]


@pytest.mark.parametrize(
    ("message", "aside"),
    [
        ("thanks!! lunch? :pizza:", True),
        ("coffee later? :coffee: :smile:", True),
        ("What is a mutex? :thinking_face:", False),  # asks as an interview does
        ("Big-O of heap insert? 🤔", False),  # four words: more than a quick aside
        ("lunch?", False),  # no emoji: nothing says it is small talk
        ("sure! :+1:", False),  # asks nothing (a nod, read as such elsewhere)
    ],
)
def test_what_makes_a_social_aside(message, aside):
    assert social_aside(message) is aside
