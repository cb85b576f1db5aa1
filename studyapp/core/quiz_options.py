"""A quiz card's right option, as a mock's first key point.

A quiz lists its options in the question's body (core.question_body: "- A: `0 1 2`",
"B) tuple", "(c) 64") and its answer names the right one by its letter ("#### Answer:
D", "**Answer:** B", "Correct answer: (a)"). The key points drawn from the
explanation never held the letter, so a right answer ("D") scored 0 % and a wrong
one could score: the right option is now a point of its own, said by naming its
letter ("D", "option d", "(d)", "d)") or by writing its text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from studyapp.core.question_body import split_body

_OPTION = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?\(?([A-Ha-h])(?:[).:]|\)[.:]?)(?:\*\*)?[ \t]+(\S.*?)[ \t]*$",
    re.M,
)
# The answer's label naming a letter: "Answer: D", "**Answer:** (b)", "Correct answer - C";
# after a full stop only a letter alone on the line, or before a dash ("Ans. B"), not
# the sentence after "… the answer. A process …".
_NAMED = re.compile(
    r"(?:answer|ans|solution|ответ|respuesta|réponse|antwort|resposta|risposta|答案)"
    r"(?:\W{0,6}?[:\-–—]|\W{0,4}?\.(?=[ \t*_]*\(?[A-Ha-h]\)?[.)*_]*[ \t]*(?:$|[-–—])))"
    r"\W{0,4}?\(?([A-Ha-h])\)?(?![\w'])",
    re.I | re.M,
)
_MARKS = re.compile(r"[`*_]")


class RightOption(NamedTuple):
    letter: str  # upper case
    text: str  # as listed, without Markdown's marks

    @property
    def point(self) -> str:
        return f"{self.letter}: {self.text}"


def lettered_options(body: str) -> dict[str, str]:
    """The body's options by their letter (upper case), when they run from A in order
    (two at least); else none."""
    found: dict[str, str] = {}
    for line in _OPTION.finditer(body):
        letter = line.group(1).upper()
        if letter == chr(ord("A") + len(found)):
            found[letter] = " ".join(_MARKS.sub("", line.group(2)).split())
        elif letter == "A":
            found = {"A": " ".join(_MARKS.sub("", line.group(2)).split())}
    return found if len(found) >= 2 else {}


def right_option(answer_markdown: str) -> RightOption | None:
    """The option the answer names as right, where the body lists lettered options."""
    body, answer = split_body(answer_markdown)
    options = lettered_options(body) if body else {}
    if not options:
        return None
    named = _NAMED.search(answer)
    if named is None or named.group(1).upper() not in options:
        return None
    letter = named.group(1).upper()
    return RightOption(letter, options[letter])


def names_option(typed: str, option: RightOption) -> bool:
    """Whether a typed answer gives this option: its letter alone, in capitals or as
    "option d", "(d)", "d)", "d:"; or its text (three characters and more)."""
    letter = option.letter
    low = letter.lower()
    text = " ".join(_MARKS.sub("", typed).split())
    if text.strip(" .!:)(") in (letter, low):
        return True
    forms = (
        rf"(?<![\w'])(?:option|answer|choice|letter)\s+\(?[{letter}{low}]\)?(?![\w'])",
        rf"(?<![\w'])\([{letter}{low}]\)",
        rf"(?<![\w(])[{letter}{low}][):](?!\w)",
        # a capital letter on its own, not an article ("A good answer…")
        rf"(?<![\w'])\b{letter}\b(?![\w'])(?!\s+[a-z])",
    )
    if any(re.search(form, text) for form in forms):
        return True
    listed = option.text.lower()
    return len(listed) >= 3 and listed in text.lower()
