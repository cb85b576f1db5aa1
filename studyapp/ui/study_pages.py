"""The words of a study session's own pages, beside the question: waiting for a
learning step, and done (a chosen set gone through, today's plan done within the
daily limits, or all caught up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyapp.core.format import plural
from studyapp.core.html_escape import escape_html

if TYPE_CHECKING:
    from studyapp.core.progress import DueCounts


def learning_words(n: int) -> str:
    """What happens to the questions in a learning step while the session waits: they
    come back at the time the page gives above (it said "when its step is due" under a
    time the learn-ahead limit brings forward)."""
    if n == 1:
        return (
            "The question you are still learning comes back by itself when its time "
            "comes. Or end the session, and it waits for the next one."
        )
    return (
        f"The {n} questions you are still learning come back by themselves, each when "
        "its time comes. Or end the session, and they wait for the next one."
    )


def done_words(
    name: str, held: DueCounts | None, *, chosen: bool, limited: bool, aside: bool = False
) -> str:
    """The done page's text for the session over `name`: `chosen` questions gone
    through, or (`limited`) the daily limits holding `held` back for tomorrow, or
    nothing left due nor new (`aside`: apart from those set aside, said below)."""
    if chosen:
        return (
            f"<p style='font-size:x-large'>🎉 Done: you went through "
            f"<b>{escape_html(name)}</b>.</p><p>Each grade is saved and scheduled. The "
            "weak topics show what is still weak now.</p>"
        )
    if limited:
        assert held is not None
        waiting = " and ".join(
            words
            for count, words in (
                (held.new, plural(held.new, "new question")),
                (held.review, plural(held.review, "review")),
            )
            if count
        )
        return (
            f"<p style='font-size:x-large'>🎉 Today's plan is done in "
            f"<b>{escape_html(name)}</b>.</p><p>The daily limits per deck keep "
            f"{waiting} here for tomorrow. To take more today, raise the limits in "
            "Preferences (Ctrl+,)"
            + (", or take a few more new ones today only (More new today…)" if held.new else "")
            + ".</p>"
        )
    return (
        f"<p style='font-size:x-large'>🎉 All caught up in <b>{escape_html(name)}</b>."
        f"</p><p>No {'other ' if aside else ''}question here is due and none is new."
        " Come back later for the "
        "next reviews, study another topic, or import more notes.</p>"
    )
