"""A question and its answer on one source line, parted by an HTML line break
("**Q:** …?<br>**A:** …", as notes pasted from a web page or Notion keep them): the
break ends the question as a space would."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_bold_marks_parted_by_br():
    notes = (
        "# Cloud quick cards\n\n"
        "**Q:** What is an availability zone?<br>**A:** Data centres with their own power.\n\n"
        "**Q:** What is a VPC?<br>**A:** A private network inside the cloud.\n"
    )
    assert pairs(notes) == [
        ("What is an availability zone?", "Data centres with their own power."),
        ("What is a VPC?", "A private network inside the cloud."),
    ]


def test_plain_marks_parted_by_self_closing_br():
    notes = (
        "Q: What does `nice` change?<br/>A: A process's scheduling priority.\n\n"
        "Q: What is a zombie process?<br />A: A finished child not yet reaped.\n"
    )
    assert pairs(notes) == [
        ("What does nice change?", "A process's scheduling priority."),
        ("What is a zombie process?", "A finished child not yet reaped."),
    ]
