"""The small words of answers written in other languages than English. No Qt here.

Key points are cut from an answer's own words at its small words (articles,
prepositions, conjunctions, auxiliaries) and lists are read at their conjunction
("Atomicidad, Consistencia, Aislamiento y Durabilidad"). The English lists live with
the code that uses them (`keymatch`, `keyphrases`, `keyclauses`); this module adds the
function words of the other languages most often written in the Latin script
(Spanish, French, German, Portuguese, Italian, Dutch, the Scandinavian languages),
the conjunctions that join a list's last item (Russian and Greek ones too), and the
capital letters of the Latin, Greek and Cyrillic scripts, so a name opening with "É"
or "Ö" is a name.

Verbs are left out (German "ist", "kann", Dutch "wordt"): a German clause ends on
its verb ("… halten kann"), and a point keeps it. Words that are English words or
common technical names are left out of the lists ("del", "con", "sin", "non", "car";
"als", "ce", "em", "ma", "na", "os", "dos" for ALS, CE, EM, MA, NA, OS, DoS), so an
English answer reads as before.
"""

from __future__ import annotations

from collections.abc import Sequence

# Words that only link (compared without diacritics, lower case, as `keyheard.words`
# gives them: "más" is "mas", "é" is "e").
_LISTS = (
    # Spanish
    """el la los las un una unos unas al y e o u en por para que se es son lo su sus
    como mas pero sobre entre cuando donde cada este esta estos estas ese esa esos
    esas le les ni muy ya tambien estan ser fue hay tiene tienen puede pueden sino
    aunque porque segun hasta desde mientras cual cuales quien""",
    # French
    """le les l un une des du de d et ou au aux cet cette ces est sont qui qu dans
    pour par avec sans pas ne se sa son ses leur leurs il elle ils elles nous vous
    etre ete peut peuvent mais donc lorsque quand chaque tres aussi""",
    # German
    """der die das den dem ein eine einen einem einer eines und oder zu zum zur im am
    auf aus bei mit nach vom fur uber unter durch wie auch aber nicht kein keine
    keinen sich er sie wir ihr seine seinen ihre ihren dass wenn noch nur schon mehr
    sehr jeder jede jedes diese dieser dieses""",
    # Portuguese
    """um uma uns umas do da das nos pelo pela pelos pelas com sao nao mais mas ao
    aos sua seu suas seus ou tambem""",
    # Italian
    """il lo gli della dei delle degli dal dalla dello nel nella nei su tra fra che
    piu come anche sono ogni""",
    # Dutch
    """het een en van op te dat voor met niet ook maar om aan bij naar dan er nog
    wel""",
    # Danish, Norwegian, Swedish
    """och og eller er som att det ett med av till""",
)
FUNCTION_WORDS = frozenset(" ".join(_LISTS).split())
# The languages of the first lists, as snowball names their stemmers.
LANGUAGES = ("spanish", "french", "german", "portuguese", "italian", "dutch")
_SMALL_WORDS = {name: frozenset(_LISTS[i].split()) for i, name in enumerate(LANGUAGES)}
LANGUAGE_EVIDENCE = 3  # small words of one language a text says, at the least


def language(tokens: Sequence[str], english: frozenset[str]) -> str | None:
    """The language other than English a text is written in (its `keyheard.words`), by
    its small words: the one whose list it says most of, three at least and more than
    it says of `english`'s; None for English or when it cannot tell."""
    tokens = [t for t in tokens if len(t) > 1]  # ("o", "e", "y" of "O(n)", "e.g.")
    counts = {name: sum(1 for t in tokens if t in small) for name, small in _SMALL_WORDS.items()}
    best = max(counts, key=counts.__getitem__)
    said = counts[best]
    if said < LANGUAGE_EVIDENCE or said <= sum(1 for t in tokens if t in english):
        return None
    return best


def small_words(name: str) -> frozenset[str]:
    """The small words of one of `LANGUAGES`."""
    return _SMALL_WORDS[name]


# Conjunctions that join the last item of a list: "and", "or" and their kin.
CONJUNCTIONS = (
    *("and", "or", "&", "y", "e", "o", "u", "und", "oder", "sowie", "et", "ou", "en"),
    *("og", "och", "eller", "i", "ja", "ve", "és", "oraz"),
    *("и", "или", "και", "ή"),  # (Cyrillic and Greek lists, read the same way)
)
# A regular-expression alternative of them, longest first ("oder" before "o").
CONJUNCTION = "(?:" + "|".join(sorted(CONJUNCTIONS, key=len, reverse=True)) + ")"

# Capital letters of the Latin, Greek and Cyrillic scripts, for a character class
# ("[" + UPPER + "]"): a name may open with "É", "Ø" or "Ж".
UPPER = "A-Z" + "".join(
    ch
    for code in (*range(0xC0, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00))
    if (ch := chr(code)).isupper()
)
