"""Candidate question units of a Markdown document, each scored over the whole document.

A document repeats one kind of block for its questions: a heading level, list
items at some depth, bold paragraphs, ``Q:`` prefixes, ``<details>`` blocks,
rows of a table with a Question column, flashcards. Every kind is a finder
that returns the places it would start a question (a ``Unit``); unit_scores.py
says how much those places look like the questions of a document: question
marks and interrogative openings, numbering that counts up, an answer under
each, titles that differ from one another. (Obsidian's cards and callouts are found
in obsidian.py.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.core.parse.titles import (
    ANSWER_MARK_END,
    ANSWER_WORDS,
    ASKED_RE,
    INTERROGATIVE_RE,
    MARK_END,
    MARK_QUALIFIER,
    NUMBER_PREFIX_RE,
    QUESTION_WORDS,
    SAID_RE,
    asks,
    ends_asking,
    whole_title,
    without_label_colon,
)
from studyapp.core.parse.tree import Block, Document

# Imperatives that set a task, as interview questions often do.
TASK_RE = re.compile(
    r"^(create|design|build|show|prove|state|identify|outline|summari[sz]e|contrast|"
    r"differentiate|distinguish|suggest|propose|walk me through|talk about)\b(?![-‐‑]\w)",
    re.I,
)


@dataclass(slots=True)
class Unit:
    """Where one question starts: its title and the lines its answer may begin on."""

    line: int  # first line of the question
    title_end: int  # last line holding the question text
    raw_title: str
    title: str
    answer_start: int  # first line of the answer (may hold the rest of the title line)
    end: int = 0  # where the unit's own container ends (0: runs to the next unit)
    number: int | None = None
    answer_prefix: str = ""  # answer text that shares the title's line ("**A:** …")
    container: bool = False  # the answer ends with the container (details, row, card)
    explicit: bool = False  # marked as a question by syntax (a card separator, a Q: prefix)
    tags: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()  # a topic the notes give this place (a table's Topic cell)
    label: str = ""  # the heading that only numbers the question below it ("Q2?")


NUMBER_RE = re.compile(
    r"^\s*+(?:\*\*|__|<b>|<strong>)?\s*(?:#|Q\s*\.?\s*)?(\d{1,5})\s*(?:\\?[.)]|:|-\s|(?:\*\*|__))",
    re.I,
)
# "1\. What is …": a number typed at a line's start, escaped by the word processor that
# wrote the Markdown (Google Docs, pandoc) so it stays as typed, not a list.
ESCAPED_NUMBER_RE = re.compile(r"^ {0,3}\d{1,4}\\[.)][ \t]+\S")
# A name in code written with its stars or underscores, no emphasis: Python's ``*args``
# and ``**kwargs`` (stars, then a name in lower case that no star closes: not "**What",
# not "*word*"), a dunder (``__init__``). Inside a bold line, it and a code span
# ("`__init__`") are the title's, not the bold's end.
CODE_NAME = (
    r"(?-i:(?<![\w*])\*{1,2}(?![A-Z])[a-z_][A-Za-z0-9_]*(?![\w*])"
    r"|(?<![\w*])__[a-z][a-z0-9_]*[a-z0-9]__(?![\w*]))"
)
CODE_NAME_RE = re.compile(CODE_NAME)


def opens_with_code(line: str) -> bool:
    """Whether a line opens with a name in code ("**kwargs collects …", "*args, …"), not
    a word that asks in bold left open ("**what is …?")."""
    text = line.lstrip()
    return bool(CODE_NAME_RE.match(text)) and not INTERROGATIVE_RE.match(text.lstrip("*_"))


# A code span in a bold title (bounded: a 1 MB line stays linear). A backtick that opens
# one is never read as a letter of the title as well: either reading was tried when a
# line did not close its bold, 2**n ways for n code spans ("**`a` `b` … x", 9 s at 15).
_CODE_SPAN = r"`[^`\n]{1,500}`"
IN_BOLD = rf"(?<=[\s(\[,]){CODE_NAME}|{_CODE_SPAN}"  # a code name or span inside bold
_LETTER = r"(?:[^`\n]|`(?![^`\n]{1,500}`))"  # any other letter: a backtick left open

WHOLE_BOLD_RE = re.compile(
    r"^\s*+(?:\*\*|__|<b>|<strong>)"
    rf"(?P<q>(?:{IN_BOLD}|(?!\*\*|__|</b>|</strong>){_LETTER})+?)"
    r"(?:\*\*|__|</b>|</strong>)\s*(?P<tail>[^\w\s]{0,6})\s*$",
    re.I,
)
# A question in bold opening a paragraph, its answer after it on the same line.
LEAD_BOLD_RE = re.compile(
    rf"^\s*+(?:\*\*|__)(?P<q>(?:{IN_BOLD}|(?!\*\*|__){_LETTER})+?[?？])(?:\*\*|__)"
    r"\s*+[:\-–—]?\s*(?P<a>\S.*)$"
)
# A bold sentence that asks or sets a task without a question mark, its answer after
# it on the same line: "**Design a URL shortener.** Base62 ids …", "**Explain `this`.**
# …" (interview prompts command as often as they ask).
_LEAD_SENTENCE_RE = re.compile(
    rf"^\s*+(?:\*\*|__)(?P<q>(?:{IN_BOLD}|(?!\*\*|__){_LETTER})+?[^\s:：])(?:\*\*|__)"
    r"\s*+[\-–—]?\s*(?P<a>\S.*)$"
)
_STOPS = (".", "!", "\u3002")  # a sentence's ends
# The verbs that set an exam's or interview's task in a bold lead ending in ".": not
# the verbs of advice and steps ("**Write tests first.**", "**Create a replication
# user.**", "**List your impact.**"), nor a "What …." label ("**What went well.**").
_PROMPT_VERB_RE = re.compile(
    r"^(explain|define|describe|compare|contrast|discuss|design|implement|calculate|"
    r"differentiate|distinguish|tell me|walk me through|give an example)\s+\S",
    re.I,
)


def sentence_lead(line: str) -> re.Match[str] | None:
    """A paragraph's bold lead sentence with more text after it on its line ("**Sketch
    a rate limiter.** A token bucket …"), whatever it says."""
    lead = LEAD_BOLD_RE.match(line) or _LEAD_SENTENCE_RE.match(line)
    if lead is None:
        return None
    text = lead["q"].rstrip("*_` ")
    return lead if text.endswith(_STOPS) or ends_asking(text) else None


