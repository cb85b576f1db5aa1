"""The chat layer: a transcript of speaker turns ("You:" / "Assistant:", "You said:" /
"ChatGPT said:", "## User" / "## ChatGPT") read as questions and answers.

The person's turns are the questions, the assistant's the answers; the assistant's
openers and closing offers are dropped as in every chat answer (``noise``). A document
is read this way only when it has at least two turns of the person and one of the
assistant, so a note that mentions "User:" once is left to the general engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion
from studyapp.core.parse import noise
from studyapp.core.parse.blocks import blocks_to_markdown, split_blocks
from studyapp.core.parse.chat_asides import social_aside
from studyapp.core.parse.chat_code import fenced_code
from studyapp.core.parse.chat_filler import CHAT_FILLER
from studyapp.core.parse.ends import FOOTER_LINE_RE, SEPARATOR_RE
from studyapp.core.parse.line_search import any_line, splitlines_of
from studyapp.core.parse.reply_pairs import Pair, reply_pairs
from studyapp.core.parse.reply_units import ASKS_FOR_QUESTIONS_RE, asked_subject, reply_units
from studyapp.core.parse.titles import INTERROGATIVE_RE, asks, ends_asking, whole_title
from studyapp.core.parse.titles import words as title_words
from studyapp.core.parse.units import is_question_like

PERSON = r"you|user|me|human"
ASSISTANT = r"assistant|chatgpt|gpt[-\w.]*|ai|bot|claude|gemini|bard|copilot|llm"
# A mock or real interview written down: the interviewer asks, the candidate ("Me")
# answers. A panel numbers or letters its interviewers ("Interviewer 1:", "Interviewer
# B:", "Panelist 2:"): each of them asks.
_NTH = r"(?:\s*#?\d{1,2}|\s+[A-Z](?![\w'’]))?"
INTERVIEWER = rf"(?:interviewer|panell?ist|panel member){_NTH}|recruiter|hiring manager"
CANDIDATE = r"candidate|interviewee"
# A browser extension's export of a chat ("ChatGPT Exporter"): each turn under a heading
# that names its part, "## Prompt:" over the person's words, "## Response:" over the reply.
# Only such a heading of the word and its colon alone labels a turn: "Prompt:" in a
# note's line is a word, "### Prompt" a heading over an example of one.
PROMPT = r"prompt"
RESPONSE = r"response"
_PARTS_RE = re.compile(rf"^(?:{PROMPT}|{RESPONSE})$", re.I)
# A recording's time beside a speaker: "[00:01:12] Interviewer:", "Me (00:05):", "Me 0:03".
STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?"
# "**You:** text", "You said:", "## User", "User:" alone, "> **ChatGPT**:" …
_LABEL_RE = re.compile(
    rf"^\s{{0,3}}(?:>\s*)?(?:#{{1,6}}\s+)?(?:\*\*|__)?\s*(?:{STAMP}\s*(?:[-–—|]\s*)?)?"
    rf"(?P<who>{PERSON}|{ASSISTANT}|{INTERVIEWER}|{CANDIDATE}|{PROMPT}|{RESPONSE})"
    rf"(?P<stamp>\s*{STAMP})?"
    # (the bold closing a label, "**You:** …", right after its colon: "You: **1. What
    # …?**" opens the message in bold)
    r"(?:\s+(?:said|wrote|asked|replied))?\s*(?::(?:\*\*|__)?|(?:\*\*|__)\s*:?)?"
    r"\s*(?P<rest>.*)$",
    re.I,
)
_PERSON_LINE_RE = re.compile(rf"^\W{{0,12}}(?:{PERSON}|{INTERVIEWER}|{PROMPT})\b", re.I | re.M)
_PERSON_RE = re.compile(rf"^(?:{PERSON}|{PROMPT})$", re.I)
_INTERVIEWER_RE = re.compile(rf"^(?:{INTERVIEWER})$", re.I)
_TITLE_RE = re.compile(r"^#\s+(.+)$")
# "Yes, what makes X fast?" — the reply to an offer, then the question itself.
# An interviewer's nod to the answer before, or their pacing ("Good. How would you …",
# "Makes sense. What is …", "Let's start easy. What is …"): no part of the question.
_FILLER_RE = re.compile(
    r"^(?:yes|yeah|sure|ok(?:ay)?|no(?: thanks| thank you)?|nope|thanks|thank you|great|cool"
    r"|and|so|now|good|perfect|nice|right|alright|all right|got it|makes sense|interesting"
    r"|understood|(?:correct|exactly|yep|yup)(?=[,!.])"
    r"|let[’']?s (?:start|begin|move on|switch gears|continue)\b[^.!?:]{0,30}[.!]"
    r"|(?:the |one )?(?:last|next|final|another) (?:one|question)(?=[:.]))"
    r"[,!.:]*\s+(?=\w)",
    re.I,
)


# A turn that only paces the chat ("ok thanks, next one", "Perfect, thanks!", "That's
# enough for tonight"): it asks nothing, and the reply to it ("Ready when you are!") is
# no answer either.
_PACING_RE = re.compile(
    r"^(?:(?:ok(?:ay)?|k|no|nope|thanks|thank you(?: so much)?|thx|ty|perfect|great|cool|nice"
    r"|awesome|got it|understood|makes sense|alright|all right|good|fine|i see|noted"
    r"|next(?: one| question| please)?|moving on|let[’']?s (?:move on|continue)"
    r"|(?:that|this|it)(?:[’']?s| is| was) (?:all|enough|it|perfect|great|fine|good|clear"
    r"|(?:very |really |super )?helpful)(?: for (?:now|today|tonight))?"
    r"|(?:very |really |super )?helpful|bye|good ?night|see you"
    r"(?: later| tomorrow)?)[\s,.!]*)+$",
    re.I,
)
# Thanks close the exchange ("thanks, that's perfect"): the reply is a goodbye ("You're
# welcome! Good luck with your interview."), not more of the answer, unless the turn
# asks for the next one ("ok thanks, next").
_THANKS_RE = re.compile(r"\b(?:thanks|thank you|thx|ty)\b", re.I)
_NEXT_RE = re.compile(r"\b(?:next|moving on|let[’']?s (?:move on|continue))\b", re.I)
_PLEASANTRY_WORDS = 6  # "Ready when you are!", "Go ahead, ask away."
# A pacing turn that asks the chat to go on ("ok", "nice", "next"), not to end it.
_GOING_ON_RE = re.compile(
    r"\b(?:ok(?:ay)?|k|nice|cool|got it|understood|makes sense|i see|noted|alright|all right"
    r"|next|moving on|let[’']?s (?:move on|continue)|good|fine|helpful|perfect|clear|great)\b",
    re.I,
)
# A sentence's end: ".", "!" or "?" and a space (not the dot of "3.11" or "df.groupby").
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
# Context about the person, not the question ("I have an interview tomorrow."): only
# that may be left out of a title; "Given a sorted array." is part of what is asked.
_SITUATION_RE = re.compile(
    r"\b(?:interview|interviews|interviewing|prep|preparing|prepping|exam|job|tomorrow"
    r"|next week|studying|revising)\b",
    re.I,
)


# A sentence that goes on about the situation before it ("I have an interview at Acme.
# They use Spark heavily."): who "they" are is the situation, not the question.
_GOES_ON_RE = re.compile(
    r"^(?:they|they[’']re|their|the (?:company|team|role|job|position|interviewers?"
    r"|recruiter|interview|hiring manager)|it[’']s (?:a|an|for)\b)\b",
    re.I,
)


@dataclass(slots=True)
class _Turn:
    person: bool
    line: int  # the label's line
    lines: list[tuple[int, str]]  # the turn's text, numbered


def _label(line: str) -> re.Match[str] | None:
    """A speaker label: a heading of the name alone, or the name with a colon / "said"."""
    match = _LABEL_RE.match(line)
    if not match:
        return None
    head = line[match.end("who") : match.start("rest")]
    if match["stamp"]:
        head = head[len(match["stamp"]) :]
    alone = not match.group("rest").strip()
    marked = ":" in head or re.search(r"\b(said|wrote|asked|replied)\b", head, re.I)
    marked = marked or (match["stamp"] and alone)  # "Interviewer  0:03", the words below
    heading = line.lstrip().startswith("#") and alone
    if _PARTS_RE.match(match["who"]):
        # "## Prompt:" only: a note's "### Prompt" over an example prompt is no turn
        return match if heading and ":" in head and not match["stamp"] else None
    alone_bold = re.search(r"(\*\*|__)\s*$", head) and alone
    return match if marked or heading or alone_bold else None


# A line of an export's header block: "**Created:** 3/2/2026 10:15", "Link: https://…".
_FIELD_RE = re.compile(
    r"^\s{0,3}(?:\*\*|__)?[A-Z][\w ]{0,24}?(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s+\S"
)
_FIELDS = 3  # the fewest lines of a header block


def _header_fields(lines: list[str], labels: list[re.Match[str] | None]) -> set[int]:
    """The labels that are fields of a header block, not turns: an export's
    "**User:** Anna K." among "**Created:** …", "**Updated:** …", "**Link:** …", three
    lines or more in a row, each a name and its value, most naming no speaker (or two,
    the speaker's words a person's name: "**User:** Lee" over "**Created:** …"). A
    speaker who asks something there ("**Interviewer:** Why Go?") takes a turn."""
    fields: set[int] = set()
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and _FIELD_RE.match(lines[end]):
            continue
        run = range(start, end)
        spoken = [n for n in run if labels[n] is not None]
        if len(run) >= _FIELDS and len(spoken) * 2 < len(run):
            fields |= {n for n in spoken if not is_question_like(labels[n]["rest"].strip())}
        elif len(run) == 2 and len(spoken) == 1 and _a_name(labels[spoken[0]]["rest"]):
            fields.add(spoken[0])  # "**User:** Lee" over "**Created:** 2/2/2026 8:00"
        start = end + 1
    return fields


def _a_name(value: str) -> bool:
    """Whether a label's words are a name ("Lee", "Anna K."): a short header's user, as
    an export writes it over its date, not words the person said to the assistant."""
    words = value.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _turns(lines: list[str]) -> tuple[list[_Turn], int]:
    """The turns: who asks (the person of a chat, the interviewer of an interview) and
    who answers. In an interview, "Me:" is the candidate, who answers; a candidate's
    answer over several labelled lines is one turn."""
    labels = []
    fenced = False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        labels.append(None if fenced else _label(line))
    for n in _header_fields(lines, labels):
        labels[n] = None
    interview = any(m is not None and _INTERVIEWER_RE.match(m.group("who")) for m in labels)
    turns: list[_Turn] = []
    for number, (line, match) in enumerate(zip(lines, labels, strict=True), start=1):
        if match:
            who = match.group("who")
            asks = _INTERVIEWER_RE.match(who) if interview else _PERSON_RE.match(who)
            rest = match.group("rest").strip()
            if interview and not asks and turns and not turns[-1].person:
                turns[-1].lines.append((number, rest))  # the answer goes on
                continue
            if turns and turns[-1].person == bool(asks) and not _said(turns[-1]):
                # "### User" over "User: how does …": the label typed into the message
                turns[-1].lines.append((number, line))
                continue
            turns.append(_Turn(bool(asks), number, [(number, rest)] if rest else []))
        elif turns:
            if _QUOTED_RE.match(lines[turns[-1].line - 1]):
                line = _QUOTED_RE.sub("", line, count=1)  # a transcript quoted whole
            turns[-1].lines.append((number, line))
    return turns, sum(1 for t in turns if t.person)


_QUOTED_RE = re.compile(r"^\s{0,3}>\s?")


def _said(turn: _Turn) -> bool:
    return any(t.strip() for _, t in turn.lines)


_FIRST_SENTENCE_RE = re.compile(r"^\s*(?:\*\*|__)?[^.!?\n]*[.!?]+(?:\*\*|__)?\s*")


def _plain(line: str) -> str:
    return noise.LEADING_JUNK_RE.sub("", line.replace("**", "").replace("__", ""))


def _offer(lines: list[tuple[int, str]]) -> str:
    """The closing offer of a reply ("Would you like …?"), "" when it makes none."""
    for index, (_, line) in enumerate(lines):
        if noise.OFFER_RE.match(_plain(line.strip())) and all(
            not t.strip() or noise.LIST_LINE_RE.match(t) or noise.OFFER_RE.match(_plain(t.strip()))
            for _, t in lines[index + 1 :]
        ):
            return _plain(line.strip())
    return ""


# A call's opening and closing talk: "Hi, thanks for joining. Can you hear me OK?",
# "That's all I had. Any questions for me?", "Great, that's time."
_SMALL_TALK_RE = re.compile(
    r"^(?:(?:hi|hello|hey|(?:good )?(?:morning|afternoon|evening))(?:[ ,]+\w+)?[ ,]*[.!]?"
    r"|(?:thanks|thank you)(?: (?:so|very) much| a lot| again)?[ ,]*[.!]?"
    r"|[^.!?]*\b(?:can you (?:hear|see) (?:me|my screen)|thanks? (?:you )?for (?:joining"
    r"|coming|taking the time|your time|having me|the chat)"
    r"|sorry (?:i[’']?m|i am|for being) (?:\w+ ){0,4}late"
    r"|nice to (?:meet|see) you|how are you(?: doing)?(?: today)?"
    r"|any questions for (?:me|us)|that[’']?s (?:all|everything) (?:i had|i have|from (?:me|us"
    r"|my side|our side|my end))"
    r"|that[’']?s (?:about )?(?:time|all (?:the )?time we have)|we[’']?re (?:out of|at) time)"
    r"\b[^.!?]*[.!?]?)$",
    re.I,
)


def _without_small_talk(words: str) -> str:
    """A turn without the sentences that only open a call ("Hi, thanks for joining.",
    "Can you hear me OK?"): none of them asks what an interview asks."""
    sentences = _SENTENCE_END_RE.split(words)
    kept = [s for s in sentences if not _SMALL_TALK_RE.match(s.strip())]
    # (any of its sentences: "Cool. Any questions for me?" closes a call too)
    return words if len(kept) == len(sentences) else " ".join(kept)


def _from_its_question(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A turn of several lines (messages sent one after another) from the line that asks
    on its own ("What is …?", a capital letter and a question's opening), where the
    lines before it are casual lead-ins (`_lead_in`); a question wrapped over two lines
    ("Explain X and" / "Y?") is kept whole."""
    said = [(i, t.strip()) for i, (_, t) in enumerate(lines) if t.strip()]
    for at, (index, text) in enumerate(said):
        if at and text[:1].isupper() and INTERROGATIVE_RE.match(text) and ends_asking(text):
            if all(_lead_in(t) for _, t in said[:at]):
                return lines[index:]
            break
    return lines


