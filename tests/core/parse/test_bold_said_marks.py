"""A debrief's answer mark written in bold ("**My answer:**", "**I said**:") under its
"**Q:**" leaves the answer, as the plain "My answer:" does."""

import pytest

from studyapp.core.parse import parse_text


@pytest.mark.parametrize("mark", ["**My answer:**", "**I said**:", "__I answered:__"])
def test_a_bold_answer_mark_leaves_the_answer(mark):
    notes = (
        "# Onsite notes\n\n"
        f"**Q:** Reverse a linked list.\n{mark} Iteratively, with three pointers.\n"
        "**Feedback:** Good.\n\n"
        f"**Q:** Design a URL shortener.\n{mark} Base62 ids from a counter.\n"
    )
    assert [q.answer_markdown for q in parse_text(notes).questions] == [
        "Iteratively, with three pointers.\n**Feedback:** Good.",
        "Base62 ids from a counter.",
    ]
