"""Notes → questions: which reader a text needs, and the chat layer on top of the engine.

``parse_text`` works on text already read and repaired; ``parse_file`` and
``parse_path`` do the whole pipeline from a path (read → repair → parse), a
folder included. Markdown and plain text go through the general engine
(``engine.py``: the document's question unit found by structure). Notes pasted
from chat sessions (closing offers such as "Would you like…", openers such as
"Great question!") go through the chat layer (``segment.py``), whose rules
only such notes need. CSV/TSV and Anki text exports are read as rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from studyapp.core import work_progress
from studyapp.core.model import (
    NotesFileError,
    ParsedDocument,
    ParsedQuestion,
    SkippedRegion,
    StudyAppError,
)
from studyapp.core.note_kinds import (
    ANKI_PACKAGE_SUFFIXES,
    FILE_KINDS,
    JSON_SUFFIXES,
    ORG_SUFFIXES,
    PDF_SUFFIXES,
    SHEET_SUFFIXES,
    SLIDE_SUFFIXES,
    TABULAR_SUFFIXES,
    TEXT_SUFFIXES,
    WORD_SUFFIXES,
    YAML_SUFFIXES,
)
from studyapp.core.parse import (
    chat_headers,
    code_notes,
    engine,
    markup,
    noise,
    org_tags,
    rendered_text,
    turns,
)
from studyapp.core.parse.accounting import account_for_lines
from studyapp.core.parse.anki_decks import parts_as_read
from studyapp.core.parse.answer_keys import with_answer_key, with_inline_key
from studyapp.core.parse.answer_text import QUIZ_RE, quiz_options
from studyapp.core.parse.blocks import Block, blocks_to_markdown, split_blocks
from studyapp.core.parse.card_shape import NOT_CARDS
from studyapp.core.parse.choice import KINDS
from studyapp.core.parse.empty_heads import with_parts_folded
from studyapp.core.parse.hyphens import dehyphenated
from studyapp.core.parse.line_search import any_line, lines_of, lowered, splitlines_of
from studyapp.core.parse.logseq import page_tags, page_title, without_block_properties
from studyapp.core.parse.notes_to_self import without_notes_to_self
from studyapp.core.parse.pages import without_furniture
from studyapp.core.parse.paired_marks import without_paired_answer_marks
from studyapp.core.parse.repeats import with_repeats_said
from studyapp.core.parse.reply_pairs import block_pairs
from studyapp.core.parse.segment import segment
from studyapp.core.parse.task_lists import TASK_LIST
from studyapp.core.parse.titles import restates, words

LOGSEQ_PROPERTIES = "Logseq block properties"
PAGE_FURNITURE = "page header or number"

# Every kind --split-at takes: the engine's units, and the chat layer's turns.
SPLIT_KINDS = (*KINDS, "chat")

__all__ = [
    "FORMATS",
    "KINDS",
    "SPLIT_KINDS",
    "NoQuestionsError",
    "detect_format",
    "no_questions_message",
    "nothing_readable",
    "parse_file",
    "parse_path",
    "parse_text",
]

FORMATS = (
    "markdown",
    "text",
    "rendered-text",
    "chat",
    "csv",
    "tsv",
    "anki-text",
    "anki-package",
    "json",
    "folder",
)
UNDERSTOOD = (
    "Markdown headings, numbered or bulleted questions, bold questions, Q:/A: lines, "
    "lines that ask (a question, then its answer), "
    "<details> blocks, tables with a Question column, flashcards (? / ::), chats "
    "(You: / Assistant:, a chat app's export), Anki text exports, "
    "JSON flashcards (a list of {question, answer} or {front, back}); in these files: "
    # (from the one list of the files read, as the import dialog's filter is)
    + ", ".join(f"{kind} ({' '.join(suffixes)})" for kind, suffixes in FILE_KINDS)
)
NoQuestionsError = engine.NoQuestionsError
# Why a whole file holds no questions, where its parse can tell (no_questions_message).
NOT_NOTES = frozenset({TASK_LIST, f"JSON {NOT_CARDS}", f"YAML {NOT_CARDS}"})


def nothing_readable(doc: ParsedDocument) -> bool:
    """A folder in which no file could be read as notes (empty, not text, not a notes
    file): no way of splitting would find a question, each file says why."""
    if doc.format != "folder" or doc.questions or any(doc.candidates.values()):
        return False
    whole = [r for r in doc.skipped if r.start_line == 0 and r.source_file]
    return bool(whole) and all(r.reason != "no questions found" for r in whole)


def no_questions_message(name: str, doc: ParsedDocument | None = None) -> str:
    if doc is not None and nothing_readable(doc):
        from studyapp.core.parse.folder import files_tried

        # No file could be read as notes: which were tried, and why each gave nothing.
        read = files_tried(doc.skipped)
        return f"{name}: no questions found; no file in it could be read as notes: {read}"
    said = ""
    if doc is not None:  # a file that says what it is instead (a to-do list, a JSON config)
        said = next((f": {r.reason}" for r in doc.skipped if r.reason in NOT_NOTES), "")
    tried = ""
    if doc is not None and any(doc.candidates.values()):
        best = max(doc.candidates.items(), key=lambda kv: kv[1])
        tried = f" (--split-at {best[0]} would give {best[1]})"
    return (
        f"{name}: no questions found{said}. Understood: {UNDERSTOOD}. "
        f"Choose how to split it with --split-at KIND{tried}; "
        f"KIND is one of {', '.join(SPLIT_KINDS)}"
    )


def detect_format(text: str) -> str:
    return "rendered-text" if rendered_text.looks_rendered(text) else "markdown"


CHAT_OPENER_RE = re.compile(r"^(great|good|excellent) question\b", re.I)
# The closing offers only an assistant makes; one in a document may be the author's.
CHAT_OFFER_RE = re.compile(
    r"^(would you like|do you want me to|want me to|shall i|let me know if you|"
    r"if you(?:'|’)?d like,? i can|i can also)\b",
    re.I,
)
# A reply's opener exclaimed ("Certainly! Here's …"): an assistant's, counted as an offer
# (a chat copied from a page whose replies close with no offer).
CHAT_EXCLAIMED_RE = re.compile(r"^(certainly|sure|absolutely|of course)!", re.I)


CHAT_PHRASES = ("would you like", "want me to", "shall i", "let me know if you", "like, i can")
CHAT_PHRASES += ("d like i can", "i can also", "great question", "good question")
CHAT_PHRASES += ("excellent question", "certainly!", "sure!", "absolutely!", "of course!")
CHAT_ANY_RE = re.compile(
    r"^\W*+(?:would you like|do you want me to|want me to|shall i|let me know if you|"
    r"if you(?:'|’)?d like|i can also|great question|good question|excellent question|"
    r"(?:certainly|sure|absolutely|of course)!)",
    re.I | re.M,
)


MARKDOWN_SIGNS_RE = re.compile(r"^ {0,3}(?:#{1,6} \S|```|~~~)|\*\*[^*\n]+\*\*|\]\([^)\s]+\)", re.M)


def _written_in_markdown(text: str) -> bool:
    """A .txt file that is Markdown all the same (headings, fences, bold, links)."""
    return any(n >= 2 for n, _ in enumerate(MARKDOWN_SIGNS_RE.finditer(text)))


def _is_chat(text: str) -> bool:
    """Notes pasted from a chat: an answer ends with a closing offer ("Would you like…")
    or opens with "Great question!", more than once."""
    low = lowered(text)
    if not any(phrase in low for phrase in CHAT_PHRASES) or not any_line(CHAT_ANY_RE, text):
        return False  # decided in C for the usual document
    offers = 0
    previous = ""
    for line in lines_of(text):
        if line[:1].isspace() or not line or (previous.strip() and previous[:1] != "#"):
            previous = line
            continue  # only a paragraph's first line
        previous = line
        plain = noise.LEADING_JUNK_RE.sub("", line[:120].replace("**", ""))
        if (
            CHAT_OFFER_RE.match(plain)
            or CHAT_OPENER_RE.match(plain)
            or CHAT_EXCLAIMED_RE.match(plain)
        ):
            offers += 2 if CHAT_OPENER_RE.match(plain) else 1
            if offers >= 2:
                return True
    return False


def parse_text(
    text: str,
    *,
    name: str = "Notes",
    keep_chat_noise: bool = False,
    split_at: str | None = None,
    suffix: str = ".md",
    source_file: str = "",
) -> ParsedDocument:
    """Questions of a notes document. ``name`` is the deck name when it has no title;
    ``split_at`` overrules the question unit the engine would choose."""
    if split_at is not None and split_at not in SPLIT_KINDS:
        kinds = ", ".join(SPLIT_KINDS)
        raise StudyAppError(f"--split-at {split_at}: not a kind; use one of {kinds}")
    suffix = suffix.lower()
    if suffix in YAML_SUFFIXES and split_at in (None, "row"):
        from studyapp.core.parse import yaml_cards

        cards = yaml_cards.parse_cards(text, name=name)  # (None: not YAML a loader reads)
        if cards is not None and cards.questions:
            return cards
        if split_at is None:
            # Not cards to a loader (a mapping of question to answer, Q:/A: keys that
            # repeat, cards nested deeper than a deck's topics …): read as the lines it
            # is, as before; a tool's settings or a CI workflow still gives nothing,
            # and is then said to be data.
            read = parse_text(
                markup.to_markdown(text, suffix),
                name=name,
                keep_chat_noise=keep_chat_noise,
                suffix=".md",
                source_file=source_file,
            )
            if read.questions or cards is None:
                return read
            return cards
    given = text
    if "title::" in text[:4000]:  # a Logseq page's `title::` names it, as front matter does
        name = page_title(text) or name
    with work_progress.part(0.0, 0.08, "looking over the text"):
        text = without_block_properties(text)  # Logseq's "id:: …", "collapsed:: true"
        text = without_furniture(text)  # a PDF's page headers and numbers
        text = dehyphenated(text)  # "synchro-" / "nization": the word whole, on one line
        org = suffix in ORG_SUFFIXES
        read, origins = markup.to_mapped_markdown(text, suffix)  # Org, AsciiDoc, HTML …
    if read is not text:  # … read as the Markdown they mean
        text, suffix = read, ".md"
    with work_progress.part(0.08, 1.0):
        doc = _parse_read(text, name, keep_chat_noise, split_at, suffix, source_file)
    doc = doc if origins is None else at_file_lines(doc, origins, text)
    if org:  # "** Ser vs estar  :grammar:": its question's tags
        doc = org_tags.with_heading_tags(doc, given)
    if "tags::" in given[:4000] or "tag::" in given[:4000]:  # a Logseq page's own tags
        tags = page_tags(given)
        for question in doc.questions if tags else ():
            question.tags = tuple(dict.fromkeys((*tags, *question.tags)))
    return without_notes_to_self(doc, given)  # "TODO: add …" under the last answer


def at_file_lines(doc: ParsedDocument, origins: list[int], read: str = "") -> ParsedDocument:
    """`doc` (changed in place), read from Markdown whose lines are not the file's, with
    its questions and skipped regions at the file's lines: `origins` holds the file's
    line of each line of the Markdown (a saved page on one line: line 1 for all). A
    region on a line of the file that holds several of the Markdown (`read`) is told
    by its text's start, as the person finds it (`region_texts`)."""
    from studyapp.core.parse.region_texts import with_text_starts

    def at(line: int) -> int:
        return origins[min(line, len(origins)) - 1] if line > 0 else line

    for question in doc.questions:
        question.source_line, question.end_line = at(question.source_line), at(question.end_line)
    shared = {n for n, count in Counter(origins).items() if count > 1}
    regions = [
        r if at(r.start_line) not in shared else with_text_starts([r], read)[0] for r in doc.skipped
    ]
    regions = [replace(r, start_line=at(r.start_line), end_line=at(r.end_line)) for r in regions]
    # (several of one line and one text: once)
    doc.skipped = list({(r, r.text): r for r in regions}.values())
    return doc


