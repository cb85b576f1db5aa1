"""A point that says which tool to use ("Use git revert") is said by naming the tool
(studyapp/core/keymatch.py, `significant`): "git revert creates a new commit" answers
"How do you undo a commit that was already pushed?" as "Use git revert" does."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms


@pytest.mark.parametrize(
    ("point", "question", "named", "other"),
    [
        (  # reported
            "Use git revert",
            "How do you undo a commit that was already pushed?",
            "git revert creates a new commit that undoes the changes.",
            "git reset moves the branch back and you force push.",
        ),
        (  # fresh
            "Use a Bloom filter",
            "How do you check cheaply whether a key might be in a large set?",
            "A Bloom filter answers maybe or definitely not with a few hashed bits.",
            "Keep the keys in a sorted array and binary search it.",
        ),
    ],
)
def test_the_tool_named_says_the_point_to_use_it(point, question, named, other):
    assert ticked_terms([point], named, question) == [True]
    assert ticked_terms([point], other, question) == [False]
