"""What a point that relates terms relates them by. No Qt here.

A clause point that says where or to what its subject goes ("Nodes and keys are hashed
*onto a ring*", "a key belongs *to the next node clockwise*", "maps domain names *to IP
addresses*") is the relation, not its nouns: a typed answer that says "keys are hashed"
and "nodes" says nothing of the ring, and "the number of nodes" says no "to the next
node". Such a point is said only where a typed clause says one of the words after its
preposition (`goal_words`) after a preposition of place or direction of its own
(`goal_said`: "stored on the first server clockwise", "resolves names into IP
addresses"), beside the share of its own words `keymatch` asks for.
"""

from __future__ import annotations

from studyapp.core.keyheard import stem, word_set, words

# Prepositions that say where a thing goes or lies, or what it is put between: the
# relation a point's verb makes. ("in", "on", "of", "for", "with" are left out: "in
# parallel", "on demand", "of the keys" are manners and parts, not a place.)
RELATING = word_set("onto into to towards toward across between among through")
_DETERMINERS = word_set("a an the its their each every some any one two both several many few")


def goal_words(point: str, asked: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The content words after the first relating preposition that follows the point's
    verb ("ring" of "Nodes and keys are hashed onto a ring"), up to the end of their
    phrase, but those the point says before it too ("address" of "rewrites private
    addresses to one public address"); none where the point has no verb before such a
    preposition, or where "to" opens an infinitive ("used to create containers"). The
    question's own words are left out (`asked`: stems)."""
    from studyapp.core.keyclauses import own_words, verb  # (it imports keymatch)
    from studyapp.core.keysides import verb_form

    told = words(point.split(";")[0].split(":")[-1])
    for at, word in enumerate(told):
        if word not in RELATING or not at:
            continue
        if not any(verb_form(w, verb) and w not in _AUXILIARIES for w in told[:at]):
            return []  # (no verb before it: "path to the root" is a name, not a relation)
        after = told[at + 1 :]
        while after and after[0] in _DETERMINERS:
            after = after[1:]
        if not after or (word == "to" and verb(after[0])):
            continue  # ("used to create": an infinitive)
        end = next((i for i, w in enumerate(after) if w in _CLAUSE_ENDS), len(after))
        before = {stem(w) for w in told[:at]}
        own = set(own_words(" ".join(after[:end]), frozenset(asked)))
        goal = [w for w in after[:end] if w in own or w in _WHICH_ONE]
        return list(dict.fromkeys(w for w in goal if stem(w) not in before))
    return []


# Plain words that tell which one the goal is ("the *next* node", "the *main* branch").
_WHICH_ONE = word_set("main next first last new same own other previous")
_AUXILIARIES = word_set("is are was were be been being has have had do does did can must")


# Prepositions that say where in a typed answer: the point's own and those of place.
_PLACING = RELATING | word_set("on in at over from within inside")
_PLACING_GAP = 4  # words between the preposition and the goal word at most


def relation_said(point: str, text, asked: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the typed answer says what a point relates its subject to (see the
    module's docstring): half the words of its goal (`goal_words`), or one of them
    after a preposition of place or direction (`goal_said`). True for a point that
    relates nothing."""
    goal = goal_words(point, asked)
    if not goal:
        return True
    said = [w for w in goal if text.positions(w) or text.derived(w)]
    return (bool(said) and 2 * len(said) >= len(goal)) or goal_said(goal, text)


def goal_said(goal: list[str], text) -> bool:
    """Whether a typed clause says a word of `goal` after a preposition of place or
    direction ("… on the first server clockwise" says "clockwise" of "… to the next
    node clockwise"; "the number of nodes" no "node" there)."""
    clause, tokens = text.layout.clause, text.tokens
    for word in goal:
        for at in set(text.positions(word)) | set(text.derived(word)):
            before = range(max(0, at - _PLACING_GAP), at)
            if any(tokens[i] in _PLACING and clause[i] == clause[at] for i in before):
                return True
    return False


_CLAUSE_ENDS = word_set(
    "but so because which that when while where if before after until unless since as "
    "of in on at with for by several many once twice daily per"
)  # (and where another phrase starts: "the main branch several times a day")
