"""A chat pasted from a messaging app, each message under a header line of its own that
names its sender and time, as Teams, Slack and Discord ("alex_k — Today at 9:41 PM")
copy them (or on the line that names them after its date, as WhatsApp exports a chat)::

    [10:02] Alex Kim                 Alex Kim  10:02 AM
    What is a mutex?                 What is a mutex?
    [10:03] Me                       Me  10:03 AM
    A lock one thread holds.         A lock one thread holds.

Read as the interview it is, line for line: each header becomes the label of a turn
("Interviewer:" / "Me:") for the chat layer (turns.py). The candidate is the sender
named "Me" (or "You"); where none is, the sender who asks least (of those, the one who
says most) answers, the others ask. Only where two senders or more take turns, one of
them coming back, four turns in all: one person's pasted list under a header or two is
left as it is. One side's messages in a row are one turn. The app's own lines
("<Media omitted>") are no one's, and a chat whose messages say "Q:" and "A:" takes
each message's side from its label (chat_messages). A sender is named as
people are ("Alex Kim", "alex_k", "Me"), not described ("Reading chapter 3", "Mock
interview"), and a reply comes within minutes: a study log's "09:00 Reading" /
"10:30 Practice" are blocks of time, not turns.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from studyapp.core.parse import chat_messages
from studyapp.core.parse.titles import ends_asking
from studyapp.core.parse.tree import Document
from studyapp.core.parse.turns import ASSISTANT, CANDIDATE, INTERVIEWER, PERSON
from studyapp.core.parse.units import Unit

# A sender's name, or a role numbered on a panel ("Interviewer 2", "Panelist #1").
_NAME = r"(?P<name>[A-Za-z][\w.'’-]*(?:\s[A-Za-z][\w.'’-]*){0,3}(?:\s#?\d{1,2})?)"
_TIME = r"\[?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?(?:\s?(?P<half>[AaPp])\.?[Mm]\.?)?\]?"
# A chat app's export, each message on its line after its date, time and sender:
# WhatsApp's "12/03/2024, 21:04 - Priya: What is …?" and "[12/03/2024, 21:04:10] Priya:
# What is …?", as other apps' exports write them too.
_DATED_MESSAGE_RE = re.compile(
    r"^\s*\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?(?:\s?(?P<half>[AaPp])\.?[Mm]\.?)?\]?"
    rf"\s*(?:[-–]\s*)?{_NAME}:\s+(?P<text>\S.*)$"
)
_HEADER_RES = (
    re.compile(rf"^\s*{_TIME}\s+{_NAME}\s*:?\s*$"),  # "[10:02] Alex Kim"
    re.compile(rf"^\s*{_NAME}\s+{_TIME}\s*$"),  # "Alex Kim  10:02 AM"
    _DATED_MESSAGE_RE,  # "12/03/2024, 21:04 - Alex Kim: What is …?"
    # Discord's "alex_k — Today at 9:41 PM", "alex_k — 03/14/2024 9:41 PM"
    re.compile(
        rf"^\s*{_NAME}\s+[—–-]\s+(?:(?:today|yesterday)\s+at|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}})"
        rf"\s+{_TIME}\s*$",
        re.I,
    ),
)
# A time of day anywhere, looked for first: most notes have none.
_TIME_HINT_RE = re.compile(r":\d\d")  # (a literal first: searched by memchr)
_SELF_RE = re.compile(r"^(?:me|you|myself)$", re.I)
# A transcription app's speakers, numbered ("Speaker 1  0:03", Otter's and others').
_SPEAKER_RE = re.compile(r"^speaker\s*\d{1,2}$", re.I)
_ROLE_RE = re.compile(rf"^(?:{PERSON}|{ASSISTANT}|{INTERVIEWER}|{CANDIDATE})$", re.I)


# A reply comes within this many minutes of the message before it (half of them do).
_REPLY_MINUTES = 20


def _described(name: str) -> bool:
    """Whether a header's "name" describes something rather than naming someone: a
    capitalised first word with a lower-case or numeric last one ("Reading chapter 3",
    "Mock interview"); a person's name ("Alex Kim", "Juan de la Cruz") ends as it opens."""
    words = name.split()
    if _ROLE_RE.match(name) or _SPEAKER_RE.match(name):
        return False  # "Hiring manager", "ChatGPT", a recording's "Speaker 2": a speaker
    return len(words) > 1 and words[0][0].isupper() and not words[-1][0].isupper()


def _stamped(line: str, *, described: bool = False) -> tuple[str, int] | None:
    """A header line's sender and its time in minutes of the day, or None (and None
    for a sender described rather than named, unless `described`)."""
    if not line[:1].strip() and not line.strip():
        return None
    for pattern in _HEADER_RES:
        match = pattern.match(line)
        if match:
            name = match["name"].strip()
            if _described(name) and not described:
                return None
            hour = int(match["hour"]) % 12 if match["half"] else int(match["hour"])
            hour += 12 if (match["half"] or "").lower() == "p" else 0
            return name, hour * 60 + int(match["minute"])
    return None


def _header(line: str) -> str | None:
    stamped = _stamped(line)
    return stamped[0] if stamped else None


