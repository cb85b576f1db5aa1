"""Answers render as their author wrote them: lists, math, line breaks, escapes, code,
missing images, bounded tables (core.render with core.mdlists and core.texmath)."""

from __future__ import annotations

import base64
import re

import pytest

from studyapp.core import render, texmath
from studyapp.core.mdlists import normalize_lists
from studyapp.core.render import (
    MAX_SPAN,
    line_breaks_for,
    markdown_hash,
    render_markdown,
)


def _items(html: str) -> list[str]:
    """The text of each <li>, in order, tags removed."""
    return [
        " ".join(re.sub(r"<[^>]+>", " ", m).split())
        for m in re.findall(r"<li>(.*?)(?=<li>|</li>)", html, re.S)
    ]


# --- lists ----------------------------------------------------------------------


def _depth(html: str) -> int:
    """How deep lists nest (1: a flat list)."""
    depth = deepest = 0
    for closing, _tag in re.findall(r"<(/?)([ou]l)\b", html):
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    return deepest


# (case, markdown, list items in order, how deep the lists nest)
LISTS = [
    (
        "after a paragraph line",
        "Ways to prevent it:\n- More data\n- Dropout\n",
        ["More data", "Dropout"],
        1,
    ),
    ("nested by two spaces", "- a\n  - b\n    - c\n- d\n", ["a", "b", "c", "d"], 3),
    ("nested by four spaces", "- a\n    - b\n        - c\n- d\n", ["a", "b", "c", "d"], 3),
    (
        "bullets under a numbered item",
        "1. first\n   - x\n   - y\n2. second\n",
        ["first", "x", "y", "second"],
        2,
    ),
    ("1) markers after a paragraph", "Steps:\n1) one\n2) two\n", ["one", "two"], 1),
    (
        "nested after the item's own text",
        "- a\n  more about a\n  - b\n- c\n",
        ["a more about a", "b", "c"],
        2,
    ),
    ("a list in a block quote", "> Note:\n> - a\n> - b\n", ["a", "b"], 1),
    ("a list after a heading", "### Pros\n- fast\n- simple\n", ["fast", "simple"], 1),
    (
        "a second paragraph inside an item",
        "- item\n\n  more text\n- next\n",
        ["item more text", "next"],
        1,
    ),
    # Where a table ends, the list after it starts (core.mdlists reads only that).
    ("right under a table", "| h |\n|---|\n| 1 |\n- c\n  - d\n", ["c", "d"], 2),
    (
        "a table inside an item",
        "- a\n  | x | y |\n  |---|---|\n  | 1 | 2 |\n- b\n  - c\n",
        ["a x y 1 2", "b", "c"],
        2,
    ),
    (
        "after a table in a quote and a table whose row lacks a cell",
        "> | q |\n> |---|\n> | r |\n\n| h | i |\n|---|---|\n| 1 |\n1) one\n2) two\n",
        ["one", "two"],
        1,
    ),
]


@pytest.mark.parametrize(("case", "md", "items", "nested"), LISTS, ids=[c[0] for c in LISTS])
def test_lists_render_as_lists(case, md, items, nested):
    out = render_markdown(md)
    assert _items(out) == items, out
    assert _depth(out) == nested, out


def test_a_code_block_inside_a_list_item_stays_in_it():
    md = "1. Train:\n   ```python\n   model.fit(X, y)\n   ```\n2. Evaluate:\n\n   ```\n   score(X)\n   ```\n"
    out = render_markdown(md)
    first, second = re.findall(r"<li>.*?</li>", out, re.S)
    assert "<pre" in first and "fit" in first and "<pre" in second and "score" in second
    assert "```" not in out


def test_a_heading_or_quote_right_under_an_items_text_is_a_block_in_the_item():
    out = render_markdown("1. Step\n   ### Detail\n   text\n2. Next\n- item\n  > quoted\n- more\n")
    first = re.search(r"<li>.*?</li>", out, re.S).group()
    assert "<h3>Detail</h3>" in first and "### " not in out
    quote = r'<table class="quote"[^>]*><tr><td class="quote">'  # a quote, as Qt draws one
    assert re.search(rf"<li>\s*<p>item</p>\s*{quote}\s*<p>quoted</p>", out)


def test_a_numbered_line_inside_a_paragraph_stays_text():
    # CommonMark: a list starting at 2 cannot interrupt a paragraph, so this is one item.
    out = render_markdown(
        "1. Forests build trees independently.\n   2. Boosting builds one at a time.\n"
    )
    assert out.count("<li>") == 1 and "2. Boosting" in out


