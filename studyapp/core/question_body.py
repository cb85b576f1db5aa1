"""A question's body: what a card shows under its title before the answer.

Quiz notes put what a question needs between its title and its answer: the code
whose output is asked for, the options A–D, a scenario, the question again in
another language. They mark where the answer starts with a label of its own:
"#### Answer: D" (a `<details>` toggle, as the importer reads it), "**Answer:**",
"## Answer (EN)", "Solution:", "Ans: 512", "## Ответ (RU)". All the answer text
before such a label is part of the question: a study card and a mock show it with
the title while the answer is hidden, and a mock's key points come from the text
after it.

Only a label that is the word itself ("Answer", "Correct answer", "Solution"),
alone on its line or before a colon, marks the start; or before a full stop and the
answer's value ("Answer. B", "Ответ. 42"), not a sentence ("Answer. That is why …":
there the word ended the sentence before); an abbreviation's stop is no sentence's
end ("Ans. 512", "Sol. use a CTE"). "**Explanation:**" after an example,
"**Solution 1**" of several, "Short answer: …" after the details belong to the
answer they stand in.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# What follows a word's full stop when it labels the answer: a value, not a sentence.
# An option's letter alone ("B", "(b)", "b)"), maybe followed by a dash and why; a
# number, code, a formula ("42", "`None`", "O(n)", "$x^2$"). A word there ("Answer.
# That is why …") starts a sentence: the word was the last of the one before.
_VALUE = r"""(?:\(?[A-Za-z]\)?[.)]?(?:[ \t]*[-–—:,].*)?|[\d`$(+\-−'"].*|[A-Z]\(.*)"""
_LABEL = re.compile(
    r"""^[ \t]{0,3}
    (?:\#{1,6}[ \t]+)?                      # a heading's marks
    (?:\*\*|__|\*|_)?[ \t]*                 # bold or italic around the word
    (?:the[ \t]+)?(?:correct[ \t]+|right[ \t]+|model[ \t]+)?
    (?:(?:ans|soln?|отв|resp|r[ée]p)\.(?:\*\*|__|\*|_)?(?:[ \t].*)?  # "Ans. 512", "Sol. use a CTE"
    |(?:answer|ans|solution|ответ|решение|respuesta|soluci[oó]n|r[ée]ponse|antwort|l[öo]sung
      |resposta|solu[çc][ãa]o|risposta|soluzione|odpowied[źz]|答案|回答|解答|정답)
    (?:[ \t]*\([^()\n]{1,24}\))?            # "(EN)", "(click to expand)"
    [ \t]*(?:\*\*|__|\*|_)?[ \t]*
    (?:[:：\-–—](?:\*\*|__)?(?:[ \t].*)?    # ": D", ":** B", ": because …"
      |\.(?:\*\*|__)?(?:[ \t]+{_VALUE})?)?    # "Answer. B", "Answer. 42", not "Answer. That is …"
    )[ \t]*$""".replace("{_VALUE}", _VALUE),
    re.IGNORECASE | re.VERBOSE,
)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")


class Split(NamedTuple):
    body: str  # shown with the title before the answer ("" where there is none)
    answer: str  # the answer proper (the label line kept: "Answer: D" says the option)


def is_answer_label(line: str) -> bool:
    """Whether a line of notes is an answer's label ("#### Answer: B", "**Ans.** 512"):
    what starts an answer, never a question or a section of the notes."""
    return bool(_LABEL.match(line.rstrip("\r\n")))


def split_body(answer_markdown: str) -> Split:
    """The answer's lead before its first answer label, and the rest; no body where
    the answer has no such label, or has it first."""
    fence = ""
    offset = 0
    for line in answer_markdown.splitlines(keepends=True):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
        elif opened:
            fence = opened.group(1)
        elif is_answer_label(line):
            body = answer_markdown[:offset].strip()
            if not body:
                break
            return Split(body, answer_markdown[offset:].strip())
        offset += len(line)
    return Split("", answer_markdown)
