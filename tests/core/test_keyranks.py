"""Marked terms an answer ranks in a chain ("**inline styles** beat **IDs**, IDs beat
**classes** …") are pairs, each said in its order and not the other way round
(keyranks)."""

from __future__ import annotations

import pytest

from studyapp.core.keyranks import chains
from studyapp.core.keyterms import key_terms, ticked_terms

SPECIFICITY = (
    "When rules conflict, the more specific selector wins: **inline styles** beat **IDs**,"
    " IDs beat **classes**, and those beat **element selectors**. On a tie, the **rule"
    " that comes last** wins."
)
CONFIG = (
    "**Local settings** override **global settings**, which override **system"
    " settings**. Check them with `git config --list --show-origin`."
)


@pytest.mark.parametrize(
    ("question", "answer", "pairs", "right", "reversed_"),
    [
        (
            "How does CSS specificity work?",
            SPECIFICITY,
            ["inline styles > IDs", "IDs > classes", "classes > element selectors"],
            "Inline style beats an id, an id beats a class, and a class beats an element selector.",
            "Element selectors beat classes and classes beat IDs, and IDs beat inline styles.",
        ),
        (
            "Which git config settings win?",
            CONFIG,
            ["Local settings > global settings", "global settings > system settings"],
            "The repo-local config overrides the global one, and global overrides the"
            " system-wide settings.",
            "System settings override global settings, which override local ones.",
        ),
    ],
)
def test_a_ranked_chain_is_said_in_its_order_only(question, answer, pairs, right, reversed_):
    points = key_terms(answer, question=question)
    assert [p for p in points if p in pairs] == pairs, points
    at = [points.index(p) for p in pairs]
    assert all(ticked_terms(points, right, question, answer)[k] for k in at), points
    assert not any(ticked_terms(points, reversed_, question, answer)[k] for k in at), points


def test_marks_not_joined_by_precedence_are_no_chain():
    assert chains("**TCP** is reliable and **UDP** is not; both sit on **IP**.") == []
    assert chains("Use **Redis** over **HTTP** for the cache.") == []
