"""The questions an assistant writes in its reply when it was asked for questions ("Can
you give me 5 machine learning interview questions with answers?", "Quiz me on
statistics"), or when its reply holds two or more question units that ask: each a
question of its own with the answer under it, as ``Q:``/``A:`` pairs in a reply are
(reply_pairs.py). Before, the whole reply was one card titled with the request.

A question unit is a line at the margin that asks (a question mark, or "What …",
"Explain …"), written as the reply's questions are written: a heading (``### 1. **What
is the bias-variance tradeoff?**``), a bold line (``**1. What is …?**``, ``1. **What is
…?**``, ``- **What is …?**``) or a numbered line (``1. What is the vanishing gradient
problem?``) with its answer below it, or a bold question with its answer on its line
(``1. **What is a decorator?** A function …``; a bold lead, ``- **Bias**: error …``,
is none). The reply's units are those of its most used such shape; a reply
whose units of that shape do not all ask, or that has fewer than two, has none (a
turn asking one question whose reply has sub-headings that do not ask reads whole).
Nothing inside a code fence counts.
"""

from __future__ import annotations

import re
from textwrap import dedent

from studyapp.core.parse.reply_pairs import Lines, Pair
from studyapp.core.parse.titles import ends_asking, whole_title
from studyapp.core.parse.units import ANSWER_RE, is_question_like

# The person asks for questions: "give me 3 sql questions", "Quiz me on statistics",
# "5 machine learning interview questions with answers", "make flashcards on …".
ASKS_FOR_QUESTIONS_RE = re.compile(
    r"\b(?:quiz|test|drill|grill) (?:me|us)\b"
    r"|\b(?:give|list|generate|write|share|show|suggest|prepare|make|create|ask)\b[^.?!]*?"
    r"\b(?:questions|flash ?cards|q ?& ?as?)\b"
    r"|\b(?:\d{1,2}|some|a few|few|more|several)\s+(?:[\w/&+-]+\s+){0,4}"
    r"(?:questions|flash ?cards)\b",
    re.I,
)
# What the questions asked for are about: "5 machine learning interview questions",
# "Quiz me on statistics for …", "questions on A/B testing".
_SUBJECT_RES = (
    re.compile(
        r"\b(?:\d{1,2}|some|a few|few|more|several)\s+(?P<subject>(?:[\w/&+#.-]+\s+){1,4}?)"
        r"(?:interview\s+)?(?:questions|flash ?cards)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:(?:quiz|test|drill|grill) (?:me|us)|questions|flash ?cards) (?:on|about)\s+"
        r"(?P<subject>[\w/&+#. -]{2,40}?)(?=\s+(?:for|with|in|questions|and give)\b|[.?!,;:]|$)",
        re.I,
    ),
)
# Words that say what kind of questions, not what about.
_KIND_WORDS = re.compile(
    r"^(?:(?:common|basic|tricky|hard|easy|good|typical|popular|advanced|simple|short"
    r"|quick|sample|practice|top|other|new|different|more|interview|the|some|of)\s+)+",
    re.I,
)


def asked_subject(words: str, reply: str) -> str:
    """What a request for questions names them about, written as the reply writes it
    ("sql" asked, "SQL" replied): a topic for the reply's questions ("" when none)."""
    for pattern in _SUBJECT_RES:
        if match := pattern.search(words):
            subject = _KIND_WORDS.sub("", match["subject"].strip() + " ").strip()
            if not subject or subject.lower() in ("questions", "interview"):
                continue
            written = re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", reply, re.I)
            subject = written.group(0) if written else subject
            return subject[:1].upper() + subject[1:]
    return ""


_HEADING_RE = re.compile(r"^(#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_NUMBER = r"(?:\d{1,2}[.)]|Q\d{1,2}[.:)]?)\s*"
_BOLD_RE = re.compile(
    rf"^(?P<number>{_NUMBER}|[-*+]\s+)?(?P<mark>\*\*|__)(?P<text>(?:(?!(?P=mark)).)+?)"
    r"(?P=mark)\s*(?P<rest>.*)$"
)
_NUMBERED_RE = re.compile(rf"^(?P<number>{_NUMBER})\s*(?P<text>\S.*)$")
_MIN_UNITS = 2


