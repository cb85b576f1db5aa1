"""Org mode notes read as the Markdown they mean: tables of cards, inline code and
links (headings, blocks and drawers: tests/core/parse/test_qa_fixes.py)."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from studyapp.core.parse.markup import to_markdown


def test_an_org_table_of_questions_is_read_as_a_table_of_cards():
    org = (
        "#+TITLE: Rust\n"
        "|---------------------+-------------------------------|\n"
        "| Question            | Answer                        |\n"
        "|---------------------+-------------------------------|\n"
        "| What is ownership?  | Each value has one owner.     |\n"
        "| What is a borrow?   | A reference that owns nothing. |\n"
        "| What does ~Box~ do? | Puts a value on the heap.     |\n"
        "|---------------------+-------------------------------|\n"
    )
    parsed = parse_text(org, suffix=".org")
    assert [(q.title, q.answer_markdown.strip(), q.source_line) for q in parsed.questions] == [
        ("What is ownership?", "Each value has one owner.", 5),
        ("What is a borrow?", "A reference that owns nothing.", 6),
        ("What does Box do?", "Puts a value on the heap.", 7),
    ]


def test_org_inline_code_and_links_become_markdown_line_for_line():
    org = "Use =git rebase -i= or ~git commit --fixup~; see [[https://git-scm.com][the book]].\n"
    org += "Plain [[https://example.org]] and a = b = c stay readable.\n"
    assert to_markdown(org, ".org").split("\n") == [
        "Use `git rebase -i` or `git commit --fixup`; see [the book](https://git-scm.com).",
        "Plain <https://example.org> and a = b = c stay readable.",
        "",
    ]


def test_a_section_of_headings_that_ask_after_a_table_of_cards_holds_questions():
    org = (
        "* Concurrency\n"
        "| Question | Answer |\n|---+---|\n"
        "| What is a goroutine? | A cheap concurrent function. |\n"
        "| What does select do? | Waits on several channels. |\n\n"
        "* Memory\n** What is escape analysis?\nThe compiler picks stack or heap.\n"
        "** Why is sync.Pool useful?\nIt reuses allocations.\n"
    )
    parsed = parse_text(org, suffix=".org")
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a goroutine?", ("Concurrency",)),
        ("What does select do?", ("Concurrency",)),
        ("What is escape analysis?", ("Memory",)),
        ("Why is sync.Pool useful?", ("Memory",)),
    ]
    markdown = (
        "## Tools\n\n| Question | Answer |\n| --- | --- |\n| What is make? | A build tool. |\n"
        "| What is cron? | A scheduler. |\n\n## Shell\n\n### How do you trap a signal?\n"
        "With trap.\n\n### What does set -u do?\nFails on unset variables.\n"
    )
    assert [q.title for q in parse_text(markdown).questions][-2:] == [
        "How do you trap a signal?",
        "What does set -u do?",
    ]


def test_an_org_files_own_todo_keywords_are_left_out_of_its_questions():
    org = (
        "#+SEQ_TODO: SHAKY RETRY | KNOWN\n* Go\n** SHAKY [#A] What is a goroutine leak?\n"
        "A goroutine blocked for ever.\n** KNOWN What does defer do?\nRuns at return.\n"
    )
    assert [q.title for q in parse_text(org, suffix=".org").questions] == [
        "What is a goroutine leak?",
        "What does defer do?",
    ]
