"""Obsidian Spaced Repetition notes: front matter, cards with their lines, Obsidian Markdown."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.parse.flashcards import (
    Card,
    card_title,
    clean_obsidian,
    find_cards,
    parse_flashcards,
    read_front_matter,
)
from tests.conftest import CORPORA, require
from tests.helpers.corpus_score import read_labels, score

SR_NOTE = "written__obsidian-sr-flashcards__deep-learning-optimization.md"


def _numbered(text: str, skip: int = 0) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))[skip:]


def test_corpus_note_cards_score_above_the_bar():
    path = require(CORPORA / SR_NOTE)
    text = path.read_text(encoding="utf-8")
    _, skip = read_front_matter(text)
    cards = find_cards(_numbered(text, skip))
    questions = [ParsedQuestion(card_title(c), c.back, c.line, end_line=c.end_line) for c in cards]
    result = score(ParsedDocument("sr", "markdown", questions), path)
    assert result.meets(found=0.95, titles=0.90, answers=0.90), str(result)


def test_corpus_note_topics_come_from_its_sections():
    path = require(CORPORA / SR_NOTE)
    doc = parse_flashcards(path.read_text(encoding="utf-8"), name=path.stem)
    labels = read_labels(path.with_name(path.name + ".labels.tsv"))
    sections = {q.source_line: " / ".join(q.topic_path) for q in doc.questions}
    assert [sections.get(label.line) for label in labels] == [label.section for label in labels]
    assert doc.unit == "card"
    assert "flashcards/deep-learning/optimization" in doc.questions[0].tags
    adamw = next(q for q in doc.questions if q.source_line == 63)
    assert adamw.answer_markdown.endswith("p -= lr * weight_decay * p      # decoupled decay\n```")
    assert "<!--SR" not in adamw.answer_markdown


NOTE = """\
# Rust

What does `Vec::new` allocate? #flashcards/rust
?
Nothing until the first push.
<!--SR:!2024-01-01,3,250-->

Ownership
??
Each value has one owner;
it is dropped when the owner goes out of scope.

How do you write a loop
over a slice?
?
```rust
for x in &v {

    println!("{x}");
}
```
And `iter()` works too.

Borrow checker:::The compiler pass that enforces borrowing rules. <!--SR:!2024-01-02,1,230-->
- Trait::A set of methods a type implements.

Use std::vector for arrays and Foo::bar() for the rest.
A path a::b::c is code, and so is `x::y` and https://example.org/a::b.
| Table::cell | is | not a card |
> Quote::not a card either
```
Fenced::not a card
?
```
"""


def test_fresh_note_every_kind_of_card_with_its_lines():
    cards = find_cards(_numbered(NOTE))
    assert cards == [
        Card(3, 5, "What does `Vec::new` allocate?", "Nothing until the first push."),
        Card(
            8,
            11,
            "Ownership",
            "Each value has one owner;\nit is dropped when the owner goes out of scope.",
            reversed=True,
        ),
        Card(
            13,
            22,
            "How do you write a loop\nover a slice?",
            '```rust\nfor x in &v {\n\n    println!("{x}");\n}\n```\nAnd `iter()` works too.',
        ),
        Card(24, 24, "Borrow checker", "The compiler pass that enforces borrowing rules.", True),
        Card(25, 25, "Trait", "A set of methods a type implements."),
    ]
    assert card_title(cards[2]) == "How do you write a loop over a slice?"
    assert card_title(cards[0]) == "What does Vec::new allocate?"


@pytest.mark.parametrize(
    "text",
    [
        "?\nan answer with no front",
        "```\nfront\n?\nback\n```",
        "Call std::move(x) here.",
        "Front::",
    ],
)
def test_lines_that_are_not_cards(text):
    assert find_cards(_numbered(text)) == []


def test_front_matter_forms():
    text = """---
title: "Rates: and colons"
aliases: [one, 'two']
tags:
  - flashcards/ml/optim
  - ml
# a comment that looks like a heading
topic: ml/optimisation
empty:
cards:
- slug: a-1
  language: en
