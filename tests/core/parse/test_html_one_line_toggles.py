"""A page exported as HTML on one line with its toggles as ``<details>`` (Notion's
export, a wiki's): each toggle is a question whose answer is its content as Markdown,
lists and code included, not a list item whose answer's list became questions."""

from __future__ import annotations

from studyapp.core.parse import parse_path

NOTION = (
    '<html><head><meta charset="utf-8"/><title>System Design Prep</title></head><body>'
    '<article class="page sans"><header><h1 class="page-title">System Design Prep</h1>'
    '<table class="properties"><tbody><tr class="property-row"><th>Tags</th>'
    '<td>interviews</td></tr></tbody></table></header><div class="page-body">'
    "<p>Toggle each to check yourself.</p>"
    '<ul class="toggle"><li><details open=""><summary>What is consistent hashing?</summary>'
    "<p>Keys and nodes hash onto a ring; a key goes to the next node clockwise.</p>"
    '<ul class="bulleted-list"><li style="list-style-type:disc">Used by Dynamo</li>'
    '<li style="list-style-type:disc">Used by Cassandra</li></ul></details></li></ul>'
    '<ul class="toggle"><li><details open=""><summary>Why shard a database?</summary>'
    "<p>To spread writes over machines.</p>"
    '<pre class="code"><code>shard = hash(user_id) % N</code></pre></details></li></ul>'
    '<ul class="toggle"><li><details open=""><summary>What is a write-ahead log?</summary>'
    "<p>A log written before the data pages.</p></details></li></ul>"
    "</div></article></body></html>\n"
)

# The same kind written otherwise: sections, a toggle inside a toggle, a numbered list.
WIKI = (
    "<!DOCTYPE html><html><head><title>SQL</title></head><body><h1>SQL drills</h1>"
    "<h2>Joins</h2><details><summary>When does a LEFT JOIN return NULLs?</summary>"
    "<p>When a left row has no match.</p>"
    '<pre><code class="language-sql">SELECT a.id FROM a LEFT JOIN b ON a.id = b.a_id;'
    "</code></pre><details><summary>Hint</summary><p>Customers without orders.</p>"
    "</details></details><details><summary>What is a semi-join?</summary>"
    "<p>Left rows with a match, each once.</p></details><h2>Indexes</h2>"
    "<details><summary>Why can an index make writes slower?</summary><ol>"
    "<li>Every insert updates each index.</li><li>Page splits rewrite pages.</li></ol>"
    "</details></body></html>\n"
)


def _read(tmp_path, text):
    page = tmp_path / "page.html"
    page.write_text(text, encoding="utf-8")
    return parse_path(page)


def test_a_notion_pages_toggles_are_its_questions_with_their_whole_answers(tmp_path):
    doc = _read(tmp_path, NOTION)
    assert doc.deck_name == "System Design Prep"
    found = {q.title: q.answer_markdown for q in doc.questions}
    assert list(found) == [
        "What is consistent hashing?",
        "Why shard a database?",
        "What is a write-ahead log?",
    ]
    assert found["What is consistent hashing?"].endswith("- Used by Dynamo\n- Used by Cassandra")
    assert found["Why shard a database?"] == (
        "To spread writes over machines.\n\n```\nshard = hash(user_id) % N\n```"
    )


def test_toggles_in_sections_keep_their_code_lists_and_inner_toggles(tmp_path):
    doc = _read(tmp_path, WIKI)
    found = {q.title: q for q in doc.questions}
    assert list(found) == [
        "When does a LEFT JOIN return NULLs?",
        "What is a semi-join?",
        "Why can an index make writes slower?",
    ]
    joins = found["When does a LEFT JOIN return NULLs?"]
    assert joins.topic_path == ("Joins",)
    assert "```sql\nSELECT a.id FROM a LEFT JOIN b ON a.id = b.a_id;\n```" in joins.answer_markdown
    assert "Customers without orders." in joins.answer_markdown
    writes = found["Why can an index make writes slower?"].answer_markdown
    assert "Every insert updates each index." in writes and "Page splits" in writes
    assert "<" not in writes
