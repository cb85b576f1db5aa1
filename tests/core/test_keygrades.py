"""A comparative or superlative is heard as the same degree of a synonym (`keysynonyms`:
"quicker" for "faster", "bigger" for "larger"), and says the contrary of its
opposite's; a doer in "-er" ("user", "owner") is no degree."""

from __future__ import annotations

from studyapp.core.keymatch import said
from studyapp.core.keyterms import ticked_terms


def test_a_comparative_says_the_same_degree_of_a_synonym():
    # reported: "quicker" was not "faster"
    question = "Why put a cache in front of a database?"
    points = ["Faster reads", "Fewer database queries", "Less load on the primary"]
    typed = (
        "Reads come back quicker from memory, it cuts the number of queries to the"
        " database and it reduces the load on the primary."
    )
    assert ticked_terms(points, typed, question) == [True, True, True]
    # fresh: the other way round, and a superlative of another group ("tiny" → "tiniest")
    question = "Why use a CDN?"
    points = ["Quicker page loads", "Less origin traffic"]
    typed = "page loads get faster and the origin sees less traffic"
    assert ticked_terms(points, typed, question) == [True, True]
    assert said("picks the smallest key", "it picks the tiniest key")


def test_a_comparative_of_the_opposite_group_does_not_say_it():
    assert not said("Faster reads", "reads come back slower")
    assert not said("uses larger pages", "it uses smaller pages")


def test_a_doer_in_er_is_no_degree():
    assert not said("the owner of the lock", "the private of the lock")
    assert not said("employ a thread pool", "a user of a thread pool")
