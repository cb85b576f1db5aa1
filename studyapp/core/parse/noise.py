"""Chat noise: the assistant's openers and closing offers, which are not study material.

Notes pasted from chat sessions carry "Great question!" at the top of an
answer and "Would you like: …" (with a list of offers) at the bottom. They are
recognised here; the segmenter uses the closing offers as question boundaries
and, unless the user keeps the raw text, drops both from answers, and a last
paragraph of sign-offs only ("Hope this helps!": `sign_offs`) with them.
"""

from __future__ import annotations

import re

from studyapp.core.parse.blocks import Block
from studyapp.core.parse.sign_offs import signs_off

OFFER_RE = re.compile(
    r"^(would you like|let me know|do you want|want me to|want (?:a|an|some|more)|shall i|"
    r"should i|"
    r"if you(?:'d| would)? like|if you want|i can also|need help|feel free to|"
    r"happy to help)\b",
    re.I,
)
OPENER_RE = re.compile(
    r"^(great question|good question|excellent question|absolutely|sure thing|sure|"
    r"certainly|of course|perfect|here(?:'|’)s|here is|it seems you meant|"
    r"it looks like you(?:'|’)re asking)\b",
    re.I,
)
LEADING_JUNK_RE = re.compile(r"^[^\w]+")
# "yes", "yes please", "sure, go ahead", "ok do that": the whole reply accepts the offer
# before it.
_ACCEPT_RE = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please(?: do)?|go on|go ahead|go for it|continue"
    r"|do it|do that|do this|show me|sounds good|let[’']?s do (?:it|that)|absolutely"
    r"|of course|definitely|why not|that would be great)[\s,.!]*)+"
    r"(?:please|thanks|thank you)?[\s.!]*$",
    re.I,
)
# An offer to do something: accepted, it names the next question ("Would you like me
# to explain multi-head attention next?" → "Explain multi-head attention").
_OFFERED_TASK_RE = re.compile(
    r"^(?:would you like me to|do you want me to|want me to|shall i|should i)\s+"
    r"(?P<task>.+?)(?:\s+(?:next|now|as well|too|for you))*\s*[?.!]*$",
    re.I,
)
# Accepted, these offers ask for more of the answer before, not for a new question:
# going on, or an example of it ("walk you through a worked example").
_MORE_RE = re.compile(
    r"^(?:continue|go on|keep going|elaborate|expand|go (?:into|in) (?:more|further)"
    r"|go deeper|dive deeper|explain (?:it |this |that )?(?:in )?more"
    r"|(?:give|show|walk (?:you )?through|write|draw)(?: you)? (?:an|a|some|more|another)"
    r"(?: \w+)? (?:example|examples|detail|details|diagram))\b",
    re.I,
)
# After an opener, a sentence that only leads in ("Here's the idea:", "Let me walk you
# through it."); what follows it is the answer.
LEAD_IN_RE = re.compile(r"^(here(?:'|’)s|here is|let me|let(?:'|’)s|let us|i(?:'|’)ll)\b", re.I)
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
WORD_RE = re.compile(r"\w")
LIST_LINE_RE = re.compile(r"^\s*([-*+•]|\d{1,3}[.)])\s+")
_MOST_OFFER = 300  # characters: an offer is a sentence
_MOST_ACCEPTANCE = 60  # characters: "Yes please, go ahead, show me!", no longer


def _plain_first_line(block: Block) -> str:
    # The phrases open the line: its first 120 characters, with emphasis and any
    # leading emoji or bullet removed, are enough (this runs for every block).
    if block.kind != "text":
        return ""
    return LEADING_JUNK_RE.sub("", block.first[:120].replace("**", "").replace("__", ""))


def is_offer(block: Block) -> bool:
    """A closing offer: "Would you like: …", "Let me know …"."""
    return block.kind == "text" and bool(OFFER_RE.match(_plain_first_line(block)))


def is_offer_list(block: Block) -> bool:
    """The bullet list of offers that follows "Would you like:"."""
    return block.kind == "text" and all(LIST_LINE_RE.match(line) for line in block.lines)


# An offer whose task names nothing but what was just said ("draw one", "show you how",
# "walk you through it", "write code for that"): more of the same answer.
_REFERS_BACK_RE = re.compile(
    r"^\w+(?:\s+(?:one|it|that|this|them|those|these|you|me|how|for|with|a|an|the|some"
    r"|more|further|out|up|through|in|detail|code|quickly|briefly|step by step))*[\s?.!]*$",
    re.I,
)


def accepts(words: str) -> bool:
    """Whether a reply's words only accept the offer before them ("yes please")."""
    return bool(_ACCEPT_RE.match(words.strip()))


def is_acceptance(block: Block) -> bool:
    """A person's short reply accepting an offer ("Sure, go ahead"), in a chat copied
    without its role labels."""
    return (
        block.kind == "text"
        and len(block.lines) == 1
        and len(block.first) <= _MOST_ACCEPTANCE
        and accepts(block.first.replace("**", "").replace("__", ""))
    )


