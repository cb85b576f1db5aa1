"""A key phrase cut from a clause that negates it keeps the negation. No Qt here.

The key phrase of a sentence is a run of content words (`keyphrases.scored_phrase`):
a negation is a plain word, so the run starts after it, and "Never rebase commits
others have already pulled" gave "rebase commits", the contrary of its rule. Where the
clause the phrase is cut from negates it ("never", "not", "no", "don't", "cannot",
"avoid", "without" before it, no other clause between), the point is said from the
negation on ("never rebase commits", "Don't store passwords in plain text", "Avoid
SELECT * in production queries"), with the "do" or the modal its "not" leans on ("Do not
commit secrets", "should never rebase …"). A negation too far before the phrase, or one
that denies nothing ("not only", "no longer"), leaves the phrase as it is.

Such a point opening with the negation of a verb is a clause, a rule (`denies_action`):
said by any negation of its verb ("you should never rebase shared commits", "don't
rebase commits"), not where the typed answer says that verb with no negation denying
it ("git rebase doesn't replay your commits", `rule_undenied`).
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import CLAUSE_WORDS, NEGATIONS, word_set

# Verbs that say what follows does not happen: their object is denied ("avoid SELECT *").
_AVOIDING = word_set("avoid avoids avoiding")
# The negations of a verb, besides the "n't" forms ("nothing", "no", "without" deny a
# thing, not what is done).
_VERB_NEGATIONS = word_set("not never cannot") | _AVOIDING
# The words a "not" or "never" leans on: kept with it ("do not commit", "must never").
_LEANED_ON = word_set("do does did must should shall can could will would may might")
# Words that open another clause: a negation before one is not the phrase's.
_OPENING_ANOTHER = CLAUSE_WORDS | word_set(
    "that which who whom whose where when whenever if unless since although though "
    "while whereas until after before once"
)
# Where a clause ends: punctuation, a dash between words.
_CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]]|\s[-–—]\s|—")
_WORD = re.compile(r"[\w'’*+/-]+")
# The words a negation may stand before the phrase, at most (beyond, it is its own).
MOST_BETWEEN = 5


def _negating(word: str) -> bool:
    from studyapp.core.keydenial import NT_STEMS  # (it imports keymatch, which imports us)

    folded = word.casefold().replace("’", "'")
    if folded in NEGATIONS or folded in _AVOIDING:
        return True
    stem_, _, tail = folded.partition("'")
    return tail == "t" and stem_ in NT_STEMS  # "don't", "can't", "isn't"


def with_negation(sentence: str, phrase: str) -> str:
    """`phrase`, cut from `sentence`, with the negation of its clause that stands before
    it (see the module's docstring); the phrase alone where none does."""
    if not phrase:
        return phrase
    written = r"\s+".join(re.escape(piece) for piece in phrase.split())
    found = re.search(rf"(?<![\w'’-]){written}(?![\w'’-])", sentence)
    if not found:
        return phrase
    before = _CLAUSE_MARK.split(sentence[: found.start()])[-1]
    from studyapp.core.keydenial import NOT_DENYING  # ("not only", "no longer")

    pieces = list(_WORD.finditer(before))
    for k in range(len(pieces) - 1, -1, -1):
        word = pieces[k][0]
        if word.casefold() in _OPENING_ANOTHER:
            return phrase  # ("… that others never pulled": another clause's)
        if not _negating(word):
            continue
        following = pieces[k + 1][0].casefold() if k + 1 < len(pieces) else ""
        if following in NOT_DENYING or len(pieces) - k - 1 > MOST_BETWEEN:
            return phrase
        start = k - 1 if k and pieces[k - 1][0].casefold() in _LEANED_ON else k
        opening = pieces[start].start()
        said = before[opening:] + sentence[found.start() : found.end()]
        return " ".join(said.split())
    return phrase


def opens_negated(point: str) -> bool:
    """Whether a point opens with a negation (after the word its "not" leans on): a
    phrase that kept its clause's negation is no sentence, however long."""
    return after_negation(point) != point


def after_negation(point: str) -> str:
    """What a point says after the negation it opens with ("token" of "no token"): the
    phrase as cut, to be weighed as any ("no token" says no more than "token")."""
    found = list(_WORD.finditer(point))[:2]
    if found and found[0][0].casefold() in _LEANED_ON:
        found = found[1:]
    if not found or not _negating(found[0][0]):
        return point
    return point[found[0].end() :].strip()


def denies_action(point: str) -> bool:
    """Whether a point opens with the negation of a verb ("never rebase commits", "do
    not commit secrets"; not "no token", "without a lock"): it is a clause, a rule."""
    found = list(_WORD.finditer(point))[:2]
    if found and found[0][0].casefold() in _LEANED_ON:
        found = found[1:]
    if not found:
        return False
    opening = found[0][0].casefold().replace("’", "'")
    verbal = opening in _VERB_NEGATIONS or (_negating(opening) and "'" in opening)
    return verbal and len(_WORD.findall(after_negation(point))) >= 2


def rule_undenied(point: str, heard) -> bool:
    """True where the typed answer says the verb a rule denies ("rebase" of "never
    rebase commits") only where no negation denies it ("git rebase doesn't replay your
    commits" denies the replaying, not the rebasing): it tells no such rule. A verb
    not typed at all (a paraphrase: "don't force-push shared work") leaves the point to
    the rest of the matcher."""
    from studyapp.core.keyclauses import FUNCTION_WORDS  # (it imports keyphrases)
    from studyapp.core.keydenial import denied_positions
    from studyapp.core.keyheard import words

    opening = words(point)
    if not denies_action(point) or (opening and opening[0] in _AVOIDING):
        return False  # ("avoid SELECT *": what it avoids is said as `keyavoid` hears it)
    rest = [w for w in words(after_negation(point)) if w not in FUNCTION_WORDS]
    if not rest:
        return False
    found = heard.positions(rest[0]) or heard.derived(rest[0])
    return bool(found) and not set(found) & denied_positions(heard.tokens, heard.layout)
