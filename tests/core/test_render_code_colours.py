"""A code block's colours are its theme's, whichever theme rendered code before it
(core.mdcode keeps a Pygments style's table of colours once made): the light and
dark themes, one after the other and back, each in its own colours; a language
Pygments does not know shows the code plain, as a block with no language does."""

from __future__ import annotations

import re

import pytest

from studyapp.core.render import render_markdown

PYTHON = "```python\ndef area(r):\n    return 3.14 * r * r\n```"
# Keyword and background colours of each theme's Pygments style (core.render).
KEYWORD = {"light": "#008000", "dark": "#FF7B72"}
BACKGROUND = {"light": "#f8f8f8", "dark": "#0d1117"}
COLOUR = re.compile(r"#[0-9A-Fa-f]{3,6}\b")


def colours(html: str) -> set[str]:
    return {c.upper() for c in COLOUR.findall(html)}


@pytest.mark.parametrize("order", [("light", "dark", "light"), ("dark", "light", "dark")])
def test_each_theme_keeps_its_own_code_colours(order):
    shown = [(theme, render_markdown(PYTHON, theme=theme)) for theme in order]
    for theme, html in shown:
        other = "dark" if theme == "light" else "light"
        assert f'style="color: {KEYWORD[theme]}; font-weight: bold">def' in html or (
            f'style="color: {KEYWORD[theme]}">def' in html
        ), (theme, html)
        assert BACKGROUND[theme] in html
        assert KEYWORD[other].upper() not in colours(html)
    assert shown[0][1] == shown[2][1]  # the same theme again: the same HTML


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_unknown_or_no_language_shows_plain_code(theme):
    plain = render_markdown("```\nx = 1 + 2\n```", theme=theme)
    for fence in ("nosuchlanguage", "nosuchlanguage", "NoSuchLanguage"):
        assert render_markdown(f"```{fence}\nx = 1 + 2\n```", theme=theme) == plain
    assert "<code>x = 1 + 2</code>" in plain


def test_a_language_named_in_capitals_is_highlighted_as_in_lower_case():
    lower = render_markdown("```python\nimport os\n```")
    assert render_markdown("```Python\nimport os\n```") == lower
    assert KEYWORD["light"] in lower
