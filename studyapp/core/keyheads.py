"""A list of compound names said by their heads alone. No Qt here.

A point "Anti-CSRF tokens and SameSite cookies" names two things, each by a word that
tells it ("Anti-CSRF", "SameSite") and a head that says what kind of thing it is
("tokens", "cookies"). An answer that says "tokens make the cookie expire" says both
heads and neither name: any token, any cookie. A point that names things without a
verb, at least one of them a compound, is not said by the heads of its compounds
alone: a word that tells one of them ("SameSite cookies") must be said too, as a
compound's parts said apart make no compound (`keymatch`, `keykinds`).
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words
from studyapp.core.keynegkept import denies_action

_ITEMS = re.compile(r",\s*|\s+(?:and|or)\s+", re.I)


def _items(point: str, asked) -> list[list[str]]:
    """The names a point lists, each as its own words in a row (not the question's),
    small words ending one: [["anti", "tokens"], ["samesite", "cookies"]]; "delivery to
    the inbox" is two, [["delivery"], ["inbox"]]."""
    found: list[list[str]] = []
    for item in _ITEMS.split(point):
        run: list[str] = []
        for w in [*words(item), "the"]:
            if w in STOPWORDS:
                found += [run] if run else []
                run = []
            elif stem(w) not in asked:
                run.append(w)
    return found


def heads_only(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer says only heads of the compounds a verbless point
    lists, none of the words that tell them (see the module's docstring)."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)

    if text.language or ":" in point:
        return False
    if any(verb(w) or (w.endswith("ed") and len(w) > 3) for w in words(point)):
        return False  # a clause ("hashed and used as a dictionary key"), no names
    if denies_action(point):
        return False  # a rule ("never rebase commits"): what follows its "never" is a verb
    items = _items(point, asked)
    if not any(len(item) > 1 for item in items):
        return False
    heard = [[bool(text.positions(w)) for w in item] for item in items]
    telling = any(any(said[:-1]) for said in heard) or any(
        said[0] for item, said in zip(items, heard, strict=True) if len(item) == 1
    )
    return not telling and any(said[-1] for said in heard)


def items_missed(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer says half the things a verbless point lists or fewer
    (see the module's docstring)."""
    from studyapp.core.keyclauses import own_words, verb  # (it imports keymatch)

    if text.language or ":" in point or re.search(r"\bor\b", point, re.I):
        return False
    plain = " ".join(t for t in point.split() if "-" not in t)  # ("Write-ahead": no verb)
    if any(verb(w) or (w.endswith("ed") and len(w) > 3) for w in words(plain)):
        return False
    items = [own_words(item, frozenset(asked)) for item in _ITEMS.split(point)]
    items = [item for item in items if item]
    if len(items) < 2:
        return False
    said = sum(1 for item in items if any(text.positions(w) for w in item))
    return said <= len(items) // 2
