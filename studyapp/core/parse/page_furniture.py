"""A web page's furniture among its questions, read as Markdown: lines the site puts
there that are no part of any answer ("Also Read: [SOLID principles](/solid)",
"Advertisement", "Share: [Twitter](…) [Facebook](…)", a "Subscribe to our newsletter"
box). Read from a saved page only (`html_page`): a person's own notes saying
"Read more: [the docs](…)" keep it.

A line is furniture when it is, whole:

- a label that sends the reader elsewhere ("Also read", "Related", "Read more",
  "Recommended", "See also", "You may also like") over links and nothing else;
- a lone "Advertisement", "Sponsored", "Ad" (a slot's label, no text of its own);
- a share or follow button's text ("Share on Twitter", "Follow us", "Share: [X](…)");
- a newsletter or sign-up box's heading ("Subscribe to our newsletter"), with the lines
  under it up to the next heading or a line of text that is not the box's (a paragraph
  of more than a few words with no call to sign up).

Such a line becomes a blank line, as the page's other furniture (its ``<nav>``, its
footer) does: lines outside the questions, accounted for as skipped.
"""

from __future__ import annotations

import re

_LINK = r"\[[^\]\n]{1,300}\]\([^)\n]{0,500}\)"
_EMPHASIS = r"[*_]{0,3}"
_SENDING_LABEL = (
    r"(?:also read|read also|read more|read next|more to read|related(?: (?:posts?|articles?"
    r"|reading|questions|links|content|tutorials?))?|recommended(?: (?:reading|posts?|articles?"
    r"|for you))?|see also|must read|you (?:may|might) also like|also see|check out)"
)
# "**Also Read:** [SOLID](/solid)", "Related: [A](/a), [B](/b)", "- Read more: [C](/c)"
_SENDING_RE = re.compile(
    rf"^\s*(?:[-*+]\s+)?{_EMPHASIS}{_SENDING_LABEL}\s*[:\-\u2013\u2014]?\s*{_EMPHASIS}\s*"
    rf"[:\-\u2013\u2014]?\s*(?:{_EMPHASIS}{_LINK}{_EMPHASIS}\s*[,|;/\u00b7\u2022]?\s*)+$",
    re.I,
)
_AD_RE = re.compile(
    rf"^\s*{_EMPHASIS}(?:advertisement|advertising|sponsored(?: content| post)?|ad|ads"
    rf"|promoted|paid partnership){_EMPHASIS}\s*[:.]?\s*$",
    re.I,
)
_SOCIAL = r"(?:twitter|x|facebook|linkedin|reddit|whatsapp|telegram|email|pinterest|hacker news)"
_SHARE_RE = re.compile(
    rf"^\s*(?:#+\s*)?{_EMPHASIS}(?:share(?: (?:this|on {_SOCIAL}|via {_SOCIAL}))?"
    rf"(?: (?:post|article|page|story))?|tweet(?: this)?|follow us(?: on {_SOCIAL})?"
    rf"|like us on {_SOCIAL}){_EMPHASIS}\s*[:!.]?\s*(?:{_EMPHASIS}{_LINK}{_EMPHASIS}"
    rf"\s*[,|;/\u00b7\u2022]?\s*)*$",
    re.I,
)
# A line of share buttons: links to the social sites only ("[Twitter](…) [Facebook](…)").
_SOCIAL_LINKS_RE = re.compile(
    rf"^\s*(?:\[{_SOCIAL}\]\([^)\n]*\)\s*[,|;/\u00b7\u2022]?\s*){{2,}}$",
    re.I,
)
_BOX_HEADING_RE = re.compile(
    r"^\s*#{1,6}\s+(?:(?:subscribe|sign up|join|get)\b.{0,40}\bnewsletter|newsletter"
    r"|subscribe(?: now| for (?:free|updates|more))?|stay (?:updated|in the loop)"
    r"|never miss an? (?:post|update|article))\W*$",
    re.I,
)
_CALL_RE = re.compile(
    r"\b(?:sign up|signup|subscribe|unsubscribe|newsletter|inbox|join (?:now|us)|your email)\b",
    re.I,
)
_HEADING_RE = re.compile(r"^\s*#{1,6}\s")


def furniture_line(line: str) -> bool:
    """Whether a line of a page's Markdown is, whole, one of its furniture (see the
    module)."""
    return bool(
        _SENDING_RE.match(line)
        or _AD_RE.match(line)
        or _SHARE_RE.match(line)
        or _SOCIAL_LINKS_RE.match(line)
    )


def _in_box(line: str) -> bool:
    """Whether a line under a newsletter box's heading is the box's: a call to sign up,
    or a few words (a field's label, "Get weekly tips.")."""
    return bool(_CALL_RE.search(line)) or len(line.split()) <= 6


def without_furniture(lines: list[str]) -> None:
    """Blank the furniture among a page's Markdown lines, in place (see the module). An
    entry may hold several lines ("\\n" before a paragraph of its own): each is read, and
    the entry keeps its count of lines."""
    box = fenced = False
    for index, entry in enumerate(lines):
        parts = entry.split("\n")
        for number, line in enumerate(parts):
            if fenced or line.lstrip().startswith("```"):  # code is no furniture
                fenced ^= line.lstrip().startswith("```")
                continue
            if box and line.strip():
                box = not _HEADING_RE.match(line) and _in_box(line)
            if box or _BOX_HEADING_RE.match(line):
                box = True
                parts[number] = ""
            elif furniture_line(line):
                parts[number] = ""
        lines[index] = "\n".join(parts)
