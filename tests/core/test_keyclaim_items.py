"""A list of short claims, no item labelled and none ending in a full stop ("- action
items with owners & due dates"): each item of a few words is a point as written, not
lost for being longer than a name. Lists with labelled items are read as before."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from tests.core.test_keylabelled_bullets import _points_and_cover

POSTMORTEM = "How do you run a blameless postmortem?"
POSTMORTEM_ANSWER = (
    "- timeline, impact, root cause(s) + contributing factors\n"
    "- focus on systems not people\n"
    "- action items with owners & due dates\n"
    "- share widely"
)
REVIEW = "What do you look for in a code review?"
REVIEW_ANSWER = (
    "- the change does what the ticket asks\n"
    "- tests cover the new behaviour and edge cases\n"
    "- names and structure are easy to follow\n"
    "- no secrets or credentials in the diff"
)


def _cover(answer: str, question: str, typed: str) -> float:
    return _points_and_cover(answer, question, typed)[1]


def test_every_item_of_a_list_of_short_claims_is_a_point():
    points = key_terms(POSTMORTEM_ANSWER, question=POSTMORTEM)
    assert len(points) == 4, points
    assert any("action items" in p for p in points), points
    assert any("timeline" in p for p in points), points
    review = key_terms(REVIEW_ANSWER, question=REVIEW)
    assert len(review) == 4, review
    assert any("tests cover" in p for p in review), review


def test_a_complete_answer_covers_them_and_a_wrong_one_does_not():
    typed = (
        "Write the timeline, impact and root cause with contributing factors, focus on"
        " systems not people, agree action items with owners and due dates, and share it"
        " widely."
    )
    assert _cover(POSTMORTEM_ANSWER, POSTMORTEM, typed) == 1.0
    assert _cover(POSTMORTEM_ANSWER, POSTMORTEM, "Find who to blame and keep it quiet.") == 0
    typed = (
        "That the change does what the ticket asks, that tests cover the new behaviour and"
        " edge cases, that names and structure are easy to follow, and no secrets in the"
        " diff."
    )
    assert _cover(REVIEW_ANSWER, REVIEW, typed) == 1.0
