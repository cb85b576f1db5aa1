"""Question headings a level off their neighbours', and a question heading said twice.

A tester's notes lost questions without a word: among "### What is …?" questions, a
"#### What is write-back caching?" and a "## What is a TTL?" were read as part of the
answer above them (6 questions became 4, and no --split-at brought them back). And a
question restated right below itself ("## What is BPE?" over "### What is BPE?") made
a topic of one question, with the others put under General."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _parse(text: str):
    return parse_text(text, name="notes", suffix=".md")


def _titles(text: str) -> list[str]:
    return [q.title for q in _parse(text).questions]


def test_a_question_a_level_too_deep_or_too_high_is_its_own_question():
    text = (
        "# Networking\n\n"
        "### What is TCP?\nA reliable, ordered byte stream.\n\n"
        "### What is UDP?\nUnreliable datagrams.\n\n"
        "#### What is QUIC?\nStreams over UDP with TLS built in.\n\n"
        "### What is NAT?\nMany hosts behind one public address.\n\n"
        "## What is a socket?\nAn endpoint named by address and port.\n\n"
        "### What is TIME_WAIT?\nThe state after an active close.\n"
    )
    doc = _parse(text)
    assert [q.title for q in doc.questions] == [
        "What is TCP?",
        "What is UDP?",
        "What is QUIC?",
        "What is NAT?",
        "What is a socket?",
        "What is TIME_WAIT?",
    ]
    answers = {q.title: q.answer_markdown for q in doc.questions}
    assert answers["What is UDP?"] == "Unreliable datagrams."
    assert answers["What is NAT?"] == "Many hosts behind one public address."
    assert answers["What is a socket?"] == "An endpoint named by address and port."


def test_a_top_level_heading_that_asks_among_questions_is_one_not_a_topic():
    text = (
        "# Networking\n\n## What is TCP?\nA byte stream.\n\n## What is UDP?\nDatagrams.\n\n"
        "# What is a socket?\nAn endpoint named by address and port.\n\n"
        "## What is NAT?\nAddress rewriting at a router.\n"
    )
    doc = _parse(text)
    assert _titles(text) == ["What is TCP?", "What is UDP?", "What is a socket?", "What is NAT?"]
    assert {q.topic_path for q in doc.questions} == {()}


def test_numbered_questions_at_three_levels_keep_their_order():
    text = (
        "# Python\n\n### Q1. What is the GIL?\nOne thread runs bytecode at a time.\n\n"
        "### Q2. What is a generator?\nA function that yields lazily.\n\n"
        "#### Q3. What is a decorator?\nA callable wrapping another.\n\n"
        "### Q4. What are slots?\nNo per-instance dict.\n\n"
        "## Q5. What is a metaclass?\nThe class of a class.\n\n"
        "### Q6. What is the MRO?\nThe order bases are searched in.\n"
    )
    doc = _parse(text)
    assert len(doc.questions) == 6
    assert doc.questions[2].title == "What is a decorator?"
    assert doc.questions[1].answer_markdown == "A function that yields lazily."


def test_a_slipped_question_stays_in_its_topic_and_a_part_unlike_them_stays_put():
    text = (
        "# Backend\n\n## Databases\n\n"
        "### What is an index?\nFinds rows without a scan.\n\n"
        "#### What is a covering index?\nOne holding every column a query reads.\n\n"
        "### What is a deadlock?\nTwo transactions waiting on each other.\n\n"
        "## Queues\n\n### What is back-pressure?\nSlowing producers down.\n\n"
        "### What is a dead-letter queue?\nWhere failing messages go.\n\n"
        "#### Why use idempotent consumers?\nDelivery is at-least-once.\n\n"
        "### What is a poison message?\nOne that crashes every consumer.\n"
    )
    doc = _parse(text)
    topics = {q.title: q.topic_path for q in doc.questions}
    assert topics["What is a covering index?"] == ("Databases",)
    # "Why use …?" opens unlike the "What is …?" questions: a part of the answer above
    assert "Why use idempotent consumers?" not in topics
    dead_letter = next(q for q in doc.questions if q.title == "What is a dead-letter queue?")
    assert "Delivery is at-least-once." in dead_letter.answer_markdown


def test_sub_headings_of_an_answer_that_ask_nothing_or_point_back_stay_in_it():
    text = (
        "# System design\n\n### What is a load balancer?\nIt spreads requests.\n\n"
        "#### Example\nNginx in front of three servers.\n\n"
        "#### What is a health check?\nA probe that takes dead servers out.\n\n"
        "### What is consistent hashing?\nKeys and servers on one ring.\n\n"
        "#### How does it work?\nEach key goes to the next server clockwise.\n\n"
        "### What is sharding?\nSplitting data by a key.\n"
    )
    doc = _parse(text)
    assert [q.title for q in doc.questions] == [
        "What is a load balancer?",
        "What is consistent hashing?",
        "What is sharding?",
    ]
    assert "#### What is a health check?" in doc.questions[0].answer_markdown
    assert "#### How does it work?" in doc.questions[1].answer_markdown


def test_a_deeper_question_about_the_one_above_stays_in_its_answer():
    text = (
        "# Data\n\n### What is sharding?\nSplitting data by a key.\n\n"
        "#### What are the trade-offs?\nCross-shard joins are slow.\n\n"
        "### What is replication?\nCopies on several machines.\n\n"
        "#### Why does this matter?\nReads scale.\n\n"
        "### What is a quorum?\nA majority that must agree.\n\n"
        "#### What's a sloppy quorum?\nOne that accepts writes on any healthy nodes.\n\n"
        "### What's a vector clock?\nPer-node counters.\n"
    )
    doc = _parse(text)
    assert [q.title for q in doc.questions] == [
        "What is sharding?",
        "What is replication?",
        "What is a quorum?",
        "What's a sloppy quorum?",
        "What's a vector clock?",
    ]
    assert "#### What are the trade-offs?" in doc.questions[0].answer_markdown
    assert "#### Why does this matter?" in doc.questions[1].answer_markdown


def test_a_question_restated_a_level_down_is_one_question_and_no_topic():
    text = (
        "# Databases\n\n## What is an index?\n\n### What is an index?\n\n"
        "A structure that finds rows without a full scan.\n\n"
        "## What is MVCC?\n\n**What is MVCC?**\n\nReaders see a snapshot.\n\n"
        "## Normal forms\n\nRules that remove redundancy.\n\n"
        "## What is a deadlock?\n\nTwo transactions waiting on each other.\n"
    )
    doc = _parse(text)
    assert [q.title for q in doc.questions] == [
        "What is an index?",
        "What is MVCC?",
        "Normal forms",
        "What is a deadlock?",
    ]
    assert {q.topic_path for q in doc.questions} == {()}
    assert doc.questions[0].answer_markdown == "A structure that finds rows without a full scan."
    assert doc.questions[1].answer_markdown == "Readers see a snapshot."


def test_a_bold_line_that_says_more_than_the_title_stays():
    text = (
        "## What is tokenization?\n\n**What is tokenization in subword models?**\n\n"
        "Splitting text into units.\n\n## What is stemming?\n\nChopping suffixes.\n\n"
        "## What is BPE?\n\nMerging frequent pairs.\n"
    )
    doc = _parse(text)
    assert doc.questions[0].title == "What is tokenization?"
    assert doc.questions[0].answer_markdown.startswith("**What is tokenization in subword")


def test_a_question_restated_a_level_up_starts_there_and_makes_no_topic():
    text = (
        "# Caching\n\n### What is a cache hit ratio?\n\nHits over lookups.\n\n"
        "## What is cache warming?\n\n### What is cache warming?\n\n"
        "Filling the cache before traffic.\n\n"
        "### What is negative caching?\n\nCaching that something is missing.\n"
    )
    doc = _parse(text)
    assert [(q.title, q.source_line, q.topic_path) for q in doc.questions] == [
        ("What is a cache hit ratio?", 3, ()),
        ("What is cache warming?", 7, ()),
        ("What is negative caching?", 13, ()),
    ]
    assert doc.questions[1].answer_markdown == "Filling the cache before traffic."


def test_a_section_naming_the_subject_of_the_question_below_is_still_a_topic():
    text = (
        "# Networking\n\n## TCP\n\n### What is the TCP handshake?\n\nSYN, SYN-ACK, ACK.\n\n"
        "### Why does TIME_WAIT exist?\n\nLate segments.\n\n"
        "## HTTP\n\n### What changed in HTTP/2?\n\nMultiplexing.\n"
    )
    doc = _parse(text)
    assert [q.topic_path for q in doc.questions] == [("TCP",), ("TCP",), ("HTTP",)]


def test_a_topic_whose_first_question_bears_its_name_stays_the_topic_of_all():
    """ "## Pods" over "### Pods" and two more questions: the topic went from all three
    (a regression reader's notes), where only a heading that asks is restated."""
    text = (
        "# Kubernetes notes\n\n## Pods\n### Pods\nThe smallest deployable units.\n"
        "### What is an init container?\nRuns to completion before the app starts.\n"
        "### What is a sidecar?\nA helper container next to the main one.\n\n"
        "## Services\n### What is a ClusterIP service?\nA virtual IP inside the cluster.\n"
        "### What is a NodePort?\nA port opened on every node.\n"
    )
    doc = _parse(text)
    assert [q.topic_path for q in doc.questions] == [("Pods",)] * 3 + [("Services",)] * 2
