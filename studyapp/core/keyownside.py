"""A point that names its side with its own words: heard where the typed answer says them.
No Qt here.

A rule kept whole about one of the sides a question compares ("never rebase commits that
others already pulled", of `git merge` against `git rebase`) names its side itself, by a
word of the side's name ("rebase"). A typed sentence that says that word and none of
another side's says the rule of that side ("Never rebase commits others have already
pulled."), though it does not name the side whole ("git rebase") where the answer's
sentences about the side are judged (`keysides.about_side`).
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keymatch import STOPWORDS, Heard, said, split_point, stem, words


def said_by_own_name(
    point: str, side: str, sides: Sequence[str], text: Heard, question: str = ""
) -> bool:
    """Whether the typed sentences that say a word of `side`'s name the point says too,
    and no word that tells another of `sides` ("name: …") from it, say the point."""
    own = {stem(w) for w in words(side)} - STOPWORDS
    others = {
        stem(w) for s in sides if (name := split_point(s)[0]) != side for w in words(name)
    } - STOPWORDS
    naming = (own - others) & {stem(w) for w in words(point)}
    if not naming:
        return False
    tokens, sentence = text.tokens, text.layout.sentence
    saying = {sentence[i] for i, w in enumerate(tokens) if stem(w) in naming}
    telling_others = {sentence[i] for i, w in enumerate(tokens) if stem(w) in others - own}
    keep = [i for i, s in enumerate(sentence) if s in saying - telling_others]
    return bool(keep) and said(point, text.part(keep), question)
