"""A practice log: a heading per problem, named, each over a paragraph of how to solve
it, with its difficulty after the name ("## Two Sum (Easy)"), a "## Resources" list and
a "## TODO" of the person's own. A file whose every heading holds an answer and asks
nothing else is a deck of named cards; a new user's log gave "no questions found" (the
TODO and the Resources read it as a document in parts), and split at its headings
alone its "## TODO" was a question and its "(Easy)" was lost.

The difficulty becomes the question's tag ("Difficulty::Easy", as a Difficulty column or
a page's "Difficulty: Easy" line tags it) and leaves the title: the question's id comes
from its title, so a problem re-rated "Hard" stays the same question, progress and all.
A heading over a note to self ("## TODO", "## To do", "## FIXME: …") is no question, no
topic, and what it heads is named as a note to self, under whichever split."""

from __future__ import annotations

import pytest

from studyapp.core.import_preview import unit_label
from studyapp.core.parse import parse_text

# The tester's file (/tmp/tester/notes2/leetcode_log.md).
LEETCODE_LOG = """# LeetCode log

## Two Sum (Easy)
Use a hash map value→index; one pass. O(n) time, O(n) space.

## LRU Cache (Medium)
Hash map + doubly linked list; move to front on get/put, evict tail.

## Merge k Sorted Lists (Hard)
Min-heap of list heads: O(N log k).

## Resources
- https://neetcode.io
- Grokking the coding interview

## TODO
- redo Median of Two Sorted Arrays
"""

# The same kind written fresh: other difficulty marks, "Links", a "To do" of tasks that
# read as questions ("Design a chat system") if taken for list-item questions.
DRILLS = """# System design drills

## URL shortener — Medium
Base62 ids from a counter; a cache in front of the key-value store for hot links.

## Rate limiter [Hard]
Token bucket per user kept in Redis, refilled lazily on each request.

## Consistent hashing | Medium
Keys and nodes on one ring; a node leaving moves only its neighbour's keys.

## Links
- https://github.com/donnemartin/system-design-primer

## To do
- Design a chat system
- Review quorum reads
"""


def _read(text, split_at=None):
    doc = parse_text(text, split_at=split_at)
    return [(q.title, q.tags) for q in doc.questions], doc


@pytest.mark.parametrize("split_at", [None, "h2"])
def test_a_practice_log_is_its_problems(split_at):
    found, doc = _read(LEETCODE_LOG, split_at)
    assert found == [
        ("Two Sum", ("Difficulty::Easy",)),
        ("LRU Cache", ("Difficulty::Medium",)),
        ("Merge k Sorted Lists", ("Difficulty::Hard",)),
    ]
    assert doc.questions[2].answer_markdown == "Min-heap of list heads: O(N log k)."
    notes = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == "note to self"]
    assert notes == [(16, 17)]


@pytest.mark.parametrize("split_at", [None, "h2"])
def test_a_practice_log_written_another_way(split_at):
    found, doc = _read(DRILLS, split_at)
    assert found == [
        ("URL shortener", ("Difficulty::Medium",)),
        ("Rate limiter", ("Difficulty::Hard",)),
        ("Consistent hashing", ("Difficulty::Medium",)),
    ]
    assert "Redis" in doc.questions[1].answer_markdown
    assert "chat system" not in doc.questions[2].answer_markdown
    notes = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == "note to self"]
    assert notes == [(15, 17)]


def test_a_to_do_heading_between_questions_ends_the_answer_and_names_no_topic():
    text = (
        "## What is a B-tree?\n\nA balanced tree with many keys per node.\n\n"
        "## FIXME: check the numbers\n\n- fan-out of 100?\n\n"
        "## What is a hash index?\n\nA map from a key's hash to its rows.\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("What is a B-tree?", ()),
        ("What is a hash index?", ()),
    ]
    assert "fan-out" not in doc.questions[0].answer_markdown
    assert [r.reason for r in doc.skipped] == ["note to self"]


def test_a_difficulty_inside_a_title_stays_its_words():
    found, _ = _read("## Why is sorting hard to parallelise?\n\nMerges depend on each other.\n")
    assert found == [("Why is sorting hard to parallelise?", ())]


