"""Obsidian notes: YAML front matter, Spaced Repetition flashcards, Obsidian-only Markdown.

What this module owns:

- `read_front_matter`: the ``---`` block at the top of a note, read by hand (the
  simple ``key: value``, ``key: [a, b]`` and ``- item`` forms notes use; no YAML
  dependency), and how many lines it takes;
- `find_cards`: the cards of the Obsidian Spaced Repetition plugin, with their
  source lines: multi-line cards (front, a ``?`` or reversed ``??`` line, back; a
  card ends at a blank line, a back may hold a fenced code block) and single-line
  ``front::back`` / reversed ``front:::back`` cards, never inside code and never
  a C++/Rust path such as ``std::vector``;
- `clean_obsidian`: ``[[links]]`` and ``![[embeds]]`` as plain Markdown
  (``==highlights==`` are kept: the answer pane marks them), and `unhighlighted`
  for a title's highlights as their words;
- `parse_flashcards`: a whole note as questions, for the engine to offer as its
  ``card`` unit (sections from the note's headings, else its front matter).
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.parse.line_search import lines_of
from studyapp.core.parse.titles import FLASHCARD_TAG_RE, outside_code_spans
from studyapp.core.question_tags import record_tag

__all__ = [
    "Card",
    "card_title",
    "clean_obsidian",
    "fenced_lines",
    "find_cards",
    "front_matter_difficulty",
    "front_matter_tags",
    "front_matter_topics",
    "parse_flashcards",
    "read_front_matter",
    "unhighlighted",
]

_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SEPARATOR_RE = re.compile(r"^\s*(\?\??)\s*$")
_SR_COMMENT_RE = re.compile(r"\s*<!--SR:.*?-->")
_SR_ONLY_RE = re.compile(r"^\s*<!--SR:.*?-->\s*$")
_FLASHCARD_TAG_RE = FLASHCARD_TAG_RE  # the deck tags, defined beside the titles they leave
_INLINE_SEP_RE = re.compile(r"(?<!:):{2,3}(?!:)")
# RemNote's single-line cards: "front >> back", "front <> back" (both ways), and its
# descriptors, "front ;; back" (a concept's property: "Iterator vs iterable ;; …").
_REMNOTE_SEP_RE = re.compile(r"(?<=\S)[ \t]+(>>|<>|;;)[ \t]+(?=\S)")
# A list item whose line ends in a card's separator, its back the items nested under it
# (RemNote's multi-line "front >>>", and "front >>", "front ::", "front <>" so written).
# (RemNote's own export writes ">>>" against the front: "What is XSS?>>>")
_OPEN_SEP_RE = re.compile(r"(?:(?<=\S)[ \t]+(?:>>>|>>|<>|::)|(?<=[^\s>])>>>)[ \t]*$")
_CODE_SPAN_RE = re.compile(r"(`+).+?\1")
_URL_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.I)
_IDENT = r"[A-Za-z_~][\w~]*"
# `a::b::c`, `Foo::bar(`, `std::vector<`, `println!`, `Self::new` …: code, not a card.
_PATH_RE = re.compile(rf"{_IDENT}(?:::{_IDENT}){{2,}}|{_IDENT}::{_IDENT}[(<{{!;]")
_PATH_ROOTS = frozenset({"std", "boost", "crate", "self", "super", "Self", "core", "alloc"})
_LIST_MARKER_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# (the note's name may be left out: "![[#Part]]" embeds a part of the same note)
_WIKI_EMBED_RE = re.compile(r"!\[\[([^\]|#]*?)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]")
# An embedded picture's size, after its bar: "|300" (width) or "|300x200".
_EMBED_SIZE_RE = re.compile(r"\s*(\d{1,5})(?:\s*x\s*(\d{1,5}))?\s*")
_WIKI_LINK_RE = re.compile(r"\[\[([^\]|]+?)(?:\|([^\]]+))?\]\]")
_OBSIDIAN_COMMENT_RE = re.compile(r"(?<![ \t])[ \t]*%%.*?%%", re.S)  # (and the space before)
# An Excalidraw drawing's file, as a note embeds it ("![[Drawing 2024-03-02.excalidraw]]"):
# no picture here, but said to be a drawing.
_DRAWING_RE = re.compile(r"\.excalidraw(?:\.md)?$", re.I)
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".avif")


@dataclass(slots=True, frozen=True)
class Card:
    """One flashcard with the source lines it spans (1-based, inclusive)."""

    line: int
    end_line: int
    front: str
    back: str
    reversed: bool = False


# --- front matter -----------------------------------------------------------------


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)  # a trailing YAML comment


def _flow_list(value: str) -> list[str]:
    inner = value.strip()[1:-1]
    return [_scalar(item) for item in inner.split(",") if item.strip()]


def read_front_matter(text: str) -> tuple[dict, int]:
    """The note's front matter as a dict, and the number of lines it takes (0: none).

    Top-level ``key: value`` pairs become strings, ``key: [a, b]`` and ``key:``
    followed by ``- item`` lines become lists of strings; a list item that is a
    mapping (``- slug: x``) becomes a dict of its ``key: value`` lines. Comments
    and anything deeper are skipped. Front matter that never closes is not front
    matter.
    """
    if text.split("\n", 1)[0].strip() != "---":
        return {}, 0  # (the first line alone: a whole big file was cut to see it)
    lines = lines_of(text)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
    if not end:
        return {}, 0
    data: dict = {}
    key = ""
    for raw in lines[1:end]:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indented = raw[:1] in (" ", "\t")
        item = re.match(r"^\s*-\s*(.*)$", raw)
        if item and key:
            _add_item(data, key, item.group(1))
        elif indented and key and isinstance(data.get(key), list) and data[key]:
            pair = re.match(r"^\s*([\w-]+)\s*:\s*(.*)$", raw)
            if pair and isinstance(data[key][-1], dict):
                data[key][-1][pair.group(1)] = _scalar(pair.group(2))
        elif not indented:
            pair = re.match(r"^([^:#][^:]*?)\s*:(?:\s+(.*))?$", raw)
            if not pair:
                key = ""
                continue
            key, value = pair.group(1).strip(), (pair.group(2) or "").strip()
            if value.startswith("[") and value.endswith("]"):
                data[key] = _flow_list(value)
            elif value:
                data[key] = _scalar(value)
            else:
                data[key] = []
    return data, end + 1


def _add_item(data: dict, key: str, text: str) -> None:
    if not isinstance(data.get(key), list):
        data[key] = []
    pair = re.match(r"^([\w-]+)\s*:\s*(.*)$", text)
    data[key].append({pair.group(1): _scalar(pair.group(2))} if pair else _scalar(text))


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [part for part in re.split(r"[,\s]+", value) if part]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str) and item]
    return []


def front_matter_tags(meta: dict) -> tuple[str, ...]:
    """The note's tags (``tags``/``tag``), without a leading ``#``."""
    tags = _as_list(meta.get("tags")) + _as_list(meta.get("tag"))
    return tuple(dict.fromkeys(tag.lstrip("#") for tag in tags if tag.lstrip("#")))