def _kind_and_title(text: str) -> tuple[str, str, str] | None:
    """The shape of a line that may be a question unit, its words, and the answer on
    its line ("1. **What is a decorator?** A function that wraps …")."""
    if len(text) - len(text.lstrip(" ")) > 3:
        return None
    line = text.strip()
    if heading := _HEADING_RE.match(line):
        return f"h{len(heading.group(1))}", heading["text"], ""
    if bold := _BOLD_RE.match(line):
        number = (bold["number"] or "").strip()
        kind = "bold-" if number in "-*+" and number else "bold#" if number else "bold"
        rest = bold["rest"].lstrip(":").strip()
        if not rest or (rest[:1].isupper() and ends_asking(bold["text"])):
            return kind, bold["text"], rest  # (a bold lead, "**Bias**: error …", is none)
    if numbered := _NUMBERED_RE.match(line):
        return "numbered", numbered["text"], ""
    return None


def _title(words: str) -> str:
    return whole_title(re.sub(rf"^(?:\*\*|__)?{_NUMBER}", "", words.strip()).strip("*_ "))


def _opens(lines: Lines, index: int) -> bool:
    """Whether the unit at `index` opens the reply: nothing above it but a lead-in that
    ends with a colon ("Here's one more:"), or nothing at all."""
    above = [t.strip() for _, t in lines[:index] if t.strip()]
    return not above or (len(above) == 1 and above[0].rstrip("*_ ").endswith(":"))


def _unlabelled(answer: str) -> str:
    """A unit's answer without the label opening it ("**Answer:** WHERE filters …"):
    the reply's way of writing its answers, no part of one."""
    label = ANSWER_RE.match(answer)
    return answer[label.end() :].lstrip() if label and answer[label.end() :].strip() else answer


def _asks(title: str) -> bool:
    return ends_asking(title) or is_question_like(title)


def reply_units(
    lines: Lines, *, asked_for: bool, quizzing: bool = False
) -> tuple[Lines, list[Pair]]:
    """A reply's lines before its first question unit, and its units as pairs (none:
    the lines whole). `asked_for`: the person asked for questions. `quizzing`: the
    assistant wrote questions of its own earlier in the chat, so one more is enough
    ("add one on joins" / "### 4. LEFT JOIN vs INNER JOIN?"), where it opens the reply
    (its lines before it blank, or ending with a colon: "Here's one more:")."""
    candidates: list[tuple[int, str, str, str]] = []  # (index, shape, title, on its line)
    fenced = False
    for index, (_, text) in enumerate(lines):
        if text.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or not text.strip():
            continue
        found = _kind_and_title(text)
        if found is not None:
            candidates.append((index, *found))
    asking: dict[str, int] = {}
    for _, kind, title, _ in candidates:
        if _asks(_title(title)):
            asking[kind] = asking.get(kind, 0) + 1
    if not asking:
        return lines, []
    kind = max(asking, key=lambda k: asking[k])  # (the first of the most used shape)
    of_kind = [(i, t, r) for i, k, t, r in candidates if k == kind]
    asking_units = [(i, t, r) for i, t, r in of_kind if _asks(_title(t))]
    if not asked_for and len(asking_units) < len(of_kind):
        return lines, []  # sub-headings that do not ask: parts of one answer
    of_kind = asking_units  # (the others, "### Summary", "1. Pick alpha.", in an answer)
    if len(of_kind) < _MIN_UNITS and not (quizzing and of_kind and _opens(lines, of_kind[0][0])):
        return lines, []
    pairs = []
    for number, (start, title, said) in enumerate(of_kind):
        stop = of_kind[number + 1][0] if number + 1 < len(of_kind) else len(lines)
        body = lines[start + 1 : stop]
        if not said and not any(t.strip() for _, t in body):
            return lines, []  # a list of questions without answers: one answer
        answer = _unlabelled("\n".join((said, dedent("\n".join(t for _, t in body)))).strip())
        last = max(n for n, t in lines[start:stop] if t.strip())
        pairs.append(Pair(lines[start][0], _title(title), answer, last))
    return lines[: of_kind[0][0]], pairs
