"""An answer inside a callout or a quote (``> [!answer]`` under ``> [!question]``, a
``> [!faq]-`` card, any quoted answer) is written back with the quote's marks on
each of its lines, the edit's new lines too: only a one-line answer edited in place
was written, every other edit of such an answer was kept in StudyApp only (its
answer "not written in the file as it is stored"), and a second line added to a
one-line answer was refused (written without "> ", it left the callout)."""

from __future__ import annotations

import os

import pytest

from studyapp.core import writeback
from studyapp.core.importer import import_file
from studyapp.core.render import render_markdown
from studyapp.core.store import Store
from tests.helpers.written_notes import by_title

REGULARIZATION = """---
tags: [ml]
---
# Regularization

> [!question] What is L1 vs L2 regularization?
> [!answer]
> L1 (lasso) adds $\\lambda \\sum |w_i|$; L2 (ridge) adds $\\lambda \\sum w_i^2$.
> See also [[Bias-Variance]].

> [!question] Why does L1 give sparse solutions?
> [!answer]
> The L1 ball has corners on the axes, so the loss contour usually touches it at a corner.
> ![[l1ball.png]]

> [!question] What is statistical power?
> [!answer]
> The probability of rejecting $H_0$ when it is false: $1-\\beta$.

> [!tip] Remember
> Power $= 1-\\beta$.
"""

# Another shape: a folded `faq` callout, its answer on the lines under the question,
# with a nested list, a blank quote line and an embed with a size.
NETS = """# Nets

> [!faq]- What does dropout do?
> It zeroes a random share of units at each step:
> - at training time
>   - each unit with probability $p$
> - never at test time
>
> ![[dropout.png|300]]

> [!question] What is batch norm?
> Normalises each layer's inputs over the batch, see [[Optimisers|the optimisers note]].

Plain text after.
"""


HYPOTHESIS = """# Hypothesis testing

> [!question] What is a p-value?
> [!answer]
> The probability, under $H_0$, of a result at least as extreme as observed.
> ![[pvalue_hist.png]]
"""

PNG = b"\x89PNG\r\n\x1a\n" + bytes(16)  # a picture's first bytes: the pane draws it

FILES = {
    "ML/Regularization.md": REGULARIZATION,
    "Stats/Hypothesis.md": HYPOTHESIS,
    "nets.md": NETS,
    "attachments/l1ball.png": PNG,
    "img/dropout.png": PNG,
    ".obsidian/app.json": "{}",
}


@pytest.fixture
def vault(tmp_path):
    for name, text in FILES.items():
        (tmp_path / "vault" / name).parent.mkdir(parents=True, exist_ok=True)
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        (tmp_path / "vault" / name).write_bytes(data)
    return tmp_path / "vault"


@pytest.fixture
def store(tmp_path, vault):
    with Store.open(tmp_path / "db.sqlite3") as s:
        import_file(s, vault)
        yield s


@pytest.mark.parametrize(
    ("note", "title", "old", "new", "written"),
    [
        (
            "ML/Regularization.md",
            "Why does L1 give sparse solutions?",
            "usually touches",
            "usually firmly touches",
            "> The L1 ball has corners on the axes, so the loss contour usually firmly"
            " touches it at a corner.\n> ![[l1ball.png]]\n",
        ),
        (
            "ML/Regularization.md",
            "What is L1 vs L2 regularization?",
            "[[Bias-Variance]].",
            "[[Bias-Variance]]. Elastic net mixes both.",
            "> See also [[Bias-Variance]]. Elastic net mixes both.\n\n",
        ),
        (
            "ML/Regularization.md",
            "What is statistical power?",
            "$1-\\beta$.",
            "$1-\\beta$.\nTypically aim for 0.8.",
            "$1-\\beta$.\n> Typically aim for 0.8.\n\n> [!tip] Remember",
        ),
        (
            "nets.md",
            "What does dropout do?",
            "- never at test time",
            "- never at test time\n  - scaled by $1/(1-p)$ instead",
            "> - never at test time\n>   - scaled by $1/(1-p)$ instead\n>\n> ![[dropout.png|300]]",
        ),
        (
            "nets.md",
            "What is batch norm?",
            "note]].",
            "note]].\n\nIt also allows higher learning rates.",
            "note]].\n>\n> It also allows higher learning rates.\n\nPlain text after.",
        ),
    ],
)
def test_an_edit_of_a_quoted_answer_is_written_inside_its_quote(
    store, vault, note, title, old, new, written
):
    before = by_title(store, title)
    as_written = writeback.answer_as_written(store, before)
    assert old in as_written
    edited = as_written.replace(old, new)
    result = writeback.edit_question(store, before.id, title, edited)
    assert result.outcome == writeback.WRITTEN, result.message
    assert written in (vault / note).read_text(encoding="utf-8")
    after = by_title(store, title)
    assert after.id == before.id and not after.edited  # the note and the store agree
    assert after.answer_markdown == writeback.read_as_import(edited)


