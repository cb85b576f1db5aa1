"""Code keeps the language its notes gave it, as a fenced block's info string, so the
answer pane colours it: an HTML page's ``<pre><code class="language-…">`` (on the line
under a paragraph, or the whole block on one line) and reStructuredText's
``.. code-block:: lang`` directive."""

from __future__ import annotations

from studyapp.core.parse import parse_text

PAGE = """\
<html><body>
<h1>Rust notes</h1>
<h2>What does the borrow checker do?</h2>
<p>It rejects a value used after a move:</p>
<pre><code class="lang-rust">let s = String::new();
let t = s;
</code></pre>
<h2>What is a const?</h2>
<p>A value fixed at compile time.</p>
<pre class="highlight"><code class="language-js hljs">const x = 1;</code></pre>
</body></html>
"""


def test_an_html_pages_code_keeps_its_language():
    doc = parse_text(PAGE, suffix=".html")
    answers = {q.title: q.answer_markdown for q in doc.questions}
    assert answers["What does the borrow checker do?"] == (
        "It rejects a value used after a move:\n\n```rust\nlet s = String::new();\nlet t = s;\n```"
    )
    assert answers["What is a const?"] == "A value fixed at compile time.\n```js\nconst x = 1;\n```"
    assert [(q.source_line, q.end_line) for q in doc.questions] == [(3, 7), (8, 10)]


RST = """\
Go notes
========

What does defer do?
-------------------

Runs a call when the function returns:

.. code-block:: go
   :linenos:

   defer f.Close()

What is a literal block?
------------------------

Text under a paragraph ending in two colons::

   plain text, no language

"""


def test_an_rst_code_block_keeps_its_language():
    doc = parse_text(RST, suffix=".rst")
    answers = {q.title: q.answer_markdown for q in doc.questions}
    assert answers["What does defer do?"] == (
        "Runs a call when the function returns:\n\n```go\ndefer f.Close()\n```"
    )
    # a literal block names no language: indented code, as before
    assert answers["What is a literal block?"].endswith("\n\n    plain text, no language")
