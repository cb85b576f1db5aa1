"""A saved web page's furniture among its questions (a newsletter box, "Also read"
links, an ad's label, share buttons) is no part of any answer; its code reads as a
fenced block, with the language the page names. A person's own Markdown notes keep
their "Read more" links."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _read(page: str, suffix: str = ".html") -> dict[str, str]:
    return {q.title: q.answer_markdown for q in parse_text(page, suffix=suffix).questions}


_PAGE = """<!DOCTYPE html>
<html><head><title>Python questions | PyBlog</title></head>
<body>
<article>
<h1>Python interview questions</h1>
<h2>What is a decorator?</h2>
<p>A callable that takes a function and returns a new one wrapping it.</p>
<p>Read more: <a href="/decorators">Decorators in depth</a>, <a href="/wraps">functools.wraps</a></p>
<div class="share-buttons"><a href="/t">Twitter</a> <a href="/f">Facebook</a></div>
<h2>What is a generator?</h2>
<p>A function that yields values lazily, keeping its state between calls.</p>
<pre><code class="language-python">def count():
    yield 1
    yield 2</code></pre>
<p>Sponsored</p>
<p>Follow us on Twitter</p>
<h2>What does the GIL do?</h2>
<p>It lets one thread run Python bytecode at a time.</p>
<h4>Join our newsletter</h4>
<p>Tips every Friday in your inbox.</p>
<p><a href="/join">Subscribe</a></p>
</article>
</body></html>
"""


def test_a_pages_furniture_is_no_part_of_its_answers():
    answers = _read(_PAGE)
    assert answers["What is a decorator?"] == (
        "A callable that takes a function and returns a new one wrapping it."
    )
    assert answers["What does the GIL do?"] == "It lets one thread run Python bytecode at a time."
    assert "Sponsored" not in answers["What is a generator?"]
    assert "Follow us" not in answers["What is a generator?"]
    # … from a saved page only: a person's own notes keep their "Read more" links
    notes = (
        "## What is a decorator?\n\nA callable that wraps a function.\n\n"
        "Read more: [Decorators in depth](https://example.org/decorators)\n\n"
        "## What is a generator?\n\nA function that yields values lazily.\n"
    )
    assert _read(notes, ".md")["What is a decorator?"] == (
        "A callable that wraps a function.\n\n"
        "Read more: [Decorators in depth](https://example.org/decorators)"
    )


def test_a_pages_code_closed_on_its_last_line_is_a_fence_in_its_language():
    answer = _read(_PAGE)["What is a generator?"]
    assert answer == (
        "A function that yields values lazily, keeping its state between calls.\n\n"
        "```python\ndef count():\n    yield 1\n    yield 2\n```"
    )


def test_code_that_says_advertisement_stays_code():
    page = (
        "<html><body>\n<h2>How do you print a banner?</h2>\n<p>With print:</p>\n"
        "<pre><code>Advertisement\nprint('Sponsored')</code></pre>\n</body></html>\n"
    )
    assert _read(page)["How do you print a banner?"] == (
        "With print:\n\n```\nAdvertisement\nprint('Sponsored')\n```"
    )


def test_code_in_a_pre_that_names_its_language_is_fenced_in_it():
    page = (
        "<html><body>\n<h2>How do you start a goroutine?</h2>\n<p>With go:</p>\n"
        '<pre class="language-go">go worker(jobs)\nwg.Wait()</pre>\n</body></html>\n'
    )
    assert _read(page)["How do you start a goroutine?"] == (
        "With go:\n\n```go\ngo worker(jobs)\nwg.Wait()\n```"
    )
