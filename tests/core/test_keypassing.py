"""An acronym the prose uses once in passing, in a sentence that stresses none of the
answer's terms, is no point of its own: naming it says no idea of the answer."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

KEYS = "Why do lists need keys?"
KEYS_ANSWER = (
    "Keys give each item a **stable identity** so React can match old and new children."
    " Using the array index as key breaks when items are reordered/inserted: state and DOM"
    " get attached to the wrong item."
)
HASHING = "Why hash passwords with a slow function?"
HASHING_ANSWER = (
    "A slow hash like **bcrypt** makes each **guess expensive** for an attacker. If the"
    " database leaks, a fast hash lets one GPU try billions of guesses a second."
)
MEMORY = "What is virtual memory?"
MEMORY_ANSWER = (
    "Each process sees its own **virtual address space**; the MMU **translates virtual"
    " addresses to physical ones** through **page tables**, and pages not in RAM can be kept"
    " on disk."
)


def test_an_acronym_said_in_passing_is_no_point():
    points = key_terms(KEYS_ANSWER, question=KEYS)
    assert "stable identity" in points
    assert "DOM" not in points, points
    assert not any(ticked_terms(points, "It is about the DOM.", KEYS)), points
    assert "GPU" not in key_terms(HASHING_ANSWER, question=HASHING)
    # (beside the terms the answer stresses, it is one of its ideas)
    assert "MMU" in key_terms(MEMORY_ANSWER, question=MEMORY)
