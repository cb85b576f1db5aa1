"""Code under a list item's answer belongs to that answer: an Org description item
("- Q :: A") over a source block indented with its text, and an AsciiDoc labelled
list's definition with blocks attached by list continuations ("+")."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str, suffix: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


def test_an_org_source_block_under_a_description_item_is_its_answers():
    notes = (
        "* Git\n"
        "  - What does =git stash= do? :: Shelves uncommitted changes.\n"
        "    #+begin_example\n"
        "    git stash push -m wip\n"
        "    #+end_example\n"
        "  - Rebase or merge? :: Rebase for local history, merge for shared branches.\n"
        "  - Hard link vs symlink? :: A hard link names the same inode.\n"
        "    #+BEGIN_SRC sh\n"
        "    ln -s target soft\n"
        "    #+END_SRC\n"
    )
    assert _pairs(notes, ".org") == [
        (
            "What does git stash do?",
            "Shelves uncommitted changes.\n```\ngit stash push -m wip\n```",
        ),
        ("Rebase or merge?", "Rebase for local history, merge for shared branches."),
        (
            "Hard link vs symlink?",
            "A hard link names the same inode.\n```sh\nln -s target soft\n```",
        ),
    ]


def test_asciidoc_blocks_a_continuation_attaches_are_the_definitions():
    notes = (
        "= Docker\n\n[qanda]\n"
        "How do you make an image smaller?::\n"
        "  Use a multi-stage build.\n"
        "+\n"
        "Copy only the binary into the last stage:\n"
        "+\n"
        "[source,dockerfile]\n----\nFROM scratch\nCOPY --from=build /app /app\n----\n\n"
        "What is a layer?::\n"
        "  A read-only filesystem diff.\n"
        "What is NAT?::\n"
        "  Rewrites private source addresses.\n"
        "+\n"
        "----\niptables -t nat -A POSTROUTING -j MASQUERADE\n----\n"
    )
    assert _pairs(notes, ".adoc") == [
        (
            "How do you make an image smaller?",
            "Use a multi-stage build.\n\nCopy only the binary into the last stage:\n\n"
            "```dockerfile\nFROM scratch\nCOPY --from=build /app /app\n```",
        ),
        ("What is a layer?", "A read-only filesystem diff."),
        (
            "What is NAT?",
            "Rewrites private source addresses.\n\n```\niptables -t nat -A POSTROUTING -j MASQUERADE\n```",
        ),
    ]