def test_the_reading_as_found_and_a_split_at_its_unit_say_how_they_differ():
    """Both said "level-2 headings" (one "as read"): a choice between two like names."""
    found = unit_label("h2", 0, as_read=True, beside=4)
    every = unit_label("h2", 4, beside=0)
    assert found == "level-2 headings, as found (4 left out) — 0 questions"
    assert every == "level-2 headings, every one — 4 questions"
    more = unit_label("list-item", 4, as_read=True, beside=2)
    assert more == "list items, as found (and 2 written another way) — 4 questions"


def test_the_difficulty_is_a_tag_not_a_topic_nor_answer_text(tmp_path):
    """Read from its file, the log's one tag per question was taken for its topic:
    each problem filed under its own "Difficulty / Easy". Nor does the answer pane
    show it under the answer (core.parse.meta_columns)."""
    from studyapp.core.importer import parse_notes

    for name, text in (("leetcode_log.md", LEETCODE_LOG), ("drills.md", DRILLS)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        doc = parse_notes(path)
        assert not any(p.startswith("Difficulty") for q in doc.questions for p in q.topic_path)
        level = "Difficulty::Easy" if name == "leetcode_log.md" else "Difficulty::Medium"
        assert level in doc.questions[0].tags
        assert "#Difficulty" not in doc.questions[0].answer_markdown


def test_a_question_answered_under_a_to_do_heading_stays_a_question():
    """Under "# TODO" the person may keep questions still to learn, answered already:
    only what has no answer there is a to-do."""
    text = (
        "# TODO\n\n## What is Raft?\n\nA consensus algorithm: a leader replicates a log.\n\n"
        "## What is Paxos?\n\nConsensus by proposers and acceptors agreeing on one value.\n"
    )
    assert [q.title for q in parse_text(text).questions] == ["What is Raft?", "What is Paxos?"]


# What a log may end in after its cards: the notes' own matter, each kind the importer
# knows the parts of notes by (a part, a footer, sources, the study's own parts).
CLOSING_SECTIONS = {
    "Notes": "Most of these reduce to picking the right data structure first.",
    "Misc": "- practise on paper\n- time myself",
    "Summary": "Hash maps and heaps carry most of these problems.",
    "Next steps": "Move on to graphs and dynamic programming next week.",
    "Open questions": "- Is the heap version worth it for k below 10",
    "References": "- Skiena, The Algorithm Design Manual (2008)",
    "Resources": "- https://neetcode.io\n- Grokking the coding interview",
    "Links": "- https://leetcode.com/problemset/",
}


def _log_ending_in(heading: str, text: str) -> str:
    return LEETCODE_LOG.split("## Resources")[0] + f"## {heading}\n{text}\n"


@pytest.mark.parametrize("split_at", [None, "h2"])
@pytest.mark.parametrize("heading", list(CLOSING_SECTIONS))
def test_a_section_after_the_cards_about_the_notes_is_no_card(heading, split_at):
    """'## Notes' after the cards was a card called 'Notes' (0 questions before practice
    logs were read); it is the notes' footer, skipped and named."""
    text = _log_ending_in(heading, CLOSING_SECTIONS[heading])
    found, doc = _read(text, split_at)
    assert [title for title, _ in found] == ["Two Sum", "LRU Cache", "Merge k Sorted Lists"]
    assert heading not in doc.questions[-1].answer_markdown
    last = len(text.rstrip("\n").split("\n"))
    assert [(r.start_line, r.end_line, r.reason) for r in doc.skipped][-1] == (12, last, "footer")


# The same kind written fresh: named cards with what is still to look up, items that
# ask with nothing under them, after the cards or before them.
NETWORKING = """# Networking notes

## TCP handshake
SYN, SYN-ACK, ACK: both sides agree on starting sequence numbers.

## Slow start
The congestion window doubles each round trip until loss or the threshold.

## Still to look up
- Why does delayed ACK interact badly with Nagle?
- How does BBR estimate bandwidth?
"""


def test_items_still_to_answer_beside_named_cards_are_no_cards():
    """Each item there asks and has no answer: they outscored the named cards, which
    were all lost ("Why does delayed ACK …?" and "How does BBR …?" the only questions)."""
    found, doc = _read(NETWORKING)
    assert [t for t, _ in found] == ["TCP handshake", "Slow start"]
    assert [(r.start_line, r.end_line, r.reason) for r in doc.skipped][-1] == (9, 11, "footer")
    head, rest = NETWORKING.split("## TCP", 1)
    found, doc = _read(head + "## Still to look up\n- Why is TIME_WAIT two MSLs?\n\n## TCP" + rest)
    assert [t for t, _ in found] == ["TCP handshake", "Slow start"]
    assert not any("TIME_WAIT" in q.answer_markdown for q in doc.questions)


def test_notes_of_nothing_but_questions_still_to_review_are_those_questions():
    """With no answered card anywhere, the section's questions are the notes' questions."""
    text = "# Interview prep\n\n## Questions to review\n\n- What is a B-tree?\n- What is a hash index?\n"
    found, _ = _read(text)
    assert [t for t, _ in found] == ["What is a B-tree?", "What is a hash index?"]


def test_a_last_card_whose_subject_opens_with_such_a_word_stays_a_card():
    """Named by its whole title only: "Summary statistics", "Notes on CAP" are subjects."""
    for heading in ("Summary statistics", "Notes on CAP", "Next steps of the Raft election"):
        found, _ = _read(_log_ending_in(heading, "Mean and variance, in one pass."))
        assert found[-1] == (heading, ()), heading


# Two more logs of the kind, written fresh: cards a level down under a course's
# sections, ending in a run of two such parts; and a reading log of named ideas with
# a "Misc." then "Next steps" of the person's.
COURSE_LOG = """# Databases course

## Week 3

### B-tree index
Keeps keys sorted in pages; a lookup reads one page per level.

### Hash index
Buckets by the key's hash: equality lookups only, no ranges.

### Covering index
Holds every column a query reads, so the table is never touched.

### Summary
Pick the index by the queries you run, not by the table.

### Further reading
- Use The Index, Luke (https://use-the-index-luke.com)
"""

READING_LOG = """# Papers I read

## MapReduce
Map emits key/value pairs; the framework groups by key; reduce folds each group.

## Bigtable
A sorted map of row, column and time, split into tablets served by many servers.

## Dynamo
A ring of nodes with sloppy quorums and hinted handoff: always writable.

## Misc.
Read these on the train; slides were better than the papers.

## Next steps
- Spanner, then Calvin
"""


@pytest.mark.parametrize("split_at", [None, "h3"])
def test_a_log_a_level_down_ends_in_its_sections_notes(split_at):
    found, doc = _read(COURSE_LOG, split_at)
    assert [t for t, _ in found] == ["B-tree index", "Hash index", "Covering index"]
    assert "Pick the index" not in doc.questions[-1].answer_markdown
    footers = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == "footer"]
    assert footers == [(14, 15), (17, 18)]