def _parse_read(
    text: str,
    name: str,
    keep_chat_noise: bool,
    split_at: str | None,
    suffix: str,
    source_file: str,
) -> ParsedDocument:
    """`parse_text` of a text read as the Markdown it means (or as written)."""
    if split_at in (None, "row") and _json_like(text, suffix):
        from studyapp.core.parse import json_cards

        cards = json_cards.parse_cards(text, name=name)
        if cards is not None and not cards.questions and split_at is None:
            from studyapp.core.parse.chat_exports import chat_text

            chat = chat_text(text)  # ChatGPT's, Claude's or Telegram's export of chats
            if chat is not None:
                read = _parse_read(chat.text, name, keep_chat_noise, None, chat.ending, source_file)
                return _at_json_lines(read, text, chat.titles)
        if cards is not None:
            return cards  # a JSON file of flashcards
        if suffix in JSON_SUFFIXES:  # named JSON, and no JSON: not a question made of it
            raise NotesFileError(json_cards.broken(text, f"{name}{suffix}"))
    tabular = _tabular(text, suffix, name, split_at)
    if tabular is not None:
        return tabular
    if suffix in code_notes.SUFFIXES and split_at is None:
        code = code_notes.parse_code(text, name=name, suffix=suffix)
        if code is not None:  # a code file whose comments ask, each over its answer
            return code
    fmt = detect_format(text)
    plain = suffix in TEXT_SUFFIXES and not _written_in_markdown(text)
    work_progress.at("looking for a chat's turns")
    if split_at in (None, "chat"):
        transcript = turns.parse_turns(
            chat_headers.labelled(text),  # "[10:02] Alex Kim" over each message
            name=name,
            keep_noise=keep_chat_noise,
            source_file=source_file,
        )
        if transcript is not None:  # "You:" / "Assistant:" turns: the chat layer
            transcript.format = "text" if plain else "markdown"
            others = engine.candidate_counts(text, plain=plain)
            transcript.candidates = {**others, "chat": len(transcript.questions)}
            return transcript
    chosen = split_at == "chat"
    if chosen or (split_at is None and (fmt == "rendered-text" or _is_chat(text))):
        chat = _parse_chat(text, fmt, name, keep_chat_noise, source_file)
        others = engine.candidate_counts(text, plain=plain) if fmt == "markdown" else {}
        chat.candidates = {**others, "chat": len(chat.questions)}
        return chat
    if text.startswith("---") and split_at in (None, "card"):
        from studyapp.core.parse.front_matter_cards import front_matter_card

        card = front_matter_card(text, name=name, source_file=source_file)
        if card is not None:  # `question:` and `answer:` in the note's front matter
            return card
    file_name = name  # (a one-question note's deck: its file's name, not its question)
    if text.startswith("---"):  # a note's front-matter `title:` names it, if no `# Title` does
        from studyapp.core.parse.flashcards import read_front_matter

        title = read_front_matter(text)[0].get("title")
        if isinstance(title, str) and title.strip():
            name = " ".join(title.split())
    from studyapp.core.parse.page_properties import page_properties, with_properties

    text, properties = page_properties(text)  # a database's page: "Difficulty: Easy" …
    # a chat split at the assistant's own questions: the turns are in no answer
    text, chat_turns = (
        turns.without_chat_turns(text, keep_noise=keep_chat_noise, source_file=source_file)
        if split_at not in (None, "chat")
        else (text, [])
    )
    with work_progress.part(0.05, 0.97):
        general = engine.parse_markdown(
            text,
            name=name,
            split_at=split_at,
            plain=plain,
            fmt="text" if plain else "markdown",
            source_file=source_file,
        )
    work_progress.at("reading the questions' tags and answer keys", 0.97)
    general.skipped = sorted([*general.skipped, *chat_turns], key=lambda r: r.start_line)
    if plain:
        general.line_breaks = "break"
    if len(general.questions) == 1 and split_at is None:  # the set read as one question
        from studyapp.core.parse.run_on_cards import run_on_cards

        cards = run_on_cards(text, name=name)  # "What is X? - …;What is Y? - …"
        if cards is not None and len(cards.questions) > 1:
            return cards
    if not general.questions and split_at in (None, "card"):
        from studyapp.core.parse.run_on_cards import run_on_cards

        cards = run_on_cards(text, name=name)  # "term;definition;term;definition" …
        if cards is not None:
            return cards
        if text.startswith("---"):  # a FAQ page's list in its front matter
            from studyapp.core.parse.front_matter_cards import front_matter_list

            listed = front_matter_list(text, name=general.deck_name)
            if listed is not None:
                return listed
            from studyapp.core.parse.front_matter_cards import titled_note

            titled = titled_note(text, name=file_name, source_file=source_file)
            if titled is not None:  # "title: How does …?" over its answer: one question
                return titled
    general = with_answer_key(general, text)  # "## Answers" under unanswered questions
    general = with_inline_key(general, text)  # "Answers: 1-b, 2-c" under a quiz
    general = without_paired_answer_marks(general, text)  # "Q1 What …?" / "A1 It …"
    general = with_parts_folded(general)  # "### Handshake" under an empty question
    from studyapp.core.parse.note_tags import with_front_matter_tags, with_tag_lines

    general = with_tag_lines(general)  # "Tags: go concurrency" under an answer
    general = with_properties(general, properties)  # the page's labels on its questions
    return with_front_matter_tags(general, text)


