"""An interview debrief: 'They asked: "Merge k sorted lists."' over 'I said: …', in
rounds labelled in bold ("**Round 2 — system design (60 min)**"). Each quoted ask is
a question, a task as often as not, without its quotes; the "I said:" lines are its
answer, and the rounds are its topics."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_quoted_asks_in_rounds_are_questions_under_their_round():
    notes = (
        "# Debrief – Acme Corp\n\n"
        "**Round 1 — coding (45 min)**\n\n"
        'They asked: "Merge k sorted lists."\n'
        "I said: a min-heap of the list heads; O(n log k).\n"
        "Went OK, forgot empty lists at first.\n\n"
        'They asked: "What\'s the space complexity of your solution?"\n'
        "I said: O(k) for the heap.\n\n"
        "**Round 2 — system design (60 min)**\n\n"
        'They asked: "Design a rate limiter for a public API."\n'
        "I said: a token bucket per API key in Redis.\n"
        "Follow-up on multi-region: local buckets with a share of the quota.\n"
    )
    doc = parse_text(notes)
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Round 1 — coding (45 min)",), "Merge k sorted lists."),
        (("Round 1 — coding (45 min)",), "What's the space complexity of your solution?"),
        (("Round 2 — system design (60 min)",), "Design a rate limiter for a public API."),
    ]
    assert doc.questions[0].answer_markdown.startswith("a min-heap of the list heads")
    assert "Round 2" not in doc.questions[1].answer_markdown