@pytest.mark.parametrize("split_at", [None, "h2"])
def test_a_reading_log_ends_in_the_readers_own_asides(split_at):
    found, doc = _read(READING_LOG, split_at)
    assert [t for t, _ in found] == ["MapReduce", "Bigtable", "Dynamo"]
    assert doc.questions[-1].answer_markdown.endswith("always writable.")
    footers = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == "footer"]
    assert footers == [(12, 13), (15, 16)]


# A prose article: headings that are its parts, paragraphs under them, nothing asked.
ARTICLE = """# Caching at the edge

## Introduction
Content delivery networks keep copies of pages close to readers.

## Background
Early web servers answered every request themselves, and spikes took them down.

## Method
We measured load times from twelve regions before and after adding a cache.

## Conclusion
The cache halved the median load time and absorbed most of the spikes.
"""


def test_a_prose_article_is_no_deck_but_says_how_to_split_it(tmp_path):
    """As before practice logs were read: a document in parts gives no questions, and
    the message offers its headings (--split-at h2), which give every part as a card;
    its "Conclusion" is no aside to drop from them."""
    from studyapp.core.parse import no_questions_message

    doc = parse_text(ARTICLE)
    assert doc.questions == []
    assert "--split-at h2 would give 4" in no_questions_message("article.md", doc)
    found, _ = _read(ARTICLE, "h2")
    assert [t for t, _ in found] == ["Introduction", "Background", "Method", "Conclusion"]