def _at_json_lines(doc: ParsedDocument, text: str, titles: list[tuple[int, str]]) -> ParsedDocument:
    """A chat read from a JSON export, its questions at the file's lines: the export's
    lines are not the chat's (one line, in ChatGPT's), so every question spans them all
    and nothing of the file is left out unsaid; the file splits no other way. Each
    question of an export of several conversations goes under its conversation's title
    (`titles`: the line of the chat each starts on)."""
    last = text.count("\n") + (0 if text.endswith("\n") else 1)
    for question in doc.questions:
        named = [title for line, title in titles if line <= question.source_line][-1:]
        if named and named[0] and not question.topic_path:
            question.topic_path = (named[0],)
            doc.has_sections = True
        question.source_line, question.end_line = 1, last
    doc.skipped = []
    doc.candidates = {doc.unit: len(doc.questions)}  # (the JSON splits no other way)
    return doc


def _json_like(text: str, suffix: str) -> bool:
    """A .json or .jsonl file, or a text that is nothing but a JSON array or object (its
    comments aside: "// my deck" above it, json_comments)."""
    if text.lstrip("\ufeff \t\r\n")[:1] == "/":
        from studyapp.core.parse.json_comments import uncommented

        text = uncommented(text)
    start = text.lstrip("\ufeff \t\r\n")[:1]
    return start in ("[", "{") and (suffix in JSON_SUFFIXES or text.rstrip()[-1:] in ("]", "}"))


