"""Anki's Custom Study "increase today's new card limit", from the end of today's plan:
N more new questions today only (core.daily_plan.add_new_today). The daily limit in
Preferences stays as it is; tomorrow's plan is the usual one."""

from __future__ import annotations

from collections.abc import Callable

from studyapp.ui.context import AppContext

MOST = 9999  # as the Preferences' new questions per day


def ask_more_new_today(ctx: AppContext, say: Callable[[str, int], None]) -> int:
    """Ask how many more new questions today, and allow them: how many (0: none,
    cancelled or not a number, said)."""
    typed = ctx.messages.ask_text(
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
    from studyapp.core.daily_plan import add_new_today, study_day
    from studyapp.core.format import plural

    total = add_new_today(ctx.store, study_day(ctx.clock), count)
    say(f"{plural(total, 'more new question')} per deck today (today only).", 6000)
    return count
