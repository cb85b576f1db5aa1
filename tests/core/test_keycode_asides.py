"""Code an answer gives in brackets beside a clause ("(`attachShadow({mode: 'open'})`)")
shows how; the clause says the idea: where the code would make the point read as code,
a point without the code, not no point at all."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

SHADOW = "What is the Shadow DOM?"
SHADOW_ANSWER = (
    "An encapsulated DOM subtree attached to an element (`attachShadow({mode: 'open'})`)."
    " Styles inside don't leak out and outside styles don't leak in. Used by Web Components."
)
WORKER = "What is a Web Worker?"
WORKER_ANSWER = (
    "A script that runs on its own background thread (`new Worker('w.js', {type: 'module'})`)."
    " It cannot touch the DOM and talks to the page by messages."
)


def test_a_definition_with_its_call_in_brackets_is_a_point_without_the_call():
    points = key_terms(SHADOW_ANSWER, question=SHADOW)
    assert points[0] == "encapsulated DOM subtree attached to an element", points
    typed = "It is an encapsulated DOM subtree that is attached to an element."
    assert ticked_terms(points, typed, SHADOW)[0]


def test_another_definition_with_its_call_in_brackets_is_a_point():
    assert key_terms(WORKER_ANSWER, question=WORKER) == [
        "script that runs on its own background thread",
        "cannot touch the DOM and talks to the page by messages",
    ]
