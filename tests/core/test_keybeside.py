"""Points of a short answer whose structure is thin: the prose beside its list."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

CDN_QUESTION = "What is a CDN?"
CDN_ANSWER = (
    "A network of edge servers that caches content close to users, so pages load faster"
    " and the origin gets less traffic.\n\n- Cache invalidation is the hard part\n- Used by"
    " Netflix, Shopify"
)
BREAKER_QUESTION = "What is a circuit breaker?"
BREAKER_ANSWER = (
    "A circuit breaker stops calls to a failing service for a while, so the caller fails"
    " fast.\n\n- Half-open state probes recovery\n- Used by Hystrix, Resilience4j"
)


def test_notes_after_prose_are_points_beside_its_clauses_and_not_its_examples():
    points = key_terms(CDN_ANSWER, question=CDN_QUESTION)
    assert "Cache invalidation is the hard part" in points
    assert "network of edge servers that caches content close to users" in points
    assert not any("Netflix" in p for p in points), points


def test_saying_what_a_notes_subject_is_instead_does_not_say_the_note():
    points = key_terms(BREAKER_ANSWER, question=BREAKER_QUESTION)
    note = points.index("Half-open state probes recovery")
    wrong = "The half-open state is when the service is half down."
    right = "In the half-open state it probes whether the service has recovered."
    assert not ticked_terms(points, wrong, BREAKER_QUESTION, BREAKER_ANSWER)[note]
    assert ticked_terms(points, right, BREAKER_QUESTION, BREAKER_ANSWER)[note]
