"""Tags written after a question ("What is a goroutine? #go #concurrency") are the
question's tags (shown by `parse --json`), not only words cut from its title."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_hashtags_after_heading_questions_are_their_tags():
    text = (
        "## What is a goroutine? #go #concurrency\n\nA cheap thread.\n\n"
        "## What is a channel? #go\n\nA typed pipe.\n\n"
        "## What is a mutex?\n\nA lock.\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.tags) for q in doc.questions] == [
        ("What is a goroutine?", ("go", "concurrency")),
        ("What is a channel?", ("go",)),
        ("What is a mutex?", ()),
    ]


def test_hashtags_after_plain_and_bold_questions():
    plain = (
        "Why are Go maps unsafe for concurrent use? #interview #go\nWrites rehash buckets.\n\n"
        "What does a nil channel do in a select? #interview\nIt blocks forever.\n"
    )
    assert [q.tags for q in parse_text(plain).questions] == [("interview", "go"), ("interview",)]
    bold = (
        "**What is an index?** #db\nA lookup structure.\n\n"
        "**What is a view?** #db #sql\nA stored query.\n\n"
        "**What is a trigger?**\nCode run on a change.\n"
    )
    doc = parse_text(bold)
    assert [q.tags for q in doc.questions] == [("db",), ("db", "sql"), ()]
    # the tags are not the answer's first line
    assert [q.answer_markdown for q in doc.questions] == [
        "A lookup structure.",
        "A stored query.",
        "Code run on a change.",
    ]


def test_no_tags_from_a_question_about_hashes_or_a_card_mark():
    text = (
        "## What is C#?\n\nA language.\n\n## What does # start in Python?\n\nA comment.\n\n"
        "## Is 3 # 4 valid?\n\nNo.\n"
    )
    assert all(q.tags == () for q in parse_text(text).questions)


def test_org_heading_tags_are_the_questions_tags():
    text = (
        "#+TITLE: Cloud prep\n* Security\n"
        "** TODO What is an IAM policy?      :aws:iam:\n"
        ":PROPERTIES:\n:CREATED: [2024-03-01 Fri]\n:END:\n"
        "A JSON document that allows or denies actions.\n"
        "** DONE What is a security group?   :aws:\nA stateful firewall.\n"
        "** Explain NACLs                    :aws:\nA stateless firewall for subnets.\n"
    )
    doc = parse_text(text, suffix=".org")
    assert [(q.title, q.tags) for q in doc.questions] == [
        ("What is an IAM policy?", ("aws", "iam")),
        ("What is a security group?", ("aws",)),
        ("Explain NACLs", ("aws",)),  # a heading that does not ask: its tags all the same
    ]
    assert doc.questions[0].answer_markdown == "A JSON document that allows or denies actions."


def test_where_a_question_was_asked_is_a_tag_not_part_of_it():
    text = (
        "# Backend questions\n\n"
        "1. How would you design a rate limiter? (asked at Stripe)\n   A token bucket per key.\n"
        "2. What happens when you type a URL? (asked at Google, Meta)\n   DNS, TCP, TLS, HTTP.\n"
        "3. How do you find a memory leak?\n   Compare heap dumps.\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.tags) for q in doc.questions] == [
        ("How would you design a rate limiter?", ("Stripe",)),
        ("What happens when you type a URL?", ("Google", "Meta")),
        ("How do you find a memory leak?", ()),
    ]


def test_asked_inside_the_question_stays():
    text = (
        "## Who asked (asked at) first?\n\nNobody.\n\n## What is (asked at Google) about?\n\nX.\n"
    )
    assert [q.title for q in parse_text(text).questions] == [
        "Who asked (asked at) first?",
        "What is (asked at Google) about?",
    ]


def test_tags_after_a_task_without_its_question_mark_and_after_a_topic_link():
    text = (
        "## Explain the N+1 query problem #orm #sql\n\nOne query per row.\n\n"
        "## What is `CompletableFuture`? [[Concurrency]] #java/concurrency\n\nA future.\n\n"
        "## Describe how you would shard users #scaling\n\nBy user id hash.\n\n"
        "## Explain #include\n\nThe preprocessor pastes a file.\n\n"
        "## Issue #42 in the old tracker\n\nA race in the cache.\n"
    )
    assert [(q.title, q.tags) for q in parse_text(text).questions] == [
        ("Explain the N+1 query problem", ("orm", "sql")),
        ("What is CompletableFuture?", ("java/concurrency",)),
        ("Describe how you would shard users", ("scaling",)),
        ("Explain #include", ()),  # a word of a short task: no tag
        ("Issue #42 in the old tracker", ()),
    ]
