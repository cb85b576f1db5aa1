"""Random Markdown made of the pieces notes are made of, for comparing block readers.

Headings (ATX, closed, setext), paragraphs with lines that look like other blocks,
bullet and ordered lists nested and lazy, fenced code (``` and ~~~, longer fences,
unclosed ones), indented code, blockquotes holding any of it, tables, HTML blocks
(<details>, comments, <pre>, lone tags), link reference definitions and footnotes,
front matter, thematic breaks; between them no, one or two blank lines, some of
spaces, tabs or no-break spaces; tabs in indentation. The same seed gives the same
document.
"""

from __future__ import annotations

import random

WORDS = [
    "data",
    "model",
    "index",
    "cache",
    "queue",
    "thread",
    "lock",
    "batch",
    "layer",
    "token",
    "vector",
    "graph",
]

# Lines a paragraph may go on with: most look like the start of another block.
TRICKY_LINES = [
    "**What is a lock?**",
    "Q: what is a queue?",
    "2019. was a year",
    "1) not an item here",
    "+1 for that",
    "<span>inline</span> text",
    "a | b | c",
    "| x | y |",
    "|---|---|",
    "- an item?",
    "10. an item?",
    "> a quote?",
    "=",
    "--",
    "***",
    "<div>",
    "```py",
    "    indented",
    "\tindented",
    "## a heading",
    "\\# escaped",
]

HTML = [
    ["<div>", "text", "</div>"],
    ["<details><summary>What is it?</summary>", "", "The answer.", "", "</details>"],
    ["<details>", "<summary>What is it?</summary>", "", "- a point", "</details>"],
    ["<!-- a note", "", "# not a heading", "-->"],
    ["<pre>", "# not a heading", "", "x", "</pre>"],
    ['<img src="a.png">'],
    ["<br/>", "text"],
    ['<p align="center">', "text", "</p>"],
    ["<span>inline</span>"],
    ["<DIV class=x>", "text", "", "after"],
    ["<script>", "var x;", "", "</script> tail"],
    ["<![CDATA[ x", "", "]]>"],
    ['<a href="x">', "text"],
    ["</div>", "text"],
]

REFERENCES = [
    "[a]: https://example.org",
    '[a]: <http://x y> "title"',
    "[a]: /u (title)",
    '[a]: /u "title" more',
    "[^1]: A footnote.",
    "[ ]: /u",
    "[a]: javascript:x",
]


