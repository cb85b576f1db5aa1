"""A page exported on one line (Google Docs' "Download → Web page" writes its whole body
so): its blocks are read one by one, as the page shows them, not as one line of text."""

from studyapp.core.parse import parse_file


def _questions(path):
    return [(q.title, q.answer_markdown.strip(), q.topic_path) for q in parse_file(path).questions]


def test_a_google_docs_page_on_one_line_gives_its_questions(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text(
        '<html><head><style type="text/css">.c1{font-weight:700}</style></head>'
        '<body class="doc-content"><h2 id="h.1"><span>Storage</span></h2>'
        '<h3 id="h.2"><span>What is a write-ahead log?</span></h3>'
        "<p class=\"c0\"><span>Changes are logged before they are applied.</span></p>"
        '<h3 id="h.3"><span>Why use a message queue?</span></h3>'
        '<p class="c0"><span>To decouple producers from consumers:</span></p>'
        '<ul><li><span>absorbs bursts</span></li><li><span>retries</span></li></ul>'
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
