"""The shared segmenter: blocks of a document → questions with whole answers.

A document marks its questions in one of a few ways. Each way has a detector
that finds where questions start; the one that finds the most wins, and the
blocks between two starts are the first one's answer. Headings that are not
inside a question name its topics.

Ways a question is marked (see the corpora README for real examples):

- headings: ``## 13. Define variance``, ``### Q.3 …``, or, in notes pasted
  from chat, a heading after the previous answer's closing offer;
- a paragraph that is all bold: ``**What is linear regression? 👶**``;
- a paragraph opening with a bold number: ``**1)** The number of active ads.``;
- a numbered item followed by ``- Answer:``;
- ``<details><summary>question</summary> answer </details>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from studyapp.core.parse import noise, person_turns
from studyapp.core.parse.blocks import Block
from studyapp.core.parse.paragraph_titles import title_from_paragraph
from studyapp.core.parse.titles import (
    Q_PREFIX_RE,
    clean_title,
    ends_asking,
    is_about,
    is_closing_heading,
    is_emoji_or_symbol,
    is_final_heading,
    is_question_phrased,
    leading_number,
    plain_text,
    restates,
    starts_decorated,
    whole_title,
)

BOLD_PARAGRAPH_RE = re.compile(r"^\s*\*\*(?P<q>[^*].*?)\*\*\s*(?P<tail>[^\w\s]{0,4})\s*$")
BOLD_NUMBER_RE = re.compile(r"^\s*\*\*\s*(\d{1,3})\s*[).:]\s*(?:\*\*)?")
NUMBERED_ITEM_RE = re.compile(r"^(?:\*\*)?\s*(\d{1,3})\s*[.)]\s*(?:\*\*)?\s*(.+)$")
ANSWER_MARK_RE = re.compile(r"^\s*[-*]\s+\**answer\**\s*:?\**\s*$", re.I)
SUMMARY_RE = re.compile(r"<summary>(.*?)</summary>", re.I | re.S)
TOC_RE = re.compile(r"^(table of contents|contents|toc|index)$", re.I)
STANDS_FOR_RE = re.compile(r"\bstands for\b", re.I)


@dataclass
class Segment:
    """A question being assembled: where it starts, its title and answer blocks."""

    title: str
    line: int
    topic_path: tuple[str, ...]
    blocks: list[Block] = field(default_factory=list)
    raw_heading: str = ""
    level: int = 0  # level of the heading that opened it; 0 when a paragraph did

    def content_blocks(self) -> int:
        return sum(1 for b in self.blocks if b.kind in ("text", "code"))


@dataclass
class Segmentation:
    deck_name: str
    segments: list[Segment]
    has_sections: bool


# --- topics from headings ------------------------------------------------------


class SectionTracker:
    """Keeps the stack of section headings above the current position."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, str]] = []
        self.in_toc = False
        self.seen: set[tuple[str, ...]] = set()

    def enter(self, level: int, name: str) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.in_toc = bool(TOC_RE.match(name))
        if not self.in_toc and name:
            self.stack.append((level, name))

    @property
    def path(self) -> tuple[str, ...]:
        path = tuple(name for _, name in self.stack)
        self.seen.add(path)
        return path


def _deck_name(blocks: list[Block], fallback: str) -> tuple[str, int]:
    """The document's title (its first heading, when level 1) and where content begins."""
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if block.level == 1:
                return clean_title(block.heading) or fallback, index + 1
            return fallback, 0
        if block.kind == "text" and index > 2:
            break
    return fallback, 0


# --- detectors for the ways a question is marked ---------------------------------

Start = tuple[int, str, int]  # block index, title, source line


def _bold_paragraph_starts(blocks: list[Block]) -> list[Start]:
    starts = []
    for i, block in enumerate(blocks):
        if block.kind != "text" or len(block.lines) != 1:
            continue
        match = BOLD_PARAGRAPH_RE.match(block.first)
        if not match or "**" in match.group("q"):
            continue
        question = match.group("q").strip()
        ends_marked = bool(question) and is_emoji_or_symbol(question[-1])
        marked = ends_asking(question) or bool(match.group("tail")) or ends_marked
        if marked or is_question_phrased(question):
            starts.append((i, clean_title(question), block.line))
    return starts


