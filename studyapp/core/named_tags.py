"""Tags an answer NAMES in its prose ("e.g. <br> or <img>"), told from tags it USES.

A frontend deck names elements all the time: "An element with no content, e.g. <br>
or <img>". Read as markup, that `<br>` broke the line and the `<img>` became an
image with no picture, so the sentence read "e.g. / or [image: image]". GitHub and
Obsidian render raw HTML as it comes; they show the same. Here a tag is the text
written, not markup, when it cannot mean anything as markup or the sentence shows it
is named:

- an element that shows nothing or cannot work as written: an image, video, audio,
  frame or embedded object written bare, with no source or any attribute (`<img>`,
  `<video>`, `<source>`; `<img alt="">` is markup, a missing picture), a form
  control or a head element (`<input>`, `<link>`, `<meta>`), which the sanitizer
  drops anyway;
- a tag inside quotes ("the '<br>' tag", “<p>”);
- a tag called one: "the <br> tag", "<img> elements";
- a tag listed with a named one: "<br> or <img>", "<hr>, <br> and <wbr>" — one list
  is all named or all markup.

Markup keeps working: `a<br>b` in a table cell, `<img src="x.png">`, `<b>bold</b>`.
`named_in_prose` decides for a tag found at `start`–`end` of `text` (the rest of the
paragraph around it, other tags still written as tags).
"""

from __future__ import annotations

import re

# Elements that need a source to show anything: without one, a name.
_NEED_SOURCE = frozenset({"img", "video", "audio", "source", "track", "embed", "iframe", "object"})
# Elements that show nothing in an answer (form controls, the head's): always a name.
_NOTHING_SHOWN = frozenset(
    {
        "input", "link", "meta", "base", "param", "area", "col", "colgroup", "option",
        "optgroup", "datalist", "keygen", "html", "body", "slot", "canvas", "dialog",
        "form", "fieldset", "legend", "output", "progress", "meter", "button", "label",
    }
)  # fmt: skip
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "source", "wbr"})
_BARE = re.compile(r"<\s*[A-Za-z][A-Za-z0-9-]*\s*/?\s*>\Z")
_NAME = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)")
# A tag as it may stand in a list: "<br>", "<img/>", attributes and all (a closing
# tag is markup's: its opening one was read before it).
_TAG_TEXT = r"<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"
# What joins the tags of a list: a comma, a slash, "or", "and", "nor", "vs".
_JOIN = r"(?:\s*(?:,|/|;)\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor|vs\.?|versus)\s+)"
_NEXT_IN_LIST = re.compile(rf"{_JOIN}({_TAG_TEXT})")
_PREVIOUS_IN_LIST = re.compile(rf"({_TAG_TEXT}){_JOIN}\Z")
_QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "`": "`"}
_CALLED = re.compile(r"\s+(?:tags?|elements?)\b", re.IGNORECASE)
_CALLED_BEFORE = re.compile(r"\b(?:tags?|elements?)\s+\Z", re.IGNORECASE)
_MAX_LIST = 12  # tags looked at either way: a list, not a page of markup
_REACH = 200  # characters looked back for the tag before (a field of 1,000 tags stays linear)


def tag_name(tag: str) -> str:
    """The element's name, lower case ("img" for `<IMG src=x>`), or ""."""
    found = _NAME.match(tag)
    return found.group(1).lower() if found else ""


def shows_nothing(tag: str) -> bool:
    """Whether `tag`, read as markup, cannot show anything: a name, not markup."""
    name = tag_name(tag)
    if name in _NOTHING_SHOWN:
        return True
    if name in _NEED_SOURCE:
        return _BARE.match(tag) is not None  # `<img alt="">` was written as markup
    return False


def _named_alone(text: str, start: int, end: int) -> bool:
    tag = text[start:end]
    if shows_nothing(tag):
        return True
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    if before in _QUOTES and after == _QUOTES[before]:
        return True
    # "the element <br>": a tag with no partner ("the element <b>must</b>" is markup)
    return _CALLED.match(text, end) is not None or (
        (tag_name(tag) in _VOID or tag.rstrip("> ").endswith("/"))
        and _CALLED_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def named_in_prose(text: str, start: int, end: int) -> bool:
    """Whether the tag at `text[start:end]` is named in the prose rather than used (a
    closing tag never is: its opening one was read as markup before it)."""
    if text.startswith("</", start):
        return False
    if _named_alone(text, start, end):
        return True
    position = end
    for _ in range(_MAX_LIST):
        following = _NEXT_IN_LIST.match(text, position)
        if following is None:
            break
        if _named_alone(text, following.start(1), following.end(1)):
            return True
        position = following.end(1)
    position = start
    for _ in range(_MAX_LIST):
        previous = _PREVIOUS_IN_LIST.search(text, max(0, position - _REACH), position)
        if previous is None:
            break
        if _named_alone(text, previous.start(1), previous.end(1)):
            return True
        position = previous.start(1)
    return False
