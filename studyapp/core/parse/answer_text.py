"""An answer's text as the person wrote it: the lines a question's unit gives, with
their marks and wrappers taken off (an "A:" or "Answer" mark, a question restated
right below itself, a toggle's tags, a quiz's ticked option), and indentation cut to
the answer's own margin. The engine (engine.py) finds the units and where each answer
ends; this reads each one's answer lines into Markdown.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from studyapp.core.parse import units as found
from studyapp.core.parse.blocks import FENCE_RE, FenceCloses
from studyapp.core.parse.chat_code import code_line, sentence_line
from studyapp.core.parse.ends import HR_RE
from studyapp.core.parse.level_slips import says_same
from studyapp.core.parse.plaintext import literal_emphasis
from studyapp.core.parse.titles import ANSWER_WORDS, SAID_RE, restates, whole_title
from studyapp.core.parse.toggles import answer_toggle
from studyapp.core.parse.tree import Document, indent_width
from studyapp.core.parse.units import Unit
from studyapp.core.question_body import split_body

WRAPPER_RE = re.compile(r"</?details[^>]*>|^\s*</?p>\s*$|^\s*<br\s*/?>", re.I | re.M)
# A toggle's summary inside an answer (a nested <details>): its label, kept in bold.
SUMMARY_RE = re.compile(r"<summary[^>]*>\s*(.*?)\s*</summary>", re.I | re.S)
# A line that only marks the answer below it: "Answer", "**A1**", "### Antwort:".
# (also whose answer it is: "### My answer", "**Sample answer:**", "Model answer")
ANSWER_MARK_RE = re.compile(
    # (each run of spaces taken whole, `\s*+`: split between the `\s*` around a mark
    # left out, a long run was tried every way, its length to the third power)
    rf"^\s*+(?:[-*+]\s++|#{{1,6}}\s++)?(?:\*\*|__)?\s*+"
    rf"(?:(?:(?:my|sample|model|suggested|example|short|long|brief|quick|full|detailed|ideal)\s++)?"
    rf"{ANSWER_WORDS}"
    r"|back(?: side)?)"  # (a card's "### Back")
    rf"\s*+\d{{0,6}}\s*+[:.：]?\s*+"
    r"(?:\*\*|__)?\s*+:?\s*+$",
    re.I,
)

# An answer's word in bold, a dash inside or after the bold or nothing, then the answer
# on the same line: "**Answer -** The browser …", "**Ans** — …", "__Answer__ …". (Not
# the letter alone: "**A** B-tree" may be an option of a quiz.)
BOLD_ANSWER_LABEL_RE = re.compile(
    rf"^\s*+(?:[-*+]\s+)?(?P<bold>\*\*|__)\s*(?![ar]\b){ANSWER_WORDS}\s*[\-–—]?\s*(?P=bold)"
    r"\s*(?:[\-–—]\s+)?(?=\S)",
    re.I,
)


_LABEL_WORD_RE = re.compile(rf"\b(?:{ANSWER_WORDS}|solu\w*|l[öo]sung|решение)\b", re.I)


def _summaries_markdown(text: str) -> str:
    """Each nested toggle's label in bold; where it only says it hides the answer
    ("Show answer" under a quiz's code and options), an answer heading where text stands
    above it that the toggle's own text does not already follow with a label ("#### Answer:
    D"), so the lead shows with the question (core.question_body); nothing otherwise."""
    out = []
    at = 0
    said = False  # text stands above the toggle (a toggle's own tag is text to those below)
    for match in SUMMARY_RE.finditer(text):
        out.append(text[at : match.start()])
        at = match.end()
        label = match.group(1)
        if not answer_toggle(label):
            out.append(f"**{label}**")
            continue
        said = said or bool(WRAPPER_RE.sub("", text[: match.start()]).strip())
        # "#### Answer: D" opening the toggle already
        if said and not split_body(f"x\n\n{_opening(text, match.end())}").body:
            out.append(f"\n\n#### {_label_word(label)}\n\n")
    out.append(text[at:])
    return "".join(out)


# A <details> tag going on to the next line: WRAPPER_RE takes it off across the lines.
_TAG_GOES_ON_RE = re.compile(r"</?details[^>]*$", re.I)


def _opening(text: str, start: int) -> str:
    """The first line with text after `start`, the toggles' wrappers (WRAPPER_RE) taken
    off: read a line at a time up to it. (Taking them off the whole rest of the answer
    after each toggle cost the square of the answer: 5,000 nested toggles took 21 s.)"""
    pos = start
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if _TAG_GOES_ON_RE.search(line):
            return WRAPPER_RE.sub("", text[start:]).strip().split("\n", 1)[0]
        kept = WRAPPER_RE.sub("", line).strip()
        if kept:
            return kept
        pos = end + 1
    return ""


def _label_word(label: str) -> str:
    """The word for an answer a toggle's label uses, where it marks an answer
    ("Показать ответ": "ответ"); "Answer" otherwise ("Spoiler", "Reveal")."""
    plain = re.sub(r"<[^>]*>|[*_]", "", label)
    for word in _LABEL_WORD_RE.finditer(plain):
        found_word = word.group(0)
        if split_body(f"x\n\n#### {found_word}\n\ny").body:
            return found_word[:1].upper() + found_word[1:]
    return "Answer"


HEADING_LINE_RE = re.compile(r"^ {0,3}#{1,6}\s+(.*)$")
QUIZ_RE = re.compile(r"^(\s*[-*+]\s+)\[([ xX])\]\s+(.*)$")


def quiz_options(lines: list[str]) -> list[str]:
    """``- [x] right`` / ``- [ ] wrong`` quiz options: the right one marked plainly."""
    out = []
    for line in lines:
        match = QUIZ_RE.match(line)
        if match:
            bullet, mark, text = match.groups()
            line = f"{bullet}✔ **{text}**" if mark.lower() == "x" else f"{bullet}{text}"
        out.append(line)
    return out


def _dedent(lines: list[str], most: int | None = None) -> list[str]:
    """The lines with their common indentation cut, at most `most` columns: below an
    answer's mark at the margin ("A: Use reverse():"), code indented after a blank line
    keeps its indentation (it is a code block of the answer, not the answer's margin)."""
    indents = [indent_width(x) for x in lines if x.strip()]
    cut = min([*indents, most] if most is not None else indents) if indents else 0
    return [x[cut:] for x in lines]


_ITEM_MARK_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")


def _mark_margin(mark: str, below: str) -> int | None:
    """The margin of an answer whose mark stands outside a list with a blank line below
    it ("A: Use reverse():", "Answer:"): the mark's, so that code indented under it stays
    a code block; None (the answer's own common indentation) otherwise."""
    if not mark.strip() or below.strip() or _ITEM_MARK_RE.match(mark):
        return None
    return indent_width(mark)


# A list item's marker, up to its text: "1. ", "2)  ", "- ".
_ITEM_TEXT_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
_CODE_INDENT = 4  # deeper than an item's text by this much, a line is Markdown's code


def _item_text(doc: Document, unit: Unit) -> int | None:
    """The column of a list item's text (where its lines' margin is), from the item's
    marker line; None where the unit is no item written so (a quote's, a tab's)."""
    line = doc.line(unit.line)
    marker = _ITEM_TEXT_RE.match(line)
    if marker is None or "\t" in marker.group(0):
        return None
    spaces = len(marker.group(0)) - len(marker.group(0).rstrip())
    # ("1.      code": five spaces or more after the marker, the text starts after one)
    return marker.end() - spaces + 1 if spaces > _CODE_INDENT else marker.end()


def _item_answer(lines: list[str], margin: int) -> tuple[list[str], bool]:
    """An item's answer lines with their common indentation cut, and whether the answer
    opens with code: the lines deeper than the item's text (`margin`) that it opens
    with are code where they are Markdown's (four columns deeper, after a blank line
    under the title), kept so; or where they read as code (code written right under the
    title, "2) Reverse a list" / "    def reverse(head):", no line a sentence of prose),
    fenced, their indents kept."""
    indents = [indent_width(x) for x in lines if x.strip()]
    if not indents:
        return lines, False
    start = next(i for i, x in enumerate(lines) if x.strip())
    stop = start
    while stop < len(lines) and (not lines[stop].strip() or indent_width(lines[stop]) > margin):
        stop += 1
    while stop > start and not lines[stop - 1].strip():
        stop -= 1
    run = lines[start:stop]
    if not run or any(FENCE_RE.match(x) for x in run):
        return _dedent(lines), False
    cut = min(min(indents), margin)  # (lazy lines stand left of the item's text)
    if start and min(indent_width(x) for x in run if x.strip()) - margin >= _CODE_INDENT:
        return [x[cut:] for x in lines], True  # Markdown's indented code
    # Code reads as code from its first line, and holds no sentence of prose: a formula
    # over its explanation ("Precision = TP / (TP + FP)." / "Use precision when …") is
    # text, not a code block.
    if code_line(run[0]) and not any(sentence_line(x) for x in run):
        code = ["```", *_dedent(run), "```"]
        return [*_dedent(lines[:start]), *code, *_dedent(lines[stop:], margin)], False
    return _dedent(lines), False


# Line breaks written as HTML at an answer's end ("… portability.<br>", "<br><br>"
# before the next question): they end the text, no line of their own.
_TRAILING_BREAKS_RE = re.compile(r"(?:[ \t]*<br\s*/?>)+[ \t]*$", re.I)


# A table row of empty cells only: a grid table's row going on over more lines, read
# line for line (grid_tables), shows as an empty row in the answer.
_EMPTY_ROW_RE = re.compile(r"^\|(?:[ \t]*\|){2,}[ \t]*\n", re.M)


def answer_markdown(doc: Document, unit: Unit, end: int) -> str:
    text = _answer_markdown(doc, unit, end)
    if "|  |" in text:
        text = _EMPTY_ROW_RE.sub("", text + "\n").rstrip("\n")
    return _TRAILING_BREAKS_RE.sub("", text) if "<" in text else text


def _answer_markdown(doc: Document, unit: Unit, end: int) -> str:
    body = doc.lines[unit.answer_start - 1 : end] if end >= unit.answer_start else []
    coded = False  # the answer may start with an indented code block
    if unit.container and unit.answer_prefix and unit.answer_start > unit.end:
        back = unit.answer_prefix.strip()  # a card's back, a table row's answer cell
        return literal_emphasis(back) if doc.plain else back
    item_text = _item_text(doc, unit) if unit.end and unit.end <= end else None
    if item_text is not None and unit.answer_start <= unit.end:
        # a list item's own lines, cut to its text's margin (code deeper stays code),
        # then what follows it
        inside, coded = _item_answer(doc.lines[unit.answer_start - 1 : unit.end], item_text)
        body = inside + doc.lines[unit.end : end]
    elif unit.end and unit.end < end:  # a list item's own lines, then what follows it
        inside = _dedent(doc.lines[unit.answer_start - 1 : unit.end])
        body = inside + doc.lines[unit.end : end]
    elif not unit.container and (
        unit.answer_prefix.strip() or unit.answer_start > unit.title_end + 1
    ):
        mark = doc.line(unit.answer_start - 1)  # "A: …" or "Answer:" over the answer
        margin = _mark_margin(mark, body[0]) if len(body) > 1 else None  # blank, then code
        body = _dedent(body, margin)
        coded = margin is not None and not unit.answer_prefix.strip()  # "Answer:" over code
    else:
        coded = _opens_with_indented_code(doc, unit.answer_start, end)
        body = body if coded else _dedent(body)
    lines = ([unit.answer_prefix.strip()] if unit.answer_prefix.strip() else []) + body
    while lines and (not lines[0].strip() or HR_RE.match(lines[0])):
        lines.pop(0)  # (a rule drawn under the question parts it from its answer)
    if (
        lines
        and ANSWER_MARK_RE.match(lines[0])
        and "".join(lines[1:]).strip()
        # ("### Short answer" … "### Long answer": each version keeps its label)
        and not any(ANSWER_MARK_RE.match(line) for line in lines[1:])
    ):
        margin = _mark_margin(lines[0], "".join(lines[1:2]))
        lines = _dedent(lines[1:], margin)
        coded = coded or margin is not None  # "Answer:", a blank, then indented code
    elif lines and not unit.answer_prefix.strip():
        # "A: the answer" on the line below; a debrief's "I said: …", "My answer: …"
        marker = (
            found.ANSWER_RE.match(lines[0])
            or SAID_RE.match(lines[0])
            or BOLD_ANSWER_LABEL_RE.match(lines[0])
        )
        # "A. …" or "- A: …" of a quiz, "a) …" of lettered sub-questions: a "b)" follows,
        # not always on the next line
        options = found.first_option(lines[0], lines[1:])
        if marker and marker.end() < len(lines[0]) and not options:
            lines[0] = lines[0][: len(lines[0]) - len(lines[0].lstrip())] + lines[0][marker.end() :]
    if lines and lines[0].lstrip().startswith(">") and _ANSWER_CALLOUT_RE.match(lines[0]):
        lines = _unwrapped_callout(lines)
    heading = HEADING_LINE_RE.match(lines[0]) if lines else None
    if heading and restates(unit.title, heading.group(1)):
        lines = lines[1:]  # the question asked again right below itself
    lines = _without_bold_restatement(unit.title, lines, doc.plain)
    if doc.plain:  # "__dict__", "*args": the characters typed, no emphasis
        lines = literal_emphasis("\n".join(lines)).split("\n")
    text = "\n".join(quiz_options(lines))
    if "<" in text:
        text = _summaries_markdown(text)
        text = WRAPPER_RE.sub("", text)
    if "```" in text or "~~~" in text:
        text = _item_fences(text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n").rstrip()
    return text if coded and text.startswith(("    ", "\t")) else text.strip()


def _opens_with_indented_code(doc: Document, start: int, end: int) -> bool:
    """Whether the answer in [start, end] opens with an indented code block (a query
    four spaces in right under its question): its first line keeps its indent, or the
    block reads as a paragraph. Not an answer's prose written indented (its lines read
    as sentences, none as code)."""
    first = next((n for n in range(start, end + 1) if doc.line(n).strip()), 0)
    block = next((b for b in doc.blocks if b.kind == "code" and b.start == first), None)
    if not first or block is None or FENCE_RE.match(doc.line(first)):
        return False
    lines = [doc.line(n).strip() for n in range(first, block.end + 1)]
    return any(code_line(line) for line in lines) and not any(map(sentence_line, lines))


# "**What is tokenization?**" alone on the answer's first line (blank lines before it)
_BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)(?P<said>[^*_\s](?:.*?\S)?)\1\s*$")


def _without_bold_restatement(title: str, lines: list[str], plain: bool) -> list[str]:
    """The answer without its first line where that is the question again in bold
    ("## What is tokenization?" over "**What is tokenization?**"): it says nothing the
    title does not. A bold line that says more ("**What is tokenization?**" under "##
    Tokenization", the question the heading only names) stays."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    bold = _BOLD_LINE_RE.match(lines[first]) if first is not None and not plain else None
    if bold is None or not "".join(lines[first + 1 :]).strip():
        return lines  # (a bold line that is all the answer is the answer)
    return lines[first + 1 :] if says_same(title, bold["said"]) else lines


# An answer kept folded in an Obsidian callout labelled only as the answer
# ("> [!note]- Answer", "> [!success] Solution", "> [!tip]-"), under its question.
_ANSWER_CALLOUT_RE = re.compile(r"^\s*>\s*\[![\w-]+\][+-]?[ \t]*(?P<label>.*?)\s*$")
_CALLOUT_QUOTE_RE = re.compile(r"^\s*> ?")


def _unwrapped_callout(lines: list[str]) -> list[str]:
    """An answer that is a callout whose title only says it holds the answer: the callout's
    text, unquoted, then whatever follows it; any other callout as written."""
    label = _ANSWER_CALLOUT_RE.match(lines[0])
    if label is None or not answer_toggle(label["label"]):  # ("Показать ответ" too)
        return lines  # "> [!warning] Watch out for …": the callout says something
    inside = 1
    while inside < len(lines) and lines[inside].lstrip().startswith(">"):
        inside += 1
    body = [_CALLOUT_QUOTE_RE.sub("", line, count=1) for line in lines[1:inside]]
    return body + lines[inside:] if "".join(body).strip() else lines


# "What is TCP? A reliable byte stream.": the question, then a statement on its line.
# (after a colon, dash, arrow or pipe, "How do I squash commits?: `git rebase -i`", the
# answer may open in lower case)
_INLINE_ANSWER_RE = re.compile(
    r"^(?P<q>[^?\n]{3,}\?)(?:[ \t]*(?:[:\-–—|]|->|=>|→)[ \t]+(?P<s>[^?\s][^?]*)"
    r"|[ \t]+(?P<a>[A-Z0-9`*_\"'][^?]*))$",
    re.S,
)


_TODO_RE = re.compile(r"^(?:TODO|TBD|FIXME|\?+)\b", re.I)
# What goes on with the question itself: its code, or a condition it sets.
_CONDITION_RE = re.compile(
    r"^(?:[`\"'“‘]|(?:assume|assuming|consider|given|suppose|imagine|hint|e\.g\.|i\.e\."
    r"|for example|note|bonus|follow[- ]up|keep|be|don'?t|do not|use|remember|mention|try"
    r"|avoid|focus|make sure|practi[cs]e|prepare|review|look up|think)\b)",
    re.I,
)


def answered_inline(unit: Unit, plain: bool) -> tuple[str, str]:
    """A question with nothing below it whose line goes on past its question mark with
    a statement (not another question, not a task: "Give an example."): that statement
    is its answer."""
    match = _INLINE_ANSWER_RE.match(unit.raw_title.strip())
    said = (match["a"] or match["s"]) if match else ""
    # (after a mark, "- When the result depends on timing." answers: only a "?" asks on)
    asking = found.asks if match and match["s"] else found.is_question_like
    if match is None or asking(whole_title(said, plain=plain)):
        return unit.title, ""
    if _TODO_RE.match(said):  # "…? TODO": the question, still to be answered
        return whole_title(match["q"], plain=plain), ""
    if match["a"] and _CONDITION_RE.match(said):  # "Assume it is sorted.", "`print(…)`"
        return unit.title, ""
    return whole_title(match["q"], plain=plain), said.strip()


def _mark(answer: str) -> str:
    """The symbol an answer opens with, followed by a space ("💡", "✅", "👉", "➜"), or ""."""
    token, _, rest = answer.partition(" ")
    if not rest.strip() or not token or token.isascii():
        return ""
    kinds = {unicodedata.category(c) for c in token}
    symbols = kinds & {"So", "Sm"}  # with variation selectors and joiners ("➡️", "👩‍💻")
    return token if symbols and kinds <= {"So", "Sm", "Sk", "Mn", "Cf"} else ""


def without_shared_mark(answers: list[str]) -> list[str]:
    """Answers that all open with the same symbol ("❓ question" over "💡 answer"): the
    symbol marks them as answers, so it goes, with an answer's label after it ("✅
    Answer: …", "💡 **A:** …"); one answer's own emoji stays."""
    if sum(1 for a in answers if a[:1] > "\x7f") < 2:
        return answers  # the usual notes: answers open with ASCII
    marks = Counter(_mark(a) for a in answers if a)
    mark, count = marks.most_common(1)[0] if marks else ("", 0)
    if not mark or count < 2 or count * 5 < sum(marks.values()) * 4:
        return answers
    return [_unlabelled(a[len(mark) :].lstrip()) if _mark(a) == mark else a for a in answers]


def _unlabelled(answer: str) -> str:
    """An answer without the label it opens with ("Answer: …" → "…")."""
    label = found.ANSWER_RE.match(answer)
    if label is None or not answer[label.end() :].strip():
        return answer
    return answer[label.end() :]


# An answer's label and a dash, then the answer: "A - It is …", "A- …", "Ans – …",
# "A1 - …" (not "A-list", a word with a hyphen).
_DASHED_LABEL_RE = re.compile(
    # (spaces taken whole, `\s*+`, and the dash after them read as after `\s+`: a run
    # split between `\s*` and `\s+` was tried every way, its length squared)
    rf"^(?:\*\*|__)?{ANSWER_WORDS}\s*+\d{{0,6}}(?:\*\*|__)?"
    r"(?:(?<=\s)[\-–—]|\s++[\-–—]|[\-–—](?=\s))\s*+(?=\S)",
    re.I,
)
# A quiz's second option, under the first or beside it: "B - …", "B) …", "…, b. …".
_SECOND_OPTION_RE = re.compile(r"(?:^\s*(?:[-*+]\s+)?|[,;]\s*|\s\s)\(?[bB]\s*[\-–—.)]\s", re.M)


def without_dashed_labels(answers: list[str], labelled: list[bool]) -> list[str]:
    """Answers that open with a label and a dash ("Q1) What is X?" / "A - It is …"):
    the dash labels them, as a colon would, where the notes label their other answers
    ("A: …", "Ans: …": `labelled`, by each answer's source), or label nearly every
    answer so; then the label goes. Elsewhere "A - …" may be what it says (a quiz's
    option "A - Paris" above "B - Rome" stays, wherever it is)."""
    opening = [bool(a) and bool(_DASHED_LABEL_RE.match(a)) for a in answers]
    options = [
        o and bool(_SECOND_OPTION_RE.search(a)) for o, a in zip(opening, answers, strict=True)
    ]
    dashed = [o and not q for o, q in zip(opening, options, strict=True)]
    count = sum(dashed)
    if not count:
        return answers
    # a quiz's options ("A - spin lock" over "B - mutex") open so too: not counted
    # among the answers that do not
    written = sum(1 for a in answers if a.strip()) - sum(options)
    others = any(lab and not d for lab, d in zip(labelled, dashed, strict=True))
    if not others and (count < 2 or count * 5 < written * 4):
        return answers
    return [
        _DASHED_LABEL_RE.sub("", a, count=1) if d else a
        for a, d in zip(answers, dashed, strict=True)
    ]


_QUOTE_MARK_RE = re.compile(r"^ {0,3}> ?", re.M)


def without_shared_quote(answers: list[str]) -> list[str]:
    """Answers each written whole as a quote ("### What is X?" over "> A copy of …"), all
    of them or nearly: the quote marks them as answers, as a shared symbol does, so
    it goes. An answer that quotes only a part (a source, an error message) and a
    callout ("> [!tip]") keep theirs."""
    if sum(1 for a in answers if a[:1] == ">") < 2:
        return answers  # the usual notes: answers are not quotes
    whole = [_whole_quote(a) for a in answers]
    written = sum(1 for a in answers if a.strip())
    if sum(whole) < 2 or sum(whole) * 5 < written * 4:
        return answers
    return [_QUOTE_MARK_RE.sub("", a) if w else a for a, w in zip(answers, whole, strict=True)]


def _whole_quote(answer: str) -> bool:
    lines = [line.lstrip() for line in answer.split("\n") if line.strip()]
    return (
        bool(lines)
        and all(line.startswith(">") for line in lines)
        and not lines[0].lstrip("> ").startswith("[!")
    )


# A list item whose text opens a code fence: "- ```yaml", as Logseq writes a block of code
# (every block of its outline is a bullet). Bounded: the info string stops at 200.
_ITEM_FENCE_RE = re.compile(r"([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+((`{3,}|~{3,})[^\n]{0,200})$")


def _item_fences(text: str) -> str:
    """Code fenced inside a list item right after its marker ("- ```yaml" over the code
    indented to the item's text) as a code block of the answer: its lines cut to the
    item's text, the block where the item was, set off by blank lines. Rendered as
    written, the fence on a marker's line ran its lines into one line of inline code."""
    lines = text.split("\n")
    closes = FenceCloses(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        found = _ITEM_FENCE_RE.match(lines[index])
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        indent, column, mark = found.group(1), found.start(2), found.group(3)
        close = closes.after(index, mark)
        if close is None:  # a fence left open: the lines as written
            out.append(lines[index])
            index += 1
            continue
        body = lines[index + 1 : close]
        cut = min([column, *(indent_width(x) for x in body if x.strip())])
        out += ["", indent + found.group(2).strip()]
        out += [indent + x[cut:] if x.strip() else "" for x in body]
        out += [indent + lines[close].strip(), ""]
        index = close + 1
    return "\n".join(out)