- slug: a-2
---
# Body
"""
    meta, lines = read_front_matter(text)
    assert lines == 14
    assert meta == {
        "title": "Rates: and colons",
        "aliases": ["one", "two"],
        "tags": ["flashcards/ml/optim", "ml"],
        "topic": "ml/optimisation",
        "empty": [],
        "cards": [{"slug": "a-1", "language": "en"}, {"slug": "a-2"}],
    }


@pytest.mark.parametrize("text", ["# No front matter\n", "---\ntitle: never closed\n", ""])
def test_no_front_matter(text):
    assert read_front_matter(text) == ({}, 0)


@pytest.mark.parametrize(
    ("md", "expected"),
    [
        ("See [[Gradient descent]].", "See Gradient descent."),
        ("See [[gd-notes|gradient descent]].", "See gradient descent."),
        ("See [[Adam#Bias correction]].", "See Adam > Bias correction."),
        ("[[#Bias correction]] first, then [[#^step-2]].", "Bias correction first, then step-2."),
        ("See [[Adam# Moments #^m1]].", "See Adam > Moments > m1."),
        ("![[loss curve.png]]", "![loss curve.png](loss%20curve.png)"),
        ("![[diagram.svg|300]]", '<img src="diagram.svg" alt="diagram.svg" width="300">'),
        ("![[a b.png|64x48]]", '<img src="a%20b.png" alt="a b.png" width="64" height="48">'),
        ("![[diagram.svg|Figure 2]]", "![diagram.svg](diagram.svg)"),  # a caption, no size
        ("![[Other note]]", "Other note"),
        ("It is ==very== important", "It is ==very== important"),  # marked when shown
        ("a %%hidden%% b", "a b"),
        ("`[[kept]]` and [[x]]", "`[[kept]]` and x"),
        ("```\n[[kept]] ==kept==\n```\n[[gone]]", "```\n[[kept]] ==kept==\n```\ngone"),
    ],
)
def test_clean_obsidian(md, expected):
    assert clean_obsidian(md) == expected


def test_note_without_headings_takes_its_topic_from_front_matter():
    text = "---\ntags: [flashcards/networking/tcp, exam]\n---\nSYN::Opens a connection.\n"
    doc = parse_flashcards(text, name="tcp")
    (question,) = doc.questions
    assert question.topic_path == ("networking", "tcp")
    assert question.tags == ("flashcards/networking/tcp", "exam")
    assert (question.source_line, question.end_line) == (4, 4)


def test_note_without_cards_is_not_a_flashcard_note():
    assert parse_flashcards("# Notes\n\nJust text? Yes.\n", name="n") is None


# --- property: generated notes give exactly their cards, on their lines ------------

WORDS = st.sampled_from(["rate", "loss", "Adam", "step", "why", "is", "the", "β", "(x)", "a-b"])
phrases = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
prose = st.lists(phrases, min_size=1, max_size=3).map(lambda ps: "\n".join(p + "." for p in ps))
CODE = "```cpp\nstd::vector<int> v;  // a::b::c\n?\nFoo::bar();\n```"


@st.composite
def cards(draw):
    kind = draw(st.sampled_from(["::", ":::", "?", "??", "fenced"]))
    front = draw(st.lists(phrases, min_size=1, max_size=2 if kind in ("?", "??") else 1))
    back = draw(st.lists(phrases, min_size=1, max_size=3 if kind != "::" else 1))
    sr = draw(st.booleans())
    if kind in ("::", ":::"):
        lines = [f"{front[0]}{kind}{back[0]}"]
        expected = (front[0], back[0])
    else:
        body = back if kind != "fenced" else [*back[:1], "```py", "x = 1", "", "y = 2", "```"]
        lines = [*front, "??" if kind == "??" else "?", *body]
        expected = ("\n".join(front), "\n".join(body))
    return lines, expected, kind in (":::", "??"), sr


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(cards(), prose, st.just(CODE), phrases.map("## {}".format)), max_size=10))
def test_generated_notes_give_exactly_their_cards(blocks):
    lines: list[str] = []
    expected: list[Card] = []
    for block in blocks:
        start = len(lines) + 1
        if isinstance(block, tuple):
            card_lines, (front, back), reversed_, sr = block
            lines += card_lines
            expected.append(Card(start, len(lines), front, back, reversed_))
            if sr:
                lines.append("<!--SR:!2024-02-20,8,250-->")
        else:
            lines += block.split("\n")
        lines.append("")
    assert find_cards(_numbered("\n".join(lines))) == expected


def test_a_list_item_front_is_titled_without_its_marker():
    (card,) = find_cards(_numbered("- What does **ACID** stand for?\n?\nAtomicity, …\n"))
    assert card_title(card) == "What does ACID stand for?"


def test_a_heading_right_above_the_separator_is_the_front():
    text = "# Networking\n\n## TCP\n\n### What is a SYN flood?\n?\nMany half-open connections.\n\nRST::Reset.\n"
    first, second = find_cards(_numbered(text))
    assert (second.line, second.front, second.back) == (9, "RST", "Reset.")
    assert (first.line, first.end_line, first.front) == (5, 7, "What is a SYN flood?")
    doc = parse_flashcards(text, name="net")
    assert doc.deck_name == "Networking"
    assert [q.topic_path for q in doc.questions] == [("TCP",), ("TCP",)]  # never the question
