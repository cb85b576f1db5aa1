"""Code blocks as the pane and the PDF draw them (core.answer_look.boxed_code): every
line its own block with a hanging indent, nothing of the code lost or reordered, its
highlighting intact where a coloured span runs over several lines."""

from __future__ import annotations

import html
import re

import pytest

from studyapp.core.answer_look import CODE_HANG, answer_css, boxed_code
from studyapp.core.render import render_markdown

LINE = re.compile(
    r'<pre style="[^"]*margin-left: ([\d.]+)px; text-indent: -([\d.]+)px">(.*?)</pre>'
)
TAG = re.compile(r"<[^>]+>")


def boxed_lines(code: str, fence: str = "python", column: float = 7.0) -> list[tuple[float, str]]:
    rendered = render_markdown(f"```{fence}\n{code}\n```")
    out = boxed_code(rendered, column)
    assert out.count('<td class="code"') == 1
    lines = []
    for margin, indent, body in LINE.findall(out):
        assert margin == indent  # the first line starts at the edge, the rest hang
        assert body.count("<span") == body.count("</span>")  # each line closes what it opens
        lines.append((float(margin), html.unescape(TAG.sub("", body)).replace("\xa0", "")))
    return lines


CODES = [
    'def f(x):\n    s = """multi\n  line string"""\n\n    return x',
    "if a:\n\tif b:\n\t\tgo()\n",
    "plain\n\n\n  spaced",
]


@pytest.mark.parametrize("code", CODES)
def test_every_line_of_code_is_kept_in_order(code):
    expected = code.rstrip("\n").expandtabs(4).split("\n")  # Markdown turns tabs to spaces
    assert [text for _, text in boxed_lines(code)] == expected


@pytest.mark.parametrize(("code", "fence"), [(c, f) for c in CODES for f in ("python", "")])
def test_a_wrapped_line_hangs_right_of_where_its_text_starts(code, fence):
    for margin, text in boxed_lines(code, fence, column=10.0):
        columns = len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip(" "))
        assert margin == pytest.approx((columns + CODE_HANG) * 10.0)


def test_a_multi_line_string_keeps_its_colour_on_each_line():
    out = boxed_code(render_markdown('```python\ns = """one\ntwo\nthree"""\n```'), 7.0)
    for word in ("two", "three"):
        line = next(body for _, _, body in LINE.findall(out) if word in body)
        assert 'style="color' in line.split(word)[0]  # reopened at the line's start


def test_the_box_is_padded_and_tinted_in_each_theme():
    out = boxed_code(render_markdown("```\ncode\n```"), 7.0)
    assert 'cellpadding="8"' in out and "<div" not in out
    for theme in ("light", "dark"):
        assert re.search(r"td\.code \{ background-color: #[0-9a-f]{6}", answer_css(theme))


def test_html_without_code_is_left_alone():
    text = render_markdown("Just *words* and `inline code`.")
    assert boxed_code(text, 7.0) == text
