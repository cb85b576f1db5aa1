"""What a list item says of a name the question asks about, as that name's point. No Qt.

Asked "Debounce vs throttle", an answer that lists

    - **Debounce**: run the function only after calls have stopped for N ms (search box input).
    - **Throttle**: run at most once every N ms (scroll handler).

names only what is asked: each item's point is its name with what the item says of it
(`keyterms`), "Debounce: run the function only after calls have stopped for N ms". Its
first clause is said whole while it can be (up to `keyglossary.WHOLE_WORDS` words), not
cut before the words that make it ("only after …"), nor dropped where no shorter cut
says it ("run at most once every N ms"); an aside in brackets ("(search box input)",
"(scroll handler)") illustrates it and is no part of it. A shorter cut that is no opening
of that clause stays ("is the process wedged? fail -> kubelet restarts container": what
follows the question is what the item says), and so does one where the rest of the clause
names what is asked again ("Lock: puts a waiting thread to sleep", not "… until the lock
is free"): a typed answer says those words where it speaks of the other side.
"""

from __future__ import annotations

import re

from studyapp.core import keyphrases
from studyapp.core.keyglossary import WHOLE_WORDS, gloss_of
from studyapp.core.keymatch import STOPWORDS, stem, words

# An aside in brackets that closes a clause ("… for N ms (search box input)."); not a
# call or a complexity written against its name ("O(n)", "f(x)"), nor another name of
# what the clause before it says ("last in, first out (LIFO): the newest …").
_ASIDE = re.compile(r"\s+\([^()]*\)(?=[.,;!?]|\s*$)")


def without_asides(text: str) -> str:
    """A gloss without its asides in brackets; itself where they are all it says."""
    rest = _ASIDE.sub("", text)
    return rest if words(rest) else text


def meaning(gloss: str, name: str, question: str = "") -> str:
    """What a list item says of its name (`gloss`, the text after its lead `name`) as a
    point says it, no aside in brackets in it: its first clause whole, its plain opening
    words left out (`keyphrases.gloss`), where the cut `keyglossary.gloss_of` makes is an
    opening of it or nothing, and the words past that cut name nothing `question` asks
    about ("… to sleep | until the lock is free" under "a lock and a spin lock?": a
    typed answer says that where it speaks of the other side); else that cut; "" where
    it says nothing."""
    text = without_asides(gloss.strip())
    cut = gloss_of(text, name)
    whole = keyphrases.gloss(text, WHOLE_WORDS)
    if not whole or (cut and not whole.startswith(cut)):
        return cut
    # (its first clause: "rows of both", not "…, NULLs where either side is missing")
    whole = whole[: len(cut)] + re.split(r"[,;]\s", whole[len(cut) :], maxsplit=1)[0]
    asked = {stem(w) for w in words(question) if w not in STOPWORDS}
    past = {stem(w) for w in words(whole[len(cut) :])}
    return cut if cut and past & asked else whole