def _tabular(text: str, suffix: str, name: str, split_at: str | None) -> ParsedDocument | None:
    try:
        from studyapp.core.parse import tabular
    except ImportError:  # the CSV/TSV reader is not there yet
        return None
    if split_at not in (None, "row"):
        return None
    sheet = suffix in (*TABULAR_SUFFIXES, *SHEET_SUFFIXES)  # (a spreadsheet: its CSV)
    if sheet or split_at == "row" or tabular.sniff_tabular(text, suffix):
        doc = tabular.parse_tabular(text, name=name)
        doc.unit = doc.unit or "row"
        doc.candidates = doc.candidates or {"row": len(doc.questions)}
        return doc
    return None


# --- the chat layer ------------------------------------------------------------------


def _numbered_lines(text: str, fmt: str) -> list[tuple[int, str]]:
    if fmt == "rendered-text":
        return rendered_text.to_markdown_lines(text)
    return list(enumerate(splitlines_of(text), start=1))


def _quiz_options(block: Block) -> Block:
    if block.kind != "text" or not any(QUIZ_RE.match(line) for line in block.lines):
        return block
    return Block(block.kind, block.line, quiz_options(block.lines), block.level, block.heading)


def _says_again(title: str, heading: str) -> bool:
    """A heading that asks the question again ("## What is an **Autoencoder**?"), not
    one that names a part of its answer ("### Process" under "what is the difference
    between a process and a thread?")."""
    return restates(title, heading) and len(words(heading)) * 2 >= len(words(title))