def _bold_number_starts(blocks: list[Block]) -> list[Start]:
    return [
        (i, clean_title(BOLD_NUMBER_RE.sub("", b.first)), b.line)
        for i, b in enumerate(blocks)
        if b.kind == "text" and BOLD_NUMBER_RE.match(b.first)
    ]


def _numbered_answer_starts(blocks: list[Block]) -> list[Start]:
    starts = []
    for i, block in enumerate(blocks):
        if block.kind != "text" or block.first.startswith((" ", "\t")):
            continue
        match = NUMBERED_ITEM_RE.match(block.first)
        if not match:
            continue
        following = block.lines[1:4]
        if not following and i + 1 < len(blocks) and blocks[i + 1].kind == "text":
            following = blocks[i + 1].lines[:2]
        if any(ANSWER_MARK_RE.match(line) for line in following):
            starts.append((i, clean_title(match.group(2)), block.line))
    return starts


def _details_starts(blocks: list[Block]) -> list[Start]:
    starts = []
    for i, block in enumerate(blocks):
        if block.kind == "text" and "<details" in block.text.lower():
            summary = SUMMARY_RE.search(block.text)
            if summary:
                starts.append((i, clean_title(summary.group(1)), block.line))
    return starts


PARAGRAPH_DETECTORS: list[Callable[[list[Block]], list[Start]]] = [
    _numbered_answer_starts,
    _bold_paragraph_starts,
    _bold_number_starts,
    _details_starts,
]


# --- headings, including notes pasted from chat ----------------------------------


