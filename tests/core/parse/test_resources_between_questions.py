"""A "Resources" (or "References", "Further reading", "Links") section, a label or a
heading over nothing but a list of links and works cited, ends the answer above it
where it closes a part of the notes (before a heading, or at the end), and names no
group of the questions after it. Links right above the next question, or under most
answers, are each answer's own; a "References" heading over questions (C++
references) is still their topic."""

from __future__ import annotations

from studyapp.core.parse import parse_path, parse_text
from studyapp.core.parse.ends import SOURCES

GO_NOTES = """\
# Go notes

## Concurrency

1. What is a goroutine?
A function running concurrently, scheduled by the Go runtime.

2. What is a channel?
A typed pipe between goroutines.

**Further reading:**
* The Go Memory Model
* https://go.dev/blog/pipelines

## Resources
- https://go.dev/doc/effective_go
- The Go Programming Language (2015)

3. What is escape analysis?
The compiler decides whether a value lives on the stack or the heap.

4. How does the GC work?
Concurrent tri-colour mark and sweep.

Links:
- https://go.dev/doc/gc-guide
- Go GC internals, a talk
"""


def test_sources_end_the_answer_above_and_name_no_topic(tmp_path):
    notes = tmp_path / "go.md"
    notes.write_text(GO_NOTES, encoding="utf-8")
    doc = parse_path(notes)
    found = [(q.title, q.answer_markdown.strip(), q.topic_path) for q in doc.questions]
    assert found == [
        (
            "What is a goroutine?",
            "A function running concurrently, scheduled by the Go runtime.",
            ("Concurrency",),
        ),
        ("What is a channel?", "A typed pipe between goroutines.", ("Concurrency",)),
        (
            "What is escape analysis?",
            "The compiler decides whether a value lives on the stack or the heap.",
            (),
        ),
        ("How does the GC work?", "Concurrent tri-colour mark and sweep.", ()),
    ]
    named = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == SOURCES]
    assert named == [(11, 17)]
    assert any(r.start_line == 25 and r.end_line == 27 for r in doc.skipped)
    # links under most answers are each answer's own; "References" over questions, a topic
    own_links = (
        "1. What is a pod?\nThe smallest deployable unit.\n\n"
        "Resources:\n- https://kubernetes.io/docs/concepts/workloads/pods/\n\n"
        "2. What is a service?\nA stable address in front of pods.\n\n"
        "Resources:\n- https://kubernetes.io/docs/concepts/services-networking/\n\n"
        "3. What is a deployment?\nReplicas kept running.\n\n"
        "Resources:\n- https://kubernetes.io/docs/concepts/workloads/controllers/\n"
    )
    answers = [q.answer_markdown for q in parse_text(own_links).questions]
    assert len(answers) == 3 and all("https://kubernetes.io" in a for a in answers)
    above_next = (
        "## What is Raft?\nA consensus algorithm.\n\n"
        "**Further reading:**\n- https://raft.github.io\n\n"
        "## What is Paxos?\nThe older one.\n\n## What is a quorum?\nA majority.\n"
    )
    assert "raft.github.io" in parse_text(above_next).questions[0].answer_markdown
    cpp = (
        "# C++\n\n## References\n\n### What is a dangling reference?\n"
        "A reference to an object that no longer lives.\n\n"
        "### What is an rvalue reference?\nA reference that binds to a temporary.\n\n"
        "## Templates\n\n### What is SFINAE?\nA failed substitution is not an error.\n"
    )
    topics = [q.topic_path for q in parse_text(cpp).questions]
    assert topics == [("References",), ("References",), ("Templates",)]
