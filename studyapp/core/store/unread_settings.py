"""Preferences whose stored value cannot be read: not JSON, a number no JSON holds, or
a value of another kind than the preference's (text where a number belongs, a list
of words for the FSRS parameters), written by a hand edit or another tool. Each read
as its default, as it should, but with no word: the person's 50 reviews a day became
200, their fitted FSRS parameters the defaults, and nothing said why. The full check
(core.store.daily_check) names them, by what the Preferences dialog calls them, and
takes the unreadable values out (the copy of the file it keeps has them), so they are
said once and the person can set them again.
"""

from __future__ import annotations

import sqlite3

from studyapp.core.settings_schema import SETTINGS, Setting
from studyapp.core.store.kv import decode_setting
from studyapp.core.store.sqlio import immediate


def unread_settings(conn: sqlite3.Connection) -> list[Setting]:
    """The preferences whose stored value reads as nothing they can be (in the order
    the Preferences dialog lists them)."""
    stored = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    unread = []
    for spec in SETTINGS:
        if spec.key not in stored:
            continue
        try:
            spec.coerce(decode_setting(stored[spec.key]))
        except ValueError:
            unread.append(spec)
    return unread


def forget_unread(conn: sqlite3.Connection, unread: list[Setting]) -> None:
    """Take the unreadable values out: each reads as its default, as before."""
    with immediate(conn):
        conn.executemany("DELETE FROM settings WHERE key = ?", [(s.key,) for s in unread])
