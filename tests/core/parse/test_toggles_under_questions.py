"""A ``<details>`` toggle whose summary is no question is part of the answer above it:
one that shows something ("Show code", "Click to expand", "View the diagram"), and one
named in a word or three ("Hint", "Output", "Sample run") right under a question (or
under another such toggle). Before, each became a question titled "Hint" or "Show
code", and the question above lost its answer, or was lost with it. Toggles over
topics ("Closures", "Hoisting") and toggles that ask are still questions."""

from __future__ import annotations

import pytest

from tests.helpers.parsing import pairs

LINKED_LIST = """\
How do you reverse a linked list in place?

<details>
<summary>Hint</summary>

Keep three pointers.

</details>

<details>
<summary>Show code</summary>

```python
prev = None
```

</details>

What is a sentinel node?

<details>
<summary>Show answer</summary>

A dummy node that removes edge cases.

</details>
"""
# Another of the kind: a question over the code it asks about, other summaries.
PRINTS = """\
What does this print?

```js
console.log([] + []);
```

<details><summary>Output</summary>

An empty string: both arrays become "".

</details>

<details><summary>Click to expand</summary>

`+` converts both sides to primitives first.

</details>

Why is `typeof null` "object"?

<details><summary>Sample run</summary>

`typeof null` prints "object".

</details>

<details><summary>View the diagram</summary>

A tag of 0 meant an object in the first engine.

</details>
"""


@pytest.mark.parametrize(
    ("notes", "questions"),
    [
        (
            LINKED_LIST,
            [
                (
                    "How do you reverse a linked list in place?",
                    ("Keep three pointers.", "prev = None"),
                ),
                ("What is a sentinel node?", ("A dummy node that removes edge cases.",)),
            ],
        ),
        (
            PRINTS,
            [
                ("What does this print?", ("An empty string", "converts both sides")),
                ('Why is typeof null "object"?', ('prints "object"', "A tag of 0")),
            ],
        ),
    ],
)
def test_toggles_that_ask_nothing_belong_to_the_question_above(notes, questions):
    found = pairs(notes)
    assert [title for title, _ in found] == [title for title, _ in questions]
    for (_, answer), (_, parts) in zip(found, questions, strict=True):
        assert all(part in answer for part in parts)


def test_toggles_over_topics_and_toggles_that_ask_stay_questions():
    notes = (
        "# Glossary\n\n"
        "<details><summary>Closures</summary>\n\nA function with its scope.\n\n</details>\n\n"
        "<details><summary>Hoisting</summary>\n\nDeclarations move up.\n\n</details>\n\n"
        "<details><summary>Show that a heap builds in O(n)</summary>\n\nSum the sift-downs."
        "\n\n</details>\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "Closures",
        "Hoisting",
        "Show that a heap builds in O(n)",
    ]
