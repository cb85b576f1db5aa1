"""Settings and the rendered-HTML cache: small keyed values."""

from __future__ import annotations

import json
from typing import Any

from studyapp.core.store.base import StoreBase, _op


class KeyValuePart(StoreBase):
    # --- rendered HTML cache -----------------------------------------------------

    @_op
    def cached_html(self, qid: str, theme: str, md_hash: str) -> str | None:
        """The HTML rendered for this question and theme, if it came from this Markdown."""
        row = self._conn.execute(
            "SELECT html FROM rendered_cache WHERE question_id = ? AND theme = ? AND md_hash = ?",
            (qid, theme, md_hash),
        ).fetchone()
        return None if row is None else row["html"]

    @_op
    def store_html(self, qid: str, theme: str, md_hash: str, html: str) -> None:
        with self.transaction():
            before = self._conn.total_changes
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
        """A setting's value (any JSON value), or `default` when it was never set."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row["value"])

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