_LEAD_IN_WORDS = 8
# Emoji written as chat apps' shortcodes at a message's end: ":wave:", ":+1:".
_SHORTCODES_RE = re.compile(r"(?:\s*:[a-z0-9_+-]+:)+\s*$", re.I)


def _lead_in(line: str) -> bool:
    """A chat's casual message before a question: a few words, asking nothing, no
    sentence ("ok quizzing you for tomorrow"); "We use Kafka with 3 partitions." is
    what the question is about, and stays with it."""
    line = _SHORTCODES_RE.sub("", line)  # (Slack's and Discord's ":wave:" is no colon)
    return (
        len(line.split()) <= _LEAD_IN_WORDS
        and not is_question_like(line)
        and not line.rstrip("*_ ").endswith((".", ":", ";", "!"))
    )


def _title(words: str) -> str:
    """A person's turn as a question: without the reply to an offer that starts it
    ("Yes, …", "ok. and …") or the context before what it asks ("I have an interview
    tomorrow. What is …?")."""
    while (shorter := _FILLER_RE.sub("", words)) != words:
        words = shorter
    if "?" in words and _SITUATION_RE.search(words):
        sentences = _SENTENCE_END_RE.split(words)
        kept = 0  # leading sentences about the person, asking nothing
        while (
            kept < len(sentences) - 1
            and (
                _SITUATION_RE.search(sentences[kept])
                or (kept and _GOES_ON_RE.match(sentences[kept]))  # "They use Spark."
            )
            and not sentences[kept].endswith("?")
            and not is_question_like(sentences[kept])
        ):
            kept += 1
        words = " ".join(sentences[kept:])
    return whole_title(words)


