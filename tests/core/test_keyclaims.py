"""A point is what the answer claims, not only the circumstance (core.keyclaims): a
phrase the answer says only inside a condition ("when its props are shallowly equal",
"after the outer function returns") is the claim with its condition, which a wrong
answer saying the circumstance with another claim ("forces a re-render even when …",
"loses access … after …") does not tick."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

MEMO_Q = "What does `React.memo` do?"
MEMO = (
    "It **memoizes a component**: React skips re-rendering it when its **props are"
    " shallowly equal** to the previous props."
)
CLOSURE_Q = "What is a closure?"
CLOSURE = (
    "A function together with the **lexical scope** it was created in; it keeps access"
    " to those variables after the outer function returns."
)
BREAKER_Q = "What does a circuit breaker do?"
BREAKER = (
    "A circuit breaker **stops calling a failing service**: it fails fast when the"
    " **error rate passes a threshold**, and lets a trial request through after a"
    " cooldown."
)


@pytest.mark.parametrize(
    ("answer", "question", "condition"),
    [
        (MEMO, MEMO_Q, "props are shallowly equal"),
        (CLOSURE, CLOSURE_Q, "outer function"),
        (BREAKER, BREAKER_Q, "error rate passes a threshold"),
    ],
)
def test_a_condition_is_no_point_alone(answer, question, condition):
    points = key_terms(answer, question=question)
    holding = [p for p in points if condition in p]
    assert holding and all(p != condition for p in holding), points


@pytest.mark.parametrize(
    ("answer", "question", "right", "wrong"),
    [
        (
            MEMO,
            MEMO_Q,
            "It wraps a component so React reuses its last render and does not render it"
            " again if the new props are shallowly equal to the old ones.",
            "It is like useMemo for values: it forces a re-render even when the props are"
            " shallowly equal.",
        ),
        (
            CLOSURE,
            CLOSURE_Q,
            "A function bundled with the scope where it was defined, so it can still read"
            " and write those variables once the function that made it has returned.",
            "A function that loses access to the outer function's variables after the"
            " outer function returns; only global scope stays.",
        ),
        (
            BREAKER,
            BREAKER_Q,
            "When the error rate passes a threshold it fails fast.",
            "It keeps sending requests to the service even when the error rate passes a threshold.",
        ),
    ],
)
def test_the_circumstance_with_another_claim_says_no_point(answer, question, right, wrong):
    points = key_terms(answer, question=question)
    claimed = next(i for i, p in enumerate(points) if " when " in p or " after " in p)
    assert ticked_terms(points, right, question, answer)[claimed], points
    assert not ticked_terms(points, wrong, question, answer)[claimed], points


def test_what_a_definition_says_happens_stays_its_condition():
    answer = (
        "A page fault happens when a process touches a page that is not in physical"
        " memory; the OS loads the page from disk."
    )
    points = key_terms(answer, question="What is a page fault?")
    assert not any(p.startswith("A page fault happens") for p in points), points


@pytest.mark.parametrize(
    ("answer", "question", "right", "wrong"),
    [
        (
            "A nested function that remembers variables from the enclosing scope even after"
            " the outer function has returned.",
            CLOSURE_Q,
            "An inner function that keeps access to the variables of the function around"
            " it, even once that outer function has returned.",
            "A nested function that forgets the variables from the enclosing scope once the"
            " outer function has returned.",
        ),
        (
            "Under two-phase locking a transaction's row locks are released only after the"
            " transaction commits or aborts.",
            "When are row locks released?",
            "Its locks are freed once the transaction has committed or rolled back.",
            "Its row locks are acquired only after the transaction commits or aborts.",
        ),
    ],
)
def test_a_circumstance_typed_with_its_claim_turned_says_no_point(answer, question, right, wrong):
    """A point cut down to its circumstance ("after the outer function has returned")
    is said with its claim in other words, not with the claim turned ("forgets",
    "acquired")."""
    points = key_terms(answer, question=question)
    cut = next(i for i, p in enumerate(points) if p.startswith("after "))
    assert ticked_terms(points, right, question, answer)[cut], points
    assert not ticked_terms(points, wrong, question, answer)[cut], points


@pytest.mark.parametrize(
    ("answer", "question", "right", "wrong"),
    [
        (
            "A circuit breaker stops calling a failing service. When the **error rate passes"
            " a threshold**, it fails fast, and after a cooldown it lets a trial request"
            " through.",
            BREAKER_Q,
            "When the error rate passes a threshold it fails fast.",
            "It keeps sending requests to the service even when the error rate passes a threshold.",
        ),
        (
            "It **memoizes a component**: if its **props are shallowly equal** to the"
            " previous props, React skips re-rendering it.",
            MEMO_Q,
            "If the props are shallowly equal, React skips the re-render.",
            "It forces a re-render even when the props are shallowly equal.",
        ),
    ],
)
def test_a_condition_that_comes_first_is_no_point_alone(answer, question, right, wrong):
    """ "When …, X" as "X when …": the point is the condition with its claim, which the
    circumstance typed with another claim does not say."""
    points = key_terms(answer, question=question)
    claimed = next(i for i, p in enumerate(points) if p.casefold().startswith(("when", "if")))
    assert ", " in points[claimed], points
    assert ticked_terms(points, right, question, answer)[claimed], points
    assert not ticked_terms(points, wrong, question, answer)[claimed], points
