"""Notes kept as wiki pages: the lines that only file a page or set how it shows
("[[Category:Interview]]", "__NOTOC__", "~~NOTOC~~") are no part of the last answer,
and a definition list's first term may stand right under its section's heading, as a
wiki writes it (no blank line between)."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_category_links_after_the_last_answer_are_not_part_of_it():
    notes = (
        "= Interview prep: Networking =\n\n"
        "=== What is the three-way handshake? ===\nSYN, SYN-ACK, ACK.\n\n"
        "=== What does a CDN do? ===\nCaches content close to users.\n\n"
        "[[Category:Interview]] [[Category:Networking]]\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is the three-way handshake?", "SYN, SYN-ACK, ACK."),
        ("What does a CDN do?", "Caches content close to users."),
    ]


def test_a_wiki_definition_list_right_under_its_headings():
    notes = (
        "__NOTOC__\n"
        "== Compute ==\n"
        ";What is an AMI?\n:A machine image a new instance starts from.\n"
        ";What is a spot instance?\n:Spare capacity AWS can take back.\n\n"
        "== Storage ==\n"
        ";What is S3 versioning?\n:Keeping every version of an object.\n"
        "[[Category:AWS]]\n"
    )
    doc = parse_text(notes, suffix=".wiki")
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Compute",), "What is an AMI?", "A machine image a new instance starts from."),
        (("Compute",), "What is a spot instance?", "Spare capacity AWS can take back."),
        (("Storage",), "What is S3 versioning?", "Keeping every version of an object."),
    ]
