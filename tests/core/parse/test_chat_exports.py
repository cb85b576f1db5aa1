"""Chats exported as JSON (ChatGPT's and Claude's conversations.json, Telegram's
result.json) read as the chats they are: each question asked with the reply given. They
were JSON that is not flashcards, no questions at all."""

from __future__ import annotations

import json

from studyapp.core.parse import parse_text


def _node(key, parent, role, text, children=()):
    message = {"author": {"role": role}, "content": {"content_type": "text", "parts": [text]}}
    return key, {"id": key, "message": message, "parent": parent, "children": list(children)}


def _pairs(data) -> list[tuple[str, str]]:
    doc = parse_text(json.dumps(data), suffix=".json")
    return [(q.title, q.answer_markdown.strip()) for q in doc.questions]


def test_chatgpts_export_gives_each_question_the_reply_on_the_branch_it_shows():
    mapping = dict(
        [
            ("root", {"id": "root", "message": None, "parent": None, "children": ["a"]}),
            _node("a", "root", "user", "What is a covering index?", ["b"]),
            _node(
                "b",
                "a",
                "assistant",
                "Great question! One holding every column a query reads.",
                ["c"],
            ),
            _node("c", "b", "user", "Why can NOT IN return no rows?", ["d", "e"]),
            _node("d", "c", "assistant", "An earlier draft.", []),
            _node("e", "c", "assistant", "A NULL from the subquery makes it never true.", []),
        ]
    )
    assert _pairs([{"title": "SQL", "current_node": "e", "mapping": mapping}]) == [
        ("What is a covering index?", "One holding every column a query reads."),
        ("Why can NOT IN return no rows?", "A NULL from the subquery makes it never true."),
    ]


def test_claudes_export_and_a_telegram_chat():
    claude = [
        {
            "name": "Kafka",
            "chat_messages": [
                {"sender": "human", "text": "What is a consumer group?"},
                {"sender": "assistant", "text": "Consumers sharing a topic's partitions."},
                {"sender": "human", "text": "How does Kafka keep order?"},
                {"sender": "assistant", "text": "Within a partition only."},
            ],
        }
    ]
    assert _pairs(claude) == [
        ("What is a consumer group?", "Consumers sharing a topic's partitions."),
        ("How does Kafka keep order?", "Within a partition only."),
    ]
    telegram = {
        "name": "Mock interview",
        "messages": [
            {
                "type": "message",
                "date": "2024-03-12T21:04:00",
                "from": "Priya",
                "text": "What is a bloom filter?",
            },
            {
                "type": "message",
                "date": "2024-03-12T21:05:00",
                "from": "Kev",
                "text": "A bit array.",
            },
            {
                "type": "message",
                "date": "2024-03-12T21:06:00",
                "from": "Priya",
                "text": "Where is it used?",
            },
            {
                "type": "message",
                "date": "2024-03-12T21:07:00",
                "from": "Kev",
                "text": [
                    "Before a disk lookup, for keys ",
                    {"type": "bold", "text": "not"},
                    " there.",
                ],
            },
        ],
    }
    assert _pairs(telegram) == [
        ("What is a bloom filter?", "A bit array."),
        ("Where is it used?", "Before a disk lookup, for keys not there."),
    ]


def test_json_of_another_kind_is_still_said_to_be_no_cards():
    doc = parse_text(json.dumps({"messages": ["a", "b"], "mapping": 3}), suffix=".json")
    assert doc.questions == [] and doc.skipped


def _conversation(title, *said):
    mapping, parent = {}, None
    for n, text in enumerate(said):
        key = f"{title}-{n}"
        mapping.update([_node(key, parent, "user" if n % 2 == 0 else "assistant", text)])
        if parent:
            mapping[parent]["children"].append(key)
        parent = key
    return {"title": title, "current_node": parent, "mapping": mapping}


def test_an_export_of_several_conversations_puts_each_ones_questions_under_its_title():
    data = [
        _conversation(
            "SQL interview prep", "What is a covering index?", "One holding every column."
        ),
        _conversation("New chat", "What is a goroutine?", "A function the Go runtime schedules."),
        _conversation(
            "Kafka basics",
            "What is a consumer group?",
            "Consumers sharing partitions.",
            "How is order kept?",
            "Within a partition only.",
        ),
    ]
    doc = parse_text(json.dumps(data), suffix=".json")
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("SQL interview prep",), "What is a covering index?"),
        ((), "What is a goroutine?"),
        (("Kafka basics",), "What is a consumer group?"),
        (("Kafka basics",), "How is order kept?"),
    ]


def test_claudes_conversations_each_under_its_name():
    data = [
        {
            "name": name,
            "chat_messages": [
                {"sender": "human", "text": asked},
                {"sender": "assistant", "text": said},
            ],
        }
        for name, asked, said in (
            ("Docker", "What is a multi-stage build?", "Several FROM stages; the last one ships."),
            ("Linux", "What does a zombie process mean?", "A child whose exit status is unread."),
        )
    ]
    doc = parse_text(json.dumps(data), suffix=".json")
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Docker",), "What is a multi-stage build?"),
        (("Linux",), "What does a zombie process mean?"),
    ]
