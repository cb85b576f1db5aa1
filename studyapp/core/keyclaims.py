"""A point is what the answer claims, not only the circumstance it claims it under.
No Qt here.

A bold phrase or a named thing inside a condition ("React skips re-rendering it when
its **props are shallowly equal**", "it keeps access to those variables after the
**outer function** returns") made a point of the condition alone, which a wrong answer
ticks by saying the circumstance with the claim turned round ("it forces a re-render
even when the props are shallowly equal", "loses access … after the outer function
returns"). A point the answer says only inside a condition (after "when", "if",
"once", "after" … a few words before it) becomes the claim with its condition:
"React skips re-rendering it when its props are shallowly equal". A point said
elsewhere as well stays as it is.

Such a point, a claim and its condition, is not said by an answer that concedes the
condition ("even when the props are shallowly equal", "even if …": what it claims
holds in spite of it) without the claim's verb ("skips") in any form or synonym: the
answer says another thing happens under that condition. (A verb paraphrased under the
condition as such, "the write only goes through if the version is unchanged", says
the point as before.)

A condition that comes first ("When the **error rate passes a threshold**, it fails
fast") is read the same way: the point is the condition, to its comma, with the claim
after it, and the claim's verb ("fails") is what an answer conceding the condition
must say.

A point cut down to its circumstance, one that opens with the condition's word ("after
the outer function has returned", the claim before it another point or none), is not
said by an answer that says the circumstance with its claim turned round: a word of
the claim said by its opposite ("forgets the variables … once the outer function has
returned" for "remembers variables … even after …", `keyopposed`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

OPENERS = word_set("when whenever if unless once after until before")
OPENER_GAP = 3  # words from a condition's opening word to the point's first word
TAIL_WORDS = 2  # words of the condition after the point kept with it ("… returns")
CLAIM_WORDS = 2  # a claim before the condition this long or longer
_PRONOUNS = word_set("it they this these that")
# Verbs that only say something takes place: "A race condition happens when …" claims
# nothing but its condition, which is then the point.
_TAKING_PLACE = word_set("happens happen occurs occur arises arise takes place means")
_FENCED = re.compile(r"```.*?```", re.S)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")
_CLAUSE_START = re.compile(r".*[:;—]\s*", re.S)
_CONDITION = re.compile(rf"\b({'|'.join(sorted(OPENERS))})\b", re.I)


def with_claims(points: Sequence[str], answer: str, asked=frozenset()) -> list[str]:
    """The points, each said by the answer only inside a condition made the claim with
    its condition (see the module's docstring); `asked`: the stems of the question's
    words, which claim nothing ("A page fault happens when …")."""
    prose = re.sub(r"[*_`]", "", _FENCED.sub(" ", answer))
    sentences = [s for s in _SENTENCES.split(prose) if s.strip()]
    return [_claimed(point, sentences, asked) or point for point in points]


def _claimed(point: str, sentences: Sequence[str], asked) -> str:
    """The claim with its condition, where the answer says the point only as a
    condition; "" otherwise."""
    if ": " in point or not words(point):
        return ""
    pattern = _phrase(point)
    found = ""
    for sentence in sentences:
        for match in pattern.finditer(sentence):
            claim = _condition_of(sentence, match, asked)
            if not claim or (found and claim != found):
                return ""
            found = claim
    return found


def _condition_of(sentence: str, match: re.Match, asked) -> str:
    """The claim before the condition the match is in, with the condition to the
    match's end and a short tail; "" when the match is no condition's."""
    before = sentence[: match.start()]
    start = _CLAUSE_START.match(before)
    clause = before[start.end() if start else 0 :]
    openers = [  # ("at once" is no condition's "once")
        o for o in _CONDITION.finditer(clause) if not re.search(r"\bat\s+$", clause[: o.start()])
    ]
    if not openers:
        return ""
    opener = openers[-1]
    between = clause[opener.end() :]
    if len(words(between)) > OPENER_GAP or re.search(r"[,;:]", between):
        return ""  # (no condition's: "… sending it once, so clients can retry")
    claim = re.sub(r"^[\W\d]*\s", "", clause[: opener.start()]).split()  # ("- Both …")
    while claim and claim[0].casefold() in _PRONOUNS:
        claim = claim[1:]
    if not claim:  # (the condition first: "When the error rate passes …, it fails fast")
        return _leading(sentence, match, clause, asked)
    if len(claim) < CLAIM_WORDS or claim[-1].endswith(","):
        return ""  # (a condition after another: "If no writes happen, …")
    claimed = words(" ".join(claim))
    if all(w in STOPWORDS or w in _TAKING_PLACE or stem(w) in asked for w in claimed):
        return ""  # ("A cold start happens when a request arrives …")
    tail = re.split(r"[,;:.!?]", sentence[match.end() :])[0].split()
    said = " ".join([*claim, clause[opener.start() :].strip(), match.group(0)])
    return f"{said} {' '.join(tail)}" if len(tail) <= TAIL_WORDS and tail else said


CONDITION_WORDS = 8  # words a condition that comes first goes on for after the point


def _leading(sentence: str, match: re.Match, clause: str, asked) -> str:
    """The condition that comes first, to its comma, with the claim after it ("When the
    error rate passes a threshold, it fails fast"), where the match is in a condition
    that opens its clause (`clause`: the clause's words before the match); ""
    otherwise."""
    opening = re.match(rf"[\W\d]*\b(?:{'|'.join(sorted(OPENERS))})\b", clause, re.I)
    if not opening or len(words(clause[opening.end() :])) > OPENER_GAP:
        return ""
    rest, comma, after = sentence[match.end() :].partition(",")
    if not comma or len(words(rest)) > CONDITION_WORDS or re.search(r"[;:.!?]", rest):
        return ""
    claim = re.split(r"[,;:.!?]", after)[0].strip()
    told = words(claim)
    while told and told[0] in _PRONOUNS:
        told = told[1:]
    if len(told) < CLAIM_WORDS or all(
        w in STOPWORDS or w in _TAKING_PLACE or stem(w) in asked for w in told
    ):
        return ""
    condition = clause[opening.start() :].lstrip(" -*•") + match.group(0) + rest
    return f"{condition.strip()}, {claim}"


def claim_unsaid(point: str, text: Heard) -> bool:
    """True when a point that is a claim and its condition has a verb ("skips",
    "keeps", a lower-case word in the "-s" of a verb's third person) the typed answer
    does not say in any form or synonym, where it concedes the condition ("even when
    …")."""
    opener = _CONDITION.search(point)
    if opener is None or ": " in point:
        return False
    claim, condition_said = words(point[: opener.start()]), point[opener.end() :]
    if not claim and "," in point:  # (the condition first: "When …, it fails fast")
        condition_said, _, main = point[opener.end() :].partition(",")
        claim = [w for w in words(main) if w not in _PRONOUNS]
    if len(claim) < CLAIM_WORDS:
        return False
    verbs = [w for w in claim if w.endswith("s") and len(w) > 3 and w not in STOPWORDS]
    if not verbs or text.positions(verbs[0]):
        return False
    condition = [w for w in words(condition_said) if w not in STOPWORDS]
    return _conceded(condition, text)


def circumstance_turned(point: str, text: Heard, answer: str) -> bool:
    """True when a point that is only a circumstance is typed with the claim the answer
    makes under it turned round (see the module's docstring)."""
    from studyapp.core.keyopposed import opposite_said, turned_on_its_thing

    told = words(point)
    if told[:1] == ["even"]:
        told = told[1:]
    if not answer or ": " in point or not told or told[0] not in OPENERS:
        return False
    return any(
        opposite_said(claim, text) or turned_on_its_thing(claim, text)
        for claim in _claims_before(point, answer)
    )


def _claims_before(point: str, answer: str) -> list[str]:
    """The clauses the answer says a point after, in each sentence it says it in ("A
    nested function that remembers variables from the enclosing scope" before "even
    after the outer function has returned")."""
    pattern = _phrase(point)
    prose = re.sub(r"[*_`]", "", _FENCED.sub(" ", answer))
    found = []
    for sentence in _SENTENCES.split(prose):
        for match in pattern.finditer(sentence):
            before = sentence[: match.start()]
            start = _CLAUSE_START.match(before)
            clause = before[start.end() if start else 0 :]
            if len(words(clause)) >= CLAIM_WORDS:
                found.append(clause)
    return found


def _phrase(point: str) -> re.Pattern:
    """The point's words as the answer writes them, whatever marks or spaces between."""
    return re.compile(r"\b" + r"\W+".join(re.escape(w) for w in point.split()) + r"\b", re.I)


def _conceded(condition: Sequence[str], text: Heard) -> bool:
    """Whether the typed answer says the condition's first word after "even" and a
    condition's opening word ("even when the props …")."""
    tokens = text.tokens
    for at in text.positions(condition[0]) if condition else ():
        before = tokens[max(0, at - OPENER_GAP - 2) : at]
        if any(a == "even" and b in OPENERS for a, b in itertools.pairwise(before)):
            return True
    return False
