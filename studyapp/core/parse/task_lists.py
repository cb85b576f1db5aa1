"""A list of things to do ("1. Read chapter 4" / "2. Finish exercise 3"), not of
questions: its items neither ask nor hold answers, and most open with a verb of
getting something done (read, finish, submit …), not a question's task ("Explain …",
"Compare …") nor a subject ("Difference between TCP and UDP", a question list without
its question marks). A homework or to-do list is left out, where the person can still
choose it (``--split-at list-item``)."""

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


def _chore(title: str) -> bool:
    match = _FIRST_WORD_RE.match(title)
    return bool(match) and match[1].lower() in _CHORE_VERBS


def task_list(units: list[Unit], has_answer: Callable[[int], bool]) -> bool:
    """Whether list items chosen as questions are a to-do list: two or more, none asks,
    none but the last has anything under it (the last may run on into the notes after
    the list), most open with a chore's verb and fewer than half set a question's task."""
    if len(units) < 2:
        return False
    if any(u.answer_prefix.strip() or ends_asking(u.title) for u in units):
        return False
    if any(has_answer(index) for index in range(len(units) - 1)):
        return False
    chores = sum(1 for u in units if _chore(u.title))
    tasks = sum(1 for u in units if is_question_like(u.title))
    return chores * 2 > len(units) and tasks * 2 < len(units)


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