class HeadingSegmenter:
    """Finds questions in notes whose questions are headings (or follow a closing offer)."""

    def __init__(self, blocks: list[Block], start: int) -> None:
        self.blocks = blocks
        self.start = start
        self.segments: list[Segment] = []
        self.sections = SectionTracker()
        self.current: Segment | None = None
        self.last_number = 0  # the last question number the notes used
        self.inner_numbers: set[int] = set()  # numbered items inside the current answer
        self.after_offer = False
        self.offer = ""  # the closing offer's words, while after_offer
        self.accepted = False  # the person accepted it: the reply goes on with the answer
        self.after_closing = False  # past the answer's "Summary" / "Interview One-Liner"
        self.in_reply = False  # the current question is a person's turn: its reply runs on
        self.question_level = self._question_level()

    def _question_level(self) -> int:
        levels = [
            b.level
            for b in self.blocks[self.start :]
            if b.kind == "heading"
            and (
                Q_PREFIX_RE.match(plain_text(b.heading))
                or (leading_number(b.heading)[0] is not None and not starts_decorated(b.heading))
            )
        ]
        return min(levels) if levels else 6

    def run(self) -> list[Segment]:
        index = self.start
        while index < len(self.blocks):
            block = self.blocks[index]
            if block.kind == "heading":
                self._heading(index, block)
            elif block.kind == "text":
                self._text(index, block)
            elif self.current is not None:
                self.current.blocks.append(block)
            index += 1
        self._close()
        return self.segments

    # a question's life

    def _open(self, title: str, line: int, raw: str = "", level: int = 0) -> None:
        self._close()
        self.current = Segment(title, line, self.sections.path, raw_heading=raw, level=level)
        self.inner_numbers = set()
        self.after_offer = self.accepted = False
        self.after_closing = False
        self.in_reply = False

    def _close(self) -> None:
        if self.current is not None:
            self.segments.append(self.current)
            self.current = None

    def _next_heading(self, index: int) -> Block | None:
        for block in self.blocks[index + 1 :]:
            if block.kind == "rule":
                continue
            return block if block.kind == "heading" else None
        return None

    def _substantial(self) -> bool:
        return self.current is not None and self.current.content_blocks() >= 2

    def _heading(self, index: int, block: Block) -> None:
        raw = block.heading
        plain = plain_text(raw)
        current = self.current
        if not plain:
            return
        number, q_prefix = leading_number(raw)
        if current is not None and self.in_reply and not self.after_offer and not q_prefix:
            current.blocks.append(block)  # a sub-heading of the reply to a person's turn
            return
        if (
            block.level < self.question_level
            and number is None
            and not starts_decorated(raw)
            and not is_question_phrased(raw)
            and (self.question_level < 6 or self._next_heading(index) is not None)
        ):
            # above the level the questions are written at: a section, i.e. a topic
            self._close()
            self.sections.enter(block.level, clean_title(raw))
            return
        if current is not None and current.content_blocks() == 0 and restates(current.title, raw):
            return  # the question asked again right below itself
        starts = False
        if q_prefix:
            starts = True
        elif number is not None:
            starts = (
                not starts_decorated(raw)
                and (number == self.last_number + 1 or current is None)
                and (number - 1) not in self.inner_numbers
            )
            if not starts:
                self.inner_numbers.add(number)
        elif current is None:
            starts = True
        elif is_closing_heading(raw):
            self.after_offer = False
            self.after_closing = is_final_heading(raw)
        elif self.after_offer:
            starts = True
        elif is_about(current.title, raw):
            starts = False
        elif self.after_closing:
            starts = True
        elif is_question_phrased(raw) and 0 < block.level <= current.level:
            # a question at the level of the current one, on another subject
            starts = True
        elif self._substantial():
            starts = (
                is_question_phrased(raw)
                or STANDS_FOR_RE.search(plain) is not None
                or self._titles_what_follows(index)
            )
        if (
            starts
            and (block.level < self.question_level or current is None)
            and number is None
            and not starts_decorated(raw)
            and not is_question_phrased(raw)
            and (self._next_is_question(index) or self._over_turn(index))
        ):
            # A heading with nothing under it but the next question: a section.
            self._close()
            self.sections.enter(block.level, clean_title(raw))
            return
        if starts:
            if number is not None and not starts_decorated(raw):
                self.last_number = number
            self._open(clean_title(raw), block.line, raw, level=block.level)
            return
        if current is not None:
            current.blocks.append(block)

    def _titles_what_follows(self, index: int) -> bool:
        """A heading standing as a title: straight after it comes another heading
        (not a numbered item) or an opener such as "Here's a clear comparison"."""
        for block in self.blocks[index + 1 :]:
            if block.kind == "rule":
                continue
            if block.kind == "heading":
                return leading_number(block.heading)[0] is None
            return noise.is_opener(block)
        return False

    def _over_turn(self, index: int) -> bool:
        """Is the block under this heading a person's turn ("## ML chat" over "what is
        overfitting" and its reply)?"""
        nxt = index + 1
        return nxt < len(self.blocks) and self._person_turn(nxt, self.blocks[nxt], None)

    def _person_turn(self, index: int, block: Block, current: Segment | None) -> bool:
        """A person's question typed as a paragraph, the assistant's reply under it
        (person_turns): at the chat's start, after a closing offer, or (a reply
        closed by no offer) where the next reply opens with "Certainly!"."""
        if not person_turns.asks(block):
            return False
        if current is None or self.after_offer:
            return person_turns.replied(self.blocks, index, to_end=current is not None)
        return current.content_blocks() > 0 and person_turns.opens_reply(self.blocks, index)

    def _accept(self, block: Block) -> None:
        """ "yes please" to the offer closing the answer: an offer to do something names
        the next question ("Would you like me to explain sharding next?": "Explain
        sharding"), as in a chat with its labels (turns.py); accepted, any other offer
        asks for more of the answer it closes, which the reply goes on with."""
        task = noise.offered_task(self.offer)
        if task:
            title = whole_title(task)
            self._open(title[:1].upper() + title[1:], block.line)
            self.in_reply = True
        else:
            self.current.blocks.append(block)  # (no part of the answer: see strip_noise)
            self.after_offer = False
        self.accepted = True

    def _next_is_question(self, index: int) -> bool:
        nxt = self._next_heading(index)
        if nxt is None:
            return False
        number, q_prefix = leading_number(nxt.heading)
        return q_prefix or (number is not None and not starts_decorated(nxt.heading))

    def _text(self, index: int, block: Block) -> None:
        current = self.current
        accepted, self.accepted = self.accepted, False
        if noise.is_offer(block):
            if current is not None:
                current.blocks.append(block)
            self.after_offer, self.offer = True, plain_text(" ".join(block.lines))
            return
        if self.after_offer and noise.is_offer_list(block):
            current.blocks.append(block)
            return
        if self.after_offer and current is not None and noise.is_acceptance(block):
            self._accept(block)
            return
        if accepted and noise.is_opener(block):
            current.blocks.append(block)  # "Sure! Here's a worked example.": the reply
            return
        if self._person_turn(index, block, current):
            self._open(person_turns.title(block), block.line)
            self.in_reply = True  # (the paragraph is the title, no part of the answer)
            return
        # "Here's a clear explanation of …" then the question as a heading: a new chat answer
        opener_starts = (
            noise.is_opener(block) and self._substantial() and self._next_heading(index) is not None
        )
        if current is None or self.after_offer or opener_starts:
            if current is None and not self.segments and not self.after_offer:
                return  # preamble before the first question (a table of contents, a note)
            nxt = self._next_heading(index)
            if noise.is_opener(block) and nxt is not None:
                # "Here's a clear explanation of …" and then the question as a heading
                title, raw = clean_title(nxt.heading), nxt.heading
            else:
                title, raw = title_from_paragraph(block.text), ""
            self._open(title, block.line, raw)
            self.current.blocks.append(block)
            return
        self.after_offer = False
        for line in block.lines[:1]:
            match = NUMBERED_ITEM_RE.match(line.strip())
            if match and len(match.group(2).split()) <= 8:
                self.inner_numbers.add(int(match.group(1)))
        current.blocks.append(block)


