"""A page exported on one line (Google Docs' "Download → Web page" writes its whole body
so): its blocks are read one by one, as the page shows them, not as one line of text."""

from studyapp.core.parse import parse_file
from studyapp.core.render import render_markdown


def _questions(path):
    return [(q.title, q.answer_markdown.strip(), q.topic_path) for q in parse_file(path).questions]


def test_a_google_docs_page_on_one_line_gives_its_questions(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text(
        '<html><head><style type="text/css">.c1{font-weight:700}</style></head>'
        '<body class="doc-content"><h2 id="h.1"><span>Storage</span></h2>'
        '<h3 id="h.2"><span>What is a write-ahead log?</span></h3>'
        '<p class="c0"><span>Changes are logged before they are applied.</span></p>'
        '<h3 id="h.3"><span>Why use a message queue?</span></h3>'
        '<p class="c0"><span>To decouple producers from consumers:</span></p>'
        "<ul><li><span>absorbs bursts</span></li><li><span>retries</span></li></ul>"
        "</body></html>\n",
        encoding="utf-8",
    )
    assert _questions(page) == [
        ("What is a write-ahead log?", "Changes are logged before they are applied.", ("Storage",)),
        (
            "Why use a message queue?",
            "To decouple producers from consumers:\n\n- absorbs bursts\n- retries",
            ("Storage",),
        ),
    ]


def test_code_on_the_line_stays_one_block(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text(
        "<html><body><h3>How do you reverse a list?</h3><p>Slice it:</p>"
        "<pre><code>xs[::-1]</code></pre><h3>How do you copy a dict?</h3><p>dict(d)</p>"
        "</body></html>\n",
        encoding="utf-8",
    )
    titles = [t for t, _, _ in _questions(page)]
    assert titles == ["How do you reverse a list?", "How do you copy a dict?"]
    assert "xs[::-1]" in parse_file(page).questions[0].answer_markdown


def test_a_paragraph_in_the_title_style_names_the_deck(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text(
        '<html><body><p class="c3 title" id="h.1"><span>System Design Notes</span></p>'
        '<p class="subtitle"><span>Spring</span></p>'
        "<h3>What is a write-ahead log?</h3><p>Changes logged before they are applied.</p>"
        "<h3>Why use a queue?</h3><p>To absorb bursts.</p></body></html>\n",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    assert parsed.deck_name == "System Design Notes"
    assert [q.title for q in parsed.questions] == [
        "What is a write-ahead log?",
        "Why use a queue?",
    ]


def test_a_table_after_a_paragraph_on_the_line_is_kept(tmp_path):
    """A table right after a paragraph of a one-line page was left out with the rest of
    that paragraph's part of the line: its answer lost the table."""
    page = tmp_path / "notes.html"
    page.write_text(
        "<html><body><h3>How fast is a hash map?</h3><p>It depends on the operation:</p>"
        "<table><tr><td><p>get</p></td><td><p>O(1)</p></td></tr>"
        "<tr><td><p>put</p></td><td><p>O(1) amortised</p></td></tr></table>"
        "<p>Worst case O(n).</p><h3>What is a heap?</h3><p>A tree kept in order.</p>"
        "<table><tr><th>op</th><th>cost</th></tr><tr><td>push</td><td>log n</td></tr></table>"
        "</body></html>\n",
        encoding="utf-8",
    )
    first, second = parse_file(page).questions
    assert "O(1) amortised" in first.answer_markdown
    assert first.answer_markdown.index("O(1) amortised") < first.answer_markdown.index("Worst")
    assert (second.title, "log n" in second.answer_markdown) == ("What is a heap?", True)


def test_underscores_around_a_word_stay_characters(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text(
        "<html><body><h3>What does __init__ do?</h3><p>__init__ sets up an instance;"
        " _private and __mangled names too, as does snake_case.</p></body></html>\n",
        encoding="utf-8",
    )
    (question,) = parse_file(page).questions
    assert question.title == "What does __init__ do?"
    html = render_markdown(question.answer_markdown)
    assert "<em>" not in html
    assert "__init__ sets up an instance; _private and __mangled names" in html
