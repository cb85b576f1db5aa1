"""Chat transcripts copied from the page: a turn that pastes code or a table asks the
question above it (the paste goes with the answer), and a turn that declines the last
offer with thanks asks nothing."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_code_pasted_in_a_turn_is_the_answers_not_the_titles():
    chat = (
        "You said:\nwhat's wrong with this query?\n\n```sql\nSELECT * FROM t WHERE x = NULL;\n```\n\n"
        "ChatGPT said:\n\n`= NULL` is never true; use `IS NULL`.\n\n"
        "You said:\nand how do I index a JSON field in postgres?\n"
        "ChatGPT said:\n\nWith a GIN index on the jsonb column.\n\n"
        "You said:\nno that's very helpful, thanks\nChatGPT said:\n\nGood luck with the interview!\n"
    )
    parsed = parse_text(chat)
    assert [q.title for q in parsed.questions] == [
        "What's wrong with this query?",
        "How do I index a JSON field in postgres?",
    ]
    first = parsed.questions[0].answer_markdown
    assert first.startswith("```sql\nSELECT * FROM t WHERE x = NULL;\n```")
    assert "use `IS NULL`" in first


def test_an_interview_written_down_asks_with_the_interviewer_and_answers_with_me():
    transcript = (
        "Onsite, round 2\n\n"
        "Interviewer: Hello, nice to meet you. Can you see my screen?\nMe: Yes, I can.\n\n"
        "Interviewer: How would you shard a users table?\n"
        "Me: By user id, hashed, so load spreads evenly.\n"
        "Me: Range sharding only if we scan by id ranges.\n\n"
        "Interviewer: Tell me about a time you disagreed with a teammate.\n"
        "Me: We disagreed on a schema; I wrote both versions up and we measured.\n"
    )
    parsed = parse_text(transcript, suffix=".txt")
    assert [(q.title, q.answer_markdown.strip()) for q in parsed.questions] == [
        (
            "How would you shard a users table?",
            "By user id, hashed, so load spreads evenly.\n"
            "Range sharding only if we scan by id ranges.",
        ),
        (
            "Tell me about a time you disagreed with a teammate.",
            "We disagreed on a schema; I wrote both versions up and we measured.",
        ),
    ]