def _replies_within_minutes(times: list[int]) -> bool:
    """Whether most messages follow the one before within minutes, as replies do (a
    log's entries are blocks of time: "09:00" / "10:30" / "13:00")."""
    gaps = sorted((b - a) % (24 * 60) for a, b in pairwise(times))
    return not gaps or gaps[(len(gaps) - 1) // 2] <= _REPLY_MINUTES


def before_message(doc: Document, unit: Unit, stop: int) -> int:
    """The last answer without a message pasted after it ("Tom Lee  10:50 AM" /
    "thanks!! super helpful"), where the notes head two messages or more so."""
    after = next(
        (
            n
            for n in range(unit.title_end + 1, stop + 1)
            if ":" in doc.line(n) and _header(doc.line(n))
        ),
        0,
    )
    if not after or not _opens_with_a_header(doc, unit.line):
        return stop  # a time in ordinary notes ("Submit by 5:00 PM") is no sender
    return max(after - 1, unit.title_end)


def _opens_with_a_header(doc: Document, before: int) -> bool:
    """Whether the notes open with a message's header line (a pasted chat does: "Priya
    Shah  10:42 AM"; notes under a title or heading with a schedule in them do not)."""
    for n in range(1, before):
        line = doc.line(n)
        if line.strip():
            return bool(":" in line and _header(line))
    return False


def _a_chat(names: list[str], *, ours: bool = False) -> bool:
    """Whether header lines naming these senders, in order, are a chat: two senders or
    more taking turns, each turn one message or several in a row, one sender coming
    back for two turns or more, four in all (a schedule's "09:00 Welcome" / "10:00
    Coding round" names no sender twice). Any number of senders: a group chat's
    members who speak once count too. In a chat the person took part in (`ours`: a
    sender named "Me"), the two sides count: a panel's second interviewer may ask once."""
    if ours:
        names = ["me" if _SELF_RE.match(name) else "them" for name in names]
    # (a sender's messages sent one after another are one turn: a chat app's export
    # gives each its own line, "ok quizzing you" then "What is …?")
    names = [name for index, name in enumerate(names) if not index or name != names[index - 1]]
    senders = Counter(names)
    # (a group chat's third or fourth member may say one thing: someone coming back
    # to reply is what makes it a conversation, whoever else speaks once)
    return len(senders) >= 2 and max(senders.values()) >= 2 and len(names) >= 4


def _any_header(text: str) -> bool:
    """Whether a line of `text` heads a message: only the lines that hold a time are
    read (found at C speed; the usual note has none, a note of URLs a few)."""
    for match in _TIME_HINT_RE.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if _header(text[start : end if end >= 0 else len(text)]):
            return True
    return False


def _dated_lines(lines: list[str]) -> list[int]:
    """The lines that open with a date and time, as a chat app's export writes each."""
    return [n for n, line in enumerate(lines) if chat_messages.DATED_RE.match(line)]


def labelled(text: str) -> str:
    """`text` with its senders' header lines as turn labels, or `text` itself."""
    if not _any_header(text):
        return text
    lines = text.split("\n")
    stamps = {n: s for n, line in enumerate(lines) if (s := _stamped(line, described=True))}
    texts = {n: m["text"] for n in stamps if (m := _DATED_MESSAGE_RE.match(lines[n]))}
    # The app's own lines: "<Media omitted>", and dated lines that name no sender
    # ("… - Messages and calls are end-to-end encrypted. …"): no one's turn.
    apps = {n for n, words in texts.items() if chat_messages.system(words)}
    apps |= {n for n in _dated_lines(lines) if n not in stamps}
    stamps = {n: s for n, s in stamps.items() if n not in apps}
    # A sender named "Me" makes it a chat the person took part in: then a role written
    # in lower case ("Tech lead", "Senior recruiter") names the other side, and a
    # mentor's replies may come hours apart. Without one, a log's "Reading chapter 3"
    # entries, hours apart, are no senders.
    ours = any(_SELF_RE.match(name) for name, _ in stamps.values())
    if not ours:
        stamps = {n: s for n, s in stamps.items() if not _described(s[0])}
    headers = {n: name for n, (name, _) in stamps.items()}
    order = sorted(headers)
    if not _a_chat([headers[n] for n in order], ours=ours):
        return text
    if not ours and not _replies_within_minutes([stamps[n][1] for n in order]):
        return text
    lines = ["" if n in apps else line for n, line in enumerate(lines)]
    if texts and chat_messages.self_labelled([texts[n] for n in order if n in texts]):
        messages = {n: (*stamps[n], texts.get(n, "")) for n in order}
        return "\n".join(chat_messages.by_own_labels(lines, order, messages))
    senders = Counter(headers.values())
    asking: Counter[str] = Counter()
    telling: Counter[str] = Counter()  # (lines that ask nothing)
    for index, start in enumerate(order):
        stop = order[index + 1] if index + 1 < len(order) else len(lines)
        message = _DATED_MESSAGE_RE.match(lines[start])  # (its text on the header's line)
        said = [message["text"]] if message else []
        for line in [*said, *lines[start + 1 : stop]]:
            if line.strip():
                (asking if ends_asking(line) else telling)[headers[start]] += 1
    selves = [s for s in senders if _SELF_RE.match(s)]
    # (of a group chat's members who ask nothing, the one who answers is the one who
    # says the most: not the one who said "ok" once)
    candidate = selves[0] if selves else min(senders, key=lambda s: (asking[s], -telling[s], s))
    out = list(lines)
    before = ""  # the label of the message before
    for n in order:
        label = "Me:" if headers[n] == candidate else "Interviewer:"
        message = _DATED_MESSAGE_RE.match(lines[n])  # (its text on the header's line)
        if message is None:
            out[n] = "" if label == before else label  # (one turn, as below)
        else:  # one side's messages one after another are one turn, as a header's lines are
            out[n] = message["text"] if label == before else f"{label} {message['text']}"
        before = label
    return "\n".join(out)
