"""A list of questions with nothing under them, left among answered notes (under
"## Networking (TODO)" at the end, under "## Still to look up" between sections), is
named as questions without an answer yet, not as the notes' "footer" or "notes
between questions"; as elsewhere, such questions are not imported until answered."""

import pytest

from studyapp.core.parse import parse_text
from studyapp.core.parse.skipped_lines import UNANSWERED

ANSWERED = (
    "# Linux\n\n## Linux\n\n"
    "1. **How do you find what is using all the disk?**\n   - `du -sh /*`\n"
    "2. **What does load average mean?**\n   - Runnable and blocked tasks.\n\n"
)
OPEN = "- What is the difference between L4 and L7 load balancing?\n- How does the TLS handshake work?\n"


@pytest.mark.parametrize("heading", ["Networking (TODO)", "Networking"])
def test_questions_left_unanswered_at_the_end_are_named_so(heading):
    doc = parse_text(ANSWERED + f"## {heading}\n\n" + OPEN)
    assert len(doc.questions) == 2
    assert (12, 13, UNANSWERED) in [(r.start_line, r.end_line, r.reason) for r in doc.skipped]


def test_questions_left_unanswered_between_sections_are_named_so():
    notes = (
        "# Kafka\n\n## Basics\n\n### What is a partition?\n\nAn ordered log.\n\n"
        "### What is a consumer group?\n\nConsumers sharing partitions.\n\n"
        "## Still to look up\n\n* How does exactly-once delivery work?\n"
        "* What happens when a leader dies?\n\n"
        "## Storage\n\n### What is log compaction?\n\nThe last value for each key.\n"
    )
    doc = parse_text(notes)
    assert len(doc.questions) == 3
    assert (15, 16, UNANSWERED) in [(r.start_line, r.end_line, r.reason) for r in doc.skipped]


def test_a_closing_line_that_asks_is_still_the_footer():
    doc = parse_text(ANSWERED + "---\n\n- Questions?\n- Ping me on Slack.\n")
    assert all(r.reason != UNANSWERED for r in doc.skipped)
