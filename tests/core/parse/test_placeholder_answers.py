"""An answer that only holds its place ("WIP", "???", "- [ ] FIXME: fill in", "...") is
no answer: the question is kept with none, the placeholder named as skipped
(notes_to_self.is_placeholder: TODO, TBD, FIXME, XXX, WIP, "to do", dots or question
marks alone). A heading of the questions' level with nothing under it, among headings
that name their subject ("### Raft"), is a question with no answer, not a topic over
the next question."""

from __future__ import annotations

from studyapp.core.parse import parse_text

_NOTES = (
    "# Distributed systems\n\n"
    "### Paxos\n"
    "Consensus by a majority of acceptors over numbered proposals.\n\n"
    "### Raft\n\n"
    "### Gossip protocol\n"
    "WIP\n\n"
    "### Vector clocks\n"
    "- [ ] FIXME: fill in\n\n"
    "### Quorum reads\n"
    "???\n\n"
    "### Leases\n"
    "...\n\n"
    "### Consistent hashing\n"
    "Keys and nodes on one ring; a node leaving moves only its neighbour's keys.\n"
)


def test_placeholder_answers_are_no_answers():
    doc = parse_text(_NOTES)
    answers = {q.title: q.answer_markdown.strip() for q in doc.questions}
    for title in ("Gossip protocol", "Vector clocks", "Quorum reads", "Leases"):
        assert answers[title] == "", title
    assert answers["Paxos"].startswith("Consensus")
    assert "placeholder answer" in {r.reason for r in doc.skipped}


def test_an_empty_heading_among_named_questions_is_a_question_not_a_topic():
    doc = parse_text(_NOTES)
    assert [q.title for q in doc.questions] == [
        "Paxos",
        "Raft",
        "Gossip protocol",
        "Vector clocks",
        "Quorum reads",
        "Leases",
        "Consistent hashing",
    ]
    assert all("Raft" not in q.topic_path for q in doc.questions)
    assert next(q for q in doc.questions if q.title == "Raft").answer_markdown.strip() == ""


def test_a_real_short_answer_is_kept():
    note = (
        "## What does TTL stand for?\nTime to live.\n\n## What is TBD in a plan?\nTo be decided.\n"
    )
    answers = [q.answer_markdown.strip() for q in parse_text(note).questions]
    assert answers == ["Time to live.", "To be decided."]