def _parse_chat(
    text: str, fmt: str, name: str, keep_chat_noise: bool, source_file: str
) -> ParsedDocument:
    """Notes from chat sessions: question headings found by the chat rules (a new
    question after a closing offer, openers and offers removed from answers)."""
    blocks = split_blocks(_numbered_lines(text, fmt))
    result = segment(blocks, name)
    questions = []
    for seg in result.segments:
        answer_blocks = seg.blocks if keep_chat_noise else noise.strip_noise(seg.blocks)
        answer_blocks, pairs = block_pairs(answer_blocks)  # a recap's "Q:"/"A:" pairs
        first = answer_blocks[0] if answer_blocks else None
        if first is not None and first.kind == "heading" and _says_again(seg.title, first.heading):
            answer_blocks = answer_blocks[1:]  # the title again, right under itself
        answer = blocks_to_markdown(_quiz_options(b) for b in answer_blocks)
        if seg.title:
            said = [b for b in seg.blocks if not pairs or b.line < pairs[0].line]
            if pairs and said and said[-1].kind == "heading":
                said.pop()  # ("### Recap" over the pairs: a section heading)
            last = max([seg.line, *(b.end_line for b in said)])
            questions.append(
                ParsedQuestion(
                    seg.title,
                    answer,
                    seg.line,
                    seg.topic_path,
                    end_line=last,
                    source_file=source_file,
                    raw_title=seg.raw_heading,
                )
            )
        questions += [
            ParsedQuestion(
                p.title,
                p.answer,
                p.line,
                seg.topic_path,
                end_line=p.end_line,
                source_file=source_file,
            )
            for p in pairs
        ]
    doc = ParsedDocument(result.deck_name, fmt, questions, has_sections=result.has_sections)
    doc.unit = "chat"
    doc.skipped = _chat_skipped(text, questions, source_file)
    doc.line_breaks = "break"
    return doc


