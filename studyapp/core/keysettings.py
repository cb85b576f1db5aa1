"""Settings written with their value as one token: a configuration key, not an equation.
No Qt here.

"consumers with isolation.level=\"read_committed\"", "producers with acks=all",
"spark.sql.adaptive.enabled=true": the "=" gives a setting its value, and the setting is
often the most specific thing an answer says, so it stays in its clause (`keyequations`
drops the equations of symbols, "y = γ x̂ + β", and names formulas, "Precision = …").
A setting's key is an identifier: a word of three letters or more joined to another by
a dot or an underscore ("isolation.level", "max_depth"), or any key whose value is a
word ("acks=all"); its value one identifier, quoted or not. "p=1/2", "n=10" and
"x=y+1" are notation, not settings.
"""

from __future__ import annotations

import re

_SETTING = re.compile(
    r"""[(\[]*(?P<key>[A-Za-z][\w.-]*\w)=(?P<quote>["'`]?)(?P<value>[\w.-]*\w)(?P=quote)"""
    r"""[)\].,;:!?]*"""
)
_MARKED_KEY = re.compile(r"[A-Za-z]{3,}[._]\w")  # "isolation.level", "max_depth"
_WORD_VALUE = re.compile(r"[A-Za-z]{3,}|[A-Za-z]_|_[A-Za-z]")  # "all", "read_committed"


def setting(token: str) -> bool:
    """Whether a token (no spaces) is a setting with its value ("acks=all",
    'isolation.level="read_committed"')."""
    match = _SETTING.fullmatch(token)
    if not match:
        return False
    key, value = match["key"], match["value"]
    return bool(_MARKED_KEY.search(key)) or (len(key) >= 3 and bool(_WORD_VALUE.search(value)))


def without_settings(text: str) -> str:
    """A text without the settings it writes: what is left for its equations."""
    return " ".join(token for token in text.split() if not setting(token))


def settings(text: str) -> dict[str, str]:
    """The settings a text writes, each key with its value, in small letters."""
    found: dict[str, str] = {}
    for token in text.split():
        if setting(token):
            match = _SETTING.fullmatch(token)
            assert match is not None
            found[match["key"].casefold()] = match["value"].casefold()
    return found


def value_contradicted(point: str, typed: str) -> bool:
    """Whether a typed answer gives a setting of the point another value, and never the
    point's own ("acks=1" for "… with acks=all"; "set isolation.level to
    read_uncommitted" for 'isolation.level="read_committed"'): the value is what the
    point says of the setting, and the words around it ("wait for every in-sync
    replica") do not say it. A typed answer that names no value of the setting is
    judged by its words as before."""
    for key, value in settings(point).items():
        given = {
            m["value"].casefold()
            for m in re.finditer(
                rf"""(?<![\w.]){re.escape(key)}\s*(?:=|:|\bto\b|\bas\b|\bis\b)\s*["'`]?"""
                r"""(?P<value>[\w.-]*\w)""",
                typed,
                re.IGNORECASE,
            )
        }
        if given and value not in given:
            return True
    return False
