"""A saved page that says code and nesting with its stylesheet (Google Docs' "Download
→ Web page"): code set in a monospace font is code, lines and spaces kept; a bullet
whose list class names a deeper level is nested; headings sit under the Title."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from studyapp.core.render import render_markdown

STYLE = (
    '<style type="text/css">ul.lst-kix_a1-0{list-style-type:none}'
    '.c0{font-family:"Arial";font-weight:400}.c7{font-size:10pt;font-family:"Courier New"}'
    ".title{font-size:26pt}</style>"
)


def _docs_page(body: str) -> str:
    """A page as Google Docs writes it: every block on one line."""
    return f'<html><head>{STYLE}</head><body class="c8 doc-content">{body}</body></html>\n'


def _read(page: str):
    return parse_text(page, suffix=".html")


def test_a_docs_page_keeps_its_code_its_nesting_and_its_title():
    page = _docs_page(
        '<p class="c5 title"><span class="c0">Backend prep</span></p>'
        "<h1><span>Caching</span></h1><h2><span>What is a cache stampede?</span></h2>"
        '<p><span class="c0">Many misses at once; call </span><span class="c7">recompute()'
        '</span><span class="c0"> early:</span></p>'
        '<p><span class="c7">if ttl &lt; beta * log(random()):</span><br>'
        '<span class="c7">&nbsp;&nbsp;&nbsp;&nbsp;recompute()</span></p>'
        '<p><span class="c7">return value</span></p>'
        "<h2><span>Which eviction policies do you know?</span></h2>"
        '<ul class="c2 lst-kix_a1-0 start"><li><span class="c0">LRU</span></li></ul>'
        '<ul class="c2 lst-kix_a1-1 start"><li><span class="c0">least recently used</span></li>'
        '<li><span class="c0">a list and a map</span></li></ul>'
        '<ul class="c2 lst-kix_a1-2 start"><li><span class="c0">O(1) each</span></li></ul>'
        '<ul class="c2 lst-kix_a1-0"><li><span class="c0">LFU</span></li></ul>'
        '<p><span class="c0">Redis has both.</span></p>'
    )
    parsed = _read(page)
    assert parsed.deck_name == "Backend prep"
    stampede, eviction = parsed.questions
    assert (stampede.topic_path, eviction.topic_path) == (("Caching",), ("Caching",))
    assert "`recompute()`" in stampede.answer_markdown
    assert (
        "```\nif ttl < beta * log(random()):\n    recompute()\nreturn value\n```"
        in stampede.answer_markdown
    )
    html = render_markdown(eviction.answer_markdown).replace("\n", "")
    assert (
        "<li><p>LRU</p><ul><li>least recently used</li><li><p>a list and a map</p><ul>" in (html)
        or "<li>LRU<ul><li>least recently used</li><li>a list and a map<ul><li>O(1) each" in html
    )
    assert html.count("<ul>") == 3 and "LFU" in html and "Redis has both." in html


def test_code_set_by_a_style_attribute_in_a_page_of_many_lines():
    """Another editor's export: the font in each run's style, a block a line."""
    page = (
        "<html><body>\n<h2>How do you list pods?</h2>\n"
        '<p><span style="font-family: Consolas, monospace">kubectl get pods</span></p>\n'
        '<p><span style="font-family: Consolas, monospace">kubectl get pods -A</span></p>\n'
        "<p>Add <span style=\"font-family:'Roboto Mono'\">-w</span> to watch.</p>\n"
        "<h2>What is a Deployment?</h2>\n<p>Replicas kept running.</p>\n</body></html>\n"
    )
    pods, deployment = _read(page).questions
    assert "```\nkubectl get pods\nkubectl get pods -A\n```" in pods.answer_markdown
    assert "`-w`" in pods.answer_markdown
    assert deployment.answer_markdown.strip() == "Replicas kept running."


def test_a_page_without_fonts_or_levels_reads_as_before():
    page = "<html><body><h2>What is TCP?</h2><p><span>A stream.</span></p></body></html>\n"
    (tcp,) = _read(page).questions
    assert tcp.answer_markdown.strip() == "A stream."
