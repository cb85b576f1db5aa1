"""Bullets that open with a bold label ("- **liveness**: …", "- **merge** – …"), the
labels the names the question compares: each labelled bullet is a point, said of its
label, and a complete answer ticks them all. A note beside them ("- gotcha: …") is no
name the note is said of."""

from __future__ import annotations

from studyapp.core.keyterms import coverage, key_terms, ticked_terms

PROBES = "Explain liveness vs readiness vs startup probes"
PROBES_ANSWER = (
    "- **liveness**: is the process wedged? fail -> kubelet restarts container\n"
    "- **readiness**: can it take traffic? fail -> removed from Service endpoints (NOT"
    " restarted)\n"
    "- **startup**: for slow boots, disables the other two until it passes\n"
    "- gotcha: liveness probe that checks a DB dependency = cascading restarts when DB is"
    " slow!!"
)

BREAKERS = "Circuit breaker vs retry vs timeout?"
BREAKERS_ANSWER = (
    "- **circuit breaker**: is the dependency failing? open -> calls fail fast\n"
    "- **retry**: was it a blip? try again with backoff and jitter\n"
    "- **timeout**: bounds how long a caller waits"
)


def _points_and_cover(answer: str, question: str, typed: str) -> tuple[list[str], float]:
    points = key_terms(answer, question=question)
    return points, coverage(points, ticked_terms(points, typed, question, answer))


def test_each_labelled_bullet_is_a_point_even_when_it_opens_with_a_question():
    points = key_terms(PROBES_ANSWER, question=PROBES)
    for label in ("liveness", "readiness", "startup"):
        assert any(p.startswith(f"{label}: ") for p in points), (label, points)
    assert not any(p.endswith(": gotcha") for p in points), points
    breakers = key_terms(BREAKERS_ANSWER, question=BREAKERS)
    for label in ("circuit breaker", "retry", "timeout"):
        assert any(p.startswith(f"{label}: ") for p in breakers), (label, breakers)


def test_a_complete_answer_covers_the_labelled_bullets():
    typed = (
        "liveness restarts the container when it hangs. readiness removes it from service"
        " endpoints. startup probe delays the others for slow boots."
    )
    points, covered = _points_and_cover(PROBES_ANSWER, PROBES, typed)
    labelled = [p for p in points if p.split(":")[0] in ("liveness", "readiness", "startup")]
    ticks = ticked_terms(points, typed, PROBES, PROBES_ANSWER)
    assert all(t for p, t in zip(points, ticks, strict=True) if p in labelled), points
    assert covered >= 0.75
    wrong = "liveness removes it from service endpoints; readiness is never checked."
    assert _points_and_cover(PROBES_ANSWER, PROBES, wrong)[1] < covered


def test_a_dash_label_whose_name_comes_back_in_its_text_keeps_what_it_says():
    merge = key_terms(
        "- **merge** – keeps history as it happened, adds a merge commit\n"
        "- **rebase** – rewrites commits on top of the target, linear history",
        question="git merge vs git rebase?",
    )
    assert any(p.startswith("merge: ") and "history" in p for p in merge), merge
    cache = key_terms(
        "- **cache** – keeps hot reads in a cache close to the app\n"
        "- **replica** – serves reads from a copy of the primary",
        question="Cache vs read replica?",
    )
    assert any(p.startswith("cache: ") and "hot reads" in p for p in cache), cache


def test_a_note_beside_labelled_bullets_keeps_its_claim_whole():
    """ "- rule: never rebase commits others already pulled": the note's claim is the
    point, its "never" kept, so saying the opposite does not tick it."""
    answer = (
        "- **merge** – keeps history as it happened, adds a merge commit\n"
        "- **rebase** – rewrites commits on top of the target, linear history\n"
        "- rule: never rebase commits others already pulled"
    )
    question = "git merge vs git rebase?"
    points = key_terms(answer, question=question)
    assert "never rebase commits others already pulled" in points, points
    ticks = ticked_terms(points, "Rebase commits others already pulled.", question, answer)
    assert not ticks[points.index("never rebase commits others already pulled")]
    answer = (
        "- **COPY**: copies files from the build context\n"
        "- **ADD**: also fetches URLs and unpacks archives\n"
        "- tip: never bake secrets into an image layer"
    )
    points = key_terms(answer, question="COPY vs ADD in a Dockerfile?")
    assert "never bake secrets into an image layer" in points, points
