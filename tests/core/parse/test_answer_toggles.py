"""A ``<details>`` toggle whose summary only labels what it hides ("Show answer",
"Показать ответ", "Mostrar respuesta") is the answer of the question above it, never a
question of its own; the label becomes an answer heading, so the code and options above
it show with the question (core.question_body). Before, a quiz's toggles became
questions titled "Show answer" and the real questions lost their answers; elsewhere the
label stayed in the answer as bold text, and nothing split the options from it."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text
from studyapp.core.parse.toggles import answer_toggle
from studyapp.core.question_body import split_body

PYTHON_QUIZ = """# Python quiz

## Truthiness

What does `bool([])` return?

```python
print(bool([]))
```

- A: `True`
- B: `False`
- C: `None`

<details><summary>Show answer</summary>

**B**: an empty list is falsy.

</details>

---

What does `len("abc")` return?

- A: 2
- B: 3

<details><summary>Show answer</summary>

**B**: three characters.

</details>
"""

GO_QUIZ = """# Repaso de Go

## Slices

¿Qué devuelve `cap(make([]int, 0, 5))`?

- A: 0
- B: 5

<details><summary>Mostrar respuesta</summary>

**B**: la capacidad pedida.

</details>

---

Что выведет `len([]int{1, 2})`?

```go
fmt.Println(len([]int{1, 2}))
```

<details>
<summary><b>Показать ответ</b></summary>

2

</details>
"""


def test_show_answer_toggles_answer_the_quiz_questions_above_them():
    doc = parse_text(PYTHON_QUIZ)
    assert [q.title for q in doc.questions] == [
        "What does bool([]) return?",
        'What does len("abc") return?',
    ]
    first = split_body(doc.questions[0].answer_markdown)
    assert "print(bool([]))" in first.body and "- C: `None`" in first.body
    assert first.answer.startswith("#### Answer")
    assert "an empty list is falsy" in first.answer
    assert "Show answer" not in doc.questions[0].answer_markdown
    second = split_body(doc.questions[1].answer_markdown)
    assert second.body == "- A: 2\n- B: 3"
    assert "three characters" in second.answer


def test_answer_toggles_labelled_in_other_languages_split_the_same_way():
    doc = parse_text(GO_QUIZ)
    assert [q.title for q in doc.questions] == [
        "¿Qué devuelve cap(make([]int, 0, 5))?",
        "Что выведет len([]int{1, 2})?",
    ]
    spanish, russian = (split_body(q.answer_markdown) for q in doc.questions)
    assert spanish.body == "- A: 0\n- B: 5"
    assert spanish.answer == "#### Respuesta\n\n**B**: la capacidad pedida."
    assert russian.body == "```go\nfmt.Println(len([]int{1, 2}))\n```"
    assert russian.answer == "#### Ответ\n\n2"


def test_a_toggle_that_is_the_whole_answer_keeps_no_label():
    doc = parse_text(
        "## What is a mutex?\n\n<details><summary>Reveal</summary>\n\nA lock.\n\n</details>\n"
    )
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a mutex?", "A lock.")
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "Answer",
        "<b>Answer</b>",
        "Show answer",
        "Reveal answer",
        "Click to see the answer",
        "👀 Click here to reveal the solution",
        "Solution ⬇️",
        "Spoiler",
        "Antwort anzeigen",
        "Afficher la réponse",
        "Mostrar solución",
        "Показать ответ",
        "查看答案",
        "",
    ],
)
def test_summaries_that_only_label_the_answer(summary):
    assert answer_toggle(summary)


@pytest.mark.parametrize(
    "summary",
    [
        "What is the answer to a split brain?",
        "Show the difference between a process and a thread",
        "Answer the phone: what does a SIP INVITE carry?",
        "Deep dive: the formula",
        "How do you see a file's inode?",
        "Solution architecture",
    ],
)
def test_summaries_that_say_something_stay_what_they_are(summary):
    assert not answer_toggle(summary)


def test_an_answer_callout_labelled_in_another_language_is_its_answer():
    """Obsidian's folded callout whose title only labels the answer, as a toggle's."""
    doc = parse_text(
        "## What is a deadlock?\n\n> [!note]- Показать ответ\n> Two threads each waiting.\n\n"
        "## What is a livelock?\n\n> [!tip]- Mostrar respuesta\n> Busy threads, no progress.\n"
    )
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a deadlock?", "Two threads each waiting."),
        ("What is a livelock?", "Busy threads, no progress."),
    ]