def _chat_skipped(
    text: str, questions: list[ParsedQuestion], source_file: str
) -> list[SkippedRegion]:
    """Lines outside every question: the title and section headings, the intro."""
    covered = set()
    for q in questions:
        covered.update(range(q.source_line, q.end_line + 1))
    first = questions[0].source_line if questions else 0
    regions: list[SkippedRegion] = []
    for number, line in enumerate(splitlines_of(text), start=1):
        if not line.strip() or number in covered:
            continue
        if line.lstrip().startswith("#") or line.rstrip().endswith("¶"):
            reason = "section heading"
        else:
            reason = "intro" if number < first else "notes between questions"
        if regions and regions[-1].reason == reason and regions[-1].end_line >= number - 2:
            regions[-1] = SkippedRegion(regions[-1].start_line, number, reason, source_file)
        else:
            regions.append(SkippedRegion(number, number, reason, source_file))
    return regions


# --- files and folders -----------------------------------------------------------------


def parse_file(
    path: Path | str, *, keep_chat_noise: bool = False, split_at: str | None = None
) -> ParsedDocument:
    """Read, repair and parse a notes file. Raises NotesFileError for unreadable input."""
    from studyapp.core import repair, textio
    from studyapp.core.parse.folder import note_markup_cleaned

    path = Path(path)
    if path.suffix.lower() in ANKI_PACKAGE_SUFFIXES:  # a zip of SQLite, not text
        from studyapp.core.parse.anki import parse_package

        return parse_package(path, split_at=split_at)
    text = repair.repair_text(textio.read_notes(path))
    doc = parse_file_text(text, path, keep_chat_noise=keep_chat_noise, split_at=split_at)
    return note_markup_cleaned(doc, path.suffix)  # [[links]], ![[embeds]], ==highlights==


def parse_file_text(
    text: str, path: Path, *, keep_chat_noise: bool = False, split_at: str | None = None
) -> ParsedDocument:
    """The parse of a notes file's repaired text, every line accounted for, before its
    Obsidian markup is cleaned (`parse_file` does both; a re-import keeps this form to
    patch an edit into)."""
    from studyapp.core import textio

    with work_progress.part(0.0, 0.94):
        doc = parse_text(
            text,
            name=textio.path_text(path.stem),
            keep_chat_noise=keep_chat_noise,
            split_at=split_at,
            suffix=path.suffix,
        )
    work_progress.at("checking that every line is accounted for", 0.94)
    doc = with_repeats_said(doc)  # "What is the GIL?" pasted twice: said, once if the same
    doc = parts_as_read(doc)  # (an Anki text export's top decks: as the whole is read)
    _blanked_regions(doc, text)
    _filler_named(doc, text)
    account_for_lines(doc, text)
    if path.suffix.lower() in (*WORD_SUFFIXES, *SLIDE_SUFFIXES, *PDF_SUFFIXES):  # no lines to see
        from studyapp.core.parse.region_texts import with_text_starts

        doc.skipped = with_text_starts(doc.skipped, text)
    return doc


