"""Obsidian's ways of marking a question inside a Markdown note: Spaced Repetition
cards (``front::back``, front / ``?`` / back) and callouts that ask
(``> [!question] …``), each answered by its back or by the rest of its quote."""

from __future__ import annotations

import re

from studyapp.core.parse import flashcards
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.toggles import answer_toggle
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import QUOTED_RE, Unit

# A line that may hold a card: "front::back" (not "std::move" in code), or "?" alone.
CARD_HINT_RE = re.compile(r"^[^`\n]*\S\s*:{2,3}\s*\S|^[^`\n]*[^\w`\n]:{2,3}|^\?{1,2}[ \t]*$", re.M)


# Obsidian callouts that ask ("> [!question] Why …?", "> [!faq]- …"), and the callout
# that answers one ("> [!answer]-", "> [!success]"), in the same quote or right after.
_CALLOUT_RE = re.compile(r"^ {0,3}(?:>\s*)+\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*)$")
_ASKING_CALLOUTS = frozenset(("question", "faq", "help", "quiz", "q", "flashcard", "card"))
_ANSWER_CALLOUTS = frozenset(("answer", "a", "success", "check", "done", "solution", "back"))


def _bare(callout: re.Match[str]) -> bool:
    """Whether an answer callout's header says no more than that it holds the answer
    ("> [!success]-", "> [!success]- Answer", "> [!check] Show answer")."""
    return not callout["title"].strip() or answer_toggle(callout["title"])


def callouts(doc: Document) -> list[Unit]:
    """Questions asked as Obsidian callouts: the title is the callout's own line (or its
    first line inside when that is empty), the answer the rest of the quote, an answer
    callout's header left out; a quote that follows at once with an answer callout is
    the answer too."""
    if not any("[!" in line for line in doc.lines):
        return []
    lines = doc.lines
    units = []
    for index, line in enumerate(lines):
        match = _CALLOUT_RE.match(line)
        if match is None or match["kind"].lower() not in _ASKING_CALLOUTS:
            continue
        body: list[str] = []
        end = index
        n = index + 1
        while n < len(lines):
            if QUOTED_RE.match(lines[n]):
                inner = _CALLOUT_RE.match(lines[n])
                if inner and inner["kind"].lower() in _ASKING_CALLOUTS:
                    break  # the next question, in the same quote
                if not (inner and inner["kind"].lower() in _ANSWER_CALLOUTS and _bare(inner)):
                    text = QUOTED_RE.sub("", lines[n], count=1)
                    body.append(inner["title"] if inner else text)
                end = n
                n += 1
            elif (
                not lines[n].strip()
                and n + 1 < len(lines)
                and (
                    (nxt := _CALLOUT_RE.match(lines[n + 1]))
                    and nxt["kind"].lower() in _ANSWER_CALLOUTS
                )
            ):
                n += 1  # a blank line, then the answer's own callout
            else:
                break
        title = match["title"].strip()
        if not title and body:
            title = body.pop(0).strip()
        if not title:
            continue
        answer = "\n".join(QUOTED_RE.sub("", b) for b in body).strip()
        units.append(
            Unit(
                index + 1,
                index + 1,
                title,
                whole_title(title, plain=doc.plain),
                end + 2,
                end=end + 1,
                answer_prefix=answer,
                container=True,
                explicit=True,
            )
        )
    return units


_REMNOTE_MARKS = (" >> ", " <> ", " >>>", " ;; ")  # RemNote's card separators


def cards(doc: Document) -> list[Unit]:
    """Obsidian Spaced Repetition cards (``front::back``, front / ``?`` / back), and
    questions asked as callouts (`callouts`)."""
    asked = callouts(doc)
    text = doc.text()
    marked = any("::" in line or line.strip() in ("?", "??") for line in doc.lines)
    arrows = any(mark in text for mark in _REMNOTE_MARKS)
    if not (marked or arrows) or not any(
        (marked and CARD_HINT_RE.search(b.text))
        or (arrows and any(mark in b.text for mark in _REMNOTE_MARKS))
        for b in doc.blocks
        if b.kind == "paragraph"
    ):
        return asked  # card separators live in paragraphs (never in code)
    meta, skip = flashcards.read_front_matter(text)
    numbered = list(enumerate(doc.lines, start=1))[skip:]
    tags = list(flashcards.front_matter_tags(meta))
    for _, line in numbered:
        tags += [t.lstrip("#") for t in flashcards._FLASHCARD_TAG_RE.findall(line)]
    units = []
    # A card written on a list item's line ("- Hard link vs symlink? :: …") goes on with
    # the lines nested in the item (code under it), up to a nested item (a note of its
    # own: "- see the 2014 paper"): its back's too.
    items = {b.start: b.end for b in doc.blocks if b.kind == "item" and not b.quoted}
    for card in flashcards.find_cards(numbered):
        title = whole_title(flashcards.card_title(card), plain=doc.plain)
        end = card.end_line
        if card.line == card.end_line:
            end = _nested_text_end(doc, card.line, items.get(card.line, end))
        units.append(
            Unit(
                card.line,
                card.line,
                card.front,
                title,
                card.end_line + 1,
                end=end,
                answer_prefix=flashcards.clean_obsidian(card.back),
                container=True,
                explicit=True,
                tags=tuple(dict.fromkeys(tags)),
            )
        )
    return sorted([*units, *asked], key=lambda u: u.line)


_NESTED_ITEM_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _nested_text_end(doc: Document, line: int, item_end: int) -> int:
    """The last line nested in the item opened on `line` (ending on `item_end`) before
    an item nested in it: the item's own text and code."""
    end = line
    fenced = False  # (a "- " line inside the item's code is the code's)
    for number in range(line + 1, item_end + 1):
        text = doc.line(number)
        if text.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and _NESTED_ITEM_RE.match(text):
            break
        end = number
    return end
