"""A negation written short ("don't", "can't", "isn't") reads as written out. No Qt here.

A person types "don't see", "can't be changed", "isn't stable"; notes write "do not
see", "cannot be changed", "is not stable", and either may write either. The matcher
weighs a point's words, so "don't" (read as "don" and "t") shared none of "do not" and a
near-verbatim "Isolation: concurrent transactions don't see each other's partial work"
missed "… do not see …". Both the points and the typed answer are read with every
"n't" written out ("do not", "cannot", "will not", "shall not"), straight or curly
apostrophe alike, so a negation says the same however it is spelt.
"""

from __future__ import annotations

import re

# The verbs whose "n't" is written out by the verb and "not"; "can't", "won't" and
# "shan't" change their stem ("cannot", "will not", "shall not").
_IRREGULAR = {"can": "cannot", "won": "will not", "shan": "shall not", "ain": "is not"}
_CONTRACTED = re.compile(
    r"\b(?:(?P<verb>is|are|was|were|do|does|did|has|have|had|could|would|should|must"
    r"|need|might|dare|ought)n|(?P<irregular>can|won|shan|ain))['’]t\b",
    re.IGNORECASE,
)


def _written_out(found: re.Match) -> str:
    if found["verb"]:
        return f"{found['verb']} not"
    verb = found["irregular"]
    out = _IRREGULAR[verb.casefold()]
    return out.upper() if verb.isupper() else out.capitalize() if verb[:1].isupper() else out


def expanded(text: str) -> str:
    """`text` with every "n't" written out: "don't see" → "do not see", "Can't" →
    "Cannot", "won’t" → "will not"."""
    if "'" not in text and "’" not in text:
        return text
    return _CONTRACTED.sub(_written_out, text)
