"""The line-by-line block reader (for large documents) gives the blocks markdown-it-py
gives: on every corpus document, both seeds, generated documents and CommonMark's
corner cases. Quoted blocks are compared by where they start only (finding questions
never looks inside a quote)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from studyapp.core import repair, textio
from studyapp.core.parse import parse_text, tree
from studyapp.core.parse.tree import build
from tests.conftest import CORPORA, SEEDS
from tests.core.test_parse_property import FORMATS, NOUNS, OPENERS, document
from tests.helpers.random_markdown import WORDS, RandomMarkdown


def _key(block, blocks):
    if block.quoted:
        return ("quoted", block.start, block.end)
    if block.kind in ("heading", "paragraph"):
        text = " ".join(block.text.split())
    else:  # a code block's text says whether it is empty (an empty one ends no answer)
        text = block.text if block.kind in ("code", "html") else ""
    enclosing = blocks[block.item].start if block.item >= 0 else 0
    rows = tuple((line, tuple(cells)) for line, cells in block.rows)
    return (
        block.kind,
        block.start,
        block.end,
        block.level,
        block.depth,
        block.lead,
        block.ordered,
        block.number,
        enclosing,
        text,
        rows,
    )


def assert_same_blocks(text: str) -> None:
    reference = _without_quote_insides(build(text, fast=False).blocks)
    fast = _without_quote_insides(build(text, fast=True).blocks)
    assert fast == reference


def _questions(text: str, monkeypatch, *, fast: bool) -> tuple[list, list]:
    monkeypatch.setattr(tree, "LARGE_DOCUMENT", 0 if fast else len(text) + 1)
    doc = parse_text(text, name="notes")
    questions = [(q.title, q.answer_markdown) for q in doc.questions]
    return questions, [(r.start_line, r.end_line, r.reason) for r in doc.skipped]


def assert_same_questions(text: str, monkeypatch) -> None:
    """The importer finds the same questions, answers and skipped lines both ways."""
    reference = _questions(text, monkeypatch, fast=False)
    assert _questions(text, monkeypatch, fast=True) == reference


def _without_quote_insides(blocks) -> list[tuple]:
    """Blocks as keys, a quote's consecutive blocks as one (its first line)."""
    keys: list[tuple] = []
    for block in blocks:
        key = _key(block, blocks)
        if key[0] == "quoted" and keys and keys[-1][0] == "quoted" and block.start <= keys[-1][2]:
            continue
        if key[0] == "quoted":
            key = ("quoted", block.start, block.end)
        keys.append(key)
    return keys


def _documents() -> list[Path]:
    found = (
        [p for p in CORPORA.rglob("*") if p.suffix in (".md", ".txt")] if CORPORA.is_dir() else []
    )
    found += sorted(SEEDS.glob("0*.txt")) if SEEDS.is_dir() else []
    return [p for p in sorted(found) if p.name != "README.md"]


DOCUMENTS = _documents()


@pytest.mark.skipif(not DOCUMENTS, reason="../shared is not available")
@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name[:40] for p in DOCUMENTS])
def test_real_documents_read_the_same_both_ways(path):
    assert_same_blocks(repair.repair_text(textio.read_notes(path)))


CORNERS = [
    "- a\n  - b\n    - c\n- d\n",
    "1. a\n\n   b\n\n2. c\n   ```\n   code\n   ```\n3. d\n",
    "* * *\n- - -\n- a\n",
    "para\n2. not an item\n1. item\n",
    "- \n  a\n- b\n",
    "10) x\n11) y\n",
    "# h #\n#5 no\n#\tTab\n",
    "```\nunclosed\n\n# not\n",
    "~~~~\n~~~\n~~~~\nafter\n",
    "    code\n    more\n\npara\n    lazy\n",
    "- item\n\n      code in item\n",
    "<div>\nx\n\n# head\n",
    "<!-- a\n\n# b\n-->\n# c\n",
    "Title\n=====\nSub\n---\n",
    "- a\nTitle\n---\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n|x|\n|-|\n",
    "| a | b |\n|---|---|\n| 1 |\nno pipe\n\n",
    "1. a\n1. b\n   1. c\n      1. d\n",
    "\t- tab item\n\t\tnested\n",
    "<details><summary>Q?</summary>\n\nanswer\n\n</details>\n",
    "1. ### What?\n\n   text\n\n## K\n\n   1. x\n   - y\n",
    "text\n<span>\ninline\n",
    "- a\n-\n- c\n",
    "---\ntitle: x\n---\n# H\n",
    "1.  **Q?** ★\n\n    answer\n\n    ```py\n    x\n    ```\n",
    "Para\n    not code\n# H\n",
    "[ref]: https://example.org\n\n# H\n",
    "- " * 5_000 + "deep\n\n## After\n",
]


