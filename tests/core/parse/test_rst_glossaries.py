"""reStructuredText glossaries: a ``.. glossary::`` directive's terms over their
indented definitions, and a note's definition lists ("Term" over its definition
indented right under it), are cards, a term asking and its definition answering. In
a note whose section titles ask, an indented line under a term stays in its answer."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path


def _pairs(path: Path, text: str) -> list[tuple[str, str]]:
    path.write_text(text, encoding="utf-8")
    return [(q.title, q.answer_markdown) for q in parse_path(path).questions]


def test_a_glossary_directive_gives_a_card_per_term(tmp_path):
    text = """ML glossary
===========

.. glossary::
   :sorted:

   Overfitting
      Learning the noise of the training data.

   Regularisation
      A penalty on model complexity.
      L1 pushes weights to zero.

   Dropout
      Zeroing activations at random while training.
"""
    assert _pairs(tmp_path / "ml.rst", text) == [
        ("Overfitting", "Learning the noise of the training data."),
        ("Regularisation", "A penalty on model complexity.\nL1 pushes weights to zero."),
        ("Dropout", "Zeroing activations at random while training."),
    ]


def test_a_definition_list_gives_a_card_per_term(tmp_path):
    text = """Distributed systems terms
=========================

Idempotent
   Same effect once or many times.

Quorum
   The replicas that must agree before a write counts.

Vector clock
   A counter per node, compared to order events.

   Used by Dynamo-style stores.
"""
    assert _pairs(tmp_path / "terms.rst", text) == [
        ("Idempotent", "Same effect once or many times."),
        ("Quorum", "The replicas that must agree before a write counts."),
        (
            "Vector clock",
            "A counter per node, compared to order events.\n\nUsed by Dynamo-style stores.",
        ),
    ]
    # where the titles ask, a term over an indented line is the answer's own text
    asked = """What is the GIL?
----------------

A mutex for bytecode.

IO-bound work
   Threads help.

What is a generator?
--------------------

A function that yields.
"""
    assert [t for t, _ in _pairs(tmp_path / "python.rst", asked)] == [
        "What is the GIL?",
        "What is a generator?",
    ]


def test_code_directives_in_a_definition_are_its_answers_code(tmp_path):
    text = """Git interview questions
=======================

What is the difference between merge and rebase?
    Merge keeps history as it happened; rebase replays your commits.

    .. code-block:: bash

       git rebase -i HEAD~3

What is ``git reflog``?
    A log of where HEAD has pointed. Example::

        git reset --hard HEAD@{1}

What does ``git bisect`` do?
    Binary-searches commits for the one that introduced a bug.
"""
    assert _pairs(tmp_path / "git.rst", text) == [
        (
            "What is the difference between merge and rebase?",
            "Merge keeps history as it happened; rebase replays your commits.\n\n"
            "```bash\ngit rebase -i HEAD~3\n```",
        ),
        (
            "What is git reflog?",
            "A log of where HEAD has pointed. Example:\n```\ngit reset --hard HEAD@{1}\n```",
        ),
        ("What does git bisect do?", "Binary-searches commits for the one that introduced a bug."),
    ]