class RandomMarkdown:
    def __init__(self, seed: int, *, nesting: int = 3) -> None:
        self.rnd = random.Random(seed)
        self.nesting = nesting

    def document(self) -> str:
        rnd = self.rnd
        lines = ["---", "title: notes", rnd.choice(["---", "..."])] if rnd.random() < 0.1 else []
        lines += self.blocks(0, rnd.randint(2, 12))
        text = "\n".join(lines) + ("\n" if rnd.random() < 0.8 else "")
        return text.replace("    ", "\t") if rnd.random() < 0.1 else text

    def blocks(self, depth: int, count: int) -> list[str]:
        lines: list[str] = []
        for n in range(count):
            if n:
                gap = self.rnd.choice(["", "", "", "  ", "\t", "\u00a0"])
                lines += [gap] * self.rnd.choice([0, 1, 1, 1, 2])
            lines += self.block(depth)
        return lines

    def block(self, depth: int) -> list[str]:
        roll = self.rnd.random()
        if depth < self.nesting and roll < 0.22:
            return self.list(depth)
        if depth < self.nesting and roll < 0.27:
            return self.quote(depth)
        pieces = [self.paragraph, self.heading, self.setext, self.rule, self.fence]
        pieces += [self.indented, self.table, self.html, self.reference]
        return self.rnd.choices(pieces, weights=[30, 12, 4, 4, 12, 4, 6, 6, 2])[0]()

    def words(self, low: int = 1, high: int = 6) -> str:
        return " ".join(self.rnd.choice(WORDS) for _ in range(self.rnd.randint(low, high)))

    # -- leaf blocks

    def paragraph(self) -> list[str]:
        rnd = self.rnd
        lines = [self.words().capitalize() + rnd.choice([".", "?", ":", ""])]
        for _ in range(rnd.choice([0, 0, 0, 1, 2])):
            lines.append(rnd.choice(TRICKY_LINES) if rnd.random() < 0.4 else self.words())
        return lines

    def heading(self) -> list[str]:
        rnd = self.rnd
        marks = "#" * rnd.randint(1, 6)
        if rnd.random() < 0.05:
            return [marks]
        indent = " " * rnd.choice([0, 0, 0, 1, 3])
        gap = rnd.choice([" ", " ", "\t", "  "])
        closing = rnd.choice(["", "", " " + "#" * rnd.randint(1, 3), " #x"])
        return [indent + marks + gap + self.words(1, 5) + rnd.choice(["?", "", "."]) + closing]

    def setext(self) -> list[str]:
        rnd = self.rnd
        underline = rnd.choice("=-") * rnd.randint(1, 5) + rnd.choice(["", " ", "  "])
        return [*self.paragraph(), rnd.choice(["", " ", "   "]) + underline]

    def rule(self) -> list[str]:
        return [self.rnd.choice(["***", "---", "___", "- - -", " ***", "-----", "  * * *  "])]

    def fence(self) -> list[str]:
        rnd = self.rnd
        mark = rnd.choice("`~")
        size = rnd.choice([3, 3, 3, 4, 5])
        info = rnd.choice(["", "py", " sql", "js title", mark + "x"])
        indent = " " * rnd.choice([0, 0, 0, 1, 2, 3])
        body = ["x = 1", "# a comment", "", "  indented", "- not an item", mark * 3]
        body += ["<div>", "\tdef f():", "| a | b |", mark * (size - 1)]
        lines = [indent + mark * size + info]
        for line in rnd.sample(body, rnd.randint(0, 4)):
            lines.append(" " * rnd.choice([0, len(indent)]) + line if line else line)
        if rnd.random() < 0.93:  # else left open
            closing = mark * rnd.choice([size, size, size + 1])
            lines.append(" " * rnd.choice([0, 0, 1, 3]) + closing + rnd.choice(["", "", " "]))
        return lines

    def indented(self) -> list[str]:
        rnd = self.rnd
        lines = []
        for _ in range(rnd.randint(1, 3)):
            indent = rnd.choice(["    ", "    ", "\t", "      ", "  \t"])
            lines.append(indent + rnd.choice(["x = 1", "# c", "- y", "code"]))
            if rnd.random() < 0.2:
                lines.append(rnd.choice(["", "    ", "  "]))
        return lines

    def table(self) -> list[str]:
        rnd = self.rnd
        width = rnd.randint(1, 3)
        piped = rnd.random() < 0.7 or width == 1

        def row(cells: list[str]) -> str:
            return f"| {' | '.join(cells)} |" if piped else " | ".join(cells)

        lines = [row([self.words(1, 2) for _ in range(width)])]
        delimiters = width if rnd.random() < 0.9 else width + 1
        lines.append(
            row([rnd.choice(["---", ":--", "--:", ":-:", "-"]) for _ in range(delimiters)])
        )
        for _ in range(rnd.randint(0, 3)):
            cells = rnd.choice([width, width, max(width - 1, 1), width + 1])
            lines.append(
                row([rnd.choice([self.words(1, 2), "a \\| b", "`x`", ""]) for _ in range(cells)])
            )
        if rnd.random() < 0.15:
            lines.append(self.words())  # a row without pipes
        return lines

    def html(self) -> list[str]:
        return list(self.rnd.choice(HTML))

    def reference(self) -> list[str]:
        return [self.rnd.choice(REFERENCES)]

    # -- containers

    def quote(self, depth: int) -> list[str]:
        rnd = self.rnd
        lines = []
        for line in self.blocks(depth + 1, rnd.randint(1, 3)):
            if not line.strip():
                lines.append(rnd.choice([">", "", "> "]) if rnd.random() < 0.8 else "")
            elif rnd.random() < 0.1 and lines:
                lines.append(line)  # a lazy line
            else:
                lines.append(("> " if rnd.random() < 0.9 else ">") + line)
        return lines

    def list(self, depth: int) -> list[str]:
        rnd = self.rnd
        ordered = rnd.random() < 0.4
        delimiter = rnd.choice(".)") if ordered else rnd.choice("-*+")
        start = rnd.choice([1, 1, 1, 0, 2, 10, 99])
        loose = rnd.random() < 0.4
        lines: list[str] = []
        for n in range(rnd.randint(1, 4)):
            marker = (
                f"{start + n if rnd.random() < 0.8 else 1}{delimiter}" if ordered else delimiter
            )
            spaces = rnd.choice([1, 1, 1, 2, 3, 4, 5])
            tab = rnd.random() < 0.1
            width = 4 if tab else len(marker) + (spaces if spaces <= 4 else 1)
            inner = self.blocks(depth + 1, rnd.choice([1, 1, 2, 3]))
            if rnd.random() < 0.05:  # an empty first line
                lines.append(marker)
            else:
                lines.append(marker + ("\t" if tab else " " * spaces) + inner.pop(0))
            for line in inner:
                if not line.strip():
                    lines.append(rnd.choice(["", "", " " * width]))
                    continue
                roll = rnd.random()  # mostly in the item; lazy, or a column off
                offset = 0 if roll < 0.8 else rnd.choice([-width, -1, 1])
                lines.append(" " * max(width + offset, 0) + line)
            if loose or rnd.random() < 0.2:
                lines.append("")
        return lines
