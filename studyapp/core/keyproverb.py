"""A denied "do it" in a typed answer says no to the action told before it. No Qt here.

People say a rule after they tell the action: "Rebasing re-applies my commits onto the
other branch. Don't do it to a shared branch." The "do it" ("do that", "do this", "do
so", "doing it") stands for the action of the sentence before, and a negation before
it denies that action: a point that keeps its negation ("never rebase commits") is
said there. The typed answer is heard with the action of the first clause of the
sentence before, its subject left out, in place of such a denied "do it" ("Some apps
store passwords in plain text. Don't [store passwords in plain text]"; "Don't
[rebasing re-applies my commits onto the other branch] to a shared branch": a gerund
is the action); a "do it" no negation denies is left as typed (it says no rule either
way).
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import word_set, words
from studyapp.core.keyphrases import sentences

# A negation, at most two words, then the pro-verb: "don't do it", "never do that",
# "do not ever do this", "avoid doing it", "should not do so".
_DENIED_DOING = re.compile(
    r"\b(?P<denial>(?:not|never|don['’]t|doesn['’]t|shouldn['’]t|mustn['’]t|can['’]t|won['’]t"
    r"|avoid)(?:\s+[\w'’]+){0,2}?)\s+(?:do|doing)\s+(?:it|that|this|so)\b",
    re.I,
)
# Where the action told before ends: its first clause.
_CLAUSE_END = re.compile(r"[,;:]\s|\s[-–—]\s|\s(?:so|but|which|because|while)\s", re.I)
# Words between a subject and its verb, and subjects of one word: the action follows.
_BEFORE_ACTION = word_set(
    "often always usually sometimes also just still then accidentally really "
    "can could should will would may might must do does did"
)
_PERSONS = word_set("i you we they he she someone people")


def _action(clause: str) -> str:
    """What a clause tells is done, without its subject: "store passwords in plain
    text" of "Some apps store passwords in plain text"; a clause a gerund opens is its
    action whole ("Rebasing re-applies my commits …"); as told where no verb is known."""
    from studyapp.core.keyclauses import verb  # (it imports keyphrases)

    pieces = clause.split()
    found = [" ".join(words(p)) for p in pieces]
    if not found or found[0].endswith("ing"):
        return clause
    for k, word in enumerate(found[1:], start=1):
        if word in _BEFORE_ACTION:
            continue
        if verb(word) or found[k - 1] in _BEFORE_ACTION or (k == 1 and found[0] in _PERSONS):
            return " ".join(pieces[k:])
    return clause


def resolved(typed: str) -> str:
    """The typed answer with each denied "do it" told as the action it stands for (see
    the module's docstring); as typed where there is none."""
    if not _DENIED_DOING.search(typed):
        return typed
    told = sentences(typed)
    heard = []
    for k, sentence in enumerate(told):
        before = _CLAUSE_END.split(told[k - 1], maxsplit=1)[0].strip(" .!?") if k else ""
        if before:
            action = _action(before)
            sentence = _DENIED_DOING.sub(lambda m, a=action: f"{m['denial']} {a}", sentence)
        heard.append(sentence)
    return " ".join(heard)
