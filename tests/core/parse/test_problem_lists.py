"""A coding-problem list (LeetCode's "Problem | Difficulty | Link | Approach", as a
Markdown table or a CSV): a table whose columns were named "Problem" and "Approach"
gave one question, the notes' title, holding the table; the CSV read its header as a
card and a problem's link as its answer (under named columns none of which is the
answer, the one that says most is: "Notes", not "Difficulty" or "URL")."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_markdown_table_of_problems():
    text = (
        "# Blind 75 progress\n\n"
        "| # | Problem | Difficulty | Link | Approach |\n|---|---|---|---|---|\n"
        "| 1 | Two Sum | Easy | [link](https://leetcode.com/problems/two-sum/) "
        "| Hash map of value to index |\n"
        "| 11 | Container With Most Water | Medium | "
        "[link](https://leetcode.com/problems/container-with-most-water/) "
        "| Two pointers from both ends |\n"
    )
    doc = parse_text(text)
    assert [q.tags for q in doc.questions] == [("Difficulty::Easy",), ("Difficulty::Medium",)]
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "Two Sum",
            "Hash map of value to index\n\n"
            "**Link:** [link](https://leetcode.com/problems/two-sum/)",
        ),
        (
            "Container With Most Water",
            "Two pointers from both ends\n\n"
            "**Link:** [link](https://leetcode.com/problems/container-with-most-water/)",
        ),
    ]


def test_a_csv_of_problems_with_a_url_column():
    text = (
        "Problem,Difficulty,URL,Pattern,Notes\n"
        "Two Sum,Easy,https://leetcode.com/problems/two-sum/,Hash map,Store value to index\n"
        "Merge Intervals,Medium,https://leetcode.com/problems/merge-intervals/,Sorting,"
        "Sort by start; merge overlaps\n"
    )
    doc = parse_text(text, suffix=".csv")
    assert [q.tags for q in doc.questions] == [("Difficulty::Easy",), ("Difficulty::Medium",)]
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "Two Sum",
            "Store value to index\n\n"
            "**URL:** https://leetcode.com/problems/two-sum/\n\n**Pattern:** Hash map",
        ),
        (
            "Merge Intervals",
            "Sort by start; merge overlaps\n\n"
            "**URL:** https://leetcode.com/problems/merge-intervals/\n\n**Pattern:** Sorting",
        ),
    ]
