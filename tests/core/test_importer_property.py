"""Property-based: whatever Markdown a notes file holds, the importer returns questions
(titles non-empty and at most 120 characters, source lines inside the file) or raises
its own StudyAppError, quickly; and whatever an answer holds, the HTML is sanitized."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core import mdguard, repair, textio
from studyapp.core.model import ParsedDocument, StudyAppError
from studyapp.core.parse import parse_text
from studyapp.core.render import render_markdown
from tests.core.test_hostile_inputs import assert_sanitized

# Any character but surrogates, weighted towards the ones Markdown and HTML care about.
MARKUP = "#*_`[]()<>!|-+=~>\\&;:\"'/ \t"
any_char = st.characters(exclude_categories=("Cs",))
text_char = st.one_of(any_char, st.sampled_from(MARKUP), st.sampled_from("abcdefgh xyz?"))
words = st.text(text_char, max_size=60)
plain_words = st.text(st.sampled_from("abcdefghij klmnop?"), min_size=1, max_size=40)
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<iframe src='http://evil.example'></iframe>",
    "[x](javascript:alert(1))",
    "![x](file:///etc/passwd)",
    "![x](../../secret.png)",
    '<a href="data:text/html,x">d</a>',
    "<svg onload=alert(1)>",
    '<p style="background:url(http://evil.example)">s</p>',
    "<object data=x></object>",
]
inline = st.one_of(
    words,
    plain_words,
    st.sampled_from(HOSTILE),
    plain_words.map(lambda w: f"**{w}**"),
    plain_words.map(lambda w: f"`{w}`"),
    st.tuples(plain_words, plain_words).map(lambda t: f"[{t[0]}](https://example.com/{t[1]})"),
)
line = st.lists(inline, min_size=1, max_size=5).map(" ".join)


@st.composite
def block(draw) -> str:
    kind = draw(
        st.sampled_from(
            ["heading", "question", "bold", "paragraph", "list", "code", "table", "rule", "raw"]
        )
    )
    if kind == "heading":
        return "#" * draw(st.integers(1, 6)) + " " + draw(line)
    if kind == "question":
        level = "#" * draw(st.integers(2, 4))
        return f"{level} Q{draw(st.integers(1, 999))}. {draw(line)}?"
    if kind == "bold":
        return f"**{draw(plain_words)}?**"
    if kind == "paragraph":
        return "\n".join(draw(st.lists(line, min_size=1, max_size=4)))
    if kind == "list":
        items = draw(st.lists(st.tuples(st.integers(0, 4), line), min_size=1, max_size=6))
        marker = draw(st.sampled_from(["-", "*", "+", "1."]))
        return "\n".join("    " * depth + f"{marker} {text}" for depth, text in items)
    if kind == "code":
        fence = draw(st.sampled_from(["```", "~~~", "````"]))
        lang = draw(st.sampled_from(["", "python", "sql", "nope"]))
        body = "\n".join(draw(st.lists(words, max_size=4)))
        closed = draw(st.booleans())
        return f"{fence}{lang}\n{body}\n{fence if closed else ''}"
    if kind == "table":
        cols = draw(st.integers(1, 4))
        rows = draw(st.lists(st.lists(words, min_size=cols, max_size=cols), max_size=4))
        head = "| " + " | ".join(f"h{i}" for i in range(cols)) + " |"
        rule = "|" + "---|" * cols
        return "\n".join([head, rule, *("| " + " | ".join(r) + " |" for r in rows)])
    if kind == "rule":
        return draw(st.sampled_from(["---", "***", "___", "- - -"]))
    return draw(st.sampled_from(HOSTILE))


documents = st.lists(block(), max_size=25).flatmap(
    lambda blocks: st.sampled_from(["\n\n", "\n", "\n\n\n"]).map(lambda sep: sep.join(blocks))
)

PROPERTY = settings(
    deadline=2000,  # ms per input: a hang or a quadratic blow-up fails the example
    max_examples=150,
    database=None,  # no .hypothesis folder in the checkout
    suppress_health_check=[HealthCheck.too_slow],
)


def check_document(doc: ParsedDocument, text: str) -> None:
    assert isinstance(doc, ParsedDocument)
    lines = max(1, len(text.splitlines()))
    for question in doc.questions:
        assert question.title.strip(), question
        assert question.title == question.title.strip(), question.title
        assert 1 <= question.source_line <= lines, (question.source_line, lines)
        assert isinstance(question.answer_markdown, str)


@PROPERTY
@given(documents)
def test_parse_text_returns_sane_questions_or_its_own_error(text):
    try:
        doc = parse_text(text, name="Generated")
    except StudyAppError:
        return
    check_document(doc, text)


@PROPERTY
@given(st.lists(st.one_of(documents.map(str.encode), st.binary(max_size=200)), max_size=4))
def test_bytes_to_questions_never_fails_any_other_way(chunks):
    """The whole path from a file's bytes: decode, repair, parse."""
    data = b"\n".join(chunks)
    try:
        text = repair.repair_text(textio.decode_notes(data, "notes.md"))
        doc = parse_text(text, name="notes")
    except StudyAppError:
        return
    check_document(doc, text)


@PROPERTY
@given(documents)
def test_every_answer_renders_sanitized(tmp_path_factory, text):
    base = tmp_path_factory.getbasetemp()
    try:
        doc = parse_text(text, name="Generated")
    except StudyAppError:
        return
    for question in doc.questions:
        assert_sanitized(render_markdown(question.answer_markdown, base_dir=base), base)
    assert_sanitized(render_markdown(text, base_dir=base, theme="dark"), base)


@PROPERTY
@given(st.text(any_char, max_size=500), st.text(any_char, max_size=40))
def test_the_plain_text_fallback_is_escaped(md, reason):
    out = mdguard.plain_html(md, reason)
    assert_sanitized(out, Path.cwd())
    assert set(re.findall(r"</?([a-z]+)", out)) <= {"p", "br", "em", "pre"}
