"""An answer's own parts stay in it: a line over a short "---" or "===" among headings
written with "#" is a line over a rule (the person's divider), not a heading that
became a question or a section; a Notion callout right before the next question is
the answer's, as its text is (before a section's heading it is a note about the
notes: test_callouts_between_sections)."""

from studyapp.core.parse import parse_text


def _answers(text):
    return {q.title: q.answer_markdown for q in parse_text(text, name="n").questions}


def test_lines_over_short_rules_inside_an_answer_stay_in_it():
    text = (
        "# Storage\n\n## How would you store user sessions?\n\nTwo options:\n\n"
        "In Redis\n---\n\nFast, expires keys by itself.\n\n"
        "In Postgres\n===\n\nDurable, slower.\n\n***\n\nPick Redis with a fallback.\n\n"
        "## What is a write-through cache?\n\nWrites go to the cache and the store.\n"
    )
    answers = _answers(text)
    assert list(answers) == [
        "How would you store user sessions?",
        "What is a write-through cache?",
    ]
    answer = answers["How would you store user sessions?"]
    assert "In Redis" in answer and "Durable, slower." in answer
    assert answer.endswith("Pick Redis with a fallback.")


def test_a_setext_title_and_a_fully_underlined_heading_stay_headings():
    text = (
        "Storage notes\n=============\n\n## What is a WAL?\n\nA log written first.\n\n"
        "Caching\n-------\n\n## What is a TTL?\n\nHow long an entry lives.\n"
    )
    doc = parse_text(text, name="n")
    assert doc.deck_name == "Storage notes"
    assert [(q.title, q.topic_path) for q in doc.questions][-1] == ("What is a TTL?", ("Caching",))


def test_a_callout_before_the_next_question_stays_the_answers():
    text = (
        "# System Design\n\n## How would you design a news feed?\n\n"
        "- Fan-out on write for most users\n- Fan-out on read for celebrities\n\n"
        "<aside>\n⚠️ They love asking about the celebrity problem.\n\n</aside>\n\n"
        "## How would you design a cache?\n\nConsistent hashing, LRU eviction.\n"
    )
    answer = _answers(text)["How would you design a news feed?"]
    assert answer.endswith("⚠️ They love asking about the celebrity problem.")
