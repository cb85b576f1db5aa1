"""A question read from a saved page's line of several blocks stands at that line of
the file: a page saved on one line gave its questions the lines of the Markdown made
from it (7, 11 …), lines a one-line file does not have, so the app pointed past the
file's end."""

from __future__ import annotations

from studyapp.core.parse import parse_path


def _lines(path):
    doc = parse_path(path)
    return [(q.title, q.source_line, q.end_line) for q in doc.questions], doc


def test_a_page_saved_on_one_line_gives_its_questions_line_1(tmp_path):
    page = tmp_path / "go.html"
    page.write_text(
        "<html><head><title>Notes</title></head><body><h1>Go</h1>"
        "<h2>What is a goroutine?</h2><p>A function run concurrently.</p>"
        "<h2>What is a channel?</h2><p>A typed pipe.</p></body></html>\n",
        encoding="utf-8",
    )
    found, doc = _lines(page)
    assert found == [("What is a goroutine?", 1, 1), ("What is a channel?", 1, 1)]
    assert all(r.start_line == r.end_line == 1 for r in doc.skipped)


def test_a_notion_page_whose_toggles_are_all_on_its_body_line(tmp_path):
    page = tmp_path / "export.html"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>SQL</title></head>\n"
        "<body><article><h1>SQL</h1>"
        "<details><summary>What is a LEFT JOIN?</summary><p>All rows of the left table.</p>"
        "</details><details><summary>What is an index?</summary><p>A sorted structure.</p>"
        "<p>It speeds up lookups.</p></details></article></body>\n"
        "</html>\n",
        encoding="utf-8",
    )
    found, doc = _lines(page)
    assert found == [("What is a LEFT JOIN?", 3, 3), ("What is an index?", 3, 3)]
    assert doc.questions[1].answer_markdown == "A sorted structure.\n\nIt speeds up lookups."
    lines = page.read_text(encoding="utf-8").split("\n")
    assert all(r.end_line <= len(lines) for r in doc.skipped)
