"""An Obsidian canvas (.canvas): JSON whose text cards hold Markdown. Its cards read in
the order a person reads the board (top to bottom, left to right), a group's label
the topic of the cards inside it; pictures and the board's geometry are no text."""

from __future__ import annotations

import json

from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_text


def _node(id_: str, text: str, x: int, y: int) -> dict:
    return {"id": id_, "type": "text", "text": text, "x": x, "y": y, "width": 250, "height": 90}


def test_text_cards_read_in_board_order_under_their_groups():
    board = {
        "nodes": [
            {
                "id": "g2",
                "type": "group",
                "label": "Queues",
                "x": -50,
                "y": 400,
                "width": 700,
                "height": 300,
            },
            {
                "id": "g1",
                "type": "group",
                "label": "Caching",
                "x": -50,
                "y": -50,
                "width": 700,
                "height": 300,
            },
            {
                "id": "f1",
                "type": "file",
                "file": "cache.png",
                "x": 700,
                "y": 0,
                "width": 200,
                "height": 200,
            },
            _node(
                "t3",
                "Q: What is a dead-letter queue?\nA: Where failing messages are parked.",
                0,
                450,
            ),
            _node(
                "t2", "Q: What is write-behind?\nA: Writes reach the DB later, in batches.", 300, 0
            ),
            _node(
                "t1",
                "Q: What is cache-aside?\nA: On a miss, load from the DB and fill the cache.",
                0,
                0,
            ),
        ],
        "edges": [],
    }
    doc = parse_text(json.dumps(board), suffix=".canvas")
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Caching",), "What is cache-aside?", "On a miss, load from the DB and fill the cache."),
        (("Caching",), "What is write-behind?", "Writes reach the DB later, in batches."),
        (("Queues",), "What is a dead-letter queue?", "Where failing messages are parked."),
    ]
    assert ".canvas" in OFFERED_SUFFIXES


def test_heading_cards_without_groups():
    board = {
        "nodes": [
            _node("a", "## What is a load balancer?\n\nIt spreads requests over servers.", 0, 0),
            _node("b", "## What is a sticky session?\n\nOne client, one server.", 300, 0),
        ]
    }
    doc = parse_text(json.dumps(board, indent="\t"), suffix=".canvas")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a load balancer?", "It spreads requests over servers."),
        ("What is a sticky session?", "One client, one server."),
    ]