def bold_lead(line: str) -> re.Match[str] | None:
    """A paragraph's bold lead that asks ("**What is a CDN?** Edge caches.") or, a
    sentence, that asks or commands without its mark ("**Design a URL shortener.**
    Base62 ids …"): q is the question, a the answer on its line."""
    lead = LEAD_BOLD_RE.match(line)
    if lead is not None:
        return lead
    lead = _LEAD_SENTENCE_RE.match(line)
    if lead is None:
        return None
    text = lead["q"].strip().strip("*_`")
    if ends_asking(text):  # as its script asks: "**Τι είναι το TCP;** …"
        return lead
    if not text.endswith(_STOPS):
        return None  # "**Pros** …", "**Kafka** …": a lead-in, a term
    text = text[number.end() :] if (number := NUMBER_PREFIX_RE.match(text)) else text
    return lead if _PROMPT_VERB_RE.match(text) else None


def asks_marked(lead: re.Match[str]) -> bool:
    """Whether a bold lead asks with its script's mark ("**What is a CDN?**"), not a
    command ending in "." that is a question only among other prompts."""
    return ends_asking(lead["q"].strip().strip("*_`"))


# "**1.**", "**2)**", "**#3**", "**Q4 -**": a number in bold, then the question
BOLD_NUMBER_RE = re.compile(
    r"^\s*+(?:\*\*|__)\s*(?:#|Q\s*\.?\s*)?\d{1,4}\s*(?:[).:\-–]\s*(?:\*\*|__)?|(?:\*\*|__)\s)",
    re.I,
)


def numbered_lead(first: str) -> re.Match[str] | None:
    """A bold question after its number with its answer on its line: "**1. What is a
    heap?** A tree …", "**1.** **What is a heap?** A tree …" (q: the question, a: the
    answer); None for anything else ("**1)** The number of active ads.")."""
    number = BOLD_NUMBER_RE.match(first)
    if number is None or WHOLE_BOLD_RE.match(first):
        return None
    return bold_lead(first) or bold_lead(first[number.end() :])


PREFIX_RE = re.compile(
    rf"^\s*+(?:[-*+]\s+)?(?:\*\*|__)?\s*\[?{QUESTION_WORDS}{MARK_QUALIFIER}\s*(?:\*\*|__)?\s*"
    rf"{MARK_END}\s*"
    r"(?:\*\*|__)?\s*(?=\S)",  # ("[Q] …", "**Q**: …")
    re.I,
)
# The bold closing a mark only where bold opened it ("**A:** …"): after a plain "A:"
# the "__" of "__new__ creates …" is the answer's first characters.
ANSWER_RE = re.compile(
    rf"^\s*+(?:[-*+]\s++)?(?P<bold>\*\*|__|\*|_)?\s*+\[?{ANSWER_WORDS}{MARK_QUALIFIER}\s*+"
    rf"(?(bold)(?:\*\*|__|\*|_)?)\s*+{ANSWER_MARK_END}\s*"  # ("**A**: …", "[A] …")
    r"(?(bold)(?:\*\*|__|\*|_)?)\s*",  # (or italic: "*Answer:* …")
    re.I,
)
# "Q1 - …" / "A1 - …": a number, then a dash (paired by their numbers).
# (Each run of spaces taken whole, `\s*+`: a run split between two `\s*` is tried
# every way, the square of its length, on "Answer" and 20,000 spaces.)
DASHED_QUESTION_RE = re.compile(
    rf"^\s*+(?:[-*+]\s++)?(?:\*\*|__)?\s*+{QUESTION_WORDS}\s*+(?:(\d{{1,6}})\s*+)?[\-–—]\s",
    re.I,
)
DASHED_ANSWER_RE = re.compile(
    rf"^\s*+(?:[-*+]\s++)?(?:\*\*|__)?\s*+{ANSWER_WORDS}\s*+(?:(\d{{1,6}})\s*+)?[\-–—]\s",
    re.I,
)


