"""A marked phrase too long for a point is cut to its key phrase; cut to one short plain
word ("back" of "**put back when it passes again**", "away" of "**is thrown away once
it is too old**") it says no idea, and is no point (keycandidates)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms


@pytest.mark.parametrize(
    ("question", "answer", "kept", "cut"),
    [
        (
            "How does a load balancer use health checks?",
            "The load balancer **probes each backend periodically**; a backend that fails"
            " is **taken out of rotation** and **put back when it passes again**.",
            "taken out of rotation",
            "back",
        ),
        (
            "How does a TTL cache expire entries?",
            "Each entry stores **its time of expiry**; a read **checks the time first** and"
            " an entry **is thrown away once it is too old**.",
            "checks the time first",
            "away",
        ),
        (
            "What does a garbage collector do?",
            "It **finds objects nothing refers to any more** and **frees their memory**; a"
            " **generational** collector looks at young objects more often.",
            "generational",
            "objects",
        ),
    ],
)
def test_a_long_mark_cut_to_one_plain_word_is_no_point(question, answer, kept, cut):
    points = key_terms(answer, question=question)
    assert kept in points, points
    assert cut not in points, points
