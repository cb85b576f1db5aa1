"""A reply that quotes the questions it answers, as an e-mail answered inline: each
quoted question ("> 2. Why …?", "> - What …?", the last paragraph of a longer quote)
is a question and the unquoted text under it its answer. The asker's own quoted
lines that do not ask, and the reply's close, are no part of any answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

NUMBERED = (
    "Hi Lena,\n\nAnswers inline.\n\n"
    "On Mon, 13 May 2024, Lena wrote:\n"
    "> Hi Sam, the ones I keep getting stuck on:\n>\n"
    "> 1. What is the difference between WHERE and HAVING?\n\n"
    "WHERE filters rows; HAVING filters groups.\n\n"
    "> 2. When is a LEFT JOIN the wrong choice?\n\n"
    "When you filter on the right table in WHERE.\n\n"
    "> 3. Why can an index make a query slower?\n\n"
    "Writes pay for every index.\n\n"
    "> Sorry for the wall of questions!\n> Lena\n\n"
    "No worries. Good luck Thursday.\n\nSam\n"
)


def test_quoted_numbered_questions_are_questions_answered_below_them():
    doc = parse_text(NUMBERED, suffix=".txt")
    assert [(q.source_line, q.title) for q in doc.questions] == [
        (8, "What is the difference between WHERE and HAVING?"),
        (12, "When is a LEFT JOIN the wrong choice?"),
        (16, "Why can an index make a query slower?"),
    ]
    assert doc.questions[0].answer_markdown == "WHERE filters rows; HAVING filters groups."


def test_the_askers_closing_quote_and_the_reply_s_close_are_not_the_last_answer():
    last = parse_text(NUMBERED, suffix=".txt").questions[-1]
    assert last.answer_markdown == "Writes pay for every index."
    assert last.end_line == 18


def test_quoted_bulleted_questions_are_questions_too():
    text = (
        "Tom wrote:\n> Quick ones:\n>\n> - What does the replication factor protect against?\n\n"
        "Losing brokers.\n\n> - Why do we set acks=all?\n\nSo a write is on every replica.\n\n"
        "> - How many partitions should a topic get?\n\nEnough for a year of consumers.\n\n"
        "> Thanks!\n\nCheers,\nAna\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [q.title for q in doc.questions] == [
        "What does the replication factor protect against?",
        "Why do we set acks=all?",
        "How many partitions should a topic get?",
    ]
    assert doc.questions[-1].answer_markdown == "Enough for a year of consumers."


def test_a_quoted_remark_that_does_not_ask_is_no_question():
    text = NUMBERED.replace("> Sorry for the wall of questions!\n> Lena", "> Thanks a lot")
    assert "Thanks a lot" not in [q.title for q in parse_text(text, suffix=".txt").questions]


def test_notes_that_quote_their_questions_but_reply_to_no_one_keep_a_later_quote():
    text = (
        "## Git\n\n> What does git bisect do?\n\nBinary-searches history.\n\n"
        "> Why prefer rebase for a feature branch?\n\nA straight history.\n\n"
        "> A quote that asks nothing.\n\nJust prose.\n"
    )
    last = parse_text(text).questions[-1]
    assert last.answer_markdown.endswith("Just prose.")
