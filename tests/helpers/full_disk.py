"""A store connection on a disk that fills up part-way through a person's action."""

from __future__ import annotations

import sqlite3


class WritesFailAfterDeletes:
    """The store's connection on a disk that fills up just after a row is deleted:
    every later insert fails as a full disk does (SQLite's own message)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.deleted = False

    def execute(self, sql: str, *args):
        if self.deleted and sql.lstrip().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        self.deleted = self.deleted or sql.lstrip().startswith("DELETE")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)