@pytest.mark.parametrize("text", CORNERS, ids=[repr(c[:24]) for c in CORNERS])
def test_commonmark_corners_read_the_same_both_ways(text):
    assert_same_blocks(text)


def test_generated_documents_read_the_same_both_ways():
    rnd = random.Random(12)
    words = WORDS[:10]
    shapes = {
        "p": lambda w: [" ".join(w) + "."],
        "l": lambda w: [f"- {x}" for x in w[:2]],
        "c": lambda w: ["```py", "# not a heading", "x = 1", "```"],
        "t": lambda w: ["| a | b |", "|---|---|", f"| {w[0]} | {w[1]} |"],
        "h": lambda w: [f"#### {w[0]}", "Text."],
    }
    for _ in range(80):
        fmt = rnd.choice(sorted(FORMATS))
        count = rnd.randint(2, 6)
        qs = list(
            dict.fromkeys(f"{rnd.choice(OPENERS)} {rnd.choice(NOUNS)}?" for _ in range(count))
        )
        answers = [
            [shapes[rnd.choice("plcth")]([rnd.choice(words) for _ in range(4)]) for _ in range(3)]
            for _ in qs
        ]
        assert_same_blocks(document(fmt, qs, answers)[0])


def test_a_large_document_gives_the_questions_a_small_one_gives():
    block = "## {n}. What is item {n}?\n\nIt is {n}.\n\n- a\n- b\n\n```\n# x\n```\n\n"
    text = "# Big\n\n" + "".join(block.format(n=n) for n in range(1, 20_001))
    assert len(text) > 600_000  # read line by line
    doc = parse_text(text, name="big")
    assert len(doc.questions) == 20_000
    assert doc.questions[-1].title == "What is item 20000?"
    assert doc.questions[-1].answer_markdown.startswith("It is 20000.")


def test_a_code_block_that_ends_an_answer_stays_in_it(monkeypatch):
    # The line reader gave code blocks no text, and an empty code block at an answer's
    # end is dropped (a notebook's empty last cell): every answer of a 5 MB file lost
    # its closing code block to "notes between questions".
    text = (
        "# Notes\n\n## SQL\n\n### What is a join?\n\nCombines rows of two tables.\n\n"
        "- inner\n- left\n\n```sql\nSELECT * FROM a JOIN b ON a.id = b.id;\n```\n\n"
        "### What is an index?\n\nA B-tree over a column.\n"
    )
    assert_same_questions(text, monkeypatch)
    (code,) = [b for b in build(text, fast=True).blocks if b.kind == "code"]
    assert code.text == "SELECT * FROM a JOIN b ON a.id = b.id;\n"


@pytest.mark.parametrize(
    "text",
    [
        "3.\tCache\n    ***\n",
        "-\tGraph.\n    </p>\n",
        "*\t~~~\n    ~~~ \n",
        "- a\n\n   \tcode?\n",
    ],
)
def test_a_tab_counts_columns_from_the_start_of_its_line(text):
    # "1.\t" (Word's numbered lists) puts the item's text at column 4, not 2 + 4
    assert_same_blocks(text)


def test_a_list_with_tabs_keeps_its_answers_code(monkeypatch):
    # the fence in the answer was read as indented code: the answer showed its ``` lines
    text = (
        "# Notes\n\n## Locks\n\n-\tWhat is a mutex?\n\n    A lock.\n\n    ```\n    x\n    ```\n\n"
        "-\tWhat is a semaphore?\n\n    A counter.\n"
    )
    assert_same_questions(text, monkeypatch)


@pytest.mark.parametrize(
    "text", ["<pre>\nx\n", "<!-- note\n", "```\nx\n  \n  ", "``` sql\ny", "<div>\nlast"]
)
def test_the_blank_after_the_last_newline_is_no_line(text):
    # an unclosed fence or HTML block runs to the document's last line, not past it
    assert_same_blocks(text)


@pytest.mark.parametrize(
    "text",
    [
        "   - not item\n    ```\n",
        "   *\n     Data:\n    *\n",
        "3) -----\n\t*   Index thread:\n\t   - \n",
    ],
)
def test_a_lazy_line_is_judged_from_its_paragraphs_indentation(text):
    # a fence 1 column left of the item's text ends the paragraph (no lazy line), but
    # a list marker 4 columns into the list goes on it
    assert_same_blocks(text)


@pytest.mark.parametrize(
    "text",
    [
        "   | token |\n-\n",
        "queue | lock\n- | --:\n",
        "-    | data |\n| - |\n",
        "1) a\n2) | b | c |\n| --- | --- |\n",
        "+ a\n* | b |\n  | - |\n",
        "# a | b\n--|--\n",
        "| a |\n|---|\n| b |\n2. x\n",
        "| a |\n|---|\n| b |\n- \n",
        "1. b\n  x | y\n   --|--\n",
    ],
)
def test_tables_start_and_end_where_markdown_it_reads_them(text):
    # a table is tried before any other block (not before a list's next item), its
    # delimiter row needs two characters, no "- ", and its item's indentation, and any
    # list item ends it
    assert_same_blocks(text)


