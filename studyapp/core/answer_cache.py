"""Rendered answers, cached in memory and in the store's rendered_cache. No Qt here.

Looking up an answer is: memory (a dict), else the store's rendered_cache keyed by
`markdown_hash` (one indexed SELECT), else render it (Markdown → sanitized HTML)
and queue it for the store. Writes are batched into one transaction by
`flush()`, which the window runs when idle, so showing a question never waits
for a commit's fsync.

A rendering draws the formulas it has time for (core.texmath.ANSWER_BUDGET); an
answer with more is shown with the rest as TeX and finished by `finish_step` in idle
time, a few formulas a step; only then is it kept in the store.

What of the store it reads: the HTML kept (cached_html), a deck's line-break
setting, and its writes (keep_rendered). The question pane holds it as a
`ui.question_pane.PaneCache`, given by its source; the pass rendering answers ahead
asks the source which are kept (`StorePaneSource.kept_answers`), not this cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from studyapp.core.model import Question
from studyapp.core.render import (
    draw_later,
    formulas_left,
    line_breaks_for,
    markdown_hash,
    note_folder,
    render_markdown,
)
from studyapp.core.store import Store

MEMORY_ENTRIES = 4000  # about 4 KB each: a few tens of MB at most
BODIES_KEPT = 256  # rendered question bodies (a quiz's code and options), in memory only
# Renderings of an unfinished answer before it is kept as it is: with more formulas
# than texmath's memory holds, drawing them ahead would never end.
FINISH_ROUNDS = 3


class AnswerCache:
    def __init__(
        self,
        store: Store,
        base_dir: Callable[[int], Path | None],
        *,
        capacity: int = MEMORY_ENTRIES,
    ) -> None:
        self._store = store
        self._base_dir = base_dir  # deck id → the notes file's folder
        self._capacity = capacity
        self._memory: OrderedDict[tuple[str, str], tuple[str, str]] = OrderedDict()
        self._pending: dict[tuple[str, str], tuple[str, str]] = {}
        self._line_breaks: dict[int, str] = {}  # deck id → its convention (from the settings)
        self.renders = 0  # how many answers were rendered (not found in a cache)
        self._bodies: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        # (question id, theme) → (markdown hash, its question, renderings so far) of
        # answers shown with formulas left to draw (finish_step)
        self._unfinished: dict[tuple[str, str], tuple[str, Question, int]] = {}

    def line_breaks(self, deck_id: int) -> str:
        """How a single newline reads in a deck's answers: the user's setting, else the
        deck's own from its import (core.render.line_breaks_for); read once per deck
        until clear_memory."""
        convention = self._line_breaks.get(deck_id)
        if convention is None:
            convention = self._line_breaks[deck_id] = line_breaks_for(
                self._store.get_setting, deck_id
            )
        return convention

    def _folders(self, question: Question) -> tuple[Path | None, Path | None]:
        """(the folder its images resolve from, the deck's folder they lie in)."""
        root = self._base_dir(question.deck_id)
        return note_folder(root, question.source_file), root

    def key(self, question: Question) -> str:
        base, root = self._folders(question)
        return markdown_hash(
            question.answer_markdown,
            base_dir=base,
            image_root=root,
            line_breaks=self.line_breaks(question.deck_id),
        )

    def peek(self, question: Question, theme: str) -> str | None:
        """The HTML if it is in memory (no store access, no rendering)."""
        entry = self._memory.get((question.id, theme))
        if entry is not None and entry[0] == self.key(question):
            return entry[1]
        return None

    def html(self, question: Question, theme: str) -> str:
        """The answer's sanitized HTML for a theme ("light" | "dark")."""
        slot = (question.id, theme)
        md_hash = self.key(question)
        entry = self._memory.get(slot)
        if entry is not None and entry[0] == md_hash:
            self._memory.move_to_end(slot)
            return entry[1]
        html = self._store.cached_html(question.id, theme, md_hash)
        if html is None:
            pending = self._pending.get(slot)
            if pending is not None and pending[0] == md_hash:
                html = pending[1]
            else:
                html = self._render(question, theme)
                self._keep(slot, md_hash, html, question)
        self._remember(slot, md_hash, html)
        return html

    def _keep(self, slot: tuple[str, str], md_hash: str, html: str, question: Question) -> None:
        """A fresh rendering: to the store, or, with formulas left, to finish first."""
        if formulas_left(html):
            rounds = self._unfinished.get(slot, ("", question, 0))[2]
            if rounds < FINISH_ROUNDS:
                self._unfinished[slot] = (md_hash, question, rounds + 1)
                return
        self._unfinished.pop(slot, None)
        self._pending[slot] = (md_hash, html)

    def finish_step(self, theme: str) -> str | None:
        """Draw a few more formulas of an answer shown (or rendered ahead) with some
        left as TeX; once all are drawn, render it again, complete, for the memory
        and the store. The question's id when it is complete now, "" when a step was
        taken, None with nothing to finish in `theme`."""
        for slot, (md_hash, question, _rounds) in list(self._unfinished.items()):
            if slot[1] != theme:
                continue
            entry = self._memory.get(slot)
            if self.key(question) != md_hash or entry is None or entry[0] != md_hash:
                del self._unfinished[slot]  # edited, or no longer held: shown anew later
                continue
            if not draw_later(entry[1], theme):
                return ""
            html = self._render(question, theme)  # its formulas drawn: markdown alone
            self._keep(slot, md_hash, html, question)
            self._remember(slot, md_hash, html)
            return "" if slot in self._unfinished else question.id
        return None

    def body_html(self, question: Question, theme: str) -> str:
        """The HTML of the question's body (core.question_body: what its card shows
        before the answer), "" where it has none. Rendered when first shown: only
        quiz-like answers have a body, and it is short (code, options)."""
        from studyapp.core.question_body import split_body  # (its pattern: not at start)

        body = split_body(question.answer_markdown).body
        if not body:
            return ""
        slot = (question.id, theme, self.key(question))
        html = self._bodies.get(slot)
        if html is None:
            base, root = self._folders(question)
            html = render_markdown(
                body,
                base_dir=base,
                image_root=root,
                theme=theme,
                line_breaks=self.line_breaks(question.deck_id),
            )
            self._bodies[slot] = html
            while len(self._bodies) > BODIES_KEPT:
                self._bodies.popitem(last=False)
        return html

    def render_ahead(self, question: Question, theme: str) -> None:
        """Render an answer no one has opened yet, for the store only: it joins the
        writes of the next `flush`, not the memory kept for what was shown."""
        slot = (question.id, theme)
        md_hash = self.key(question)
        pending = self._pending.get(slot)
        if pending is not None and pending[0] == md_hash:
            return
        html = self._render(question, theme)
        self._keep(slot, md_hash, html, question)
        if slot in self._unfinished:  # held, so that finish_step can draw the rest
            self._remember(slot, md_hash, html)

    def _render(self, question: Question, theme: str) -> str:
        self.renders += 1
        base, root = self._folders(question)
        return render_markdown(
            question.answer_markdown,
            base_dir=base,
            image_root=root,
            theme=theme,
            line_breaks=self.line_breaks(question.deck_id),
        )

    def _remember(self, slot: tuple[str, str], md_hash: str, html: str) -> None:
        self._memory[slot] = (md_hash, html)
        self._memory.move_to_end(slot)
        while len(self._memory) > self._capacity:
            self._memory.popitem(last=False)

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def unfinished(self) -> int:
        return len(self._unfinished)

    def flush(self) -> bool:
        """Write the answers rendered since the last flush to the store, in one commit.
        Never waits for a lock another connection holds (an import): False then, and
        the answers wait for the next flush."""
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        rows = [(qid, theme, md_hash, html) for (qid, theme), (md_hash, html) in pending.items()]
        if self._store.keep_rendered(rows):
            return True
        self._pending = pending | self._pending
        return False

    def clear_memory(self) -> None:
        """Forget the answers and conventions held in memory (after an import, or a
        change of the line-break setting)."""
        self._memory.clear()
        self._line_breaks.clear()
        self._unfinished.clear()
