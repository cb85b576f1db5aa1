"""The points a person reads on reveal are whole phrases of the answer: a long clause
is cut before a bracketed aside, never inside it ("… for the same inode same file,
can't cross filesystems, can't"); a point that says how much of something keeps its
"how" ("how close the output is to the input", not "close the output is …")."""

import pytest

from studyapp.core.importer import default_deck_text
from studyapp.core.keymatch import alternatives, split_point, words
from studyapp.core.keyterms import key_terms
from studyapp.core.parse import parse_text

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


GAN = (
    "**GAN** stands for **Generative Adversarial Network**, a model used to generate"
    " **realistic synthetic data**.\n\n"
    "> A GAN is a generative model consisting of two neural networks, a **Generator** and"
    " a **Discriminator**, that compete with each other.\n\n"
    "| Part | Description |\n| --- | --- |\n"
    "| **Generator** | Takes random noise as input and generates fake data. |\n"
    "| **Discriminator** | Tries to distinguish real data from the fake data. |\n"
    "| **Loss** | Both networks try to improve. |\n\n"
    "### Training Process\n\n"
    "1. Generator creates a fake image.\n"
    "2. Discriminator checks if it's real or fake.\n"
    "3. Both get feedback (loss) and improve.\n\n"
    "### Variants\n\n"
    "| Type | Use Case |\n| --- | --- |\n"
    "| **DCGAN** | Deep Convolutional GAN |\n| **CycleGAN** | Translate between styles |\n"
    "| **Pix2Pix** | Paired translation |\n| **StyleGAN** | Realistic faces |\n"
    "| **WGAN** | Improves training stability |\n"
)
RAFT = (
    "Raft keeps a replicated log consistent with two roles, a **Leader** and"
    " **Followers**; a **Candidate** runs for leader when the leader goes silent.\n\n"
    "### A write\n\n"
    "1. Leader appends the entry to its log.\n"
    "2. Followers copy it and acknowledge.\n"
    "3. The entry commits once a majority has it.\n\n"
    "It tolerates the loss of a minority: **fault tolerance**, **strong consistency**,"
    " **linearizable reads**, **log compaction**, **membership changes**.\n"
)


@pytest.mark.parametrize(
    ("answer", "question", "parts"),
    [
        (GAN, "What is a GAN?", ("generator", "discriminator")),
        (RAFT, "How does Raft work?", ("leader", "followers")),
    ],
)
def test_the_parts_an_answer_defines_it_by_are_points(answer, question, parts):
    """A name marked where the answer says what the asked thing consists of ("two
    neural networks, a **Generator** and a **Discriminator**") is a point even when a
    step further on opens with it ("Generator creates a fake image")."""
    points = [p.casefold() for p in key_terms(answer, question=question)]
    for part in parts:
        assert part in points, points


def _seed_answer(title: str) -> str:
    doc = parse_text(default_deck_text(), name="seed")
    return next(q.answer_markdown for q in doc.questions if q.title == title)


def test_no_point_says_again_what_another_says_of_the_same_name():
    """ "VAE (Variational Autoencoder): Fast" beside "VAE: Fast generation": one idea,
    by two names of one thing, shown and counted twice."""
    title = "Structured comparison between VAE (Variational Autoencoder) and Diffusion Model"
    points = key_terms(_seed_answer(title), question=title)
    glossed = [split_point(p) for p in points if split_point(p)[1]]
    for name, gloss in glossed:
        for other, more in glossed:
            names = {n.strip().casefold() for n in alternatives(name)}
            if other != name and names & {n.strip().casefold() for n in alternatives(other)}:
                assert not set(words(gloss)) <= set(words(more)), points


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        (
            "The reflog records **every position HEAD (and each branch) has pointed to**"
            " locally, including after resets. You use it to **recover lost commits**.",
            "What is git reflog for?",
        ),
        (
            "An ACL lists **every user ID (and each group) allowed to open the file** on the"
            " server. You use it to **restrict access per user**.",
            "What is an ACL?",
        ),
    ],
)
def test_no_point_is_a_piece_of_another(answer, question):
    """ "position HEAD" beside "reflog: records every position HEAD": a piece of the
    other point, not a name of its own for holding initials."""
    points = key_terms(answer, question=question)
    for point in points:
        inside = [o for o in points if o != point and f" {point} " in f" {o} "]
        assert not inside, points


@pytest.mark.parametrize(
    ("answer", "question", "said"),
    [
        (
            "Text-to-Image generation is the process where **AI models create realistic or"
            " artistic images** from a **textual description** (prompt).\n\n"
            "1. **Prompt**: User provides a text description.\n"
            "2. **Embedding**: Text is converted into a vector using a **language model**.\n"
            "3. **Output**: A new image that matches the text is created.\n",
            "Text-to-Image Generation in Generative AI",
            "create realistic or artistic images",
        ),
        (
            "pg_dump is the tool where **PostgreSQL writes logical or physical backups** of a"
            " single database to a file.\n\n"
            "1. **Format**: plain SQL or a custom archive.\n"
            "2. **Restore**: pg_restore reads the archive back.\n",
            "What is pg_dump?",
            "writes logical or physical backups",
        ),
    ],
)
def test_a_cut_keeps_two_joined_words_with_the_noun_they_qualify(answer, question, said):
    """ "… create realistic [or artistic images]": a phrase cut after the first of two
    words that qualify one noun ends on a word that says nothing alone."""
    points = key_terms(answer, question=question)
    assert any(p.endswith(said) for p in points), points