def _filler_named(doc: ParsedDocument, text: str) -> None:
    """The chat filler cut from a chat's answers, named as skipped (chat_filler.py)."""
    from studyapp.core.parse.chat_filler import filler_regions

    if regions := filler_regions(doc, text):
        doc.skipped = sorted([*doc.skipped, *regions], key=lambda r: (r.start_line, r.end_line))


def _blanked_regions(doc: ParsedDocument, text: str) -> None:
    """The lines `parse_text` left blank before reading (Logseq's own properties, a PDF's
    page furniture) that fall outside every question: skipped, by name."""
    from studyapp.core.parse.accounting import covered_lines
    from studyapp.core.parse.logseq import property_lines
    from studyapp.core.parse.pages import furniture

    blanked = [(property_lines(text), LOGSEQ_PROPERTIES)]
    if "\f" in text or "age " in text:
        blanked.append((furniture(text), PAGE_FURNITURE))
    if not any(lines for lines, _ in blanked):
        return
    covered = covered_lines(doc)
    regions: list[SkippedRegion] = []
    for lines, reason in blanked:
        for number in (n for n in lines if n not in covered):
            if regions and regions[-1].reason == reason and regions[-1].end_line == number - 1:
                regions[-1] = SkippedRegion(regions[-1].start_line, number, reason)
            else:
                regions.append(SkippedRegion(number, number, reason))
    doc.skipped = sorted([*doc.skipped, *regions], key=lambda r: (r.start_line, r.end_line))


