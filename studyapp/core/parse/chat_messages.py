"""What a chat app's export says that no one wrote, and the chats whose messages
label themselves.

- WhatsApp's (and others') system messages: a media file left out ("<Media omitted>",
  "image omitted"), a deleted message ("This message was deleted"), a missed call, and
  the dated lines that name no sender ("Messages and calls are end-to-end encrypted…",
  "Maya added Leo"): no one's text, dropped from the chat.
- A chat whose members write "Q: …" and "A: …" in their messages (two friends quizzing
  each other, both asking by turns): each message's own label says its side, not who
  sent it; a message with no label between them is talk (a greeting, "👍", news), no
  part of a card, unless its sender goes on with the answer they just sent within a
  minute, saying something (an answer sent as two messages; not "lol", "see you").
"""

from __future__ import annotations

import re

from studyapp.core.parse.titles import ends_asking

# A dated line of an export, whatever follows its date and time.
DATED_RE = re.compile(
    r"^\s*\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?\S"
)
_SYSTEM_RE = re.compile(
    r"^\W*(?:<?(?:media|image|video|audio|sticker|gif|document|contact card) omitted>?"
    r"|(?:this message was|you) deleted(?: this message)?|missed (?:voice|video) call"
    r"|null|<this message was edited>)\W*$",
    re.I,
)
_WORD_RE = re.compile(r"\w+")
_OWN_LABEL_RE = re.compile(
    r"^\s*(?:\*\*)?(?P<label>q|a|question|answer)\s*[:.)]\s*(?:\*\*)?\s*", re.I
)


def system(text: str) -> bool:
    """Whether a message's text is the app's, not its sender's ("<Media omitted>")."""
    return bool(_SYSTEM_RE.match(text))


def own_label(text: str) -> str | None:
    """ "Q" or "A" where a message labels itself ("Q: What is …?"), else None."""
    match = _OWN_LABEL_RE.match(text)
    return match["label"][0].upper() if match else None


def self_labelled(texts: list[str]) -> bool:
    """Whether a chat's messages label themselves: two questions or more, an answer."""
    labels = [own_label(text) for text in texts]
    return labels.count("Q") >= 2 and labels.count("A") >= 1


def _says(text: str) -> bool:
    """Whether a message goes on with something said: four words or more that ask
    nothing ("It also stops sending to unhealthy ones."), not "lol", "see you", "what
    time is the call?"."""
    return len(_WORD_RE.findall(text)) >= 4 and not ends_asking(text)


def by_own_labels(
    lines: list[str], order: list[int], messages: dict[int, tuple[str, int, str]]
) -> list[str]:
    """`lines` with each message (at the lines in `order`: its sender, minute and
    text) as a turn of the side its own label says, the talk between them blank."""
    out = list(lines)
    kept: tuple[str, int] | None = None  # the sender and minute of the message before
    for index, start in enumerate(order):
        stop = order[index + 1] if index + 1 < len(order) else len(lines)
        sender, minute, text = messages[start]
        label = own_label(text)
        if label is not None:
            side = "Interviewer:" if label == "Q" else "Me:"
            out[start] = f"{side} {_OWN_LABEL_RE.sub('', text, count=1)}"
            kept = (sender, minute)
        elif kept is not None and kept[0] == sender and 0 <= minute - kept[1] <= 1 and _says(text):
            out[start] = text  # the answer's sender going on with it
            kept = (sender, minute)
        else:
            out[start:stop] = [""] * (stop - start)
            kept = None
    return out
