"""A clause that ends on a verb's particle keeps it ("outside styles don't leak in"):
without it the point says another thing ("… don't leak", "Users can opt")."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms

SHADOW = "What is the Shadow DOM?"
SHADOW_ANSWER = (
    "An encapsulated DOM subtree attached to an element (`attachShadow({mode: 'open'})`)."
    " Styles inside don't leak out and outside styles don't leak in. Used by Web Components."
)
FLAGS = "What is a feature flag?"
FLAGS_ANSWER = (
    "A switch in config that turns code paths on or off without a deploy. Users can opt in;"
    " teams can roll a change back by flipping it."
)
CSRF = "What is a CSRF attack?"
CSRF_ANSWER = (
    "A malicious site makes the victim's browser send a request to another site where the"
    " victim is logged in."
)


def test_a_clause_keeps_the_particle_it_ends_on():
    assert "Styles inside don't leak out and outside styles don't leak in" in key_terms(
        SHADOW_ANSWER, question=SHADOW
    )
    assert "Users can opt in" in key_terms(FLAGS_ANSWER, question=FLAGS)
    assert "victim is logged in" in key_terms(CSRF_ANSWER, question=CSRF)
