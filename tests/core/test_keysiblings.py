"""A clause point about a numbered name ("L1", "SHA1") is not said of its sibling
("L3", "SHA256") (`keysiblings`)."""

from __future__ import annotations

import pytest

from studyapp.core.keymatch import said

L1 = ("Most accesses hit in L1", "Why do CPUs have several levels of cache?")
SHA = ("git hashes objects with SHA1 by default", "How does git name objects?")


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        (L1, "Most accesses go to L3; L1 is rarely used."),
        (SHA, "Git hashes every object with SHA256 by default."),
    ],
)
def test_a_point_said_of_a_numbered_sibling_is_not_said(point, typed):
    assert not said(point[0], typed, point[1])


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        (L1, "Most accesses hit in L1."),
        (L1, "The bulk of accesses are served by L1, a few by L2."),
        (SHA, "By default git hashes objects with SHA1."),
    ],
)
def test_a_point_said_of_its_own_name_is_said(point, typed):
    assert said(point[0], typed, point[1])