def _without_asides(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A turn's lines (its messages) but its social asides ("thanks!! lunch? :pizza:")."""
    return [(n, t) for n, t in lines if not social_aside(t)]


def _clean_reply(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A reply without its opener sentence ("Great question! X is …" keeps "X is …") and
    without the closing offer at its end, on a line of its own or not."""
    kept = list(lines)
    first = next((i for i, (_, t) in enumerate(kept) if t.strip()), None)
    if first is not None and (
        noise.OPENER_RE.match(_plain(kept[first][1])) or noise.announces(kept[first][1])
    ):
        number, line = kept[first]
        rest = _FIRST_SENTENCE_RE.sub("", line, count=1)
        kept[first] = (number, rest)
    for index, (_, line) in enumerate(kept):
        if noise.OFFER_RE.match(_plain(line.strip())) and all(
            not t.strip() or noise.LIST_LINE_RE.match(t) or noise.OFFER_RE.match(_plain(t.strip()))
            for _, t in kept[index + 1 :]
        ):
            return kept[:index]
    return kept


# Where what a person pasted starts: a code fence or a table row.
_MATERIAL_RE = re.compile(r"^\s*(?:```|~~~|\|)")


def _asking_part(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str]:
    """A person's turn as (the lines that ask, the code or table pasted in it): the
    question is "Why does this code leak memory?", not the code too. Only where the
    words ask without the paste: before it ("why does this leak?"), or before and
    after it ("I have this function: … why does it keep old items?"). "What is the
    output of" + code asks with the code: the turn is kept whole."""
    start = next((i for i, (_, t) in enumerate(lines) if _MATERIAL_RE.match(t)), None)
    if start is None or not any(t.strip() for _, t in lines[:start]):
        return lines, ""
    end = start
    fence = lines[start][1].strip()[:3] if not lines[start][1].lstrip().startswith("|") else ""
    for index in range(start + 1, len(lines)):
        text = lines[index][1]
        if fence and text.strip().startswith(fence):
            end = index
            break
        if not fence and not _MATERIAL_RE.match(text):
            break
        end = index
    else:
        end = len(lines) - 1
    after = lines[end + 1 :]
    asking = [*lines[:start], *after]
    words = " ".join(t.strip() for _, t in asking if t.strip())
    if not ends_asking(words) and not any(ends_asking(t) for _, t in after):
        return lines, ""
    return asking, "\n".join(t for _, t in lines[start : end + 1]).strip("\n")


# An offer accepted for one of the things it offered: "yes for attention", "sure, the
# dropout one" after "Would you like code examples for any of these?".
_PICK_RE = re.compile(
    r"^(?:yes|yeah|yep|sure|ok(?:ay)?|please)\b[\s,.!]*(?:please\s+)?"
    r"(?:(?:for|on|with|about)\s+)?(?:the\s+)?(?P<pick>[^?.!:]{1,40}?)"
    r"(?:\s+(?:one|question|please))*[\s.!]*$",
    re.I,
)


def _picks(words: str, title: str) -> bool:
    """Whether a turn accepts the offer before it for the question just answered ("yes
    for attention" after "Explain attention in transformers."): its reply is more of
    that answer, not a question "For attention"."""
    match = _PICK_RE.match(words)
    if not match:
        return False
    picked = [w for w in title_words(match["pick"]) if len(w) > 2]
    asked = set(title_words(title))
    return bool(picked) and all(w in asked for w in picked)


def _without_noise(pair: Pair, keep_noise: bool) -> Pair:
    """A question of a reply without the chat's noise closing it ("Hope this helps!")."""
    if keep_noise:
        return pair
    blocks = noise.strip_noise(split_blocks(enumerate(pair.answer.splitlines())))
    if len(blocks) > 1 and _WISHES_RE.match(blocks[-1].text.strip()):
        blocks.pop()  # "Hope this helps! Good luck with your interview! 🍀"
    return Pair(pair.line, pair.title, blocks_to_markdown(blocks), pair.end_line)


# A reply's last paragraph that only wishes the person well.
_WISHES_RE = re.compile(
    r"^(?:(?:hope (?:this|that|these|it) helps?|good luck|best of luck|all the best"
    r"|happy (?:studying|learning|prepping|practicing|practising)|you[’']ve got this)"
    r"(?: (?:with|on|in|for) [^.!?\n]{1,40})?[\s!.]*\W*)+$",
    re.I,
)


def _go_on(before: ParsedQuestion, answer: str, end: int) -> None:
    """More of the answer before: the reply to a turn that asked nothing new."""
    before.answer_markdown = "\n\n".join(x for x in (before.answer_markdown, answer) if x)
    before.end_line = end


def _without_credit(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The last turn's lines without the credit an exporter writes under the chat, after
    a rule ("---" / "Powered by ChatGPT Exporter"): the document's footer, no answer."""
    rule = next((i for i in range(len(lines) - 1, -1, -1) if SEPARATOR_RE.match(lines[i][1])), None)
    after = [t for _, t in lines[rule + 1 :] if t.strip()] if rule is not None else []
    if after and all(FOOTER_LINE_RE.match(t) for t in after):
        return lines[:rule]
    return lines


def _transcript(text: str) -> tuple[list[str], list[_Turn]] | None:
    """The lines and turns of a chat transcript, or None when the text is not one."""
    if not any_line(_PERSON_LINE_RE, text):
        return None  # decided in C for the usual document
    lines = splitlines_of(text)
    turns, asked = _turns(lines)
    if asked < 2 or asked == len(turns):
        return None
    # the labels must take turns: a person's turn followed by the assistant's, mostly;
    # the last turn has none to follow it ("Interviewer: Great, that's all from me.")
    pairs = sum(1 for a, b in pairwise(turns) if a.person and not b.person)
    if pairs * 10 < (asked - turns[-1].person) * 8:
        return None
    return lines, turns


CHAT_TURN = "chat turn"  # a speaker's label, or the person's own message


def chat_turn_lines(text: str, *, keep_noise: bool = False) -> dict[int, str]:
    """Where a chat transcript is split another way than by its turns (``--split-at
    h3``, ``numbered``: the assistant's own questions), the lines that belong to no
    answer, each with why (1-based): the speakers' labels ("You said:", "ChatGPT
    said:"), the person's messages, and (unless `keep_noise`) the closing offers that
    end the assistant's replies ("Want me to go deeper …?", with a rule right above
    one). Empty when the text is no transcript of a person and an assistant."""
    found = _transcript(text)
    if found is None or any(_INTERVIEWER_RE.match(_who(found[0], t)) for t in found[1]):
        return {}  # (an interview's candidate answers in their own turns: no questions)
    lines, turns = found
    out: dict[int, str] = {}
    for turn in turns:
        if turn.person or not any(n == turn.line for n, _ in turn.lines):
            out[turn.line] = CHAT_TURN  # (an assistant's words on its label's line: kept)
        if turn.person:
            out.update((n, CHAT_TURN) for n, t in turn.lines if t.strip())
            continue
        if keep_noise or not _offer(turn.lines):
            continue
        kept = _clean_reply(turn.lines)
        cut = kept[-1][0] if kept else turn.line
        offered = [n for n, t in turn.lines if n > cut and t.strip()]
        above = [(n, t) for n, t in kept if t.strip()]
        if above and SEPARATOR_RE.match(above[-1][1]):
            offered.append(above[-1][0])  # the rule drawn over the offer
        out.update((n, CHAT_FILLER) for n in offered)
    out.pop(0, None)
    return {n: why for n, why in out.items() if lines[n - 1].strip()}


def without_chat_turns(
    text: str, *, keep_noise: bool = False, source_file: str = ""
) -> tuple[str, list[SkippedRegion]]:
    """`text` with its `chat_turn_lines` blank (the lines keep their numbers), and the
    regions naming them; `text` itself and none where it is no chat transcript."""
    found = chat_turn_lines(text, keep_noise=keep_noise)
    if not found:
        return text, []
    lines = splitlines_of(text)
    for turn in _transcript(text)[1]:  # "Claude: **3. What …?**": the words, no label
        said = [t for n, t in turn.lines if n == turn.line]
        if not turn.person and said:
            lines[turn.line - 1] = said[0]
    regions: list[SkippedRegion] = []
    for number, why in sorted(found.items()):
        lines[number - 1] = ""
        last = regions[-1] if regions else None
        if last is not None and last.reason == why and _only_blank(text, last.end_line, number):
            regions[-1] = replace(last, end_line=number)
        else:
            regions.append(SkippedRegion(number, number, why, source_file))
    return "\n".join(lines), regions


def _only_blank(text: str, after: int, before: int) -> bool:
    lines = splitlines_of(text)
    return not any(lines[n - 1].strip() for n in range(after + 1, before))


def _who(lines: list[str], turn: _Turn) -> str:
    match = _label(lines[turn.line - 1])
    return match["who"] if match else ""


def parse_turns(
    text: str, *, name: str, keep_noise: bool = False, source_file: str = ""
) -> ParsedDocument | None:
    """Questions of a chat transcript, or None when the text is not one."""
    found = _transcript(text)
    if found is None:
        return None
    lines, turns = found
    turns[-1].lines = _without_credit(turns[-1].lines)
    questions: list[ParsedQuestion] = []
    offer = ""  # the offer that closed the reply before
    quizzing = False  # the assistant wrote questions of its own earlier in the chat
    for index, turn in enumerate(turns):
        if not turn.person:
            offer = _offer(turn.lines)
            continue
        asking, material = _asking_part(_without_asides(turn.lines))
        whole, asking = asking, _from_its_question(asking)
        # (a question after its lead-in messages is at its own line, not the lead-in's)
        at = turn.line if asking is whole or not asking else asking[0][0]
        words = _without_small_talk(" ".join(t.strip() for _, t in asking if t.strip()))
        accepted = noise.accepts(words)
        pacing = not words or (not accepted and bool(_PACING_RE.match(words)))
        task = noise.offered_task(offer) if accepted else ""
        title = whole_title(task) if task else _title(words)
        title = title[:1].upper() + title[1:]
        reply = turns[index + 1] if index + 1 < len(turns) and not turns[index + 1].person else None
        answer = ""
        end = max([turn.line, *(n for n, t in turn.lines if t.strip())])
        pairs: list[Pair] = []  # "Q:"/"A:" pairs the reply writes: questions of their own
        topic: tuple[str, ...] = ()  # what the person asked the pairs about
        if reply is not None:
            said, pairs = reply_pairs(
                reply.lines if keep_noise else _clean_reply(_without_asides(reply.lines))
            )
            if not pairs:  # the questions the reply writes ("### 1. What is …?"): as pairs
                asked_for = bool(ASKS_FOR_QUESTIONS_RE.search(words))
                said, pairs = reply_units(said, asked_for=asked_for, quizzing=quizzing)
                if pairs and asked_for:  # "give me 3 sql questions": their topic, "SQL"
                    subject = asked_subject(words, "\n".join(t for _, t in reply.lines))
                    topic = (subject,) if subject else ()
                pairs = [_without_noise(p, keep_noise) for p in pairs]
                quizzing = quizzing or bool(pairs)
            if pairs:  # (the reply's closing offer is in its last question's lines)
                last = max([pairs[-1].end_line, *(n for n, t in reply.lines if t.strip())])
                pairs[-1] = replace(pairs[-1], end_line=last)
                if pairs and (asked_for or not (asks(title) or is_question_like(title))):
                    said = []  # the request is no question, its reply's lead an intro
            blocks = split_blocks(fenced_code(said))  # code pasted without its fences
            kept = blocks if keep_noise else noise.strip_noise(blocks)
            answer = blocks_to_markdown(kept)
            end = max([reply.line, *(n for n, t in said if t.strip())])
            if not pairs:
                end = max([reply.line, *(n for n, t in reply.lines if t.strip())])
        if material:  # the code or table the person asked about: the answer needs it
            answer = "\n\n".join(x for x in (material, answer) if x)
        if pacing:
            # "nice" / "next": no question; a reply with more to say goes on with the
            # answer before. "Thanks!" / "that's enough": the reply only says goodbye.
            going_on = bool(_GOING_ON_RE.search(words)) and not (
                _THANKS_RE.search(words) and not _NEXT_RE.search(words)
            )
            if going_on and questions and len(answer.split()) > _PLEASANTRY_WORDS:
                _go_on(questions[-1], answer, end)
        elif (accepted and not task and questions) or (
            offer and questions and _picks(words, questions[-1].title)
        ):
            _go_on(questions[-1], answer, end)  # "Would you like an example?" / "yes"
        elif reply is None and index == len(turns) - 1 and not is_question_like(title):
            pass  # the last word, asking nothing and answered by no one: "good luck!"
        elif title and (answer or not pairs):  # (a turn that only asks for the pairs: none)
            questions.append(
                ParsedQuestion(title, answer, at, (), end_line=end, source_file=source_file)
            )
        questions += [
            ParsedQuestion(
                p.title, p.answer, p.line, topic, end_line=p.end_line, source_file=source_file
            )
            for p in pairs
        ]
    if not questions:
        return None
    deck = name
    skipped: list[SkippedRegion] = []
    first = turns[0].line
    for number in range(1, first):
        line = lines[number - 1]
        if not line.strip():
            continue
        heading = _TITLE_RE.match(line)
        if heading and deck == name:
            deck = whole_title(heading.group(1)) or name
        reason = "title" if heading else "intro"
        if (
            skipped
            and skipped[-1].reason == reason == "intro"
            and skipped[-1].end_line == number - 1
        ):
            skipped[-1] = replace(skipped[-1], end_line=number)  # (a header block: one region)
            continue
        skipped.append(SkippedRegion(number, number, reason, source_file))
    doc = ParsedDocument(deck, "chat", questions)
    doc.unit = "chat"
    doc.skipped = skipped
    doc.line_breaks = "break"
    return doc
