"""A quiz whose answer is a heading above its questions' level: "###### 1. What's the
output?" … "#### Answer: B". The answer's heading was read as a section: the questions
after it were filed under a topic "Answer: B", and each answer lost its letter."""

from __future__ import annotations

import pytest

from studyapp.core.importer import parse_notes

QUIZ = """# JS quiz

###### 1. What's the output?

```javascript
console.log(typeof null);
```

- A: `"null"`
- B: `"object"`

#### Answer: B

###### 2. What's the output?

```javascript
console.log([1, 2, 3].map(parseInt));
```

- A: `[1, 2, 3]`
- B: `[1, NaN, NaN]`

#### Answer: B

###### 3. What does `let` change?

Block scope instead of function scope.
"""

RUSSIAN = """# Базы данных

#### Вопрос 1. Что делает VACUUM?

Варианты: удаляет таблицу; освобождает место мёртвых строк.

## Ответ: освобождает место мёртвых строк

#### Вопрос 2. Что такое индекс?

Структура для быстрого поиска строк.

## Ответ: B-дерево по ключу

#### Вопрос 3. Что такое транзакция?

Группа операций, выполняемых целиком или никак.
"""


@pytest.mark.parametrize(
    ("text", "answer"),
    [(QUIZ, "#### Answer: B"), (RUSSIAN, "## Ответ: освобождает место мёртвых строк")],
    ids=["quiz, h4 answers under h6 questions", "Russian, h2 answers under h4 questions"],
)
def test_an_answer_heading_is_its_questions_answer_not_a_topic(tmp_path, text, answer):
    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    questions = parse_notes(notes).questions
    assert len(questions) == 3
    assert len({q.topic_path for q in questions}) == 1  # no topic named by an answer
    assert questions[0].answer_markdown.endswith(answer)