@pytest.mark.parametrize("text", ["-\n\n  foo\n", "1.\n\n   Answer?\n"])
def test_an_item_opens_with_at_most_one_blank_line(text):
    assert_same_blocks(text)


@pytest.mark.parametrize(
    "text", ["- <pre>\n  x\ny\n", "+    <!-- index\n-->\n", "1. <!-- a\n\n   b -->\n"]
)
def test_an_html_block_in_an_item_ends_at_a_line_left_of_the_item(text):
    # even one waiting for its closing "-->" or "</pre>" (an outdented blank line does
    # not end it)
    assert_same_blocks(text)


@pytest.mark.parametrize(
    "text", ["----\na: 1\n----\n# Q?\n", "---\na: 1\n  ---\n# Q?\n", "---\na: 1\n-----\n# Q?\n"]
)
def test_front_matter_reads_as_the_markdown_it_plugin_reads_it(text):
    assert_same_blocks(text)


@pytest.mark.parametrize(
    "text",
    [
        "> # x\n-->\n",
        "> ```python\nx = 1\n",
        ">  ----\n=\n",
        "> ###### lock\n*\n",
        ">\tx = 1\n\t- y\n",
        ">\n    > a\n",
        "> a\n>\nb\n",
        "- > a\n> b\n",
        ">> a\n> - b\n> c\n",
        "> | a |\n> |---|\n> | b |\nc\n",
    ],
)
def test_a_blockquote_reads_its_blocks_as_markdown_it_does(text):
    # a line without ">" goes on a quote only as a lazy line of a paragraph in it; the
    # quote's headings, fences, rules, lists and tables end there
    assert_same_blocks(text)


def test_a_question_after_a_quoted_code_block_is_found(monkeypatch):
    # the line reader read the question as a lazy line of the quote above it
    text = (
        "# Notes\n\n**What is a mutex?**\n\nA lock.\n\n> ```c\n> lock(m);\n> ```\n"
        "**What is a semaphore?**\n\nA counter.\n"
    )
    assert_same_questions(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "> > a\n    # c\n",
        "> > a\n    - b\n",
        "- > [ref]: https://example.org\n  x\n",
        "- >\n  x\n",
    ],
)
def test_a_lazy_line_and_an_empty_quote_read_as_markdown_it_reads_them(text):
    # a quote in a quote ends at a line that starts a block, however indented; a quote
    # with no blocks leaves the lead of its item to the next block
    assert_same_blocks(text)


def test_a_list_item_that_ends_a_table_may_head_a_table():
    # the item ends the table, and markdown-it tries a table first on the same line
    assert_same_blocks("| a |\n| - |\n- x | y\n  --|--\n")


@pytest.mark.parametrize(
    "text",
    [
        "para\n\u00a0\n- item\n",
        "- a\n\u00a0\n  b\n",
        "# Q?\n\u3000\nanswer\n",
        "> a\n\u00a0\nb\n",
        "| a |\n| - |\n\u00a0\nx\n",
        "```\nx\n```\u00a0\ny\n",
    ],
)
def test_a_line_of_no_break_spaces_is_no_blank_line(text):
    # CommonMark's blank lines hold spaces and tabs only; Python's strip() also takes
    # no-break and ideographic spaces (web and Word notes are full of them)
    assert_same_blocks(text)


def test_no_break_space_lines_give_the_same_questions_both_ways(monkeypatch):
    text = (
        "# Notes\n\n**What is a mutex?**\n\u00a0\nA lock.\n\u00a0\n"
        "**What is a semaphore?**\n\u00a0\nA counter.\n"
    )
    assert_same_questions(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "[^1]: A footnote's text.\n- b\n",
        '[a]: /u "x" y\n- b\n',
        "[a]: javascript:alert(1)\n- b\n",
        "[ ]: /u\n- b\n",
    ],
)
def test_only_a_whole_link_reference_definition_is_no_block(text):
    # a footnote, or a definition with more than a title after its link, is a paragraph
    assert_same_blocks(text)


@pytest.mark.parametrize("text", ["*\t  \t# c\n", "-       \t- y\n", "-\t<div>\n"])
def test_the_text_on_an_items_first_line_keeps_its_tabs(text):
    # indented code right after a marker keeps a tab markdown-it does not have to split
    assert_same_blocks(text)


def test_random_documents_read_the_same_both_ways():
    # the same 400 seeded documents every run (tests/helpers/random_markdown.py); other
    # seeds find what is left: CommonMark's tab stops inside quotes in quotes
    for seed in range(400):
        text = RandomMarkdown(seed).document()
        reference = _without_quote_insides(build(text, fast=False).blocks)
        assert _without_quote_insides(build(text, fast=True).blocks) == reference, seed
