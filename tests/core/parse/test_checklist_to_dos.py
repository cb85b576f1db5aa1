"""A checklist whose items neither ask nor set a question's task is a to-do list,
whatever verbs its items open with: a Google Keep checklist ("Groceries" over "milk",
"eggs") became a card titled "Groceries", a sprint's checklist a card "Write the
migration for orders" holding the other items as its answer."""

from __future__ import annotations

import json
from pathlib import Path

from studyapp.core.parse import parse_path, parse_text
from studyapp.core.parse.task_lists import TASK_LIST


def _keep(path: Path, title: str, items: list[tuple[str, bool]] | None = None, text: str = ""):
    note: dict[str, object] = {"title": title, "isTrashed": False, "color": "DEFAULT"}
    if items is not None:
        note["listContent"] = [{"text": t, "isChecked": c} for t, c in items]
    else:
        note["textContent"] = text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(note), encoding="utf-8")


def test_keep_checklists_in_a_takeout_folder_are_left_out_as_to_do_lists(tmp_path):
    keep = tmp_path / "Takeout" / "Keep"
    _keep(keep / "Groceries.json", "Groceries", [("milk", False), ("eggs", True), ("rice", False)])
    _keep(
        keep / "JS topics.json",
        "JS topics to study",
        [("Closures", False), ("Event loop", True), ("Prototype chain", False)],
    )
    _keep(
        keep / "JS.json",
        "JS",
        text="What is a closure? A function with the variables of its scope.\n\n"
        "What is hoisting? Declarations moved to the top of their scope.",
    )
    doc = parse_path(tmp_path / "Takeout")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a closure?", "A function with the variables of its scope."),
        ("What is hoisting?", "Declarations moved to the top of their scope."),
    ]
    reasons = {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}
    assert reasons["Keep/Groceries.json"] == TASK_LIST
    assert reasons["Keep/JS topics.json"] == TASK_LIST


def test_a_markdown_checklist_of_tasks_gives_no_question():
    for text in (
        "# Sprint tasks\n\n- [ ] Write the migration for orders\n- [ ] Update the API docs\n"
        "- [x] Fix flaky login test\n",
        "## Before the onsite\n\n- [x] Résumé printed\n- [ ] Laptop charger\n- [ ] ID card\n",
    ):
        doc = parse_text(text)
        assert doc.questions == []
        assert any(r.reason == TASK_LIST for r in doc.skipped)


def test_a_checklist_that_asks_or_answers_stays_questions():
    asks = parse_text("- [ ] What is a Pod?\n- [x] What is a Service?\n- [ ] What is an Ingress?\n")
    assert [q.title for q in asks.questions] == [
        "What is a Pod?",
        "What is a Service?",
        "What is an Ingress?",
    ]
    answered = parse_text(
        "- [x] Closures\n  - a function with the variables of its scope\n"
        "- [ ] Hoisting\n  - declarations moved to the top of their scope\n"
    )
    assert [(q.title, q.answer_markdown) for q in answered.questions] == [
        ("Closures", "- a function with the variables of its scope"),
        ("Hoisting", "- declarations moved to the top of their scope"),
    ]


KEEP_HTML = """\
<?xml version="1.0" ?>
<html><head><title>{title}</title></head><body><div class="note DEFAULT">
<div class="title">{title}</div>
<div class="content"><ul class="list"><li class="listitem"><span class="bullet">&#9744;</span>
<span class="text">{a}</span>
</li><li class="listitem checked"><span class="bullet">&#9745;</span>
<span class="text">{b}</span>
</li><li class="listitem"><span class="bullet">&#9744;</span>
<span class="text">{c}</span>
</li></ul></div>
</div></body></html>
"""


def test_a_keep_checklist_saved_as_html():
    """Keep's HTML puts each item's box on one line and its text on the next, the next
    item opened after "</li>": the page gave a card "milk" whose answer was raw HTML."""
    groceries = KEEP_HTML.format(title="Groceries", a="milk", b="eggs", c="coffee beans")
    assert parse_text(groceries, suffix=".html").questions == []
    review = KEEP_HTML.format(
        title="JS review", a="What is a closure?", b="What is hoisting?", c="What is a Promise?"
    )
    doc = parse_text(review, suffix=".html")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a closure?", ""),
        ("What is hoisting?", ""),
        ("What is a Promise?", ""),
    ]