def front_matter_difficulty(meta: dict) -> tuple[str, ...]:
    """A one-question note's ``difficulty: medium`` as its tag ("Difficulty::Medium"),
    as a practice log's "(Medium)" after a problem's name or a Difficulty column
    tags a question; none where the note gives no such short value."""
    value = meta.get("difficulty")
    value = " ".join(value.split()) if isinstance(value, str) else ""
    if not value or len(value) > 20:
        return ()
    return (record_tag("Difficulty", f"{value[0].upper()}{value[1:].replace(' ', '-')}"),)


def front_matter_topics(meta: dict) -> tuple[str, ...]:
    """A topic path from the front matter: ``topic``, else a ``flashcards/…`` deck tag."""
    topic = meta.get("topic")
    if isinstance(topic, list):
        topic = topic[0] if topic else ""
    if isinstance(topic, str) and topic.strip():
        return tuple(p.strip() for p in topic.split("/") if p.strip())
    for tag in front_matter_tags(meta):
        if tag.startswith("flashcards/"):
            return tuple(p for p in tag.split("/")[1:] if p)
    return ()


# --- cards ------------------------------------------------------------------------


def fenced_lines(lines: list[tuple[int, str]]) -> list[bool]:
    """For each line: inside a fenced code block, or a fence line itself."""
    inside: list[bool] = []
    fence = ""
    for _, text in lines:
        marker = _FENCE_RE.match(text)
        if fence:
            inside.append(True)
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = ""
        elif marker:
            fence = marker.group(1)
            inside.append(True)
        else:
            inside.append(False)
    return inside


