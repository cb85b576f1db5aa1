"""An Obsidian vault's marks in a folder import: comments (``%% … %%``, on a line or over
several), a sized picture (``![[gil.png|300]]``), an alias link, and a note's part
embedded (``![[snippets#Decorator factory]]``), which read as the note's name alone,
the part it shows lost."""

from __future__ import annotations

from studyapp.core.parse import parse_path


def test_a_vaults_comments_embeds_and_links(tmp_path):
    notes = tmp_path / "vault" / "Python"
    notes.mkdir(parents=True)
    (notes / "Decorators.md").write_text(
        "---\ntags: [python]\n---\n%% reviewed 2024-03-01 %%\n# Decorators\n\n"
        "## What is a decorator?\nA callable that returns a replacement. ![[decorator.png]]\n\n"
        "%%\nTODO: more examples\n%%\n\n"
        "## Why use functools.wraps?\nIt copies `__name__` onto the wrapper, see "
        "[[Introspection|introspection notes]].\n\n"
        "## What is a decorator with arguments?\nA factory that returns the decorator:\n"
        "![[snippets#Decorator factory]]\n",
        encoding="utf-8",
    )
    (notes / "GIL.md").write_text(
        "# What is the GIL?\n\nA mutex in CPython. %%check 3.13%%\n\n![[gil.png|300]]\n",
        encoding="utf-8",
    )
    doc = parse_path(tmp_path / "vault")
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("Python", "Decorators"),
            "What is a decorator?",
            "A callable that returns a replacement. ![decorator.png](decorator.png)",
        ),
        (
            ("Python", "Decorators"),
            "Why use functools.wraps?",
            "It copies `__name__` onto the wrapper, see introspection notes.",
        ),
        (
            ("Python", "Decorators"),
            "What is a decorator with arguments?",
            "A factory that returns the decorator:\nsnippets > Decorator factory",
        ),
        (
            ("Python",),
            "What is the GIL?",
            # drawn 300 pixels wide, as Obsidian draws it
            'A mutex in CPython.\n\n<img src="gil.png" alt="gil.png" width="300">',
        ),
    ]
