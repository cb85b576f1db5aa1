"""A question in a bullet list of questions typed with no space after its bullet
("-What is a set?" among "- What is a list?") is a question of its own, as its
siblings are, not a line of the answer above it. A bullet-less line that asks nothing,
or emphasis ("*word*"), stays where it is."""

from __future__ import annotations

from studyapp.core.parse import parse_path
from tests.helpers.parsing import pairs

COLLECTIONS = """\
# Python collections

- What is a list?
  An ordered, mutable sequence.
- What is a tuple?
  An ordered, immutable sequence.
-What is a set?
  An unordered collection of unique items.
- What is a dict?
  A mapping of keys to values.
  -not a question here, just a note
- What is a frozenset?
  A set that cannot change.
*emphasis* opens this line of the answer, does it?
  Yes.
"""


def test_a_dash_without_its_space_opens_a_question(tmp_path):
    notes = tmp_path / "collections.md"
    notes.write_text(COLLECTIONS, encoding="utf-8")
    doc = parse_path(notes)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What is a list?", "An ordered, mutable sequence."),
        ("What is a tuple?", "An ordered, immutable sequence."),
        ("What is a set?", "An unordered collection of unique items."),
        ("What is a dict?", "A mapping of keys to values.\n-not a question here, just a note"),
        (
            "What is a frozenset?",
            "A set that cannot change.\n*emphasis* opens this line of the answer, does it?\n  Yes.",
        ),
    ]


def test_other_bullets_and_spacings_of_the_kind():
    loose = (
        "## Networking\n\n"
        "- What is TCP?\nA reliable byte stream over IP.\n\n"
        "- What is UDP?\nDatagrams with no delivery guarantee.\n\n"
        "-How does DNS resolve a name?\nResolvers ask root, TLD and authoritative servers.\n\n"
        "- What is a socket?\nAn endpoint for sending and receiving data.\n"
    )
    assert [t for t, _ in pairs(loose)] == [
        "What is TCP?",
        "What is UDP?",
        "How does DNS resolve a name?",
        "What is a socket?",
    ]
    starred = (
        "* What is a closure?\n  A function with its enclosing scope.\n"
        "*What is hoisting?\n  Declarations move to the top of their scope.\n"
        "* What is the event loop?\n  It runs callbacks when the stack is empty.\n"
    )
    assert ("What is hoisting?", "Declarations move to the top of their scope.") in pairs(starred)


def test_a_bullet_glued_to_bold_or_code_opens_a_question_too():
    bold = (
        "- **What is a list?**\n  An ordered, mutable sequence.\n"
        "- **What is a tuple?**\n  An ordered, immutable sequence.\n"
        "-**What is a set?**\n  An unordered collection of unique items.\n"
        "- **What is a dict?**\n  A mapping of keys to values.\n"
    )
    assert ("What is a set?", "An unordered collection of unique items.") in pairs(bold)
    code = (
        "- `git stash`: what does it do?\n  Shelves local changes.\n"
        "- `git bisect`: how does it find a bug?\n  Binary search over commits.\n"
        "-`git reflog`: why is it a safety net?\n  It records where HEAD has been.\n"
        "- `git cherry-pick`: when to use it?\n  To copy one commit onto another branch.\n"
    )
    assert ("git reflog: why is it a safety net?", "It records where HEAD has been.") in pairs(code)