def _clean_side(text: str) -> str:
    text = _SR_COMMENT_RE.sub("", text)
    return "\n".join(_FLASHCARD_TAG_RE.sub("", line).rstrip() for line in text.split("\n")).strip()


def _multi_line_card(
    lines: list[tuple[int, str]], fenced: list[bool], at: int, floor: int
) -> tuple[Card, int] | None:
    """The card whose separator is lines[at]; None for a stray ``?``. Returns the card
    and the index of its last line. `floor` is the first index the front may use."""
    front_idx: list[int] = []
    j = at - 1
    while j >= floor:
        text = lines[j][1]
        if not text.strip() or fenced[j] or _SR_ONLY_RE.match(text):
            break
        if _HEADING_RE.match(text):
            if not front_idx:
                front_idx.append(j)  # a heading right above the separator is the front
            break
        front_idx.append(j)
        j -= 1
    front_idx.reverse()
    front_lines = [_heading_text(lines[i][1]) for i in front_idx]
    front = _clean_side("\n".join(front_lines))
    if not front:
        return None
    back_lines: list[str] = []
    last = at
    k = at + 1
    fence = ""
    while k < len(lines):
        text = lines[k][1]
        marker = _FENCE_RE.match(text)
        if fence:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = ""
        elif not text.strip() or _SR_ONLY_RE.match(text) or _HEADING_RE.match(text):
            break
        elif _SEPARATOR_RE.match(text):
            break  # the next card's separator with no blank line between: stop before it
        elif marker:
            fence = marker.group(1)
        back_lines.append(text)
        last = k
        k += 1
    if back_lines and _SEPARATOR_RE.match(lines[k][1] if k < len(lines) else ""):
        back_lines.pop()  # that line was the next card's front
        last -= 1
    reversed_ = _SEPARATOR_RE.match(lines[at][1]).group(1) == "??"
    back = _clean_side("\n".join(back_lines))
    card = Card(lines[front_idx[0]][0], lines[last][0], front, back, reversed_)
    return card, last


def _heading_text(text: str) -> str:
    match = _HEADING_RE.match(text)
    return match.group(2) if match else text


def _masked(text: str) -> str:
    """`text` with its code spans, URLs and paths blanked out (same length)."""
    masked = _CODE_SPAN_RE.sub(lambda m: "\0" * len(m.group(0)), text)
    masked = _URL_RE.sub(lambda m: "\0" * len(m.group(0)), masked)
    return _PATH_RE.sub(lambda m: "\0" * len(m.group(0)), masked)


def _remnote_separator(text: str) -> re.Match[str] | None:
    """RemNote's ``front >> back`` (and ``<>``, both ways; ``;;``), spaced, outside code."""
    if ">>" not in text and "<>" not in text and ";;" not in text:
        return None  # the usual line, HTML's ">" included
    match = _REMNOTE_SEP_RE.search(_masked(text))
    return match if match and match.string[: match.start()].strip("\0 -*+") else None


def _inline_separator(text: str) -> re.Match[str] | None:
    """The ``::``/``:::`` that splits a single-line card, outside code, URLs and paths."""
    masked = _masked(text)
    for match in _INLINE_SEP_RE.finditer(masked):
        root = re.search(rf"({_IDENT})$", masked[: match.start()])
        after = masked[match.end() : match.end() + 1]
        if root and root.group(1) in _PATH_ROOTS and after.isalpha():
            continue  # std::move, crate::x
        front, back = masked[: match.start()].strip(), masked[match.end() :].strip()
        if front.strip("\0 ") and back.strip("\0 "):
            return match
    return None


