"""A point cut from a long clause keeps an aside in brackets whole or leaves it out
whole: never half of it, read as if the clause went on with it ("… for the same inode
same file, can't cross filesystems, can't")."""

import pytest

from studyapp.core.keyterms import key_terms

HARD_LINK = (
    "A hard link is another directory entry for the same inode (same file, can't cross"
    " filesystems, can't point at directories). A symlink is a small file holding a path;"
    " it can dangle if the target is removed."
)
B_TREE = (
    "A B-tree index keeps keys sorted in wide balanced pages (each node holds hundreds of"
    " keys, so the tree stays shallow even for huge tables). A hash index only supports"
    " equality lookups."
)


@pytest.mark.parametrize(
    ("answer", "question", "whole"),
    [
        (HARD_LINK, "Hard link vs symlink?", "another directory entry for the same inode"),
        (B_TREE, "B-tree vs hash index?", "keeps keys sorted in wide balanced pages"),
    ],
)
def test_a_long_clause_is_cut_before_its_aside_not_inside_it(answer, question, whole):
    points = key_terms(answer, question=question)
    assert any(p.endswith(whole) for p in points), points
    assert not any(p.split()[-1] in ("can't", "keys") for p in points), points
    assert not any("same file" in p or "each node holds" in p for p in points), points
