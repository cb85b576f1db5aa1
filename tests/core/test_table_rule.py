"""A table's rule line, read in time linear in the line (core.table_rule)."""

from __future__ import annotations

from studyapp.core.table_rule import TABLE_RULE


def test_a_rule_is_dashes_between_bars_with_colons_for_alignment():
    for rule in ("|---|---|", "| :--- | ---: |", "---|---", " --- ", "|:---:|", "| --- | --- |  "):
        assert TABLE_RULE.match(rule), rule
    for other in ("|--|", "| a | b |", "- level 3", "--- x", "|---|-|", ""):
        assert not TABLE_RULE.match(other), other


def nested_list(depth: int) -> str:
    """A bulleted list nested `depth` levels deep: line i opens with 2·i spaces."""
    return "\n".join("  " * level + f"- level {level}" for level in range(depth))


def test_a_list_nested_thousands_deep_is_read_and_previewed():
    """A careless user's answer nested 3,000 levels deep (here 2,000) froze the import preview for
    minutes: the rule's pattern tried every split of each line's leading spaces
    between its two optional runs of them. Both readers of such lines finish."""
    from studyapp.core.parse import parse_text
    from studyapp.ui.import_preview import first_words

    answer = nested_list(2000)
    assert first_words(answer).startswith("- level 0 - level 1 - level 2")
    doc = parse_text(f"# Notes\n\n## What is nesting?\n\n{answer}\n", name="deep")
    assert [q.title for q in doc.questions] == ["What is nesting?"]
