"""A yes/no question at a terminal, for the commands that remove what a person
studied (remove-deck, an import whose --split-at takes studied questions out): asked
where someone can answer, and refused where no one can (a script, a pipe), which
must say --yes instead."""

from __future__ import annotations

import sys


def confirmed(question: str, why: str = "") -> bool | None:
    """Asked at a terminal ("… [y/N] "), after the lines `why` says: whether the
    person said yes. None where no one is there to answer (a script, a pipe), where
    the command needs --yes instead (and says why in its refusal)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return None
    if why:
        print(why)
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")
