"""A footer ("## References", "Resources", "Further reading") in the middle of the
notes ends at the next heading of its own level or higher, or at the next heading that
asks: the questions after it are questions again, under no "References" topic, and the
footer's own lines are no part of the answer above it."""

from __future__ import annotations

from studyapp.core.parse import parse_text

# Questions a level deeper than the footer, after the last question of the unit.
NETWORKING = """\
# Networking

## What is TCP?
A reliable stream protocol.

## What is UDP?
A datagram protocol without delivery guarantees.

## What is IP?
The network layer.

## References
- RFC 793
- Stevens, TCP/IP Illustrated

### What is QUIC?
A transport over UDP with TLS built in.

### What is SCTP?
A message-oriented transport with multi-streaming.
"""

# A second kind of the same: the footer at the questions' own level inside a section,
# one question a level deeper after it, then the next section.
DATABASES = """\
# Databases

## Indexing

### Why does a B-tree index speed up reads?
It keeps keys sorted in shallow pages, so a lookup reads few of them.

### What is a covering index?
An index holding every column a query needs.

### Further reading
- Use The Index, Luke

#### When does an index slow writes down?
Every insert and update has to maintain it too.

## Transactions

### What is a dirty read?
Reading another transaction's uncommitted write.
"""

# Questions at the footer's own level after it, under a section above the footer.
CLOUD = """\
# Cloud

## Compute

### What is an autoscaling group?
A set of instances kept at the size the load needs.

### What is a spot instance?
Spare capacity sold cheaply that can be reclaimed.

## Resources
- The AWS well-architected guide
- My notes from the re:Invent talk

### What is a VPC?
A private network inside the cloud provider.

### What is a NAT gateway?
It lets private instances reach out without being reachable.
"""


def test_questions_deeper_than_a_closing_footer_are_questions():
    doc = parse_text(NETWORKING, name="notes.md")
    titles = [q.title for q in doc.questions]
    assert titles[-2:] == ["What is QUIC?", "What is SCTP?"]
    assert doc.questions[-1].answer_markdown == (
        "A message-oriented transport with multi-streaming."
    )
    assert "References" not in doc.questions[2].answer_markdown  # IP's answer
    assert any(r.start_line == 12 for r in doc.skipped)  # the footer, named


def test_a_footer_at_the_questions_level_ends_at_a_deeper_question():
    doc = parse_text(DATABASES, name="notes.md")
    found = {q.title: q for q in doc.questions}
    assert "When does an index slow writes down?" in found
    assert found["When does an index slow writes down?"].topic_path == ("Indexing",)
    covering = found["What is a covering index?"].answer_markdown
    assert covering == "An index holding every column a query needs."
    assert found["What is a dirty read?"].topic_path == ("Transactions",)


def test_questions_after_a_footer_heading_are_under_no_footer_topic():
    doc = parse_text(CLOUD, name="notes.md")
    topics = {q.title: q.topic_path for q in doc.questions}
    assert topics["What is a spot instance?"] == ("Compute",)
    assert topics["What is a VPC?"] == ()
    assert topics["What is a NAT gateway?"] == ()
    spot = next(q for q in doc.questions if q.title == "What is a spot instance?")
    assert "AWS" not in spot.answer_markdown


def test_an_empty_footer_named_heading_right_over_questions_is_their_topic():
    text = CLOUD.replace(
        "- The AWS well-architected guide\n- My notes from the re:Invent talk\n\n", ""
    )
    doc = parse_text(text, name="notes.md")
    topics = {q.title: q.topic_path for q in doc.questions}
    assert topics["What is a VPC?"] == ("Resources",)


def test_questions_under_a_projects_contributing_section_are_not_the_notes():
    text = NETWORKING.replace(
        "## References\n- RFC 793\n- Stevens, TCP/IP Illustrated",
        ("## Contributing\nPull requests are welcome."),
    ).replace("### What is QUIC?", "### How do I add a question?")
    titles = [q.title for q in parse_text(text, name="notes.md").questions]
    assert "How do I add a question?" not in titles