# An Anki cloze deletion, with its hint: "{{c1::443}}", "{{c2::SYN, ACK::the flags}}".
CLOZE_RE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.S)


def find_cards(lines: list[tuple[int, str]]) -> list[Card]:
    """The Spaced Repetition cards among numbered lines (line number, text), in order."""
    fenced = fenced_lines(lines)
    cards: list[Card] = []
    taken: set[int] = set()
    floor = 0
    for index, (_, text) in enumerate(lines):
        if index < floor or fenced[index] or not _SEPARATOR_RE.match(text):
            continue
        found = _multi_line_card(lines, fenced, index, floor)
        if found is None:
            continue
        card, last = found
        cards.append(card)
        first = next(i for i in range(index, -1, -1) if lines[i][0] == card.line)
        taken.update(range(first, last + 1))
        floor = last + 1
    remnote: list[Card] = []
    for index, (number, text) in enumerate(lines):
        if "::" not in text and ">>" not in text and "<>" not in text and ";;" not in text:
            continue  # no separator: the usual line
        if index in taken or fenced[index] or _HEADING_RE.match(text):
            continue
        if text.lstrip().startswith(("|", ">")):
            continue  # table rows and quotes are note text
        if "{{c" in text and CLOZE_RE.search(re.sub(r"`[^`]*`", "", text)):
            # Anki's cloze ("HTTPS listens on {{c1::443}}."): the blanks asked, the
            # whole sentence the answer
            sentence = _LIST_MARKER_RE.sub("", text).strip()
            front = CLOZE_RE.sub(lambda m: f"[{m.group(2) or '…'}]", sentence)
            cards.append(Card(number, number, front, CLOZE_RE.sub(r"\1", sentence), False))
            continue
        match = _inline_separator(text) if "::" in text else None
        found = cards
        if match is None:
            match, found = _remnote_separator(text), remnote
        more = []
        if match is None:
            match = _OPEN_SEP_RE.search(_masked(text)) if _LIST_MARKER_RE.match(text) else None
            more = _nested_below(lines, fenced, index) if match else []
            if not more:
                continue
        front = _LIST_MARKER_RE.sub("", text[: match.start()])
        if more:  # the nested items as written, their margin left out
            back = textwrap.dedent("\n".join(lines[i][1] for i in more))
        else:
            more = _item_goes_on(lines, fenced, index) if front != text[: match.start()] else []
            back = "\n".join([text[match.end() :], *(lines[i][1].strip() for i in more)])
        front, back = _clean_side(front), _clean_side(back)
        if front and back:
            both = len(match.group(0)) == 3 or match.group(0).strip() == "<>"
            last = lines[more[-1]][0] if more else number
            found.append(Card(number, last, front, back, both))
    if len(remnote) >= 2:  # one "x >> 2" in a note is a shift, not a card
        cards.extend(remnote)
    cards.sort(key=lambda card: card.line)
    return cards


def _item_goes_on(lines: list[tuple[int, str]], fenced: list[bool], index: int) -> list[int]:
    """The lines after a list item's card line that go on with its text: indented
    past the marker, not a list item of their own (Org's "- term :: a definition" /
    "  that wraps")."""
    text = lines[index][1]
    indent = len(text) - len(text.lstrip())
    more = []
    for at in range(index + 1, len(lines)):
        line = lines[at][1]
        if fenced[at] or not line.strip() or _LIST_MARKER_RE.match(line) or "::" in line:
            break
        if len(line) - len(line.lstrip()) <= indent:
            break
        more.append(at)
    return more


def _nested_below(lines: list[tuple[int, str]], fenced: list[bool], index: int) -> list[int]:
    """The lines nested under a list item's line (indented past its own margin, blank
    lines between them), the back of a card whose separator ends the item's line."""
    text = lines[index][1]
    indent = len(text) - len(text.lstrip())
    more: list[int] = []
    for at in range(index + 1, len(lines)):
        line = lines[at][1]
        if not line.strip() and not fenced[at]:
            continue
        if not fenced[at] and len(line) - len(line.lstrip()) <= indent:
            break
        more.append(at)
    return more


