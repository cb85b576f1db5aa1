"""Headings written as HTML in Markdown notes ("<h3>What is a CTE?</h3>", as many
GitHub READMEs write them) are headings: questions or sections, never lost as HTML."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_note_written_in_html_blocks_reads_its_heading_tags():
    text = (
        "<h2>SQL</h2>\n\n"
        "<h3>What is a covering index?</h3>\n<p>An index holding every column a query needs.</p>\n\n"
        "<h3>What is HAVING?</h3>\n<p>A filter on groups, after aggregation.</p>\n\n"
        "<h3>What is a CTE?</h3>\n<p>A named result set defined with WITH.</p>\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == [
        "What is a covering index?",
        "What is HAVING?",
        "What is a CTE?",
    ]
    assert doc.questions[1].answer_markdown == "A filter on groups, after aggregation."
    assert all(q.topic_path == ("SQL",) for q in doc.questions)


def test_markdown_with_heading_tags_among_its_paragraphs():
    text = (
        '<h1 align="center">React questions</h1>\n\n'
        "Notes from the docs.\n\n"
        "<h3>What is JSX?</h3>\n\nA syntax extension that compiles to `createElement` calls.\n\n"
        "<h3>What is a hook?</h3>\n\nA function that lets components use state.\n\n"
        "<h3>What is reconciliation?</h3>\n\n- diff the trees\n- apply the changes\n"
    )
    doc = parse_text(text)
    assert doc.deck_name == "React questions"
    assert [q.title for q in doc.questions] == [
        "What is JSX?",
        "What is a hook?",
        "What is reconciliation?",
    ]
    assert doc.questions[0].answer_markdown == (
        "A syntax extension that compiles to `createElement` calls."
    )
    assert doc.questions[2].answer_markdown == "- diff the trees\n- apply the changes"


def test_a_heading_tag_inside_code_or_an_open_html_block_stays_as_written():
    text = (
        '<div align="center">\n<h1>Banner</h1>\n</div>\n\n'
        "## What does a component return?\n\nMarkup, for example:\n\n"
        "```html\n\n<h1>Hello</h1>\n```\n\n"
        "## What is a prop?\n\nAn input to a component.\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == ["What does a component return?", "What is a prop?"]
    assert "<h1>Hello</h1>" in doc.questions[0].answer_markdown
