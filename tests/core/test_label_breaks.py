"""In a deck whose single newlines read as spaces (GitHub-style Markdown), lines that
each open with a label ("Situation:", "Task:", "**Result:**") keep their line
breaks: a STAR answer written one part a line is not one run-on paragraph. Wrapped
prose still reads as one paragraph, and code is left as written."""

from __future__ import annotations

import re

import pytest

from studyapp.core.render import render_markdown


def _space(md: str) -> str:
    return render_markdown(md, line_breaks="space")


@pytest.mark.parametrize(
    "md",
    [
        "Situation: a migration due Friday.\nTask: I owned the rollout.\n"
        "Action: proposed Tuesday.\nResult: zero incidents.",
        "- Tell me about a conflict.\n  **Situation:** two teams wanted one slot.\n"
        "  **Outcome:** we ranked by impact.",
    ],
)
def test_labelled_lines_keep_their_line_breaks(md):
    html = _space(md)
    lines = [line for line in md.split("\n") if ":" in line]
    assert html.count("<br") == len(lines) - 1, html


def test_a_labelled_line_after_a_sentence_starts_a_line_of_its_own():
    html = _space("We optimised CTR and retention dropped.\nLesson: pick the metric first.")
    assert "dropped.<br" in html


@pytest.mark.parametrize(
    "md",
    [
        "Self-attention is permutation-invariant, so the order\nmust be injected by an encoding.",
        "See the docs at\nhttp://example.org: they say it all.",
        "```yaml\nname: build\non: push\n```",
    ],
)
def test_wrapped_prose_and_code_are_left_as_written(md):
    assert "<br" not in _space(md)


@pytest.mark.parametrize(
    "md",
    [
        "```python\nprint(len({1, 1, 2}))\n```\nA) 1\nB) 2\nC) 3\nD) Error\n\nAnswer: B",
        "Which type is immutable?\n(a) list\n(b) tuple\n(c) dict",
        "Pick one\na. heap\nb. stack",
    ],
)
def test_a_quizs_options_written_one_a_line_stay_one_a_line(md):
    html = _space(md)
    options = [line for line in md.split("\n") if re.match(r"\(?[A-Da-d][).] ", line)]
    assert html.count("<br") == len(options) - (1 if md.startswith("```") else 0), html
    assert "<br" not in _space("A. Turing wrote it in 1936.\nIt founded the field.")