def card_title(card: Card) -> str:
    """A card's front as a one-line question title: no list markers, emphasis or code
    marks, Obsidian links as their text."""
    text = "\n".join(_LIST_MARKER_RE.sub("", line) for line in card.front.split("\n"))
    text = unhighlighted(clean_obsidian(text))
    # (emphasis read outside code spans only: "`__init__`" is a name, not bold "init")
    text = outside_code_spans(text, lambda part: _CARD_EMPHASIS_RE.sub(_emphasised, part))
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return " ".join(text.split())


_CARD_EMPHASIS_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|(?<!\w)\*(.+?)\*")


def _emphasised(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g)


# --- Obsidian Markdown -------------------------------------------------------------


def _embed(match: re.Match[str]) -> str:
    target = match.group(1).strip()
    if not target.lower().endswith(_IMAGE_SUFFIXES):
        return _embed_name(match)
    src = target.replace(" ", "%20")
    size = _EMBED_SIZE_RE.fullmatch(match.group(3) or "")
    if size is None:
        return f"![{target}]({src})"
    # Drawn at the size the note gives it, as Obsidian draws it: an HTML picture, as
    # Markdown's own has no size ("![[chart.png|300]]" is 300 pixels wide).
    width, height = size.groups()
    sized = f'width="{width}"' + (f' height="{height}"' if height else "")
    return f'<img src="{html.escape(src)}" alt="{html.escape(target)}" {sized}>'


def _embed_name(match: re.Match[str]) -> str:
    """An embedded note or part, which cannot be shown here, named as a link to it reads
    ("![[snippets#Decorator factory]]" → "snippets > Decorator factory"; a part of the
    same note, "![[#Costs]]", is "Costs"); a drawing as one ("(drawing: Drawing 1)")."""
    target = match.group(1).strip()
    if drawing := _DRAWING_RE.search(target):
        return f"(drawing: {target[: drawing.start()]})"  # its name, not its file's
    part = (match.group(2) or "").strip().lstrip("^").strip()
    return " > ".join(p for p in (target, part) if p) or match.group(0)


def _wiki_link(match: re.Match[str]) -> str:
    if match.group(2):
        return match.group(2).strip()
    # "[[Note#Part]]" → "Note > Part"; a link to a part of its own note, "[[#Part]]",
    # is "Part" (not " > Part", a quote at a line's start); a block's "^id" its id
    parts = (part.strip().lstrip("^").strip() for part in match.group(1).split("#"))
    return " > ".join(part for part in parts if part) or match.group(0)


# A block's id at the end of its last line, or alone below it ("… text ^borrow-rules"),
# which Obsidian hides: a link target, no text.
_BLOCK_ID_RE = re.compile(r"(?:[ \t]+|^)\^[A-Za-z0-9-]+[ \t]*$", re.M)


def _clean_prose(text: str) -> str:
    text = _OBSIDIAN_COMMENT_RE.sub("", text)
    if "^" in text:
        text = _BLOCK_ID_RE.sub("", text)
    text = _WIKI_EMBED_RE.sub(_embed, text)
    return _WIKI_LINK_RE.sub(_wiki_link, text)


# A highlight in a title's plain text: not "==" between words ("x==y") or in "===".
_TITLE_HIGHLIGHT_RE = re.compile(r"(?<![=\w])==(?![\s=])(.+?)(?<![\s=])==(?![=\w])")


def obsidian_title(title: str) -> str:
    """A title's Obsidian markup read: links and embeds as their names, highlights as
    their words, comments and a block id gone. A title is plain text (its code spans'
    backticks already gone), so nothing else is read as Markdown again: the title of
    ``What does `if __name__ == "__main__":` do?`` keeps its underscores."""
    text = _OBSIDIAN_COMMENT_RE.sub(" ", title)
    if "^" in text:
        text = _BLOCK_ID_RE.sub("", text)
    text = _WIKI_EMBED_RE.sub(_embed_name, text)
    text = _WIKI_LINK_RE.sub(_wiki_link, text)
    return " ".join(unhighlighted(text).split())


