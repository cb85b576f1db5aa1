"""Key points on round 31's held-out set (tests/core/keypoint_heldout31.py): written
before the round's fixes, in topics no earlier set has (security, operating systems, the
frontend, statistics, system design, behavioural questions), each question with a right,
a wrong and a partly right answer, and never tuned on, so its figures say how the rules
do on answers nobody fitted them to."""

from __future__ import annotations

from studyapp.core.keyterms import coverage, key_terms, ticked_terms
from tests.core.keypoint_heldout25 import HeldOut
from tests.core.keypoint_heldout31 import THIRTY_FIRST_HELD_OUT
from tests.core.test_keypoint_heldout25 import figures


def partly(cases: list[HeldOut]) -> float:
    """The mean coverage of the partly right answers."""
    found = [
        coverage(points, ticked_terms(points, typed, case.question, case.answer))
        for case in cases
        for points in [key_terms(case.answer, question=case.question)]
        for typed in case.partials
    ]
    return sum(found) / len(found)


def test_the_set_is_what_its_method_asks():
    assert len(THIRTY_FIRST_HELD_OUT) >= 20
    assert len({case.id for case in THIRTY_FIRST_HELD_OUT}) == len(THIRTY_FIRST_HELD_OUT)
    for case in THIRTY_FIRST_HELD_OUT:
        assert isinstance(case, HeldOut)
        assert (len(case.rights), len(case.wrongs), len(case.partials)) == (1, 1, 1), case.id


def test_the_figures_hold_on_the_thirty_first_held_out_set():
    """First measure, before the round's fixes: right 0.27, wrong 0.23, ahead 31 %,
    partly right 0.15 (the wrong answers earn about as much as the right ones: a table's
    or a list's sides swapped still tick both sides' points, "OAuth 2.0 is for
    authentication", "threads each have their own address space"; a denied or reversed
    claim in the notes' words ticks it, "give every service admin rights" earning "only
    the permissions it needs"; right answers in other words earn nothing, "a random
    per-user string" for the salt, "a bucket refills with tokens at a steady rate", and
    a bold word's explanation in a list is cut to the word or lost, "Debounce: stop for
    a given delay"). At the end of the round, after its fixes (found on the brief's
    known misses and fresh probes; two taught by this set's misses, kept general and
    checked on other inputs: a phrase on a line naming both sides is the side its
    clause names first, "**Threads** of one process **share its memory**"; a word "no"
    denies first denies the point, "with no switch to the kernel"): right 0.27, wrong
    0.14, ahead 38 %, partly right 0.16 (the sides the question names now set a table's
    columns, "OAuth 2.0: authorization"; what its wrong answers still earn: "cache
    only" said of write-back by "the cache and the store" (its "only" unheard); "only
    the permissions it needs" by "give every service admin rights"; "real DOM",
    "contain the true parameter", "certificate", phrases alone; CSS specificity's order
    reversed; the p-value's "probability of seeing
    data …" by "the probability that the null hypothesis is true"). Right answers in
    other words still earn little: "a random per-user string", "refills with tokens at
    a steady rate", "pings every server on a schedule"). Then, on the known misses, kept
    general and checked on other inputs: right 0.27, wrong 0.11, ahead 42 %, partly right
    0.16 (a point that restricts is not said by another thing beside it or the opposite
    scope, "the cache and the store" for "cache only", "every service admin rights" for
    "only the permissions it needs": keyonly; what a probability is of is not said by
    its words typed only as what is given, "… given the data": keycondition). In round
    32, on the brief's known misses of this set (so not held-out evidence), each mended
    by a general rule checked on another input: right 0.26, wrong 0.08, ahead 42 %,
    partly right 0.17. A numbered list's "**Name**: meaning" items are a glossary
    (keyglossary): STAR's points are "Situation: context", "Task: responsible for",
    "Result: …" where they were "STAR" and "Task: responsible", and the right answer,
    naming no step, says one of four (0.50 -> 0.25); terms ranked in a chain are its
    pairs (keyranks): CSS specificity's reversed order says none ("IDs > classes";
    wrong 0.40 -> 0.00, right 0.60 -> 0.50, "tag" saying no "element selectors"); a
    quantified series is no points ("each user, process or service"); a list item "A
    **salt** is …" says what the salt is ("salt: random value stored beside each
    password", said by "a random value added before hashing", not by this set's "a
    random per-user string"), and with that the virtual DOM's list has enough marked
    points that its prose phrase "real DOM" is none (its wrong answer 0.33 -> 0.00, but
    "only the differences are applied" is no point either); a long mark cut to one plain
    word is no point (the health checks' "back"); a thing marked alone is what its
    sentence's doer does to it (keyantecedent): "certificate" is not said by "the
    client sends its certificate" (TLS wrong 0.25 -> 0.00). At the end: right 0.26,
    wrong 0.07, ahead 46 %, partly right 0.17. Left as they were: the paraphrases of the
    token bucket, the health checks and least privilege ("grant the minimum access
    needed"). Round 37 (every list item a point): right 0.259 -> 0.265, wrong 0.067 ->
    0.074; the TLS handshake's last step is a point, "rest of the connection is encrypted
    with that symmetric key" (its right answer 0.25 -> 0.40), which the wrong answer's
    "all the traffic is then encrypted with the server's private key" says (0.00 ->
    0.20): "private" for "symmetric" is not heard as another key."""
    right, wrong, ahead = figures(THIRTY_FIRST_HELD_OUT)
    assert right >= 0.25, right
    assert wrong <= 0.075, wrong
    assert ahead >= 0.46, ahead
    assert partly(THIRTY_FIRST_HELD_OUT) <= right
