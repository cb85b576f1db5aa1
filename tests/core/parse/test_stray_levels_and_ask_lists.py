"""Two ways a new user's notes lost their questions without a word: a question heading
one level higher than its neighbours ("## What is sharding?" between "## Databases" and
"## Caching" groups of "### …" questions) was skipped as a section heading; and a
closing list of questions to ask the interviewer, unanswered, outvoted the real
question headings, so the deck was three empty answers and the notes an "intro"."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _titles(text: str) -> list[str]:
    return [q.title for q in parse_text(text).questions]


def test_a_lone_question_a_level_up_between_groups_is_kept():
    text = (
        "# Backend\n\n## Databases\n\n### What is an index?\n\nA lookup structure.\n\n"
        "### What is a transaction?\n\nAtomic work.\n\n"
        "## What is sharding?\n\nSplitting data by a key.\n\n"
        "## Caching\n\n### What is a CDN?\n\nEdge caches.\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == [
        "What is an index?",
        "What is a transaction?",
        "What is sharding?",
        "What is a CDN?",
    ]
    assert doc.questions[2].answer_markdown == "Splitting data by a key."


def test_a_lone_question_two_levels_deep():
    text = (
        "## Python\n\n### Data model\n\n#### What is a descriptor?\n\nget/set hooks.\n\n"
        "#### What are slots?\n\nNo per-instance dict.\n\n"
        "### Why is the GIL there?\n\nSimpler memory management.\n\n"
        "### Concurrency\n\n#### What is asyncio?\n\nCooperative tasks.\n"
    )
    assert "Why is the GIL there?" in _titles(text)


def test_a_heading_that_asks_over_its_own_questions_still_names_them():
    # one heading that asks over deeper questions is their group, not a question
    text = (
        "## What is Kafka?\n\nA log.\n\n### What is a partition?\n\nA shard.\n\n"
        "### What is an offset?\n\nA position.\n\n"
        "## Streams\n\n### What is a window?\n\nA time slice.\n"
    )
    assert _titles(text) == ["What is a partition?", "What is an offset?", "What is a window?"]


KAFKA = (
    "---\ntitle: Kafka cheat sheet\n---\n\n"
    "## What is Kafka?\n\nA distributed commit log.\n\n"
    "## What is a partition?\n\nAn ordered sequence of records.\n\n"
)


def test_answered_headings_beat_a_closing_list_of_questions_to_ask():
    text = KAFKA + (
        "## Questions to ask the interviewer\n\n1. What does on-call look like?\n"
        "2. How do you measure success?\n3. What is the biggest challenge?\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == ["What is Kafka?", "What is a partition?"]
    assert doc.questions[1].answer_markdown == "An ordered sequence of records."
    skipped = [(r.start_line, r.reason) for r in doc.skipped]
    assert (13, "footer") in skipped  # the list is named, not lost


def test_more_headings_and_the_ask_list_is_not_a_question():
    text = KAFKA + (
        "## What is an offset?\n\nA position.\n\n"
        "## My questions for the team\n\n- How do you review code?\n- What is on-call like?\n"
    )
    assert _titles(text) == ["What is Kafka?", "What is a partition?", "What is an offset?"]


def test_unanswered_list_under_any_heading_loses_to_answered_headings():
    text = (
        "# Go\n\n### How do goroutines differ from threads?\n\nCheap, multiplexed.\n\n"
        "### What is a channel?\n\nA typed conduit.\n\n"
        "### Still to look up\n\n- What is the GMP model?\n- How does preemption work?\n"
        "- What does Gosched do?\n- Why are maps unsafe?\n"
    )
    titles = _titles(text)
    assert titles[:2] == ["How do goroutines differ from threads?", "What is a channel?"]
    assert "What is the GMP model?" not in titles


def test_a_plain_list_of_questions_without_answers_is_still_the_deck():
    text = "# To practise\n\n1. What is a mutex?\n2. What is a semaphore?\n3. What is RCU?\n"
    assert _titles(text) == ["What is a mutex?", "What is a semaphore?", "What is RCU?"]


def test_list_questions_answered_by_the_paragraph_below_are_not_unanswered():
    text = (
        "## What is TCP?\n\nA byte stream.\n\n## What is UDP?\n\nDatagrams.\n\n## Drill\n\n"
        "1. What is a SYN flood?\n\nHalf-open connections.\n\n"
        "2. What is TIME_WAIT?\n\nAfter active close.\n\n"
        "3. What is a RST?\n\nAn abort.\n"
    )
    doc = parse_text(text)
    assert "What is a SYN flood?" in [q.title for q in doc.questions]
    assert all(q.answer_markdown for q in doc.questions)