def unhighlighted(text: str) -> str:
    """A title's ``==highlights==`` as their words (an answer keeps them marked)."""
    return _TITLE_HIGHLIGHT_RE.sub(r"\1", text) if "==" in text else text


def clean_obsidian(md: str) -> str:
    """Obsidian-only Markdown as plain Markdown; fenced code and code spans untouched."""
    out: list[str] = []
    prose: list[str] = []
    fence = ""

    def flush() -> None:
        if prose:
            block = "\n".join(prose)
            parts, end = [], 0
            for span in _CODE_SPAN_RE.finditer(block):
                parts += [_clean_prose(block[end : span.start()]), span.group(0)]
                end = span.end()
            out.append("".join([*parts, _clean_prose(block[end:])]))
            prose.clear()

    for line in md.split("\n"):
        marker = _FENCE_RE.match(line)
        if fence or marker:
            flush()
            out.append(line)
            if fence and marker and marker.group(1)[0] == fence[0]:
                fence = "" if len(marker.group(1)) >= len(fence) else fence
            elif not fence and marker:
                fence = marker.group(1)
        else:
            prose.append(line)
    flush()
    return "\n".join(out)


# --- a whole note ------------------------------------------------------------------


def parse_flashcards(text: str, *, name: str) -> ParsedDocument | None:
    """A note's Spaced Repetition cards as questions; None when it has no card.

    Topics come from the note's headings above each card (a lone ``#`` title is the
    note's name, not a topic), else from its front matter. Tags are the front
    matter's plus the note's ``#flashcards/…`` tags.
    """
    meta, skip = read_front_matter(text)
    numbered = list(enumerate(text.split("\n"), start=1))[skip:]
    cards = find_cards(numbered)
    if not cards:
        return None
    tags = list(front_matter_tags(meta))
    for _, line in numbered:
        tags += [tag.lstrip("#") for tag in _FLASHCARD_TAG_RE.findall(line)]
    fronts = {card.line for card in cards}  # a heading that is a card's front is no section
    sections, title = _sections(numbered, fronts)
    fallback = front_matter_topics(meta)
    questions = []
    for card in cards:
        path = _section_at(sections, card.line) or fallback
        questions.append(
            ParsedQuestion(
                card_title(card),
                clean_obsidian(card.back),
                card.line,
                path,
                end_line=card.end_line,
                tags=tuple(dict.fromkeys(tags)),
                raw_title=card.front,
            )
        )
    has_sections = any(q.topic_path for q in questions)
    meta_title = meta.get("title") if isinstance(meta.get("title"), str) else ""
    return ParsedDocument(
        meta_title or title or name,
        "markdown",
        questions,
        has_sections=has_sections,
        unit="card",
        candidates={"card": len(questions)},
        line_breaks="break",
    )


def _sections(
    numbered: list[tuple[int, str]], fronts: set[int]
) -> tuple[list[tuple[int, tuple[str, ...]]], str]:
    """(line, heading path) at each heading outside code and not on a `fronts` line,
    and the note's title: a single ``#`` heading is the title, not a section."""
    fenced = fenced_lines(numbered)
    headings = [
        (number, len(match.group(1)), unhighlighted(clean_obsidian(match.group(2))).strip())
        for (number, text), inside in zip(numbered, fenced, strict=True)
        if not inside and number not in fronts and (match := _HEADING_RE.match(text))
    ]
    titles = [text for _, level, text in headings if level == 1]
    skip_title = len(titles) == 1
    stack: list[tuple[int, str]] = []
    out = []
    for number, level, title in headings:
        if skip_title and level == 1:
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        out.append((number, tuple(t for _, t in stack)))
    return out, titles[0] if skip_title else ""


def _section_at(sections: list[tuple[int, tuple[str, ...]]], line: int) -> tuple[str, ...]:
    path: tuple[str, ...] = ()
    for number, heading_path in sections:
        if number > line:
            break
        path = heading_path
    return path