def parse_path(
    path: Path | str,
    *,
    keep_chat_noise: bool = False,
    split_at: str | None = None,
    exclude: Callable[[Path], bool] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> ParsedDocument:
    """A notes file, or a folder of them made into one deck (``exclude``: paths to leave out;
    ``progress(done, total, file)``: called per file of a folder)."""
    from studyapp.core import textio

    with textio.reading_once():  # a file's parse, then its lines' check: one read
        return _parse_path(Path(path), keep_chat_noise, split_at, exclude, progress)


def _parse_path(
    path: Path,
    keep_chat_noise: bool,
    split_at: str | None,
    exclude: Callable[[Path], bool] | None,
    progress: Callable[[int, int, str], None] | None,
) -> ParsedDocument:
    if path.is_dir():
        from studyapp.core.parse.folder import parse_folder

        def parse_one(file: Path) -> ParsedDocument:
            # A chosen kind applies to the files of its sort (rows to CSV/TSV, the
            # rest to notes) and where it finds questions; other files keep their own.
            tabular = file.suffix.lower() in TABULAR_SUFFIXES
            kind = split_at if split_at and (split_at == "row") == tabular else None
            if kind is not None:
                try:
                    doc = parse_file(file, keep_chat_noise=keep_chat_noise, split_at=kind)
                except StudyAppError:
                    doc = None
                if doc is not None and doc.questions:
                    return doc
            return parse_file(file, keep_chat_noise=keep_chat_noise)

        doc = parse_folder(path, parse_one, exclude=exclude, progress=progress)
        from studyapp.core import repair, textio

        whole = {r.source_file for r in doc.skipped if r.start_line == 0}
        # Each file accounted against its own questions and regions only: against the
        # whole deck, a folder of 10,000 files took 10,000 x 10,000 steps.
        questions: dict[str, list[ParsedQuestion]] = {}
        for q in doc.questions:
            questions.setdefault(q.source_file, []).append(q)
        regions: dict[str, list[SkippedRegion]] = {}
        for r in doc.skipped:
            regions.setdefault(r.source_file, []).append(r)
        extra: list[SkippedRegion] = []
        for rel, mine in questions.items():
            if rel and rel not in whole:
                text = repair.repair_text(textio.read_notes(path / textio.os_path(rel)))
                own = regions.get(rel, [])
                part = ParsedDocument(doc.deck_name, doc.format, mine, skipped=list(own))
                account_for_lines(part, text, rel)
                extra += [r for r in part.skipped if r not in own]
        if extra:
            doc.skipped = sorted(
                [*doc.skipped, *extra], key=lambda r: (r.source_file, r.start_line, r.end_line)
            )
        return doc
    doc = parse_file(path, keep_chat_noise=keep_chat_noise, split_at=split_at)
    return with_front_matter_topic(doc, path)


def with_front_matter_topic(
    doc: ParsedDocument, path: Path, text: str | None = None
) -> ParsedDocument:
    """A note with no sections of its own: a Markdown note's front matter's ``topic`` (or
    a ``flashcards/…`` deck tag, else its first tag) groups its questions, else each
    question's own first tag (``#go`` after it) is its topic, before any built-in
    taxonomy. A new document (parses are shared: never changed in place);
    `text`: the note's repaired text when the caller has it. Every way a single file
    is read (`parse_path`, an import's kept parse) ends here, so a "README.md" is
    named here too (by its title, else its folder: own_names.py)."""
    from studyapp.core.parse.own_names import with_own_name

    doc = with_own_name(doc, path, text)
    return _front_matter_topic(doc, path, text)


# Cards whose reader groups them by their tags column or key itself (core.parse.tabular,
# json_cards): the labels it adds after that (record keeping: "#Company/Google", from a
# Company column) are no topic, and a sheet's rows were filed under the companies asked.
_OWN_TAG_TOPICS = frozenset(("csv", "tsv", "anki-text", "json", "yaml"))


def _names_column(tag: str, columns: set[str]) -> bool:
    """Whether `tag` is a table column's label: the column's name, then its value."""
    from studyapp.core.parse.header_names import folded_name
    from studyapp.core.parse.tag_labels import tag_path

    path = tag_path(tag)
    return bool(path) and folded_name(path[0]) in columns


def _front_matter_topic(doc: ParsedDocument, path: Path, text: str | None) -> ParsedDocument:
    from dataclasses import replace

    from studyapp.core import repair, textio
    from studyapp.core.deck_names import deck_title
    from studyapp.core.parse.flashcards import front_matter_topics, read_front_matter
    from studyapp.core.parse.note_tags import note_tags, tag_topic, titled_topic

    if doc.has_sections:
        return doc
    topics: tuple[str, ...] = ()
    if path.suffix.lower() in (".md", ".markdown"):
        if text is None:
            text = repair.repair_text(textio.read_notes(path))
        if text.startswith("---"):
            # a tag naming the note's title as the folder names the note's file
            title = deck_title(doc.deck_name, textio.path_text(path.stem))
            topics = front_matter_topics(read_front_matter(text)[0]) or titled_topic(
                tag_topic(note_tags(text)), title
            )
    if topics:
        questions = [q if q.topic_path else replace(q, topic_path=topics) for q in doc.questions]
        return replace(doc, questions=questions, has_sections=True)
    if sum(1 for q in doc.questions if q.tags) * 2 < len(doc.questions) or not doc.questions:
        return doc  # a tag here and there: the rest would lose the taxonomy's topics
    if doc.format in _OWN_TAG_TOPICS:
        return doc  # its reader made topics of its own tags; labels added after name none
    # "**What is a mutex?** #concurrency": each question's first tag is its topic, as a
    # CSV's tags column groups its rows; not the company it was "(asked at Stripe)", nor
    # the difficulty written after it ("Two Sum (Easy)": each under its own level)
    from studyapp.core.parse.page_properties import page_properties
    from studyapp.core.parse.table_units import column_names
    from studyapp.core.parse.titles import asked_at, difficulty_tags

    text = text if text is not None else repair.repair_text(textio.read_notes(path))
    lines = lines_of(text)
    properties = page_properties(text)[1]  # "Difficulty: Easy" gave "Difficulty/Easy"
    kept_out = set(properties.labels) if properties else set()
    columns = column_names(lines)  # a table's "Confidence" column gave "Confidence/high"
    questions = []
    for q in doc.questions:
        line = lines[q.source_line - 1] if 0 < q.source_line <= len(lines) else ""
        noted = (*asked_at(line), *difficulty_tags(line))
        own = tuple(
            t
            for t in q.tags
            if t not in noted and t not in kept_out and not _names_column(t, columns)
        )
        questions.append(replace(q, topic_path=tag_topic(own)) if own and not q.topic_path else q)
    if all(q.topic_path == p.topic_path for q, p in zip(questions, doc.questions, strict=True)):
        return doc
    return replace(doc, questions=questions, has_sections=True)
