"""Generated documents in each format: parse finds exactly the generated questions
(their titles, first lines and answers) and accounts for every non-blank line.

Each document has a title, an intro, a table of contents, random questions whose
answers hold paragraphs, lists, code, tables and sub-headings, and a footer.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.parse import parse_text
from tests.helpers.random_markdown import WORDS as VOCABULARY

OPENERS = ["What is", "How does", "Why would you use", "When should you avoid", "Explain"]
NOUNS = [
    "a mutex",
    "gradient clipping",
    "the GIL",
    "a B-tree",
    "consistent hashing",
    "dropout",
    "a bloom filter",
    "TCP slow start",
    "backpressure",
    "a write-ahead log",
]
WORDS = st.sampled_from(VOCABULARY)


@st.composite
def questions(draw) -> list[str]:
    count = draw(st.integers(min_value=2, max_value=8))
    picked = draw(
        st.lists(
            st.tuples(st.sampled_from(OPENERS), st.sampled_from(NOUNS), WORDS),
            min_size=count,
            max_size=count,
            unique_by=lambda t: (t[1], t[2]),
        )
    )
    return [f"{opener} {noun} in {word} code?" for opener, noun, word in picked]


def sentence(words: list[str]) -> str:
    return (" ".join(words) + ".").capitalize()


@st.composite
def answer_parts(draw, *, headings: bool) -> list[list[str]]:
    """An answer as blocks of lines (no indentation; the format indents it)."""
    kinds = ["paragraph", "list", "code", "table"] + (["subheading"] if headings else [])
    parts: list[list[str]] = []
    for kind in draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=4)):
        words = draw(st.lists(WORDS, min_size=2, max_size=8))
        if kind == "paragraph":
            parts.append([sentence(words)])
        elif kind == "list":
            parts.append([f"- {w} first" for w in words[:3]])
        elif kind == "code":
            parts.append(["```python", "# a comment, not a heading", f"x = {words[0]!r}", "```"])
        elif kind == "table":
            parts.append(["| term | use |", "|---|---|", *(f"| {w} | {w}s |" for w in words[:2])])
        else:
            parts.append([f"#### Detail on {words[0]}", sentence(words)])
    if parts[-1][0].startswith("####"):
        parts.append([sentence(["in", "short", "yes"])])
    return parts


def _indent(parts: list[list[str]], pad: str) -> list[str]:
    lines: list[str] = []
    for part in parts:
        lines += [pad + line for line in part] + [""]
    return lines


def headings(qs, answers) -> list[str]:
    lines = []
    for i, (q, parts) in enumerate(zip(qs, answers, strict=True), 1):
        lines += [f"## {i}. {q}", "", *_indent(parts, "")]
    return lines


def list_items(qs, answers) -> list[str]:
    lines = []
    for i, (q, parts) in enumerate(zip(qs, answers, strict=True), 1):
        lines += [f"{i}. **{q}**", "", *_indent(parts, "   " if i < 10 else "    ")]
    return lines


def bold(qs, answers) -> list[str]:
    lines = []
    for q, parts in zip(qs, answers, strict=True):
        lines += [f"**{q}**", "", *_indent(parts, "")]
    return lines


def prefix(qs, answers) -> list[str]:
    lines = []
    for q, parts in zip(qs, answers, strict=True):
        first, *rest = parts
        if len(first) == 1:  # a sentence: on the answer mark's line
            lines += [f"**Q:** {q}", f"**A:** {first[0]}", "", *_indent(rest, "")]
        else:
            lines += [f"**Q:** {q}", "**A:**", "", *_indent(parts, "")]
    return lines


def details(qs, answers) -> list[str]:
    lines = []
    for q, parts in zip(qs, answers, strict=True):
        lines += ["<details>", f"<summary><b>{q}</b></summary>", ""]
        lines += [*_indent(parts, ""), "</details>", ""]
    return lines


FORMATS = {"headings": headings, "list-items": list_items, "bold": bold, "prefix": prefix}
FORMATS["details"] = details
HAS_SUBHEADINGS = {"headings", "list-items", "details"}


def document(fmt: str, qs: list[str], answers: list[list[list[str]]]) -> tuple[str, list[int]]:
    """The document, and the line each question starts on."""
    top = ["# Generated notes", "", "Questions I was asked this year.", ""]
    toc = ["## Contents", ""] + [f"- [{q}](#q{i})" for i, q in enumerate(qs)] + [""]
    body = FORMATS[fmt](qs, answers)
    footer = ["---", "", "## License", "", "Shared under CC0."]
    lines = top + toc + body + footer
    starts = []
    marker = re.compile(r"^(## \d+\. |\d+\. \*\*|\*\*Q:\*\* |\*\*|<summary>)")
    first = len(top) + len(toc)
    for number, line in enumerate(body, first + 1):
        if marker.match(line) and "**A:**" not in line:
            starts.append(number)
    return "\n".join(lines) + "\n", starts


@st.composite
def documents(draw):
    fmt = draw(st.sampled_from(sorted(FORMATS)))
    qs = draw(questions())
    answers = [draw(answer_parts(headings=fmt in HAS_SUBHEADINGS)) for _ in qs]
    text, starts = document(fmt, qs, answers)
    return fmt, qs, answers, text, starts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_give_exactly_their_questions(case):
    fmt, qs, answers, text, starts = case
    doc = parse_text(text, name="generated")
    assert [q.title for q in doc.questions] == qs, (fmt, doc.unit)
    assert [q.source_line for q in doc.questions] == starts
    assert doc.deck_name == "Generated notes"
    for question, parts in zip(doc.questions, answers, strict=True):
        for part in parts:
            for line in part:
                if not line.startswith(("|---", "```")):
                    assert line.strip("- #|").strip() in question.answer_markdown, (fmt, line)
        assert "Shared under CC0" not in question.answer_markdown
        assert "Contents" not in question.answer_markdown


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_account_for_every_line(case):
    fmt, _qs, _answers, text, _starts = case
    doc = parse_text(text, name="generated")
    covered: dict[int, str] = {}
    for q in doc.questions:
        for n in range(q.source_line, q.end_line + 1):
            covered[n] = "question"
    for region in doc.skipped:
        for n in range(region.start_line, region.end_line + 1):
            covered.setdefault(n, region.reason)
    lines = text.split("\n")
    lost = [n for n, line in enumerate(lines, 1) if line.strip() and n not in covered]
    assert not lost, (fmt, lost)
    assert covered[3] == "intro" and covered[5] == "table of contents"
    assert covered[len(lines) - 1] == "footer"  # the licence's last line