def offered_task(offer: str) -> str:
    """What an offer offers to do, accepted: the next question ("Would you like me to
    explain multi-head attention next?": "explain multi-head attention"); "" where it
    offers more of the answer before ("Would you like an example?", "… to go on?")."""
    if len(offer) > _MOST_OFFER:
        return ""  # no one sentence offering a thing to do: what it offers is unsure
    task = _OFFERED_TASK_RE.match(offer)
    if task is None or _MORE_RE.match(task["task"]) or _REFERS_BACK_RE.match(task["task"]):
        return ""
    return task["task"]


# A sentence that only announces the answer to come ("I'll walk through the internals.",
# "Let me walk you through it:", "Let's break it down.", "I'm going to explain the
# three cases."): an opener as "Great question!" is. The whole sentence, short, and
# ending there: "I'll explain how it hashes: each key …" goes on to answer.
_ANNOUNCES_RE = re.compile(
    r"^(?:(?:ok(?:ay)?|alright|so|sure|right)[,!.]?\s+)?"
    r"(?:i(?:'|’)ll|i will|i(?:'|’)m going to|i am going to|let me|let(?:'|’)s|let us"
    r"|allow me to|here(?:'|’)s|here is|here are|below is|below are)\s+"
    r"(?:[^.!?:\n]{0,60}?\s)?(?:explain\w*|walk\w*|go(?:ing)? (?:through|over)"
    r"|break(?:ing)? (?:(?:it|this|that|them|things) )?down|breakdown|cover\w*|outline\w*"
    r"|summar\w*|overview|rundown|explanation|comparison|unpack\w*|step\w* through"
    r"|dive\w*|clarif\w*|describe\w*|answer\w*)\b[^.!?:\n]{0,60}[.:!]*\s*$",
    re.I,
)
_MOST_ANNOUNCING = 120  # characters: an announcement is a short sentence


def announces(line: str) -> bool:
    """Whether a line's first sentence only announces the answer (see _ANNOUNCES_RE)."""
    plain = LEADING_JUNK_RE.sub("", line.strip().replace("**", "").replace("__", ""))
    first = SENTENCE_END_RE.split(plain, maxsplit=1)[0]
    return len(first) <= _MOST_ANNOUNCING and bool(_ANNOUNCES_RE.match(first))


def is_opener(block: Block) -> bool:
    """ "Great question!", "Absolutely! Here's …", "Perfect! You're referring to …",
    "I'll walk through the internals." (see _ANNOUNCES_RE)."""
    if block.kind != "text":
        return False
    first = _plain_first_line(block)
    return bool(OPENER_RE.match(first)) or announces(first)


def _noise_sentence(sentence: str) -> bool:
    plain = LEADING_JUNK_RE.sub("", sentence.replace("**", "").replace("__", ""))
    return not WORD_RE.search(plain) or bool(OPENER_RE.match(plain) or LEAD_IN_RE.match(plain))


def after_opener(block: Block) -> Block | None:
    """What an opener's paragraph goes on to say ("Of course! A covering index holds
    …": "A covering index holds …"), or None where it says nothing more ("Sure!
    Here's a clear breakdown:", "Great question! 🎯")."""
    for index, line in enumerate(block.lines):
        sentences = SENTENCE_END_RE.split(line.strip())
        while sentences and _noise_sentence(sentences[0]):
            sentences.pop(0)
        if sentences:
            rest = [" ".join(sentences), *block.lines[index + 1 :]]
            return Block(block.kind, block.line + index, rest, block.level, block.heading)
    return None


def strip_noise(blocks: list[Block]) -> list[Block]:
    """An answer's blocks without its openers, closing offers and trailing rules."""
    kept = list(blocks)
    # openers: the leading paragraphs of the answer, before any real content
    while kept and (is_opener(kept[0]) or kept[0].kind == "rule"):
        first = kept.pop(0)
        rest = after_opener(first) if first.kind == "text" else None
        if rest is not None:
            kept.insert(0, rest)
            break
    result: list[Block] = []
    skipping_offer = accepted = False
    for block in kept:
        if is_offer(block):
            skipping_offer = True
            continue
        if skipping_offer and (is_offer_list(block) or block.kind == "rule"):
            continue
        if skipping_offer and is_acceptance(block):
            accepted = True  # "yes please": the reply goes on with the answer
            continue
        skipping_offer = False
        if accepted and is_opener(block):
            # the reply's "Sure! Here's a worked example.": what it goes on to say stays
            block = after_opener(block)
        accepted = False
        if block is not None:
            result.append(block)
    while result and result[-1].kind == "rule":
        result.pop()
    # "Hope this helps! Good luck!": a last paragraph of sign-offs only (sign_offs.py)
    while len(result) > 1 and result[-1].kind == "text" and signs_off(result[-1].lines):
        result.pop()
    while result and result[0].kind == "rule":
        result.pop(0)
    return result
