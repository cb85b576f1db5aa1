"""A step named by a technology and the process done with it ("DNS lookup", "TCP
handshake", "HTTP request", "API call", "SQL query", "JSON response"), said by naming the
technology with a verb of that process. No Qt here.

A person telling the steps says what is done, not the noun the notes use: "resolves
DNS" says "DNS lookup" (a lookup is a resolve), "opens a TCP connection" says "TCP
handshake" (the handshake is what opens a connection), "sends HTTP" says "HTTP
request", "calls the API", "queries SQL" and "returns JSON" say "API call", "SQL
query" and "JSON response". The verb (or the process's other noun: "DNS resolution")
must stand in the clause of the name, a few words from it, and be affirmed: "does not
resolve DNS" says no lookup, and a name alone ("DNS is not involved", "over a TCP
connection") says no process. The point's name must be a technology's: written in
capitals or capitalised ("DNS", "gRPC", "Redis"), not a plain word ("server response").
"""

from __future__ import annotations

from studyapp.core.keymatch import Heard, split_point, stem, word_set, words

NEAR = 3  # words the verb may stand from the name ("opens a TCP connection")


def _forms(bases: str) -> frozenset[str]:
    """The verb forms of `bases` ("resolve" → resolve, resolves, resolved, resolving),
    and nouns as written."""
    found: set[str] = set()
    for base in bases.split():
        stemmed = base[:-1] if base.endswith("e") else base
        third = base + "es" if base.endswith(("s", "sh", "ch", "x", "o")) else base + "s"
        past = stemmed + "ed"
        if base.endswith("y") and base[-2] not in "aeiou":
            third, past = base[:-1] + "ies", base[:-1] + "ied"
        found |= {base, third, past, stemmed + "ing"}
    return frozenset(found)


# Each process noun, and the verbs (with a noun or two) that say it done. Not "send"
# for a response (a client sends JSON too), not "connection" for a handshake (a name
# said "over a TCP connection" opens nothing).
_PROCESSES: dict[str, frozenset[str]] = {
    "lookup": _forms("resolve query translate") | word_set("looks look looked resolution"),
    "handshake": _forms("connect open establish negotiate"),
    "request": _forms("send make issue fire request"),
    "call": _forms("call invoke hit make send issue"),
    "query": _forms("query run execute issue send"),
    "response": _forms("respond reply return answer") | word_set("reply replies"),
}
_PROCESS_STEMS = {stem(noun): noun for noun in _PROCESSES}
# (irregular forms)
_MADE = word_set("make makes made making run runs ran running sent")
_PROCESSES["call"] |= _MADE
_PROCESSES["request"] |= _MADE
_PROCESSES["query"] |= _MADE


def _name_and_process(point: str) -> tuple[list[str], str]:
    """The technology's name words and the process noun of a point "DNS lookup" (([],
    "") for another point)."""
    name, gloss = split_point(point)
    pieces = name.split()
    if gloss or not 2 <= len(pieces) <= 3:
        return [], ""
    noun = _PROCESS_STEMS.get(stem(pieces[-1].casefold()), "")
    named = pieces[:-1]
    if not noun or not all(_technology(w) for w in named):
        return [], ""
    return [w for n in named for w in words(n)], noun


def step_name(point: str) -> bool:
    """Whether a point names a step by a technology and a process ("DNS lookup", "TCP
    handshake"): said by the two, or by the name and a verb of the process, never by
    the name alone."""
    return bool(_name_and_process(point)[0])


def _technology(word: str) -> bool:
    """Whether a word is written as a name: an acronym, camel case, or capitalised
    ("DNS", "gRPC", "Redis")."""
    return any(ch.isupper() for ch in word) and any(ch.isalpha() for ch in word)


def process_said(point: str, heard: Heard) -> bool:
    """Whether the typed answer says a step "DNS lookup" by its name and a verb of its
    process, affirmed, in one clause (see the module's docstring)."""
    name, noun = _name_and_process(point)
    if not name:
        return False
    text = heard.affirmed()  # (what a "not" denies is not heard)
    named = text.positions(name[-1])
    if len(name) > 1:  # "Web API": its words in a row
        first = set(text.positions(name[0]))
        named = [i for i in named if i - len(name) + 1 in first]
    if not named:
        return False
    clause = text.layout.clause
    forms = _PROCESSES[noun]
    doing = [
        j
        for j, token in enumerate(text.tokens)
        if token in forms and j in text.positions(token)  # (not denied)
    ]
    return any(0 < abs(i - j) <= NEAR + 1 and clause[i] == clause[j] for i in named for j in doing)
