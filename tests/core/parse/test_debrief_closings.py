"""An interview's write-up closes with how it went: "**Feedback:** …", "**My questions:**
…", "**Next steps:** …" after the last question. Those lines are no part of the last
answer; a "**Result:**" line inside a STAR answer is."""

from __future__ import annotations

from studyapp.core.parse import parse_text

DEBRIEF = """\
# Stripe – phone screen

**Q1.** How would you make a payment API idempotent?
- Client sends an Idempotency-Key header; the server replays the stored response.

**Q2.** What happens if two requests with the same key arrive at once?
- A unique insert on the key: one wins, the other waits and replays.

**Q3.** How do you reconcile with the bank's settlement file?
- A nightly job matching by reference; mismatches go to a review queue.

**My questions:** team size, on-call load.

**Next steps:** onsite in two weeks.
"""


def test_the_write_ups_closing_lines_are_no_part_of_the_last_answer():
    doc = parse_text(DEBRIEF)
    assert [q.answer_markdown for q in doc.questions] == [
        "- Client sends an Idempotency-Key header; the server replays the stored response.",
        "- A unique insert on the key: one wins, the other waits and replays.",
        "- A nightly job matching by reference; mismatches go to a review queue.",
    ]


def test_a_result_line_of_a_star_answer_stays():
    text = (
        "**Q1.** Tell me about a conflict.\n- We disagreed on the API; I wrote a comparison.\n\n"
        "**Q2.** Tell me about a failure.\n- A migration locked a table for 20 minutes.\n\n"
        "**Q3.** Tell me about a success.\n- I cut the build time in half.\n\n"
        "**Result:** the team adopted the cache for every service.\n"
    )
    doc = parse_text(text)
    assert doc.questions[-1].answer_markdown.endswith(
        "**Result:** the team adopted the cache for every service."
    )
