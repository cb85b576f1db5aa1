"""A study log of time stamps ("09:00 Reading", "10:30 Practice") is not a chat: a chat
needs senders named as people and replies that come within minutes."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_study_log_of_repeated_activities_is_not_a_chat():
    log = (
        "Study log, week 3\n\n"
        "09:00 Reading\nChapter 3, hash tables. Why are lookups O(1) on average?\n"
        "10:30 Practice\nTwo-sum and group anagrams.\n"
        "13:00 Reading\nChapter 4, heaps.\n"
        "14:30 Practice\nTop-k elements with a heap.\n"
    )
    doc = parse_text(log, suffix=".txt")
    assert doc.unit != "chat"
    titles = [q.title for q in doc.questions]
    assert "Chapter 4, heaps." not in titles
    assert not any(q.answer_markdown == "Two-sum and group anagrams." for q in doc.questions)


def test_a_log_of_described_activities_minutes_apart_is_not_a_chat():
    log = (
        "## Tuesday\n\n"
        "[07:30] Flashcard review\nWhy do I keep missing the B-tree cards?\n"
        "[07:40] Reading notes\nRe-read the B-tree section.\n"
        "[07:50] Flashcard review\nWhat is left for tomorrow?\n"
        "[08:00] Reading notes\nFinished the chapter.\n"
    )
    doc = parse_text(log)
    assert doc.unit != "chat"
    # the log's entries stay as written, none made a turn's label and dropped
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("Tuesday", log.split("\n\n", 1)[1].strip())
    ]


def test_a_chat_between_people_minutes_apart_is_still_read_as_turns():
    discord = (
        "alex_k  9:58 PM\nWhat is a race condition?\n"
        "Juan de la Cruz  9:59 PM\nTwo threads touching shared state without order.\n"
        "alex_k  10:01 PM\nHow do you prevent one?\n"
        "Juan de la Cruz  10:03 PM\nA lock, or no shared state at all.\n"
    )
    doc = parse_text(discord, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a race condition?", "Two threads touching shared state without order."),
        ("How do you prevent one?", "A lock, or no shared state at all."),
    ]


def test_a_header_naming_a_role_is_a_speaker():
    from studyapp.core.parse.chat_headers import labelled

    teams = (
        "[10:02] Hiring manager\nWhat is a mutex?\n[10:03] Me\nA lock.\n"
        "[10:05] Hiring manager\nWhat is a semaphore?\n[10:06] Me\nA counter of permits.\n"
    )
    assert labelled(teams).split("\n")[::2] == ["Interviewer:", "Me:", "Interviewer:", "Me:", ""]
    assert [(q.title, q.answer_markdown) for q in parse_text(teams, suffix=".txt").questions] == [
        ("What is a mutex?", "A lock."),
        ("What is a semaphore?", "A counter of permits."),
    ]


def test_a_chat_with_me_and_a_role_in_lower_case_is_read_as_turns():
    """'Staff engineer 2:00 PM' is a role, not a log's activity, when the other sender is
    'Me': the transcript became one question titled with the header."""
    chat = (
        "Staff engineer  2:00 PM\nHow would you shard a users table?\n"
        "Me  2:01 PM\nBy user id hash, with a directory for hot tenants.\n"
        "Staff engineer  2:04 PM\nWhat breaks when you reshard?\n"
        "Me  2:05 PM\nCross-shard joins and the cache keys.\n"
    )
    assert [(q.title, q.answer_markdown) for q in parse_text(chat, suffix=".txt").questions] == [
        (
            "How would you shard a users table?",
            "By user id hash, with a directory for hot tenants.",
        ),
        ("What breaks when you reshard?", "Cross-shard joins and the cache keys."),
    ]


def test_a_mentors_questions_answered_hours_later_are_still_turns():
    slack = (
        "Priya Nair  8:05 AM\nquestion of the day: what is a write-ahead log?\n"
        "Me  1:20 PM\nChanges are logged before the pages are written, so a crash can replay them.\n"
        "Priya Nair  1:45 PM\nand a checkpoint?\n"
        "Me  6:10 PM\nThe point up to which pages are on disk, so the log before it can go.\n"
    )
    titles = [q.title for q in parse_text(slack, suffix=".txt").questions]
    assert titles == ["Question of the day: what is a write-ahead log?", "A checkpoint?"]
