"""A Logseq page's `tags::` property tags its questions, as an Obsidian note's front
matter does."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_logseq_pages_tags_property_tags_its_questions():
    page = (
        "title:: Networking\ntags:: interview, networking\n\n- ## OSI model\n"
        "\t- Which layer does TCP live in?\n\t\t- Transport (L4)\n"
    )
    assert [q.tags for q in parse_text(page).questions] == [("interview", "networking")]
    linked = (
        "title:: Databases\ntags:: [[sql]], #indexing, [[data modeling]]\n\n"
        "- What is a B-tree?\n\t- A balanced tree of sorted keys\n"
        "- Why do indexes slow down writes?\n\t- Every write updates each index\n"
    )
    assert {q.tags for q in parse_text(linked).questions} == {("sql", "indexing", "data modeling")}
