"""A practice log: a heading per problem, named, each over a paragraph of how to solve
it, with its difficulty after the name ("## Two Sum (Easy)"), a "## Resources" list and
a "## TODO" of the person's own. A file whose every heading holds an answer and asks
nothing else is a deck of named cards; a new user's log gave "no questions found" (the
TODO and the Resources read it as a document in parts), and split at its headings
alone its "## TODO" was a question and its "(Easy)" was lost.

The difficulty becomes the question's tag ("Difficulty/Easy", as a Difficulty column or
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
        ("Two Sum", ("Difficulty/Easy",)),
        ("LRU Cache", ("Difficulty/Medium",)),
        ("Merge k Sorted Lists", ("Difficulty/Hard",)),
    ]
    assert doc.questions[2].answer_markdown == "Min-heap of list heads: O(N log k)."
    notes = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == "note to self"]
    assert notes == [(16, 17)]


@pytest.mark.parametrize("split_at", [None, "h2"])
def test_a_practice_log_written_another_way(split_at):
    found, doc = _read(DRILLS, split_at)
    assert found == [
        ("URL shortener", ("Difficulty/Medium",)),
        ("Rate limiter", ("Difficulty/Hard",)),
        ("Consistent hashing", ("Difficulty/Medium",)),
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


def test_the_difficulty_is_a_label_in_sight_not_a_topic(tmp_path):
    """Read from its file, the log's one tag per question was taken for its topic:
    each problem filed under its own "Difficulty / Easy"."""
    from studyapp.core.importer import parse_notes

    for name, text in (("leetcode_log.md", LEETCODE_LOG), ("drills.md", DRILLS)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        doc = parse_notes(path)
        assert not any(p.startswith("Difficulty") for q in doc.questions for p in q.topic_path)
        assert doc.questions[0].answer_markdown.endswith(
            "#Difficulty/Easy" if name == "leetcode_log.md" else "#Difficulty/Medium"
        )


def test_a_question_answered_under_a_to_do_heading_stays_a_question():
    """Under "# TODO" the person may keep questions still to learn, answered already:
    only what has no answer there is a to-do."""
    text = (
        "# TODO\n\n## What is Raft?\n\nA consensus algorithm: a leader replicates a log.\n\n"
        "## What is Paxos?\n\nConsensus by proposers and acceptors agreeing on one value.\n"
    )
    assert [q.title for q in parse_text(text).questions] == ["What is Raft?", "What is Paxos?"]
