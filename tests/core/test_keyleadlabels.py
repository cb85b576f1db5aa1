"""A lead label before a colon ("Fixes:", "Causes:", "Why:") introduces what the model
answer lists: it is no word the person must say."""

from __future__ import annotations

from studyapp.core.keylabels import label_key
from studyapp.core.keymatch import said
from studyapp.core.keyterms import key_terms, ticked_terms

STAMPEDE = "What is cache stampede and how do you prevent it?"
STAMPEDE_ANSWER = (
    "Many requests miss at once and hammer the DB. Fixes: request coalescing (single"
    " flight), early probabilistic expiration, locks."
)


def test_a_lead_label_is_no_part_of_the_point_built_after_it():
    points = key_terms(STAMPEDE_ANSWER, question=STAMPEDE)
    assert "request coalescing (single flight)" in points, points
    assert not any("fixes" in p.casefold() for p in points), points


def test_the_listed_fix_said_word_for_word_ticks_a_point_that_kept_its_label():
    point = "Fixes: request coalescing (single flight)"
    assert said(point, "request coalescing (single flight)", STAMPEDE)
    assert said(point, "we use singleflight", STAMPEDE)
    assert not said(point, "add more memory to the cache server", STAMPEDE)


def test_other_plural_labels_are_dropped_too():
    question = "Why does the API get slow under load?"
    answer = "Latency spikes at peak. Causes: lock contention, slow queries, cold caches."
    points = key_terms(answer, question=question)
    assert not any("causes" in p.casefold() for p in points), points
    ticked = ticked_terms(
        points, "There is lock contention and queries are slow.", question, answer
    )
    assert any(ticked), points
    assert said("Mitigations: rate limiting", "apply rate limiting", question)


def test_labels_are_compared_in_the_singular():
    assert label_key("Fixes") == "fix"
    assert label_key("Approaches") == "approach"
    assert label_key("Batches") == "batch"
    assert label_key("Caches") == "cache"
