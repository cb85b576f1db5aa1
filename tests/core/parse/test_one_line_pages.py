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


def test_text_in_a_div_after_a_heading_on_one_line_is_the_answer_not_the_title(tmp_path):
    """A minified page whose answers sit in <div>s, not <p>s: an answer opening in lower
    case was read into the heading before it ("Is Redis single-threaded? mostly, for
    commands." as the title)."""
    page = tmp_path / "redis.html"
    page.write_text(
        "<html><body><h2>Default port of Postgres?</h2><div>5432</div>"
        "<h2>Is Redis single-threaded?</h2><div>mostly, for commands.</div>"
        "<h2>Lookup cost in a B-tree?</h2><div>O(log n)</div></body></html>\n",
        encoding="utf-8",
    )
    assert [t for t, _, _ in _questions(page)] == [
        "Default port of Postgres?",
        "Is Redis single-threaded?",
        "Lookup cost in a B-tree?",
    ]
    assert _questions(page)[1][1] == "mostly, for commands."
    fresh = tmp_path / "net.html"
    fresh.write_text(
        "<html><body><section><h3>Why use UDP?</h3><section>low latency, no handshake."
        "</section></section><section><h3>Why use TCP?</h3><div><span>ordered, reliable"
        " delivery.</span></div></section></body></html>\n",
        encoding="utf-8",
    )
    assert [(t, a) for t, a, _ in _questions(fresh)] == [
        ("Why use UDP?", "low latency, no handshake."),
        ("Why use TCP?", "ordered, reliable delivery."),
    ]


def test_a_heading_and_its_div_on_each_line_of_a_page_read_apart(tmp_path):
    """The same on a page written a question a line: one heading and its <div> on each
    line, where the line held no second block to part it at."""
    page = tmp_path / "lines.html"
    page.write_text(
        "<html><body>\n<h2>What does VACUUM do?</h2><div>reclaims dead rows.</div>\n"
        "<h2>What does ANALYZE do?</h2><div>refreshes the planner's statistics.</div>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    assert [(t, a) for t, a, _ in _questions(page)] == [
        ("What does VACUUM do?", "reclaims dead rows."),
        ("What does ANALYZE do?", "refreshes the planner's statistics."),
    ]
