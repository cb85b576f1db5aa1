"""What a point says of its name, cut short, ends on a content word: not on a
preposition ("… edge servers near") nor on a word whose "to" was cut ("… close")."""

import pytest

from studyapp.core.keyterms import key_terms


@pytest.mark.parametrize("where", ["near the users", "close to the users", "next to the users"])
def test_a_cut_gloss_ends_before_its_preposition(where):
    answer = f"A CDN caches content on edge servers {where}.\n\n- Lower latency\n- Less origin load"
    points = key_terms(answer, question="What does a CDN do?")
    gloss = next(p for p in points if p.startswith("CDN:"))
    assert gloss == "CDN: caches content on edge servers", points
