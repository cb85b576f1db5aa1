"""AsciiDoc's block titles: a line ".Title" names the block right under it. Where the
titles ask, each over its answer, they are the questions; the dot is AsciiDoc's
syntax, no part of a title."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_block_titles_that_ask_are_questions_without_their_dot():
    notes = (
        "= Electrical machines\n\n"
        ".What is slip in an induction motor?\n"
        "The difference between synchronous and rotor speed, over synchronous speed.\n\n"
        ".Why are transformer cores laminated?\n"
        "To reduce eddy current losses.\n\n"
        "[source,python]\n----\nlosses = k * f**2\n----\n\n"
        ".What does a commutator do?\n"
        "It reverses the current in the armature windings each half turn.\n"
    )
    parsed = parse_text(notes, suffix=".adoc")
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        (
            "What is slip in an induction motor?",
            "The difference between synchronous and rotor speed, over synchronous speed.",
        ),
        (
            "Why are transformer cores laminated?",
            "To reduce eddy current losses.\n\n```python\nlosses = k * f**2\n```",
        ),
        (
            "What does a commutator do?",
            "It reverses the current in the armature windings each half turn.",
        ),
    ]


def test_a_block_title_over_an_answers_code_stays_in_the_answer():
    notes = (
        "= Git\n\n"
        "== How do you undo the last commit?\n\n"
        "Reset to its parent.\n\n"
        ".Keeping the changes\n"
        "----\ngit reset --soft HEAD~1\n----\n\n"
        "== What is a detached HEAD?\n\n"
        "HEAD points at a commit, not a branch.\n"
    )
    parsed = parse_text(notes, suffix=".adoc")
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        (
            "How do you undo the last commit?",
            "Reset to its parent.\n\n**Keeping the changes**\n```\ngit reset --soft HEAD~1\n```",
        ),
        ("What is a detached HEAD?", "HEAD points at a commit, not a branch."),
    ]
