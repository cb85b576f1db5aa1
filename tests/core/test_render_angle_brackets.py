"""Words between angle brackets stay in the answer: generics, inequalities, templates.

They were taken for HTML tags and dropped by the sanitizer, with the words between
them ("A std::vector<int> is a dynamic array" showed as "A std::vector")."""

from __future__ import annotations

import html
import re

import pytest

from studyapp.core.render import render_markdown


def shown(md: str) -> str:
    """The text a reader sees: tags out, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", render_markdown(md)))


@pytest.mark.parametrize(
    "written",
    [
        "A std::vector<int> is a dynamic array; std::map<std::string, int> is sorted.",
        "Template<typename T> declares a template.",
        "List<String> holds strings and Map<K, V> maps keys.",
        "If x<y && y>z then x<z.",
        "Optional<Object> may be empty, as may List<Map>.",
        # The same kind, written afresh: Rust, TypeScript, C#, Java bounds, maths.
        "Result<T, E> and Box<dyn Error> carry errors.",
        "An async function returns Promise<void> or Array<{ id: number }>.",
        "Dictionary<string, List<int>> nests generics.",
        "<T extends Comparable<T>> bounds a type.",
        "For 0 < p < 1 and a<b>c, nothing is markup.",
    ],
)
def test_generics_and_inequalities_read_as_written(written):
    assert " ".join(shown(written).split()) == written


def test_html_written_as_html_still_renders():
    out = render_markdown(
        "a <b>bold</b> word, H<sub>2</sub>O, line<br>break, <kbd>Ctrl</kbd>, "
        '<span style="color:red">red</span>'
    )
    assert "<b>bold</b>" in out and "<sub>2</sub>" in out and "<br>" in out
    assert "<kbd>Ctrl</kbd>" in out and "<span" in out and "&lt;" not in out


def test_code_links_and_html_blocks_are_untouched():
    out = render_markdown(
        "<https://example.com> and `vector<int>`\n\n"
        "<details>\n<summary>More</summary>\n\nHidden <i>text</i>.\n</details>\n\n"
        "<script>alert(1)</script> after"
    )
    assert '<a href="https://example.com">' in out
    assert "<code>vector&lt;int&gt;</code>" in out
    assert "<i>text</i>" in out and "More" in out
    assert "alert" not in out and "<script" not in out
