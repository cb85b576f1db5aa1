"""Settings and the rendered-HTML cache: small keyed values.

A setting is stored as JSON. One that does not read back as JSON (a hand-edited or
damaged row, text stored as bytes, a number JSON cannot hold: NaN, Infinity, 1e999)
reads as never set, so its reader's default applies, and is logged once per key:
every caller already copes with a setting that is absent, none with a parse error.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable
from typing import Any

from studyapp.core import json_text
from studyapp.core.store.base import StoreBase, _op
from studyapp.core.store.errors import StoreBusy
from studyapp.core.store.replaced import StoreReplaced

log = logging.getLogger("studyapp.store")
_UNREAD = object()  # a setting that is not there to read (get_settings)


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e999
        raise ValueError(f"number out of range: {text}")
    return number


def _no_constant(name: str) -> Any:
    raise ValueError(f"not a JSON number: {name}")  # NaN, Infinity, -Infinity


def decode_setting(raw: Any) -> Any:
    """The value of a settings row; ValueError where it is not strict JSON."""
    if isinstance(raw, bytes | bytearray):
        raw = bytes(raw).decode("utf-8", "replace")
    if not isinstance(raw, str):  # a number or NULL where the app writes JSON text
        raise ValueError(f"not JSON text: {raw!r}")
    return json_text.loads(raw, parse_float=_finite, parse_constant=_no_constant)


class KeyValuePart(StoreBase):
    # --- rendered HTML cache -----------------------------------------------------

    @_op
    def cached_html(self, qid: str, theme: str, md_hash: str) -> str | None:
        """The HTML rendered for this question and theme, if it came from this Markdown."""
        row = self._conn.execute(
            "SELECT html FROM rendered_cache WHERE question_id = ? AND theme = ? AND md_hash = ?",
            (qid, theme, md_hash),
        ).fetchone()
        html = None if row is None else row["html"]
        return html if isinstance(html, str) else None  # bytes (damage): render it again

    @_op
    def store_html(self, qid: str, theme: str, md_hash: str, html: str) -> None:
        with self.transaction():
            self._put_html(qid, theme, md_hash, html)

    @_op
    def keep_rendered(self, rows: Iterable[tuple[str, str, str, str]]) -> bool:
        """Keep rendered answers (question id, theme, Markdown hash, HTML) in one
        commit, without waiting for a lock another connection holds (an import's
        transaction): the caller is the UI's idle time, which must not freeze for a
        cache. False, with nothing written, when the store was busy. An answer whose
        question is gone meanwhile (a deck removed) is left out."""
        rows = list(rows)
        if not rows:
            return True
        if self._depth:  # inside this connection's own transaction: the lock is ours
            for row in rows:
                self._put_html(*row, only_if_there=True)
            return True
        (wait,) = self._conn.execute("PRAGMA busy_timeout").fetchone()
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            with self.transaction():
                for row in rows:
                    self._put_html(*row, only_if_there=True)
        except (StoreBusy, StoreReplaced):  # a cache: the next write says why
            return False
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(wait):d}")
        return True

    def _put_html(
        self, qid: str, theme: str, md_hash: str, html: str, *, only_if_there: bool = False
    ) -> None:
        before = self._conn.total_changes
        if only_if_there:  # (the SELECT needs its WHERE for SQLite to parse the upsert)
            self._conn.execute(
                "INSERT INTO rendered_cache (question_id, theme, md_hash, html)"
                " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM questions WHERE id = ?)"
                " ON CONFLICT (question_id, theme)"
                " DO UPDATE SET md_hash = excluded.md_hash, html = excluded.html",
                (qid, theme, md_hash, html, qid),
            )
        else:
            self._conn.execute(
                "INSERT INTO rendered_cache (question_id, theme, md_hash, html)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (question_id, theme)"
                " DO UPDATE SET md_hash = excluded.md_hash, html = excluded.html",
                (qid, theme, md_hash, html),
            )
        self._cache_changes += self._conn.total_changes - before

    # --- settings --------------------------------------------------------------

    @_op
    def get_setting(self, key: str, default: Any = None) -> Any:
        """A setting's value (any JSON value), or `default` when it was never set or
        its stored value is unreadable (see the module docstring)."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else self._decoded(key, row["value"], default)

    @_op
    def get_settings(self, keys: Iterable[str]) -> dict[str, Any]:
        """Several settings in one query (each its own took a query: eleven after every
        grade): key → value of each of `keys` that is set and readable, as `get_setting`
        reads it; one never set or unreadable is left out."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        rows = self._conn.execute(
            f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(wanted))})",
            wanted,
        ).fetchall()
        found = {}
        for row in rows:
            key = row["key"]
            value = self._decoded(key, row["value"], _UNREAD)
            if value is not _UNREAD:
                found[key] = value
        return found

    def _decoded(self, key: str, raw: Any, default: Any) -> Any:
        try:
            return decode_setting(raw)
        except ValueError as exc:  # json.JSONDecodeError is one
            if key not in self._unreadable_settings:
                self._unreadable_settings.add(key)
                log.warning("setting %s is unreadable, using its default: %s", key, exc)
            return default

    @_op
    def set_setting(self, key: str, value: Any) -> None:
        encoded = json.dumps(value)
        with self.transaction():
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, encoded),
            )
            self._log.settings.add(key)
