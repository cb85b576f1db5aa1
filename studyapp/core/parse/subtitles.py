"""A recorded interview's transcript as captions (WebVTT ``.vtt``: Zoom's, Teams',
Google Meet's; SubRip ``.srt``) → the chat it is, line for line::

    1                                        (blank)
    00:00:02.100 --> 00:00:06.400            [0:00] Dana Fox
    Dana Fox: What is vertical scaling?      What is vertical scaling?

Each cue's number and settings are no text; its timing line heads the message where
the cue names its speaker ("Dana Fox: …", WebVTT's ``<v Dana Fox>…``) and the speaker
is not the one before, in the form a chat pasted from a messaging app takes (its
sender and the recording's time: chat_headers reads it and turns the messages into the
interview's turns). A cue that names no one goes on with the message before it;
captions that name no one, or whose names do not take turns (two speakers or more,
each twice), are their text alone, for the general reader.
"""

from __future__ import annotations

import re
from collections import Counter

from studyapp.core.note_kinds import SUBTITLE_SUFFIXES

_TIMING_RE = re.compile(
    r"^\s*(?P<hours>\d{1,2}:)?(?P<minutes>\d{1,2}):\d{2}[.,]\d{1,3}\s+-->\s+"
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?$"
)
_VOICE_RE = re.compile(r"^\s*<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
# "Dana Fox: …", and a transcription's numbered speakers: "Speaker 2: …"
_SAID_RE = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:\s#?\d{1,2})?):\s+(?=\S)"
)
_TAG_RE = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}[^>]*>")
_BLOCKS = ("NOTE", "STYLE", "REGION")  # WebVTT's blocks that are no cue


def subtitles(text: str, suffix: str) -> bool:
    """Whether `text` is captions: a ``.vtt`` or ``.srt`` file, or a text that opens with
    WebVTT's mark or a numbered cue's timing line."""
    if suffix.lower() in SUBTITLE_SUFFIXES:
        return True
    head = [line for line in text[:2000].split("\n")[:8] if line.strip()]
    if head and head[0].strip().startswith("WEBVTT"):
        return True
    return len(head) >= 2 and head[0].strip().isdigit() and bool(_TIMING_RE.match(head[1]))


def to_markdown(text: str) -> str:
    """The captions as the chat they are, one line for each of theirs (see the module)."""
    lines = text.split("\n")
    out = [""] * len(lines)
    heads: dict[int, str] = {}  # the timing lines that head a message: line → header
    names: dict[int, int] = {}  # the text lines that name their speaker: line → its end
    speaker = ""
    timing: int | None = None  # the line of the cue's timing, to head its message
    minutes = 0
    skipping = False  # inside a NOTE, STYLE or REGION block
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            skipping, timing = False, None
            continue
        if skipping or (index == 0 and stripped.startswith("WEBVTT")):
            continue
        if stripped.split(" ", 1)[0] in _BLOCKS and timing is None:
            skipping = True
            continue
        if match := _TIMING_RE.match(line):
            timing = index
            minutes = int((match["hours"] or "0")[:-1] or 0) * 60 + int(match["minutes"])
            continue
        if timing is None and index + 1 < len(lines) and _TIMING_RE.match(lines[index + 1]):
            continue  # the cue's number or name
        said = _VOICE_RE.match(line) or _SAID_RE.match(line)
        if said:
            name = " ".join(said["name"].split())
            names[index] = said.end()
            if name != speaker and timing is not None:
                heads[timing] = f"[{minutes // 60}:{minutes % 60:02d}] {name}"
            speaker = name
        out[index] = _TAG_RE.sub("", line).strip()
        timing = None if said or out[index] else timing
    if _taking_turns(list(heads.values())):  # the names a chat's headers, not its text
        for index, end in names.items():
            out[index] = _TAG_RE.sub("", lines[index][end:]).strip()
        for index, head in heads.items():
            out[index] = head
    return "\n".join(out)


def _taking_turns(heads: list[str]) -> bool:
    """Whether the speakers named take turns: two or more, each twice or more (a cue's
    "Note: …" names no one)."""
    speakers = Counter(head.split("] ", 1)[1] for head in heads)
    return len(speakers) >= 2 and min(speakers.values()) >= 2
