"""A reply that opens by announcing its answer ("Let me walk you through it.", "I'll
break it down:") opens with chat noise, as "Great question!" does: the answer starts
after it. A reply whose first sentence says something keeps it."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _answers(chat: str) -> list[str]:
    return [q.answer_markdown for q in parse_text(chat, suffix=".md").questions]


def test_an_announcing_first_sentence_is_no_part_of_the_answer():
    chat = (
        "You said:\nhow does TLS session resumption work?\nChatGPT said:\n\n"
        "Let me walk you through it.\n\n"
        "The server hands the client a session ticket; on reconnect the client sends it"
        " back and both skip the full handshake.\n\n"
        "You said:\nwhat is OCSP stapling?\nChatGPT said:\n\n"
        "I'm going to explain this in two parts. The server fetches its certificate's"
        " revocation status and staples it to the handshake.\n"
    )
    assert _answers(chat) == [
        "The server hands the client a session ticket; on reconnect the client sends it"
        " back and both skip the full handshake.",
        "The server fetches its certificate's revocation status and staples it to the handshake.",
    ]


def test_role_headings_replies_lose_their_announcement_and_keep_content():
    chat = (
        "## User\n\nWhat is a bloom filter?\n\n## Assistant\n\n"
        "I'll break it down:\n\n"
        "A bit array and k hash functions; it can say 'maybe present' or 'surely absent'.\n\n"
        "## User\n\nWhy can't it delete?\n\n## Assistant\n\n"
        "Let me explain why deletes fail: clearing a bit may clear another key's bit too.\n"
    )
    assert _answers(chat) == [
        "A bit array and k hash functions; it can say 'maybe present' or 'surely absent'.",
        "Let me explain why deletes fail: clearing a bit may clear another key's bit too.",
    ]