# --- putting it together -------------------------------------------------------


def _segments_from_starts(
    blocks: list[Block], first: int, starts: list[Start]
) -> tuple[list[Segment], bool]:
    sections = SectionTracker()
    by_index = {index: (title, line) for index, title, line in starts}
    segments: list[Segment] = []
    current: Segment | None = None
    for index in range(first, len(blocks)):
        block = blocks[index]
        if index in by_index:
            title, line = by_index[index]
            current = Segment(title, line, sections.path)
            segments.append(current)
            rest = _question_block_remainder(block)
            if rest is not None:
                current.blocks.append(rest)
            continue
        if block.kind == "heading":
            current = None
            sections.enter(block.level, clean_title(block.heading))
            continue
        if current is not None and not sections.in_toc:
            current.blocks.append(block)
    return segments, any(s.topic_path for s in segments)


def _question_block_remainder(block: Block) -> Block | None:
    """What follows the question itself inside its own block (the answer's first lines)."""
    lines = block.lines[1:]
    if lines and ANSWER_MARK_RE.match(lines[0]):
        lines = lines[1:]
        # the answer is indented under "- Answer:"; bring it back to the margin
        indents = [len(x) - len(x.lstrip()) for x in lines if x.strip()]
        cut = min(indents) if indents else 0
        lines = [x[cut:] for x in lines]
    first = block.first
    bold_number = BOLD_NUMBER_RE.match(first)
    if bold_number:
        return Block("text", block.line, [first, *lines])
    summary = SUMMARY_RE.search(block.text)
    if summary:
        body = block.text[summary.end() :].replace("</details>", "").strip()
        return Block("text", block.line, body.splitlines()) if body else None
    return Block("text", block.line + 1, lines) if lines else None


def segment(blocks: list[Block], fallback_name: str) -> Segmentation:
    deck_name, first = _deck_name(blocks, fallback_name)
    heading_segments = HeadingSegmenter(blocks, first).run()
    best = heading_segments
    has_sections = any(s.topic_path for s in heading_segments)
    for detector in PARAGRAPH_DETECTORS:
        starts = [s for s in detector(blocks) if s[0] >= first]
        if len(starts) >= 3 and len(starts) > len(best) * 0.8:
            segments, sections = _segments_from_starts(blocks, first, starts)
            if len(segments) > len(best) or best is heading_segments:
                best, has_sections = segments, sections
    return Segmentation(deck_name, best, has_sections)
