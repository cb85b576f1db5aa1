"""A clause point said by one of its compound names alone, in another relation. No Qt.

A clause relates a thing to a compound name by a preposition: "control returns *to*
user mode", "the server answers with an offer *of* an IP address", "it starts *as* an
HTTP request". The compound names one thing, and the topic's wrong answers name it too,
in another relation: "it runs entirely *in* user mode", "the router translates the
hostname *into* an IP address", "a WebSocket *is* an HTTP request". Where the typed
answer says, of the point's own words, only those of one compound (they count two or
three words of the clause's share, `keymatch._said_in_part`) and never with the
point's preposition before it in its clause, it names the thing and says no such
point (`compound_alone`). The preposition said ("goes back to the program in user
mode"), or one of its group ("put on the wait queue" for "moves … to the wait queue"),
or one more word of the point ("control goes back to user mode") says it as before;
so does a compound the point relates by a verb ("would cover the true
parameter" for "would contain the true parameter").
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

COMPOUND_MOST = 3  # words of a compound name, at most
LOOK_BACK = 6  # typed words before a compound where its preposition may stand

PREPOSITIONS = word_set(
    """to in into on onto of at by for from with as over under through across off
    between within without after before per via"""
)
_LINKS = word_set("until unless while when whenever because since although though then so")
_DETERMINERS = word_set("a an the its their his her our your this that these those")


def compound_alone(point: str, text: Heard, asked: set[str]) -> bool:
    """True when the typed answer says, of a clause point's own words, only those of one
    compound the point relates by a preposition, and not in that relation (see the
    module's docstring)."""
    from studyapp.core.keyclauses import own_words, verb  # (it imports keymatch)

    if text.language:
        return False  # (its small words are not known)
    claim = point.split(": ")[-1]
    told = words(claim)
    if not any(verb(w) for w in told):
        return False  # a name, not a clause: its words are the point
    wanted = own_words(claim, frozenset(asked))
    found = {stem(w) for w in wanted if text.positions(w) or text.derived(w)}
    if len(found) < 2 or len(found) >= len(wanted):
        return False
    for start, run in _compounds(told, verb):
        if not found <= {stem(w) for w in run}:
            continue
        before = [w for w in told[:start] if w not in _DETERMINERS][-1:]
        if not before or before[0] not in PREPOSITIONS:
            return False  # (related by a verb: "contain the true parameter")
        places = _typed_at(run, text)
        return bool(places) and not any(_preceded(at, before[0], text) for at in places)
    return False


def _compounds(told: list[str], verb) -> list[tuple[int, list[str]]]:
    """Each run of two or three content words side by side in a claim's words, no verb
    and no small word among them ("user mode", "IP address"), with where it starts (a
    verb's form right after "the" names a thing: "the wait queue")."""
    runs: list[tuple[int, list[str]]] = []
    run: list[str] = []
    for k, word in enumerate([*told, ""]):
        named = not verb(word) or (k and told[k - 1] in _DETERMINERS)
        if word and word not in STOPWORDS | PREPOSITIONS | _LINKS and named:
            run.append(word)
            continue
        if 2 <= len(run) <= COMPOUND_MOST:
            runs.append((k - len(run), run))
        run = []
    return runs


def _typed_at(run: list[str], text: Heard) -> list[int]:
    """Where the typed answer says the compound's words side by side, in its order."""
    stems = [stem(w) for w in run]
    tokens = text.tokens
    return [
        at
        for at in range(len(tokens) - len(stems) + 1)
        if [stem(t) for t in tokens[at : at + len(stems)]] == stems
    ]


def _preceded(at: int, preposition: str, text: Heard) -> bool:
    """Whether the preposition, or one of its group, stands before the typed compound at
    `at`, in its clause."""
    clause = text.layout.clause
    same = next((g for g in _GROUPS if preposition in g), frozenset({preposition}))
    return any(
        text.tokens[k] in same and clause[k] == clause[at]
        for k in range(max(0, at - LOOK_BACK), at)
    )


# Prepositions that say one relation, the verb choosing among them ("moves it *to* the
# wait queue", "puts it *on* the wait queue").
_GROUPS = (word_set("to into onto on toward towards"),)
