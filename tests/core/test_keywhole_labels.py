"""The points a person reads on reveal are whole phrases of the answer: a long clause
is cut before a bracketed aside, never inside it ("… for the same inode same file,
can't cross filesystems, can't"); a point that says how much of something keeps its
"how" ("how close the output is to the input", not "close the output is …")."""

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
VAE = (
    "A VAE is trained with two losses:\n\n"
    "* **Reconstruction loss** (how close the output is to the input)\n"
    "* **KL Divergence** (how close the latent distribution is to a normal distribution)\n"
)
RECALL = (
    "Recall measures how many of the actual positives the model finds. "
    "Latency is how long a request takes."
)
MEASURES = "What do recall and latency measure?"
# Words no phrase ends on: what was cut after them is what they say.
DANGLING = {"can't", "cannot", "the", "a", "is", "are", "to", "of", "and", "or", "how"}


@pytest.mark.parametrize(
    ("answer", "question", "said", "half_aside"),
    [
        (
            HARD_LINK,
            "Hard link vs symlink?",
            "another directory entry for the same inode",
            "same file",
        ),
        (B_TREE, "B-tree vs hash index?", "keeps keys sorted in wide balanced pages", "each node"),
        (VAE, "What is a VAE?", "Reconstruction loss: how close the output is to the input", ""),
        (RECALL, MEASURES, "Latency: how long a request takes", ""),
        (RECALL, MEASURES, "how many of the actual positives", ""),
    ],
)
def test_a_point_reads_as_a_whole_phrase(answer, question, said, half_aside):
    points = key_terms(answer, question=question)
    assert any(said in p for p in points), points
    assert not any(p.split()[-1].casefold() in DANGLING for p in points), points
    assert not half_aside or not any(half_aside in p for p in points), points
