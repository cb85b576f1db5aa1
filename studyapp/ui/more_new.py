"""Anki's Custom Study "increase today's new card limit", from the end of today's plan:
N more new questions today only (core.daily_plan.add_new_today). The daily limit in
Preferences stays as it is; tomorrow's plan is the usual one."""

from __future__ import annotations

from collections.abc import Callable

MOST = 9999  # as the Preferences' new questions per day


def ask_more_new_today(
    ask_text: Callable[[str, str, str], str | None],
    allow: Callable[[int], int],
    say: Callable[[str, int], None],
) -> int:
    """Ask how many more new questions today (`ask_text`: the window's messages'), and
    `allow` them (it gives how many more each deck takes today in all): how many (0:
    none, cancelled or not a number, said)."""
    typed = ask_text(
        "More new questions today",
        "How many more new questions today? Today only: the daily limit in Preferences"
        " stays as it is.",
        "10",
    )
    if typed is None:
        return 0
    try:
        count = int(typed.strip())
    except ValueError:
        count = 0
    if not 1 <= count <= MOST:
        say(f"“{typed.strip()}” is no number of questions: 1 to {MOST}.", 6000)
        return 0
    from studyapp.core.format import plural

    total = allow(count)
    say(f"{plural(total, 'more new question')} per deck today (today only).", 6000)
    return count
