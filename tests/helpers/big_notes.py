"""Notes big enough for an import to take a while and say how far it has got: over
the size from which the parse reads its lines in one pass (core.parse.tree)."""

from __future__ import annotations


def headings(count: int) -> str:
    """Sections of level-3 heading questions, each over a paragraph, a list and code."""
    parts = ["# Big notes", ""]
    for n in range(count):
        if n % 100 == 0:
            parts += [f"## Part {n // 100 + 1}", ""]
        parts += [f"### How does thing {n} work?", "", f"Thing {n} works well. " * 20, ""]
        parts += ["- one point", "- another point", "", "```python", f"x = {n}", "```", ""]
    return "\n".join(parts)


def numbered(count: int) -> str:
    """The other main shape: bold numbered list items, their answers indented under them."""
    parts = ["# Big list", ""]
    for n in range(count):
        parts += [f"{n + 1}. **What is item {n}?**", "", f"    Item {n} is an item. " * 25, ""]
    return "\n".join(parts)