@pytest.mark.parametrize(
    ("note", "title", "old", "new", "shown"),
    [
        ("ML/Regularization.md", "Why does L1 give sparse solutions?", "usually", "often", "<img"),
        ("ML/Regularization.md", "What is L1 vs L2 regularization?", "ridge", "Ridge", None),
        ("Stats/Hypothesis.md", "What is a p-value?", "observed", "seen", "not in your notes"),
        ("nets.md", "What does dropout do?", "never", "not", "<img"),
        ("nets.md", "What is batch norm?", "Normalises", "Scales", None),
    ],
)
def test_an_edit_kept_in_studyapp_is_stored_as_an_import_reads_its_note(
    store, vault, note, title, old, new, shown
):
    """Where the note cannot take the edit (here: it has a second name), the edit
    kept in StudyApp is stored as an import reads the note: the pane showed the
    literal ![[l1ball.png]] where the picture was, [[Bias-Variance]] as typed, and
    the export took them too."""
    os.link(vault / note, vault.parent / "second-name.md")
    before = by_title(store, title)
    result = writeback.edit_question(
        store, before.id, title, writeback.answer_as_written(store, before).replace(old, new, 1)
    )
    assert result.outcome == writeback.STORED, result.message
    after = by_title(store, title)
    assert "[[" not in after.answer_markdown
    assert after.answer_markdown == before.answer_markdown.replace(old, new, 1)  # as imported
    html = render_markdown(after.answer_markdown, base_dir=(vault / note).parent, image_root=vault)
    assert "[[" not in html and (shown is None or shown in html)
    # Opened again, it is edited as stored, and saved unchanged as it was.
    again = writeback.answer_as_written(store, after)
    assert writeback.edit_question(store, after.id, title, again).outcome == writeback.UNCHANGED


@pytest.mark.parametrize(
    ("note", "title", "marks"),
    [
        ("ML/Regularization.md", "Why does L1 give sparse solutions?", ["![[l1ball.png]]"]),
        ("ML/Regularization.md", "What is L1 vs L2 regularization?", ["[[Bias-Variance]]"]),
        ("nets.md", "What does dropout do?", ["![[dropout.png|300]]"]),
        ("nets.md", "What is batch norm?", ["[[Optimisers|the optimisers note]]"]),
    ],
)
def test_an_edit_kept_in_studyapp_is_edited_again_with_its_notes_marks(
    store, vault, note, title, marks
):
    """Kept in StudyApp (stored as read), then edited again once the note can take
    it: the dialog gives it back its note's links and embeds, and the edit goes into
    the note with them (it was kept in StudyApp again: its answer was looked for in
    the note without its marks)."""
    os.link(vault / note, vault.parent / "second-name.md")
    before = by_title(store, title)
    typed = writeback.answer_as_written(store, before) + " One."
    assert writeback.edit_question(store, before.id, title, typed).outcome == writeback.STORED
    (vault.parent / "second-name.md").unlink()
    kept = by_title(store, title)
    again = writeback.answer_as_written(store, kept)
    assert all(mark in again for mark in marks)
    assert writeback.read_as_import(again) == kept.answer_markdown
    result = writeback.edit_question(store, kept.id, title, again + " Two.")
    assert result.outcome == writeback.WRITTEN, result.message
    text = (vault / note).read_text(encoding="utf-8")
    assert all(mark in text for mark in marks) and "One. Two." in text
    after = by_title(store, title)
    assert not after.edited and after.answer_markdown == writeback.read_as_import(again + " Two.")


def test_an_answer_given_to_a_callout_question_without_one_is_written_as_its_siblings(tmp_path):
    """A `> [!question]` with no answer yet gets the edit's answer as the note writes
    its other answers: in an `> [!answer]` callout, every line quoted."""
    note = tmp_path / "vault" / "t.md"
    note.parent.mkdir()
    note.write_text(
        "# T\n\n> [!question] What is A?\n> [!answer]\n> Alpha.\n\n"
        "> [!question] What is B?\n\n> [!question] What is C?\n> [!answer]\n> Gamma.\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "db.sqlite3") as store:
        import_file(store, note.parent)
        b = by_title(store, "What is B?")
        result = writeback.edit_question(store, b.id, b.title, "Beta.\nTwo lines.")
        assert result.outcome == writeback.WRITTEN, result.message
        assert by_title(store, "What is B?").answer_markdown == "Beta.\nTwo lines."
    assert "> [!question] What is B?\n> [!answer]\n> Beta.\n> Two lines.\n\n" in note.read_text(
        encoding="utf-8"
    )