def test_markdown_after_a_block_html_tag_is_rendered():
    out = render_markdown(
        "<details><summary>More</summary>\n<p>\n\n- one\n- two\n\n</p>\n</details>"
    )
    assert _items(out) == ["one", "two"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings(newline):
    out = render_markdown(newline.join(["Ways:", "- a", "  - b", "- c", ""]))
    assert _items(out) == ["a", "b", "c"] and _depth(out) == 2
    assert render_markdown("\r0\n\n- ").count("<li>") == 1  # found by hypothesis


def test_lines_outside_lists_are_left_as_written():
    md = "Intro\n\n```\n- not a list\n  1) nor this\n```\n\n    - indented code\n"
    assert normalize_lists(md) == md
    assert "<li>" not in render_markdown(md)


# --- math -----------------------------------------------------------------------


def _svgs(html: str) -> list[str]:
    return [
        base64.b64decode(d).decode()
        for d in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
    ]


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize(
    "md",
    [
        r"Cost $O(n^2 \cdot d)$ per layer.",
        r"Learn $\gamma$ and $\beta$.",
        r"Inline \(x_i^2\) too.",
        "$$\n\\text{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V\n$$",
        r"Display \[\sum_{i=1}^n x_i\] in a line.",
        r"Double dollars $$L = -\sum y \log p$$ in a line.",
    ],
)
def test_formulas_become_images_with_no_tex_left(md):
    out = render_markdown(md)
    svgs = _svgs(out)
    assert svgs and all(s.startswith("<svg") for s in svgs)
    assert not re.search(r"\\[a-z]+|\$", _text(out)), out
    assert re.search(r'<img [^>]*width="\d+" height="\d+"', out)  # sized: no decoding to lay out


def test_formula_colour_follows_the_theme():
    light, dark = render_markdown("$x^2$", theme="light"), render_markdown("$x^2$", theme="dark")
    assert render._PALETTES["light"]["text"] in _svgs(light)[0]
    assert render._PALETTES["dark"]["text"] in _svgs(dark)[0]


def test_a_display_block_is_centred():
    out = render_markdown("$$\nE = mc^2\n$$")
    assert re.fullmatch(r'<p align="center"><img [^>]+></p>', out.strip())


@pytest.mark.parametrize(
    "md",
    [
        "\\[ P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)} \\]\nA salary of $120k is not math.",
        "The loss is:\n$$L = -\\sum_i y_i \\log p_i$$\nsummed over the classes.",
    ],
)
def test_a_formula_alone_on_its_line_is_centred_apart_from_the_sentence(md):
    out = render_markdown(md, line_breaks="space")  # a paragraph's lines joined
    assert re.search(r'<p align="center"><img [^>]+></p>', out), out
    after = out.split("</p>")[-2]
    assert "<img" not in after and ("$120k" in after or "summed" in after)


def test_a_formula_inside_a_sentence_stays_in_it():
    out = render_markdown("Double dollars $$L = -\\sum y \\log p$$ in a line.")
    assert 'align="center"' not in out and "in a line." in out


@pytest.mark.parametrize(
    ("md", "shown"),
    [
        ("It costs $250 a month.", "It costs $250 a month."),
        ("It costs $5 and $10.", "It costs $5 and $10."),
        ("From $5-$10 per hour.", "From $5-$10 per hour."),
        (r"The base value is \$250k, final \$275k.", "The base value is $250k, final $275k."),
        ("Use `$HOME` and `$x$` in code.", "Use $HOME and $x$ in code."),
        # Shell variables quoted in a sentence: the words between them are not a formula.
        ('Quoted "$@" keeps each argument separate; "$*" joins them.', None),
        ('"${files[@]}" expands each element apart, "${files[*]}" as one word.', None),
        ("A price of $x per unit and a total of y$ dollars.", None),
    ],
)
def test_dollar_amounts_are_not_math(md, shown):
    out = render_markdown(md)
    assert "<img" not in out
    assert _text(out).strip() == (shown or md)


@pytest.mark.parametrize(
    "tex",
    [
        r"\frac{1}{",
        "x^{" * 12 + "y" + "}" * 12,
        "x+" * 600,
        r"\alpah + 1",  # a typo: would be drawn as the letters of the command's name
        r"\sqrt{\undefinedcmd{x}}",
    ],
)
def test_a_formula_that_cannot_be_drawn_shows_its_tex_as_code(tex):
    out = render_markdown(f"Here: ${tex}$ done")
    assert "<img" not in out
    assert '<code class="tex">' in out and "done" in out


def test_a_hostile_answer_draws_formulas_only_within_its_budget(monkeypatch):
    drawn = []
    real = texmath._draw
    monkeypatch.setattr(texmath, "_draw", lambda tex, **kw: drawn.append(tex) or real(tex, **kw))
    texmath._cache.clear()
    md = " ".join(f"${'{' * 6}x_{i}{'}' * 6}$" for i in range(200))
    out = render_markdown(md)
    assert 0 < len(drawn) < 200  # the rest shown as TeX, not drawn
    assert out.count("<img") == len(drawn) and out.count('class="tex"') == 200 - len(drawn)


def test_drawn_formulas_are_cached_by_tex_style_colour_and_size(monkeypatch):
    drawn = []
    real = texmath._draw
    monkeypatch.setattr(
        texmath, "_draw", lambda tex, **kw: drawn.append((tex, kw)) or real(tex, **kw)
    )
    texmath._cache.clear()
    render_markdown("$a+b$ and $a+b$ again")
    render_markdown("$a+b$ in another answer")
    assert len(drawn) == 1
    render_markdown("$a+b$", theme="dark")  # another colour
    render_markdown("$$a+b$$")  # display style
    assert len(drawn) == 3


def test_placeholder_characters_in_notes_are_harmless():
    out = render_markdown("odd \ue000i0\ue001 text and $x$")
    assert out.count("<img") == 1 and "\ue000" not in out


# --- line breaks, escapes, code, images ------------------------------------------------


def test_line_break_convention():
    md = "first line\nsecond line"
    assert "first line<br>\nsecond line" in render_markdown(md, line_breaks="break")
    spaced = render_markdown(md, line_breaks="space")
    assert "<br" not in spaced and "first line\nsecond line" in spaced
    assert markdown_hash(md, line_breaks="break") != markdown_hash(md, line_breaks="space")
    with pytest.raises(ValueError):
        render_markdown(md, line_breaks="newline")


def test_line_breaks_setting_overrides_the_deck_which_overrides_the_default():
    settings: dict[str, str] = {}

    def get(key, default=None):
        return settings.get(key, default)

    assert line_breaks_for(get, 7) == "break"
    settings["deck.7.line_breaks"] = "space"
    assert line_breaks_for(get, 7) == "space"
    assert line_breaks_for(get, 8) == "break"
    settings["render.line_breaks"] = "break"
    assert line_breaks_for(get, 7) == "break"
    settings["render.line_breaks"] = "auto"
    assert line_breaks_for(get, 7) == "space"


@pytest.mark.parametrize(
    ("md", "shown"),
    [(r"\$250k", "$250k"), (r"a \~ b \| c \% d", "a ~ b | c % d"), (r"\<b\> \& \@", "<b> & @")],
)
def test_escapes_render_as_the_character(md, shown):
    out = render_markdown(md)
    import html

    assert html.unescape(_text(out)).strip() == shown
    assert "<b>" not in out


def test_code_blocks_have_no_empty_last_line():
    for md in (
        "```python\nx = 1\ny = 2\n```",
        "    indented = True\n",
        "- item\n\n  ```\n  code\n  ```",
    ):
        out = render_markdown(md)
        assert re.search(r"</code></pre>", out)
        assert not re.search(r"\n(?:</span>)*</code></pre>", out), out


def test_a_missing_image_shows_its_file_name_quietly(tmp_path):
    out = render_markdown("![alt text](img/diagram%201.png)", base_dir=tmp_path)
    assert '<span class="missing-image">[image: diagram 1.png — not in your notes]</span>' in out
    assert "alt text" not in out
    assert ".missing-image" in render.answer_css("dark")


# --- tables -----------------------------------------------------------------------------


def test_spans_are_bounded():
    out = render_markdown(
        '<table><tr><td colspan="2000" rowspan="99999">a</td><td colspan="x">b</td></tr></table>'
    )
    assert f'colspan="{MAX_SPAN}"' in out and f'rowspan="{MAX_SPAN}"' in out
    assert 'colspan="x"' not in out and "2000" not in out


def test_the_hostile_table_is_shown_as_lines_not_a_huge_grid():
    row = '<tr><td colspan="2000">a</td><td colspan="2000">b</td></tr>'
    md = "<table>" + row * 100 + "</table>"
    assert len(md) < 6_000
    out = render_markdown(md)
    assert "<table" not in out and "<td" not in out
    assert out.count("<p>a | b</p>") == 100


def test_a_huge_table_with_a_header_and_body_leaves_no_table_tags():
    rows = '<tr><td colspan="40">1</td><td colspan="40">2</td></tr>' * 100  # 8,000 cells
    md = f"<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>{rows}</tbody></table>"
    out = render_markdown(md)
    assert not any(tag in out for tag in ("<table", "<thead", "<tbody", "<tr", "<td", "<th"))
    assert out.count("<p>1 | 2</p>") == 100 and "<p>a | b</p>" in out


def test_ordinary_tables_stay_tables():
    md = "| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * 300
    out = render_markdown(md)
    assert out.count("<table") == 1 and out.count("<tr>") == 301


def test_thousands_of_list_items_are_shown_as_text_not_reshaped_for_seconds():
    out = render_markdown("- item\n\n  more\n" * 5_000)
    assert out.startswith("<p><em>Shown as plain text")
    assert "<li>" in render_markdown("- item\n\n  more\n" * 50)


@pytest.mark.parametrize(
    "md",
    [
        r"Why is $posterior \propto likelihood \times prior$ enough for MAP?",
        r"Amdahl: $speedup \le serial \div parallel$ roughly.",
        r"Cost: $total \approx tokens \times price$ per call.",
    ],
)
def test_a_formula_written_in_words_joined_by_commands_is_drawn(md):
    """Shell variables between dollars are words, not math; a formula whose variables
    are words, joined by \\propto or \\times, is still a formula."""
    assert render_markdown(md).count("<img") == 1
