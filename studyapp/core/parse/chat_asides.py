"""A chat's social aside: a message beside the interview, not part of it ("thanks!!
lunch? :pizza:", "coffee later? ☕", "you around tomorrow? 😄"). Chat apps write emoji
as shortcodes (Slack's and Discord's ":pizza:") or as the emoji itself; a message that
carries one and asks in three words or fewer, none of them
a question's opening ("What", "How", "Explain", "Is" …), asks nothing an interview
asks. It was read as a question ("Lunch?"), its reply ("sure! :+1:") as the answer,
and on the answering side it ended the answer before it. "What is a mutex? :thinking:"
and "Big-O of heap insert? 🤔" ask as an interview does and stay.
"""

from __future__ import annotations

import re

from studyapp.core.parse.titles import INTERROGATIVE_RE, is_emoji_or_symbol

__all__ = ["social_aside"]

_SHORTCODE_RE = re.compile(r":[a-z0-9_+-]+:", re.I)
_ASKED_RE = re.compile(r"[^.!?]*\?+")
_WORD_RE = re.compile(r"[^\W_][\w'’-]*")
_MOST_WORDS = 3


def social_aside(message: str) -> bool:
    """Whether a chat message is a social aside (see the module)."""
    plain = _SHORTCODE_RE.sub(" ", message)
    if plain == message and not any(is_emoji_or_symbol(c) for c in message):
        return False
    plain = "".join(" " if is_emoji_or_symbol(c) else c for c in plain)
    asked = [s.strip() for s in _ASKED_RE.findall(plain)]
    if not asked or any(INTERROGATIVE_RE.match(s) for s in asked):
        return False
    return sum(len(_WORD_RE.findall(s)) for s in asked) <= _MOST_WORDS