# YAML's block scalar indicator ("answer: |", "answer: >-"): the answer's lines follow.
YAML_BLOCK_RE = re.compile(r"^[|>][+-]?\d?\s*$")
# A quiz's options: "A. Linked list" followed by "B. Hash map", lettered "A)", "(a)",
# "a." or "A:" ("- A: true" / "- B: false", where "A:" reads as an answer's mark too).
OPTION_RE = re.compile(r"^\s*+(?:[-*+]\s+)?\(?[Aa](?P<mark>[.):])\s")
OPTION_B_RE = re.compile(r"^\s*+(?:[-*+]\s+)?\(?[Bb](?P<mark>[.):])\s")


def first_option(line: str, following: Iterable[str]) -> bool:
    """Whether `line` is a quiz's option "A" whose "B", lettered the same way, comes in
    `following` before the next question's mark: then "A: true" or "a) …" (a first
    lettered sub-question) is kept as written, no answer's mark."""
    first = OPTION_RE.match(line)
    if not first:
        return False
    for text in following:
        second = OPTION_B_RE.match(text)
        if second and second["mark"] == first["mark"]:
            return True
        if PREFIX_RE.match(text):
            return False
    return False


# "Answer - …", "Ans - …": an answer's word and a dash, no number, answer any question
# above them ("A - …" alone may be a list's item or a quiz's option).
_WORD_DASH_ANSWER_RE = re.compile(
    rf"^\s*+(?:[-*+]\s+)?(?:\*\*|__)?\s*(?![ar]\s*[\-–—])"
    rf"{ANSWER_WORDS}\s*[\-–—]\s",
    re.I,
)


def _answer_word(line: str) -> bool:
    return bool(_WORD_DASH_ANSWER_RE.match(line))


def _dashed(line: str, pattern: re.Pattern[str]) -> int | None:
    match = pattern.match(line)
    return int(match.group(1) or 0) if match else None  # "Q - …" / "A - …": 0


INLINE_ANSWER_RE = re.compile(
    # (after a space, or a line break written as HTML: "…?<br>**A:** …")
    # (a run of spaces from its first, taken whole: tried from each of its spaces, a long
    # run cost its length squared)
    rf"(?:(?<!\s)\s++(?:(?:\*\*|__)\s*+)?|<br\s*/?>(?:\*\*|__)?\s*+)(?:{ANSWER_WORDS})"
    r"\s*+(?:\d{1,6}\s*+)?(?:::?|[:：])"
    r"(?:\s?[\-–—](?=\s))?\s*(?:\*\*|__)?\s",  # ("A:- …": the dash is the colon's)
    re.I,
)


def _unit(doc: Document, block: Block, raw: str, *, answer_start: int | None = None, **kw) -> Unit:
    return Unit(
        block.start,
        kw.pop("title_end", block.end if block.kind != "heading" else block.start),
        raw,
        whole_title(raw, plain=doc.plain),
        answer_start if answer_start is not None else block.end + 1,
        **kw,
    )


def _number(raw: str) -> int | None:
    match = NUMBER_RE.match(raw)
    return int(match.group(1) or 0) if match else None  # "Q - …" / "A - …": 0


# --- finders -------------------------------------------------------------------


def headings(doc: Document, level: int) -> list[Unit]:
    """Headings of one level; one that starts with a question mark word ("### Q. …",
    "## Question: …") is marked as a question by its author. A heading that is only a
    label ("## Q2?", "### Q4:", "## Question 5", "## 7.") asks the question written
    under it: its title is the paragraph below (`_labelled_question`), not "?"."""
    units = []
    for index, b in enumerate(doc.blocks):
        if b.kind != "heading" or b.level != level or b.depth or b.quoted:
            continue
        number, explicit = _number(b.text), bool(PREFIX_RE.match(b.text))
        below = _labelled_question(doc, index) if label_heading(b.text) else None
        if below is not None:
            below.number, below.label = number, b.text
            units.append(below)
            continue
        unit = _unit(doc, b, b.text, number=number, explicit=explicit)
        unit.title = without_label_colon(unit.title)  # "## Encapsulation:": no colon
        units.append(unit)
    return units


