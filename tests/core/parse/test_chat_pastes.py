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
