"""A line the person wrote to themselves after the last answer ("Note: revise these
before Friday", "Next time: recursive CTEs", "*** All the best ***", "Last reviewed
2024-04-18") closes the notes: it is named as skipped, not read as the end of the
last answer. A note that says something about the subject stays in the answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

QA = (
    "Networking basics\n\n"
    "Q: What is a subnet mask?\nA: It splits an address into network and host parts.\n\n"
    "Q: What does ARP do?\nA: It finds the MAC address of an IP on the local network.\n\n"
    "Q: What is NAT?\nA: Rewriting private source addresses to a public one.\n\n"
)


def _last(text: str):
    doc = parse_text(text)
    return doc, doc.questions[-1]


def test_a_note_to_revise_them_is_not_the_last_answer():
    doc, last = _last(QA + "Note: revise these before Friday\n")
    assert [q.title for q in doc.questions][-1] == "What is NAT?"
    assert last.answer_markdown == "Rewriting private source addresses to a public one."
    assert last.end_line == 10
    assert any(r.start_line == 12 for r in doc.skipped)  # named, not lost


def test_an_italic_reminder_after_a_numbered_list_is_not_the_last_answer():
    text = (
        "# Behavioural round\n\n"
        "1. **Tell me about a conflict.**\n   I proposed a staged release.\n"
        "2. **What is your biggest weakness?**\n   I used to take on too much.\n"
        "3. **Why are you leaving?**\n   I want a smaller team.\n\n"
        "_Reminder: practise these out loud with a timer._\n"
    )
    _, last = _last(text)
    assert last.answer_markdown == "I want a smaller team."


def test_what_to_do_next_time_after_code_answers_is_not_the_last_answer():
    text = (
        "# SQL drills\n\n"
        "1. Second highest salary.\n\n        SELECT MAX(salary) FROM e\n        WHERE salary < 9;\n\n"
        "2. Departments with no employees.\n\n        SELECT name FROM d\n        WHERE id IS NULL;\n\n"
        "3. Delete duplicate rows.\n\n        DELETE FROM e a USING e b\n        WHERE a.id > b.id;\n\n"
        "Next time: recursive CTE for the org chart.\n"
    )
    _, last = _last(text)
    assert "org chart" not in last.answer_markdown
    assert last.end_line == 16


def test_a_good_wish_closing_plain_text_notes_is_not_the_last_answer():
    text = (
        "OS VIVA QUESTIONS\n\n"
        "Q1. What is thrashing?\nAns. Paging more than executing.\n\n"
        "Q2. What is a semaphore?\nAns. A counter changed only by wait and signal.\n\n"
        "Q3. Paging vs segmentation?\nAns. Fixed frames against variable segments.\n\n"
        "*** All the best ***\n"
    )
    _, last = _last(text)
    assert last.answer_markdown.endswith("variable segments.")


def test_when_the_notes_were_last_reviewed_is_not_the_last_answer():
    _, last = _last(QA + "Last reviewed 2024-04-18.\n")
    assert last.answer_markdown == "Rewriting private source addresses to a public one."


def test_a_note_about_the_subject_stays_in_the_last_answer():
    _, last = _last(QA.rstrip("\n") + "\n\nNote: review the NAT table size on busy routers.\n")
    assert "NAT table size" in last.answer_markdown