# A heading's whole text when it only numbers the question written under it: a
# question word with or without its number ("Q2?", "Question 5", "Q 13 –", "Frage 3",
# "Exercise 2.1"), or a number with its punctuation ("7.", "#8)"; not "## 2023").
_LABEL_HEADING_RE = re.compile(
    rf"^(?:\*\*|__)?(?:(?:{QUESTION_WORDS})\s*(?:no\.?\s*|#\s*)?\d{{0,6}}(?:\.\d{{1,6}})*"
    r"|#?\s*\d{1,6}(?=\s*[.):]))\s*[:.：?？)\-–—]?\s*(?:\*\*|__)?$",
    re.I,
)


def label_heading(text: str) -> bool:
    """Whether a heading only labels the question below it (see `_LABEL_HEADING_RE`)."""
    return len(text) <= 30 and bool(_LABEL_HEADING_RE.match(text.strip()))


# A question mark, then at most a short aside: "(Go)", "[src]", a link already dropped.
ASKS_AT_END_RE = re.compile(r"[?\uff1f\u061f]\s*(?:\([^()]{0,30}\)|\[[^\[\]]{0,30}\])?\s*$")


def _ends_asking(line: str, plain: bool) -> bool:
    return ends_asking(line) or bool(ASKS_AT_END_RE.search(whole_title(line, plain=plain)))


# A line that stops on a word no question ends with ("… the index structures of" /
# "PostgreSQL"): the next line goes on with it, whatever its first letter. Not "in",
# "for" or "do": "What is it used for", "What does a probe do" end there.
_OPEN_END_RE = re.compile(r"\b(?:a|an|the|of|and|or|but|between|vs|versus|than)$", re.I)


# Where a sentence or a lead-in ends, in any script: "Explain CORS." and "解释一下跨域。"
# (full-width and ideographic full stops, a full-width colon, the Devanagari danda).
SENTENCE_ENDS = (".", ":", "\u3002", "\uff0e", "\uff1a", "\u0964")


def _ends_phrase(first: str, following: str) -> bool:
    """Does an item's first line end its title, the next line starting the answer?
    "Define polymorphism" / "One interface, many forms." — a new sentence starts; a
    title wrapped mid-sentence goes on in lower case or after a comma."""
    first, following = first.rstrip(), following.lstrip()
    if first.endswith(SENTENCE_ENDS):
        return True
    if first.endswith((",", ";", "-", "(", "/")) or not following or _OPEN_END_RE.search(first):
        return False
    return following[0].isupper() or following.startswith(("`", "$", '"'))


# Lettered parts of a question ("a) What is …?" … "b) …"), under a lead-in that states.
_SUB_A_RE = re.compile(r"^\s*\(?a[.)]\s", re.I)
_SUB_B_RE = re.compile(r"^\s*\(?b[.)]\s", re.I)


def _title_cut(lines: list[str], plain: bool) -> int | None:
    """The last line of a question whose answer follows in the same paragraph, with no
    blank line and no "A:" between ("Q1. What is an inode?" / "Metadata of a file."):
    the first line that ends asking, else the first line when the next starts a new
    sentence; a line that asks below a first that neither asks nor sets a task ends a
    scenario's question ("… grew by 20%." / "How do you find it?"). None when the whole
    paragraph is the question (a title wrapped over lines)."""
    if len(lines) > 1 and _ends_asking(lines[0], plain):
        return 0  # the usual question, its answer below it
    if len(lines) > 1 and not is_question_like(whole_title(lines[0], plain=plain)):
        ask = next((i for i in range(1, min(3, len(lines))) if _ends_asking(lines[i], plain)), 0)
        if ask and _SUB_A_RE.match(lines[ask]) and any(map(_SUB_B_RE.match, lines[ask + 1 :])):
            return 0  # "A coin is tossed." over "a) …?" … "b) …?": its parts, under it
        if ask:
            return None if ask == len(lines) - 1 else ask
    for i in range(len(lines) - 1):
        if _ends_asking(lines[i], plain) or _ends_phrase(lines[i], lines[i + 1]):
            return i
    return None


# A paragraph that only labels what follows: "Question 1", "Q#3", "Answer:", "Antwort".
# (a count after the number, "3 of 20", and an exam's points, "(5 points)", "[10 marks]")
LABEL_RE = re.compile(
    rf"^(?:(?P<question>{QUESTION_WORDS})|{ANSWER_WORDS})\s*(?:no\.?\s*|#\s*)?\d{{0,6}}"
    r"(?:\s*(?:/|of\s)\s*\d{1,6})?(?:\s*[(\[]\s*\d{1,3}\s*(?:points?|pts?\.?|marks?)\s*[)\]])?"
    r"\s*[:.：]?$",
    re.I,
)


