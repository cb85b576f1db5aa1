"""A question's body: the part of its notes before an "Answer" label, which a card
shows with its title before the answer (a quiz's code and options), and the answer
proper after it, which a mock's key points come from."""

from __future__ import annotations

import pytest

from studyapp.core.question_body import split_body
from tests.core.quiz_samples import HOISTING


def test_a_quiz_answer_has_its_code_and_options_as_the_body():
    split = split_body(HOISTING)
    assert split.body.startswith("```javascript")
    assert split.body.endswith("- D: `undefined` and `ReferenceError`")
    assert split.answer.startswith("#### Answer: D")
    assert "hoisted" in split.answer and "sayHi" not in split.answer


@pytest.mark.parametrize(
    "label",
    [
        "**Answer:** C",
        "**Answer**: C",
        "Answer:",
        "## Answer (EN)",
        "### Correct answer",
        "_Solution_",
        "Solution: use a CTE",
        "## Ответ (RU)",
        "**Respuesta:** C",
        "Ans: 512",
        # a word or an abbreviation and a full stop, before the answer's value
        "Ans. 512",
        "Answer. B",
        "**Answer.** (c) - the loop ends first",
        "Ответ. 42",
        "Sol. use a CTE",
        "Answer. `None`",
    ],
)
def test_labels_that_start_the_answer(label):
    notes = f"A table of orders has duplicates.\n\n{label}\n\nThe answer text.\n"
    split = split_body(notes)
    assert split.body == "A table of orders has duplicates."
    assert split.answer.startswith(label)


@pytest.mark.parametrize(
    "notes",
    [
        # a label first: nothing comes before the answer
        "**Answer:** a process owns memory; a thread shares it.",
        # an example's explanation, one of several solutions, a summary: all answer
        "```js\napp.use(logger)\n```\n\n**Explanation:**\n\nThe logger runs first.",
        "Files held open keep their space.\n\n**Solution 1**\n\nRestart the process.",
        "Long details first.\n\nShort answer: use an index.",
        "**Solution uniqueness** is a simpler case.\n\nMore text.",
        # a full stop after the word, then a sentence: the word ended the one before
        "The plan scans the table.\n\nAnswer. That is why the index is unused.",
        "Threads share memory.\n\nAnswer. A process owns its own.",
        # a label inside code is code
        "Run this:\n\n```text\nAnswer: 42\n```\n\nIt prints 42.",
    ],
)
def test_answers_without_a_body(notes):
    split = split_body(notes)
    assert split.body == ""
    assert split.answer == notes
