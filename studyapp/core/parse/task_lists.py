"""A list of things to do ("1. Read chapter 4" / "2. Finish exercise 3"), not of
questions: its items neither ask nor hold answers, and most open with a verb of
getting something done (read, finish, submit …), not a question's task ("Explain …",
"Compare …") nor a subject ("Difference between TCP and UDP", a question list without
its question marks). A homework or to-do list is left out, where the person can still
choose it (``--split-at list-item``). A checkbox ("- [ ] milk", "- [x] Fix the flaky
test", a Google Keep checklist) is a thing to tick off whatever its verb: a checklist
whose items neither ask nor set a question's task is a to-do list too (a shopping list,
"JS topics to study" over "Closures", "Event loop"), not a card titled "Groceries"."""

from __future__ import annotations

import re
from collections.abc import Callable

from studyapp.core.model import SkippedRegion
from studyapp.core.parse.titles import ends_asking
from studyapp.core.parse.units import Unit, is_question_like

# The verbs a to-do or homework item opens with: things to get done, not to explain.
# (Not a coding task's verbs, "Print all permutations", "Check if a list has a cycle".)
_CHORES = """
    read reread re-read skim finish complete do redo submit hand send email e-mail
    watch rewatch re-watch listen attend review revise practice practise memorise
    memorize buy book schedule register apply pay prepare upload download install
    clean tidy resume take go study learn bring reply renew
"""
_CHORE_VERBS = frozenset(_CHORES.split())
_FIRST_WORD_RE = re.compile(r"^\W*(?:\[[ xX]\]\s*)?([A-Za-z][a-z]*(?:-[a-z]+)?)\b")


# A chore is said in a few words ("Read chapter 4", "Email the TA about the deadline");
# a coding prompt that opens with the same verb goes on to its task ("Read a log file
# line by line and count requests per IP", "Schedule tasks with a cooldown …").
_CHORE_WORDS = 7


def _chore(title: str) -> bool:
    match = _FIRST_WORD_RE.match(title)
    return bool(match) and match[1].lower() in _CHORE_VERBS and len(title.split()) <= _CHORE_WORDS


def task_list(
    units: list[Unit], has_answer: Callable[[int], bool], lines: list[str] | None = None
) -> bool:
    """Whether list items chosen as questions are a to-do list: two or more, none asks,
    none but the last has anything under it (the last may run on into the notes after
    the list), most open with a chore's verb or a checkbox (`lines`, the document's)
    and fewer than half set a question's task."""
    if len(units) < 2:
        return False
    if any(u.answer_prefix.strip() or ends_asking(u.title) for u in units):
        return False
    if any(has_answer(index) for index in range(len(units) - 1)):
        return False
    boxed = [bool(lines) and bool(_CHECKBOX_RE.match(lines[u.line - 1])) for u in units]
    chores = sum(1 for u, box in zip(units, boxed, strict=True) if box or _chore(u.title))
    tasks = sum(1 for u in units if is_question_like(u.title))
    return chores * 2 > len(units) and tasks * 2 < len(units)


_ITEM_RE = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(\S.*)$")


def headed_task_lists(lines: list[str], units: list[Unit]) -> tuple[int, int] | None:
    """Where headings chosen as questions ask nothing and each holds only list items
    that are a to-do list ("# Homework" over "1. Read chapter 4" …): the lines from the
    first heading to the last item; None where any heading asks or holds anything else."""
    if not units or any(is_question_like(u.title) for u in units):
        return None
    items: list[str] = []
    boxed: list[bool] = []
    last = 0
    for index, unit in enumerate(units):
        stop = units[index + 1].line - 1 if index + 1 < len(units) else len(lines)
        for number in range(unit.title_end + 1, stop + 1):
            line = lines[number - 1]
            if not line.strip():
                continue
            match = _ITEM_RE.match(line)
            if match is None and items and last == number - 1:
                # the item's text goes on right under it (Keep's page: its box on one
                # line, its text on the next)
                items[-1] = _BOX_RE.sub("", f"{items[-1]} {line.strip()}")
                last = number
                continue
            if match is None:
                return None
            items.append(match[1])
            boxed.append(bool(_CHECKBOX_RE.match(line)))
            last = number
    if len(items) < 2 or any(ends_asking(item) for item in items):
        return None
    chores = sum(1 for item, box in zip(items, boxed, strict=True) if box or _chore(item))
    tasks = sum(1 for item in items if is_question_like(item))
    if chores * 2 > len(items) and tasks * 2 < len(items):
        return units[0].line, last
    return None


_BOX_RE = re.compile(r"^\[[ xX]\]\s*")
# A checklist's item, ticked or not: "- [ ] Print the résumé", "1. [x] Book the taxi".
_CHECKBOX_RE = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[ xX]\]\s")


def checklist_items(
    units: list[Unit], lines: list[str], has_answer: Callable[[int], bool]
) -> list[int]:
    """The list items chosen as questions that are a checklist's to-dos ("- [ ] Print
    the résumé" beside "- What does on-call look like?"): a box, ticked or not, that
    does not ask and holds no answer under it; one that sets a question's task ("- [ ]
    Explain CAP") too, where other items are answered questions. A box that asks ("- [ ]
    What is a Pod?") or is answered stays a question."""
    answered = [has_answer(index) for index in range(len(units))]
    boxed = [
        index
        for index, unit in enumerate(units)
        if _CHECKBOX_RE.match(lines[unit.line - 1])
        and not unit.answer_prefix.strip()
        and not ends_asking(unit.title)
        and not answered[index]
    ]
    answers_beside = any(answered[i] for i in range(len(units)) if i not in set(boxed))
    return [i for i in boxed if answers_beside or not is_question_like(units[i].title)]


TASK_LIST = "a to-do list (things to do, not questions)"


def named_task_list(skipped: list[SkippedRegion], first: int, last: int) -> list[SkippedRegion]:
    """The skipped regions with the list's lines (`first`..`last`) named as a to-do list,
    the rest of each region as it was named."""
    out: list[SkippedRegion] = []
    for region in skipped:
        start, end = region.start_line, region.end_line
        if end < first or start > last or start == 0:
            out.append(region)
            continue
        if start < first:
            out.append(SkippedRegion(start, first - 1, region.reason, region.source_file))
        out.append(SkippedRegion(max(start, first), min(end, last), TASK_LIST, region.source_file))
        if end > last:
            out.append(SkippedRegion(last + 1, end, region.reason, region.source_file))
    return out