def _labelled_question(doc: Document, index: int) -> Unit | None:
    """A question under a label, as a word processor's export writes them ("**Question
    1**" or "### Question 1", then "What is REST?", then "**Answer**"): the question
    starts at its label; its title is the rest of the label's paragraph, or else the
    paragraph below."""
    block = doc.blocks[index]
    lines = block.text.split("\n")[1:] if block.kind == "paragraph" else []
    start = block.start + 1
    if not lines:
        below = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
        if below is None or below.kind != "paragraph" or below.depth or below.quoted:
            return None
        lines, start = below.text.split("\n"), below.start
        if _label(lines[0]) is not None:
            return None  # "**Answer**" right below: a label with no question
    cut = _title_cut(lines, doc.plain) if len(lines) > 1 else None
    raw = "\n".join(lines if cut is None else lines[: cut + 1])
    end = start + raw.count("\n")
    return Unit(block.start, end, raw, whole_title(raw, plain=doc.plain), end + 1, explicit=True)


def _label(line: str) -> re.Match[str] | None:
    """A line that only labels: "**Question 1**", "Answer:", "Q3"."""
    whole = WHOLE_BOLD_RE.match(line)
    return LABEL_RE.match(whole["q"].strip() if whole else line.strip())


def _without_options(doc: Document, run: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """Lettered lines that start right under a line that asks ("**1. Which service
    stores objects?**" / "A) EBS" / "B) S3"), blank lines or the code it asks about
    between: a quiz's options, not questions."""
    kept: list[tuple[int, str, int]] = []
    options = False
    for line, text, number in run:
        if number == 1:
            above = doc.line(line_above(doc, line)).strip()
            options = bool(above) and _ends_asking(above.strip("#*_ "), doc.plain)
        if not options:
            kept.append((line, text, number))
    return kept


def line_above(doc: Document, line: int) -> int:
    """The nearest line of text above `line`, over blank lines and fenced code (0: none)."""
    n, fence = line - 1, ""
    while n > 0 and (fence or not doc.line(n).strip() or doc.line(n).lstrip()[:3] in _FENCES):
        mark = doc.line(n).lstrip()[:3]
        fence = "" if mark == fence else fence or (mark if mark in _FENCES else "")
        n -= 1
    return n


_FENCES = ("```", "~~~")
# An answer that names one of a quiz's options by its letter: "B", "(c) tuple", "A. …".
_PICKED_RE = re.compile(r"^\(?[A-Fa-f]\)?(?:[.):]|\s*$)")


def _picks_option(following: Iterable[tuple[str, bool]]) -> bool:
    """Whether the first answer's mark among `following` (each line, and whether it
    marks an answer) names an option by its letter: lettered lines above it are then a
    quiz's options, not parts of what is asked ("a) TCP" / "b) UDP" / "A: TCP is …")."""
    for text, marks in following:
        if marks:
            mark = ANSWER_RE.match(text) or DASHED_ANSWER_RE.match(text)
            return bool(mark and _PICKED_RE.match(text[mark.end() :].strip()))
    return False


def prefixed(doc: Document) -> list[Unit]:
    """``Q:`` / ``Question:`` / ``Q1.`` lines (paragraphs or plain text lines)."""
    units: list[Unit] = []
    for block in doc.blocks:
        if block.kind != "paragraph" or block.depth > 1:
            continue
        if block.quoted and not PREFIX_RE.match(block.text):
            continue  # a quote asks with a mark only where it opens with one
        lines = block.text.split("\n")
        first = len(units)
        index = 0
        while index < len(lines):
            line = lines[index]
            match = PREFIX_RE.match(line)
            if not match:
                index += 1
                continue
            start = block.start + index
            title_lines = [line]
            prefix = ""
            number = _dashed(line, DASHED_QUESTION_RE)

            def answers(
                text: str,
                number: int | None = number,
                at: int = -1,
                top: int = block.start - 1,  # the block's first line, counted from 0
            ) -> bool:
                # "A1 - …" answers "Q1 - …" only: a dash after a number is a list's too;
                # "A. …" over "B. …" is the first of a quiz's options, not an answer mark,
                # and so is "a) …" of lettered sub-questions, its "b) …" further down
                if first_option(text, doc.lines[top + at + 1 : top + at + 40]):
                    return False
                dashed = _dashed(text, DASHED_ANSWER_RE)
                return bool(ANSWER_RE.match(text)) or (
                    dashed is not None
                    and (dashed == number or (dashed == 0 and _answer_word(text)))
                )

            if (
                number is not None
                and not (index + 1 < len(lines) and answers(lines[index + 1], at=index + 1))
                and not is_question_like(whole_title(line[match.end() :], plain=doc.plain))
            ):
                index += 1  # "Q1 - search revamp" without its "A1 -": a list, not a question
                continue
            inline = INLINE_ANSWER_RE.search(line, match.end())
            lead = None if inline else LEAD_BOLD_RE.match(line)
            if inline:  # "**Q:** … **A:** …" on one line
                title_lines = [line[: inline.start()]]
                prefix = line[inline.end() :]
                index += 1
            elif lead:  # "**Q1. What is a heap?** A tree …": the bold ends the question
                title_lines, prefix = [lead["q"]], lead["a"]
                index += 1
            else:
                index += 1
                while index < len(lines) and not answers(lines[index], at=index):
                    if PREFIX_RE.match(lines[index]) or index - (start - block.start) > 4:
                        break
                    if first_option(lines[index], lines[index + 1 :]) and _picks_option(
                        (lines[k], answers(lines[k], at=k)) for k in range(index, len(lines))
                    ):
                        break  # a quiz's options, "Answer: B" below them: its answer's lines
                    title_lines.append(lines[index])
                    index += 1
                if index < len(lines) and answers(lines[index], at=index):
                    mark = ANSWER_RE.match(lines[index]) or DASHED_ANSWER_RE.match(lines[index])
                    prefix = lines[index][mark.end() :].lstrip()
                    if YAML_BLOCK_RE.match(prefix):  # YAML's "answer: |" over its lines
                        prefix = ""
                    index += 1
                elif len(title_lines) > 1 and index - (start - block.start) > 4:
                    title_lines = title_lines[:1]
                    index = start - block.start + 1
                elif (cut := _title_cut(title_lines, doc.plain)) is not None:
                    # no "A:": the answer starts where the question ends
                    title_lines = title_lines[: cut + 1]
                    index = start - block.start + cut + 1
            raw = "\n".join(title_lines)
            title_end = start + len(title_lines) - 1
            units.append(
                Unit(
                    start,
                    title_end,
                    raw,
                    whole_title(raw, plain=doc.plain),
                    start + (index - (start - block.start)),
                    number=_number(raw),
                    answer_prefix=prefix,
                    explicit=bool(prefix),
                )
            )
        if block.quoted:
            _answered_in_quote(units[first:], lines, block)
        elif len(units) > first and not units[-1].explicit:
            # "Q: …" alone, its "A: …" opening the next paragraph: marked all the same
            units[-1].explicit = _answer_below(doc, units[-1].title_end, block.end)
    return units


def _answer_below(doc: Document, title_end: int, end: int) -> bool:
    """Whether the first line after a question's paragraph (`end`) that says anything,
    right after its title (`title_end`), marks an answer ("A: …", "Answer: …")."""
    if title_end != end:
        return False
    below = next(
        (n for n in range(end + 1, min(end + 4, len(doc.lines)) + 1) if doc.line(n).strip()), 0
    )
    return below > 0 and bool(ANSWER_RE.match(doc.line(below)))


def _answered_in_quote(units: list[Unit], lines: list[str], block: Block) -> None:
    """Questions quoted with their marks ("> Q: …" / "> A: …"): each answer is the rest
    of the quote up to the next question, read without the quote's marks. A quote that
    holds only the question leaves its answer to the lines below it."""
    for index, unit in enumerate(units):
        stop = units[index + 1].line - 1 if index + 1 < len(units) else block.end
        if unit.answer_start > stop:
            continue
        rest = lines[unit.answer_start - block.start : stop - block.start + 1]
        unit.answer_prefix = "\n".join([unit.answer_prefix, *rest]).strip()
        unit.end, unit.answer_start, unit.container = stop, stop + 1, True


_SCENARIO = 400  # the longest line a question asked at length takes
# A chat assistant offering more at an answer's end: asks nothing to study.
_OFFERS_RE = re.compile(
    r"^\W*(?:would you like me to|do you want me to|want me to|shall i)\b", re.I
)
# What a debrief says was asked, word for word: 'They asked: "Merge k sorted lists."'
_SAID_RE = re.compile(r"^[\"“][^\"“”]{3,}[\"”][.!]?\s*$")


def _said(line: str) -> bool:
    """Whether a line that says who asked quotes what was asked (a task, as often as not)."""
    asked = ASKED_RE.match(line)
    return bool(asked and _SAID_RE.match(line[asked.end() :]))


def _answer_labelled(doc: Document, after: int) -> bool:
    """Whether the first line below line `after` - 1 that says anything opens with the
    answer's label ("**My answer:** …", "I said: …", "A: …"): a log that labels what
    was asked ("**Asked:** Reverse a linked list.") and what was answered says it is a
    question, worded as a task or not."""
    below = next(
        (n for n in range(after, min(after + 3, len(doc.lines) + 1)) if doc.line(n).strip()), 0
    )
    return below > 0 and bool(SAID_RE.match(doc.line(below)) or ANSWER_RE.match(doc.line(below)))


OUTLINE_NUMBER_RE = re.compile(r"^ {0,3}\d{1,3}\.\d{1,3}\.?[ \t]+(?=[^\W\d_])")


def asking_lines(doc: Document) -> list[Unit]:
    """Plain lines that ask, each starting a paragraph, with no marker at all ("What is
    an inode?" then its answer, on the next line or after a blank one). A question
    may wrap over up to three lines ("… between L1 and" / "L2 regularization?"). A
    quote that is nothing but such a question, its answer below it unquoted, is one
    too ("> What is the critical rendering path?"), and so is one that asks without a
    question mark where a quote or a debrief's "They asked:" says it is asked."""
    units = []
    for block in doc.blocks:
        if block.kind != "paragraph" or (block.depth > 0 and not _quoted_item(doc, block)):
            continue
        whole = block.quoted and _whole_quote(doc, block)
        if block.quoted and not whole and not _ends_quote(doc, block):
            continue
        # "They asked: Tell me about …", "> Describe a project …", "1.2 Explain paging."
        # (numbered under an outline's section): asked, with no "?"
        told = (
            whole
            or ("ask" in block.text[:40].lower() and ASKED_RE.match(block.text))
            or OUTLINE_NUMBER_RE.match(block.text)
        )
        if not asks(block.text[:600]) and not told:  # (a full-width "？" too)
            continue  # the common case, an answer's paragraph: no title to clean
        lines = block.text.split("\n")
        told = told and (not block.quoted or len(lines) == 1)
        # A scenario asked at length ("You are on call and … What do you check first?")
        # may run past 200 characters where its answer follows on the next line.
        longest = _SCENARIO if len(lines) > 1 and ends_asking(lines[0]) else 200
        if PREFIX_RE.match(lines[0]) or WHOLE_BOLD_RE.match(lines[0]) or len(lines[0]) > longest:
            continue  # marked (another unit's), or a paragraph that ends with a question
        if _OFFERS_RE.match(lines[0]):
            continue  # "Would you like me to compare them?": an assistant offering, not asking
        cut = _title_cut(lines, doc.plain)
        last = len(lines) - 1 if cut is None else cut
        told = (
            told
            and last == 0
            and (
                is_question_like(whole_title(lines[0], plain=doc.plain))
                or _said(lines[0])
                or _answer_labelled(doc, block.start + 1)
            )
        )
        if last > 2 or not (told or _ends_asking(lines[last], doc.plain)):
            continue
        end = block.start + last
        raw = "\n".join(lines[: last + 1])
        units.append(_unit(doc, block, raw, title_end=end, answer_start=end + 1))
    return units


# A quoted line's marks ("> ", "> > ").
QUOTED_RE = re.compile(r"^ {0,3}(?:>[ \t]?)+")


def _quoted_item(doc: Document, block: Block) -> bool:
    """Whether a paragraph is the whole of a numbered or bulleted item that is all its
    quote's line (an e-mail reply quoting the questions it answers: "> 2. Why …?")."""
    if not block.quoted or block.depth != 1 or not block.lead or block.item < 0:
        return False
    item = doc.blocks[block.item]
    return item.depth == 0 and item.quoted and (item.start, item.end) == (block.start, block.end)


def _ends_quote(doc: Document, block: Block) -> bool:
    """Whether a quoted paragraph is the last of its quote, a quoted blank line above it
    and unquoted text after it: an e-mail reply's quoted question over the answer
    written under it ("> Hi Sam, …" / ">" / "> 1. What is …?")."""
    return bool(_QUOTED_BLANK_RE.match(doc.line(block.start - 1))) and _whole_quote(
        doc, block, above=False
    )


_QUOTED_BLANK_RE = re.compile(r"^ {0,3}(?:>[ \t]?)+\s*$")


def _whole_quote(doc: Document, block: Block, *, above: bool = True) -> bool:
    """Whether a quoted paragraph is its whole quote (`above`: or its last part), with
    unquoted text after it."""
    before = doc.line(block.start - 1)
    after = next(
        (doc.line(n) for n in range(block.end + 1, len(doc.lines) + 1) if doc.line(n).strip()),
        "",
    )
    return (
        not (above and QUOTED_RE.match(before))
        and not QUOTED_RE.match(doc.line(block.end + 1))
        and bool(after)
        and not QUOTED_RE.match(after)
    )


# --- scoring --------------------------------------------------------------------


def is_question_like(title: str) -> bool:
    return asks(title) or bool(INTERROGATIVE_RE.match(title) or TASK_RE.match(title))


TOC_RE = re.compile(r"^(table of contents|contents|toc|index)$", re.I)
# A footer's heading. Its phrases say so wherever they open a title ("Further reading on
# caching"); its single words only alone or as a footer goes on ("Support the project",
# "Credits and thanks", "License (MIT)", "Contributing to X"): a subject that opens with
# one ("Support vector machines", "Credit scoring", "Links between tables") is a card,
# and was lost without a word in a file of named cards.
_FOOTER_PHRASES = (
    r"about the authors?|see also|further reading|useful links"
    # "Additional resources", "More reading", "Recommended links"
    r"|(?:additional|further|more|other|useful|recommended|extra)\s+"
    r"(?:resources|reading|links|references|materials|sources)"
)
_FOOTER_WORDS = (
    r"licen[cs]es?|contributing|contributors?|references?|credits?|acknowledge?ments?"
    r"|support|sponsors?|donate|donations?|authors?|about|resources|links|thanks|changelog"
)
FOOTER_RE = re.compile(
    rf"^(?:(?:{_FOOTER_PHRASES})\b|(?:{_FOOTER_WORDS})"
    r"(?=\s*(?:$|[:.!(\[&,/\u2014\u2013-]|(?:and|or|the|this|our|us|me|my|to|guide"
    r"|guidelines)\b)))",
    re.I,
)
# The parts of a document around its questions, named by the whole heading
# ("Introduction", "Summary", "Notes"), not a subject that starts with the word
# ("Summary statistics").
DOCUMENT_PART_RE = re.compile(
    r"^(?:introduction|intro|overview|preface|foreword|background|prerequisites"
    r"|about(?: this(?: (?:document|guide|list|repo|repository|page))?)?"
    r"|how to use(?: this(?: (?:document|guide|list|repo|repository|page))?)?"
    r"|summary|conclusions?|final (?:thoughts|notes|words)|closing (?:thoughts|notes)"
    r"|(?:my |personal |extra |more |other |general )?notes|takeaways|next steps|to-?do"
    r"|misc\.?|miscellaneous|miscellanea"
    r"|follow[- ]?ups?|action items|reminders"
    # the questions the person will ask at the end of an interview, not notes' questions
    r"|(?:my |some |good )?questions (?:to ask|for)(?: (?:the|my|your))?"
    r"(?: (?:interviewers?|them|team|company|employer|recruiter|hiring manager))?"
    r"|reverse interview(?: questions)?)"
    r"\s*[:.!]?$",
    re.I,
)
NOT_A_QUESTION_RE = re.compile(f"{TOC_RE.pattern}|{FOOTER_RE.pattern}", re.I)


def mostly_asking(units: list[Unit], asks: list[bool] | None = None) -> bool:
    """Whether most of these places ask (`asks`: whether each is question-like, where
    known): only then does a place named "Introduction" or "Summary" stand apart from
    them (in flashcards of a paper's parts, it is one)."""
    core = [
        i
        for i, u in enumerate(units)
        if not (NOT_A_QUESTION_RE.match(u.title) or DOCUMENT_PART_RE.match(u.title))
    ]
    if asks is None:
        return (
            bool(core) and sum(is_question_like(units[i].title) for i in core) * 5 >= len(core) * 3
        )
    return bool(core) and sum(asks[i] for i in core) * 5 >= len(core) * 3


# Where a table of contents' link leads: a place in the document ("#caching"), or
# another notes file beside it, at a place or not ("questions/python.md", "db.md#joins":
# a cloned repo's README lists its topic files), never a web page.
_LOCAL_TARGET = (  # (a path of at most 240 characters: a bound keeps a 1 MB line linear)
    r"(?:#[^)\s]*|(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\])[^)\s#]{1,240}"
    r"\.(?:md|markdown|mdx|txt|org|adoc|rst|ipynb)(?:#[^)\s]*)?)"
)
# A list item that only links to such a place: a table of contents entry.
TOC_ENTRY_RE = re.compile(
    rf"^\s*+(?:\*\*|__)?\[[^\]]{{1,500}}\]\({_LOCAL_TARGET}\)(?:\*\*|__)?\s*$"
)
# A link to such a place ("[Caching](#caching)"), and what may separate several on one
# line of a table of contents: a list marker, bars, dots, commas.
_ANCHOR_RE = re.compile(rf"\[[^\]]{{1,500}}\]\({_LOCAL_TARGET}\)")
_TOC_FILLER_RE = re.compile(r"^[\s\-*+|·•,;:.()\d_]*$")


def _toc_line(line: str) -> bool:
    return bool(_ANCHOR_RE.search(line)) and bool(_TOC_FILLER_RE.match(_ANCHOR_RE.sub("", line)))


def toc_headings(doc: Document) -> set[int]:
    """Lines of the headings whose whole body (up to the next heading) is a list of links
    to places in the document: a table of contents, whatever the heading calls it."""
    heads = [b for b in doc.blocks if b.kind == "heading" and b.depth == 0 and not b.quoted]
    found: set[int] = set()
    for index, head in enumerate(heads):
        stop = heads[index + 1].start if index + 1 < len(heads) else len(doc.lines) + 1
        first = next((n for n in range(head.end + 1, stop) if doc.lines[n - 1].strip()), stop)
        line = doc.lines[first - 1] if first != stop else ""
        if "](" not in line or not _ANCHOR_RE.search(line):
            continue  # decided on the body's first line for the usual heading
        body = [doc.lines[n - 1] for n in range(first, stop) if doc.lines[n - 1].strip()]
        if all(_toc_line(line) for line in body):
            found.add(head.start)
    return found
