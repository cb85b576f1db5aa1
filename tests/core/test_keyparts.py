"""A prose answer told in labelled parts ("Situation - … Task - … Action - … Result -
…", "Symptom: … Cause: … Fix: …"): each part is a point, so a story told in full
covers its action as well as its situation."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

INCIDENT = "Tell me about a time you handled a major incident"
INCIDENT_ANSWER = (
    "STAR: Situation - payments API p99 spiked to 8s at Black Friday. Task - I was IC."
    " Action - declared SEV1, rolled back config, comms every 15 min. Result - 40 min"
    " outage, postmortem found connection pool exhaustion."
)
OUTAGE = "Describe a production bug you fixed"
OUTAGE_ANSWER = (
    "Symptom: checkout timed out for a tenth of users. Cause: a missing index on the"
    " orders table after a migration. Fix: added the index and a migration check in CI."
)


def test_each_labelled_part_of_a_story_is_a_point():
    points = key_terms(INCIDENT_ANSWER, question=INCIDENT)
    for label in ("Situation", "Task", "Action", "Result"):
        assert sum(p.startswith(f"{label}: ") for p in points) == 1, (label, points)
    assert any("SEV1" in p for p in points), points
    points = key_terms(OUTAGE_ANSWER, question=OUTAGE)
    for label in ("Symptom", "Cause", "Fix"):
        assert sum(p.startswith(f"{label}: ") for p in points) == 1, (label, points)


def test_the_action_told_ticks_its_part_without_the_label_and_a_wrong_story_none():
    points = key_terms(INCIDENT_ANSWER, question=INCIDENT)
    typed = (
        "Our payments API p99 spiked to 8s on Black Friday. I declared a SEV1 and rolled"
        " back the config; it was a 40 min outage."
    )
    ticks = dict(zip(points, ticked_terms(points, typed, INCIDENT, INCIDENT_ANSWER), strict=True))
    assert all(t for p, t in ticks.items() if not p.startswith("Task")), ticks
    wrong = "I ignored the alerts and waited for someone else to fix it."
    assert not any(ticked_terms(points, wrong, INCIDENT, INCIDENT_ANSWER))
