"""The grading panel's words while browsing (`BrowseController.update_panel`): the
question's state and when it is next reviewed, and, when nothing in the selection is
due nor new, the learning steps coming back soon, which Study takes (the button said
"daily limits reached" or "nothing due here" while a step was due in a minute)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from studyapp.core.format import plural
from studyapp.core.progress import LEARNING_HORIZON, buried_till, card_state
from studyapp.core.scheduler import due_words, span_words
from studyapp.core.settings_schema import LEARN_AHEAD
from studyapp.core.settings_schema import read as read_setting
from studyapp.ui.theme import state_label
from studyapp.ui.topic_tree import DECK, TOPIC

COMING = " coming back "  # what both say, "1 coming back at 09:01" and
# "2 coming back from 09:01" (several, the first at 09:01: "at" said all were due then)


if TYPE_CHECKING:
    from studyapp.core.progress import ProgressIndex
    from studyapp.ui.context import AppContext
    from studyapp.ui.topic_tree import Node, TopicTreeModel


def question_words(ctx: AppContext, model: TopicTreeModel, qid: str) -> str:
    """ "<b>State</b><br>next review in 6 days" for the question on screen."""
    now = ctx.clock.now()
    # Before the tree's figures are in, the card's (as the header reads it): not "New".
    state = model.known_state(qid) or card_state(ctx.store, qid, now, ctx.scheduler)
    if state != "suspended" and buried_till(ctx.store, qid, now):
        state = "buried"  # (the row says so once the tree has caught up)
    card = ctx.store.card_json(qid)
    words = f"<b>{state_label(state, ctx.scheduler.phase(card))}</b><br>"
    if state == "suspended":
        return words + "not studied until Ctrl+J takes it back"
    if state == "buried":
        return words + "until tomorrow (Bury again takes it back)"
    # the header's own words for it ("due in 52 days", "learning step due 3 minutes
    # ago"): the panel said "due now" of a step the header said was due minutes ago
    return words + (due_words(ctx.scheduler, card, now) or "never studied")


def _coming_back(
    ctx: AppContext, index: ProgressIndex | None, scope: Node | None
) -> tuple[int, datetime | None, timedelta]:
    """The learning steps of `scope` (None: every deck) not due yet but due within the
    span a session waits for them: how many, when the first is, and the learn-ahead
    limit. The store is read only when a step may be that close: the index's next
    change is."""
    now = ctx.clock.now()
    moment = index.next_change() if index is not None else None
    if moment is None or moment > now + LEARNING_HORIZON:
        return 0, None, timedelta(0)
    from studyapp.core.study import coming_back  # (not at start: loaded with a step this

    # close, or the first session)
    learn_ahead = timedelta(minutes=read_setting(ctx.store, LEARN_AHEAD))
    count, first = coming_back(
        ctx.store,
        ctx.scheduler,
        now,
        deck_id=scope.key if scope is not None and scope.kind == DECK else None,
        topic_id=scope.key if scope is not None and scope.kind == TOPIC else None,
        within=LEARNING_HORIZON,
    )
    return count, first, learn_ahead


def due_count_words(due: int, today: int, learning: int) -> str:
    """ "12 due", "12 due (3 learning)", "12 due (8 today)": the due questions, those in
    a learning step among them, what today's limits let through: the status bar's
    and an overview's words (learning steps are never held back)."""
    held = f"{today} today" if today < due else ""
    parts = ", ".join(p for p in (f"{learning} learning" if learning else "", held) if p)
    return f"{due} due" + (f" ({parts})" if parts else "")


def coming_back_words(
    ctx: AppContext, index: ProgressIndex | None, scope: Node | None
) -> tuple[str, str] | None:
    """(the Study button's words, its tip) when learning steps of `scope` (None: every
    deck) fall due soon, within the span a session waits for them; None with none.
    The moment is a time of day, right however long the button stays on screen (those
    within the learn-ahead limit are due already: the tree's figures count them,
    core.progress.ProgressIndex)."""
    now = ctx.clock.now()
    count, first, learn_ahead = _coming_back(ctx, index, scope)
    if first is None:
        return None
    at = f"{first.astimezone(ctx.clock.timezone()):%H:%M}"
    them = "it" if count == 1 else "the first"
    what = (
        "A question you are still learning comes back"
        if count == 1
        else f"{count} questions you are still learning come back; the first"
    )
    if first - learn_ahead <= now:
        then = (
            f"Study shows {them} now: it is within the learn-ahead limit "
            f"({plural(round(learn_ahead.total_seconds() / 60), 'minute')}, Preferences)."
        )
    else:
        then = f"Study waits for {them} (or end the session: it waits for the next one)."
    coming = f"{COMING}at " if count == 1 else f"{COMING}from "
    return f"{count}{coming}{at}", f"{what} at {at} (in {span_words(first - now)}). {then}"


def study_scope_words(scope: Node | None) -> str:
    """What Study takes from the selection's `scope` (a deck, a topic, or None: all),
    said while a search shows only part of it."""
    if scope is None:
        return "all topics"
    return "the whole deck" if scope.kind == DECK else "the whole topic"
