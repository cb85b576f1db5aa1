"""Questions buried until the next study day (Anki's Bury): left out of the study
queues and the due and new counts until their moment, then back by themselves.

A bury is a row of its own (`buried`: question id → the moment, epoch ms UTC), not a
column of the question: a re-import rewrites the questions' rows and keeps their ids,
so a bury outlives it, and a question deleted takes its row with it. A row whose
moment has passed is simply not read; the next bury or unbury of that question
replaces or removes it. Each write says which questions it changed (`Changes.buried`).
"""

from __future__ import annotations

from collections.abc import Iterable

from studyapp.core.store.base import StoreBase, _op
from studyapp.core.store.values import readable_time


class BuriedPart(StoreBase):
    @_op
    def bury(self, qids: Iterable[str], until_ms: int) -> frozenset[str]:
        """Bury questions until `until_ms` (the next study day's start, UTC ms).
        Returns the ids buried (questions not in the store are left out)."""
        changed: set[str] = set()
        with self.transaction():
            for qid in dict.fromkeys(qids):
                cursor = self._conn.execute(
                    "INSERT INTO buried (question_id, until_ms)"
                    " SELECT id, ? FROM questions WHERE id = ?"
                    " ON CONFLICT (question_id) DO UPDATE SET until_ms = excluded.until_ms",
                    (int(until_ms), qid),
                )
                if cursor.rowcount:
                    changed.add(qid)
            self._log.buried |= changed
        return frozenset(changed)

    @_op
    def unbury(self, qids: Iterable[str]) -> frozenset[str]:
        """Take questions out of the buried ones now (an undo, or Bury again while
        browsing); returns those that had a row."""
        changed: set[str] = set()
        with self.transaction():
            for qid in dict.fromkeys(qids):
                cursor = self._conn.execute("DELETE FROM buried WHERE question_id = ?", (qid,))
                if cursor.rowcount:
                    changed.add(qid)
            self._log.buried |= changed
        return frozenset(changed)

    @_op
    def buried_until(self, now_ms: int, qids: Iterable[str] | None = None) -> dict[str, int]:
        """Question id → the moment (epoch ms) it comes back, for the questions still
        buried at `now_ms` (of `qids`, or all) and not removed from the notes."""
        rows = self._conn.plain_rows(
            # CROSS JOIN: the few buried rows drive the look-up. With a plain JOIN the
            # planner walked every live question (10,000 rows at start-up, a third
            # of a frame) to find none buried.
            "SELECT b.question_id, b.until_ms FROM buried b"
            " CROSS JOIN questions q ON q.id = b.question_id"
            # A moment no clock can be (text, a year past 9999: another tool's write,
            # damage) is read as no bury, as every stored time is (core.store.values).
            f" WHERE {readable_time('b.until_ms')} AND b.until_ms > ? AND q.removed_at IS NULL",
            (int(now_ms),),
        )
        found = {qid: int(until) for qid, until in rows}
        if qids is None:
            return found
        return {qid: found[qid] for qid in dict.fromkeys(qids) if qid in found}
