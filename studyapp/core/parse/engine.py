"""The general engine: a Markdown document's question unit chosen, then its questions built.

Every candidate unit (a heading level, list items, bold paragraphs, ``Q:``
prefixes, ``<details>``, table rows, flashcards) is found and scored over the
whole document; the best one (or the one the person chose, ``split_at``) gives
the questions. Headings above the unit that introduce questions are the
sections (topics); what lies inside a unit, up to the next one, is its answer.
Every other non-blank line is accounted for as a named skipped region.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate, pairwise

from studyapp.core import work_progress
from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion, StudyAppError
from studyapp.core.parse import obsidian
from studyapp.core.parse import unit_scores as scores
from studyapp.core.parse import units as found
from studyapp.core.parse.admonitions import admonitions
from studyapp.core.parse.answer_openings import without_answer_openings
from studyapp.core.parse.answer_steps import without_answer_steps
from studyapp.core.parse.answer_text import (
    answer_markdown,
    answered_inline,
    without_dashed_labels,
    without_shared_mark,
    without_shared_quote,
)
from studyapp.core.parse.arrows import arrow_split, written_with_arrows
from studyapp.core.parse.bold_units import bold_paragraphs
from studyapp.core.parse.card_tags import tagged_items, tagged_only
from studyapp.core.parse.chat_headers import before_message
from studyapp.core.parse.choice import (
    HEADING_KINDS,
    Candidate,
    choose,
    headings_beside_marks,
    mix_marked,
)
from studyapp.core.parse.closing_asides import without_closing_asides
from studyapp.core.parse.code_bodies import code_over_answer_mark
from studyapp.core.parse.deflists import definitions, glossary_items, glossary_lines
from studyapp.core.parse.ends import (
    HR_RE,
    SOURCES,
    before_closing_heading,
    before_footer,
    before_lead_ins,
    before_quoted_close,
    before_rule,
    before_sign_off,
    before_to_do_items,
    code_blocks,
    end_of_marked_answer,
    inner_rule,
    names_study_part,
    nonblank_prefix,
    signed_off,
    sources_labels,
    trailing_trivia,
    within_items,
    within_paragraphs,
)
from studyapp.core.parse.follow_ups import without_follow_ups
from studyapp.core.parse.footers import after_footers
from studyapp.core.parse.group_labels import (
    outline_sections,
    split_glued_labels,
)
from studyapp.core.parse.hanging import hanging
from studyapp.core.parse.heading_levels import (
    asks_or_compares,
    flat_groups,
    questions_over_parts,
    two_levels,
)
from studyapp.core.parse.housekeeping import ABOUT_THE_PROJECT, housekeeping_heads
from studyapp.core.parse.inline_asked import inline_asked
from studyapp.core.parse.lazy_bold import lazy_bold_lines
from studyapp.core.parse.lead_labels import without_lead_labels
from studyapp.core.parse.letter_marks import letter_marked
from studyapp.core.parse.level_slips import restated_above
from studyapp.core.parse.list_leads import list_leads
from studyapp.core.parse.list_units import list_item_groups
from studyapp.core.parse.lone_title import (
    bold_title,
    plain_title,
    the_title,
    title_over_jottings,
    title_over_prose,
)
from studyapp.core.parse.mid_labels import mid_labels
from studyapp.core.parse.minutes import minutes_headings
from studyapp.core.parse.mistyped_marks import mistyped_marks, named_doubts
from studyapp.core.parse.notes_to_self import NOTE_TO_SELF, is_note_to_self_heading
from studyapp.core.parse.numbered_lines import KIND as NUMBERED
from studyapp.core.parse.numbered_lines import numbered_lines, runs_past
from studyapp.core.parse.open_sections import OpenSections
from studyapp.core.parse.other_styles import other_styles
from studyapp.core.parse.prompts import prompts, stacked
from studyapp.core.parse.prose_heads import link_heads, prose_heads
from studyapp.core.parse.question_lines import question_lines
from studyapp.core.parse.quote_answers import answered_in_later_paragraphs
from studyapp.core.parse.records import records
from studyapp.core.parse.references import with_definitions
from studyapp.core.parse.rule_cards import rule_cards
from studyapp.core.parse.section_heads import (
    LABEL_ONLY_RE,
    Heading,
    names_the_questions,
    section_headings,
)
from studyapp.core.parse.sided_cards import sided_cards
from studyapp.core.parse.sign_offs import without_sign_offs
from studyapp.core.parse.skipped_lines import skipped_regions
from studyapp.core.parse.spoilers import spoilers
from studyapp.core.parse.table_units import table_rows
from studyapp.core.parse.task_lists import (
    checklist_items,
    headed_task_lists,
    named_task_list,
    task_list,
)
from studyapp.core.parse.term_paragraphs import headed_parts, term_paragraphs
from studyapp.core.parse.titles import (
    QUESTION_WORDS,
    asked_at,
    difficulty_tags,
    tags_after_asking,
    whole_title,
    without_label_colon,
)
from studyapp.core.parse.toggles import details, html_table_rows
from studyapp.core.parse.tree import Document, build
from studyapp.core.parse.two_columns import gapped_cards
from studyapp.core.parse.units import Unit, is_question_like

TOC_RE = found.TOC_RE
FOOTER_RE = found.FOOTER_RE


class NoQuestionsError(StudyAppError):
    """A document in which no question unit could be found."""


FINDERS: dict[str, Callable[[Document], list[Unit]]] = {
    "bold": lambda doc: lazy_bold_lines(doc, bold_paragraphs(doc)),
    "prefix": lambda doc: _prefixed(doc),
    "asked": lambda doc: _asked(doc),
    "details": lambda doc: sorted([*details(doc), *admonitions(doc)], key=lambda u: u.line),
    "table": lambda doc: sorted([*table_rows(doc), *html_table_rows(doc)], key=lambda u: u.line),
    "card": lambda doc: _cards(doc),
}


def _cards(doc: Document) -> list[Unit]:
    """Flashcards in any of the styles the note may write them, in one run."""
    written = obsidian.cards(doc)  # "front::back", front / "?" / back, callouts
    return sorted(
        [
            *written,
            *tagged_items(doc, written),  # "- What is X? #card" over its child bullets
            *definitions(doc),
            *glossary_items(doc),
            *glossary_lines(doc),
            *spoilers(doc),
            *gapped_cards(doc),
            *term_paragraphs(doc),  # "Polymorphism" over its definition's lines
            *rule_cards(doc),  # a front paragraph over its back, "---" between cards
            *sided_cards(doc),  # front, "---", back, "---", front …
        ],
        key=lambda u: u.line,
    )


def _asked(doc: Document) -> list[Unit]:
    """Lines that ask; in a text file, also margin lines with their answers hung below."""
    hung = hanging(doc)
    asked = without_answer_openings(doc, found.asking_lines(doc))
    asked = sorted([*asked, *prompts(doc, asked), *stacked(doc, asked)], key=lambda u: u.line)
    listed = question_lines(doc)  # "Why here?" / "Your weakness?" …: a line each
    if listed:
        lines = {u.line for u in listed}
        asked = sorted([*listed, *(u for u in asked if u.line not in lines)], key=lambda u: u.line)
    taken = {u.line for u in asked}
    led = [u for u in list_leads(doc) if u.line not in taken]  # "Tell me about yourself" / "• …"
    led += [u for u in inline_asked(doc) if u.line not in taken]  # "What is X? X is …"
    if led:
        asked = sorted([*asked, *led], key=lambda u: u.line)
    if not hung:
        return asked
    taken = {u.line for u in hung}
    asked = [u for u in asked if u.line not in taken]
    return sorted([*hung, *asked], key=lambda u: u.line)


def _prefixed(doc: Document) -> list[Unit]:
    """Q:/Question: lines and letter marks paired in another language (a French "Q:"
    answered by "R:", a Russian "В:" by "О:"), a letter's pair where both mark the same
    line; or else named-field records."""
    marked = answered_in_later_paragraphs(doc, found.prefixed(doc))  # "> Q:" / ">" / "> A:"
    paired = letter_marked(doc, sum(u.explicit for u in marked))
    if not paired:
        return marked or records(doc)
    taken = {u.line for u in paired}
    return sorted([*paired, *(u for u in marked if u.line not in taken)], key=lambda u: u.line)


def _content_prefix(doc: Document) -> list[int]:
    """As `nonblank_prefix`, headings left out: an outline's sub-headings with nothing
    under them answer nothing."""
    heading = bytearray(len(doc.lines) + 1)  # 1 on each heading's lines
    for b in doc.blocks:
        if b.kind == "heading":
            heading[b.start : b.end + 1] = b"\x01" * (b.end - b.start + 1)
    return [n - h for n, h in zip(nonblank_prefix(doc), accumulate(heading), strict=True)]


def candidates(doc: Document, extra: dict[str, list[Unit]] | None = None) -> list[Candidate]:
    counts = _content_prefix(doc)
    found_units: dict[str, list[Unit]] = {}
    for level in range(1, 7):
        found_units[f"h{level}"] = without_follow_ups(doc, found.headings(doc, level))
    groups = {
        key: outline_sections(doc, units)  # "1. Databases" over "1.1 What is …?"
        for key, units in without_answer_steps(doc, list_item_groups(doc)).items()
    }
    best_group: list[Unit] = []
    best_value = -1.0
    for units in groups.values():
        units = scores.consistent(units, _answer_test(units, counts))
        value = scores.score(units, _answer_test(units, counts))
        if value > best_value:
            best_group, best_value = units, value
    found_units["list-item"] = best_group
    work_progress.at("", 0.3)
    for index, (kind, finder) in enumerate(FINDERS.items()):
        work_progress.at("", 0.3 + 0.5 * index / len(FINDERS))
        found_units[kind] = finder(doc)
    found_units.update(extra or {})
    work_progress.at("", 0.8)
    # never questions, whichever unit is chosen: a table of contents, and the project's
    # housekeeping ("## How to contribute" / "See CONTRIBUTING.md")
    tocs = found.toc_headings(doc) | housekeeping_heads(doc).keys()
    # "## TODO" over its to-dos, "## Open questions" after the cards: not questions yet
    still_open = OpenSections(doc)
    kept: dict[str, list[Unit]] = {}
    for kind, units in found_units.items():
        kept[kind] = sorted(
            (
                u
                for u in units
                if u.title
                and u.line not in tocs
                and not _placeholder(u.title)
                and not (kind in HEADING_KINDS and LABEL_ONLY_RE.match(u.title))
                and not (kind in HEADING_KINDS and signed_off(u.raw_title))
                and not (kind in HEADING_KINDS and is_note_to_self_heading(u.title))  # "## TODO"
            ),
            key=lambda u: u.line,
        )
        still_open.note_cards(kind, kept[kind], _answer_test(kept[kind], counts))
    result = []
    for kind, units in kept.items():
        if still_open:  # (one answered there stays a question: no to-do of theirs)
            units = still_open.without_open(kind, units, counts)
        units = scores.consistent(
            units, _answer_test(units, counts), headings=kind in HEADING_KINDS
        )
        if kind in HEADING_KINDS:  # "## Notes" after named cards: the notes' own aside
            units = without_closing_asides(doc, units)
            # "## Notes from the call" amid questions, "## Related" over [[links]]
            notes = prose_heads(doc, int(kind[1])) | link_heads(doc, int(kind[1]))
            units = [u for u in units if u.line not in notes] if notes else units
        result.append(Candidate(kind, units, scores.score(units, _answer_test(units, counts))))
    return result


# A template's blank to fill in, not a question: "{{title}}", "<% tp.file.title %>".
_PLACEHOLDER_RE = re.compile(r"\s*(?:\{\{[^{}]*\}\}|<%.*?%>|\$\{[^{}]*\})\s*")


def _placeholder(title: str) -> bool:
    return bool(_PLACEHOLDER_RE.fullmatch(title))


def _answer_test(units: list[Unit], counts: list[int]) -> Callable[[int], bool]:
    last = len(counts) - 1

    def has_answer(index: int) -> bool:
        unit = units[index]
        if unit.answer_prefix.strip():
            return True
        stop = units[index + 1].line - 1 if index + 1 < len(units) else last
        if unit.end and unit.container:
            stop = min(stop, unit.end)
        start = min(unit.answer_start, last + 1)
        return stop >= start and counts[stop] - counts[start - 1] > 0

    return has_answer


def _fill_sections(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """A section the chosen unit finds nothing in may ask its questions another way
    ("Simple questions" as a bullet list above <details> questions): where another
    kind finds two or more places there that nearly all ask, they are questions too.
    Where the author marks every question by syntax (cards, ``Q:``, table rows), a
    question without the mark is not one yet ("open questions"), but a section of
    headings that ask, each over its answer, still holds questions (a table of cards,
    then a section written as headings)."""
    if not chosen.units:
        return chosen
    marked = sum(u.explicit for u in chosen.units) * 2 > len(chosen.units)
    if marked and not any(
        found.is_question_like(u.title) for c in cands if c.kind in HEADING_KINDS for u in c.units
    ):
        return chosen  # marked questions, and no heading that asks to add
    heads = [h for h in section_headings(doc, chosen.kind, chosen.units) if h.section]
    if not heads:
        return chosen
    import bisect

    starts = [u.line for u in chosen.units]
    bounds = [h.block.start for h in heads] + [len(doc.lines) + 1]
    added: list[Unit] = []
    for head, (low, high) in zip(heads, pairwise(bounds), strict=False):
        if head.toc or head.footer or names_study_part(head.title):
            continue  # "## Open questions": still to answer, as under Q:/A: notes
        if bisect.bisect_left(starts, low) != bisect.bisect_left(starts, high):
            continue  # the chosen unit has questions here
        best: list[Unit] = []
        for cand in cands:
            heading = cand.kind in HEADING_KINDS
            if cand.kind == chosen.kind or (marked and not heading):
                continue
            if heading and int(cand.kind[1:]) <= head.block.level:
                continue  # the section's own heading level, or a level above it
            inside = [u for u in cand.units if low < u.line < high]
            asking = sum(1 for u in inside if asks_or_compares(u.title))
            if len(inside) >= 2 and asking * 10 >= len(inside) * 8 and len(inside) > len(best):
                best = inside
        added.extend(best)
    if not added:
        return chosen
    units = sorted([*chosen.units, *added], key=lambda u: u.line)
    return Candidate(chosen.kind, units, chosen.score)


# --- assembling the questions ------------------------------------------------------


def _reading(done: int, total: int) -> str:
    return f"reading question {done:,} of {total:,}"


def assemble(
    doc: Document,
    cand: Candidate,
    name: str,
    *,
    source_file: str = "",
    own: set[int] | None = None,
) -> tuple[str, list[ParsedQuestion], list[SkippedRegion], bool]:
    """The questions of the chosen places. `own`: the lines the note's own questions
    start on (before those written in another shape were added), where known."""
    units = _labelled([u for u in cand.units if u.title], doc)
    heads = section_headings(doc, cand.kind, units)
    mids = mid_labels(doc, cand.kind, units, own, heads) if own is not None else []
    if mids:  # "SQL drills:" over pairs between heading questions (mid_labels.py)
        heads = sorted([*heads, *mids], key=lambda h: h.block.start)
    labels = {h.block.start: h.until for h in mids}
    # (an outline's top item names the questions inside it only: "- Kubernetes" over
    # cards, then a card at the top beside it)
    labels.update((h.block.start, h.until) for h in heads if h.block.level == 7 and h.until)
    first = units[0].line if units else len(doc.lines) + 1
    deck_name = name
    title_line = 0
    h1s = [h for h in heads if h.block.level == 1]
    if h1s and h1s[0].block.start < first and len(h1s) == 1:
        deck_name = h1s[0].title or name
        title_line = h1s[0].block.start
        h1s[0].section = False
    elif not heads and (bold := bold_title(doc, first) or plain_title(doc, first)):
        deck_name, title_line = bold  # "**ML Interview Questions**", a text file's first line
    elif heads and (plain := plain_title(doc, min(first, heads[0].block.start))):
        deck_name, title_line = plain  # … above its first section ("Section A: Classical ML")
    sections = [
        h for h in heads if (h.section or h.sources) and not h.toc and h.block.start != title_line
    ]
    stoppers = sorted(
        [
            h.block.start
            for h in heads
            if h.section
            or h.toc
            or h.footer
            or h.part
            or h.sources
            or h.note
            or h.project
            or h.aside
        ]
    )
    import bisect

    covered: dict[int, str] = {}
    for head in heads:  # every line of a heading: a setext one is underlined ("====")
        lines = range(head.block.start, head.block.end + 1)
        if head.block.start == title_line:
            covered.update(dict.fromkeys(lines, "title"))
        elif head.toc:
            covered.update(dict.fromkeys(lines, "table of contents"))
        elif head.section:
            covered.update(dict.fromkeys(lines, "section heading"))
        elif head.sources:  # the heading and its links
            lines = range(head.block.start, head.until + 1)
            covered.update((n, SOURCES) for n in lines if doc.line(n).strip())
        elif head.note:  # "## TODO" and the person's to-dos under it
            lines = range(head.block.start, head.until + 1)
            covered.update((n, NOTE_TO_SELF) for n in lines if doc.line(n).strip())
        elif head.project:  # "## How to contribute" and its own lines
            lines = range(head.block.start, head.until + 1)
            covered.update((n, ABOUT_THE_PROJECT) for n in lines if doc.line(n).strip())
    for block in doc.blocks:
        if block.kind == "front_matter":
            for n in range(block.start, block.end + 1):
                covered[n] = "front matter"
    if title_line:  # (a bold title has no heading to cover it)
        covered.setdefault(title_line, "title")

    questions: list[ParsedQuestion] = []
    labelled: list[bool] = []  # whose answer opens with its label ("A: …")
    stack: list[Heading] = []
    section_iter = iter(sections)
    pending = next(section_iter, None)
    stops = []
    for index, unit in enumerate(units):
        stop = units[index + 1].line - 1 if index + 1 < len(units) else len(doc.lines)
        position = bisect.bisect_right(stoppers, unit.line)
        if position < len(stoppers):
            stop = min(stop, stoppers[position] - 1)
        if unit.container and unit.end:
            stop = min(stop, unit.end)
        stop = end_of_marked_answer(doc, unit, stop)
        stops.append(stop)
    fences = code_blocks(doc)
    rules = [n for n, line in enumerate(doc.lines, 1) if line[:1] in "-*_ <" and HR_RE.match(line)]
    if units and not any(
        inner_rule(doc, u, s, rules, fences) for u, s in zip(units[:-1], stops, strict=False)
    ):
        # Rules never sit inside an answer here: one after the last answer ends it.
        stops[-1] = before_rule(doc, units[-1], stops[-1])
    before_to_do_items(doc, cand.kind, units, stops)  # "- TODO re-read …" between cards
    before_lead_ins(doc, units, stops)  # "Later additions:" over the questions below
    if units:
        stops[-1] = before_quoted_close(doc, units, stops[-1])  # "> Thanks!" after it
        stops[-1] = within_items(doc, cand.kind, units, stops)
        stops[-1] = within_paragraphs(doc, cand.kind, units, stops)
        stops[-1] = before_closing_heading(doc, cand.kind, units, stops)
        stops[-1] = before_footer(doc, units[-1], stops[-1])
        stops[-1] = before_sign_off(doc, units[-1], stops[-1])
        stops[-1] = before_message(doc, units[-1], stops[-1])
    without_sign_offs(doc, units, stops, covered)  # "Hope this helps! Let me know if …"
    for index, label in sources_labels(doc, units, stops).items():  # "Resources" + links
        if index < len(units) - 1:  # (after the last answer, the notes' footer)
            lines = range(label, stops[index] + 1)
            covered.update((n, SOURCES) for n in lines if doc.line(n).strip())
        stops[index] = label - 1
    arrowed = written_with_arrows([u.raw_title for u in units])
    levels = {  # the questions' own heading levels
        b.start: b.level for b in doc.blocks if b.kind == "heading" and cand.kind in HEADING_KINDS
    }
    # "## Storage" over "## What is an LSM tree?": a group of the questions' own level
    flat = flat_groups(doc, int(cand.kind[1]), units) if cand.kind in HEADING_KINDS else set()
    for index, unit in enumerate(work_progress.counting(units, _reading)):
        while pending is not None and pending.block.start < unit.line:
            while stack and stack[-1].block.level >= pending.block.level:
                stack.pop()
            stack.append(pending)
            pending = next(section_iter, None)
        while stack and labels.get(stack[-1].block.start, unit.line) < unit.line:
            stack.pop()  # past a label's questions: the note's own shape again
        while (
            stack
            and unit.line in levels
            and stack[-1].block.level >= levels[unit.line]
            and stack[-1].block.start not in flat
            and stack[-1].block.start not in labels
        ):
            stack.pop()  # a question heading as high as a group's: out of that group
        end = max(trailing_trivia(doc, unit.answer_start, stops[index], fences), unit.title_end)
        for n in range(unit.line, end + 1):
            covered[n] = "question"
        labelled.append(_labelled_answer(doc, unit, end))
        title, answer, raw = unit.title, answer_markdown(doc, unit, end), unit.raw_title
        answer = code_over_answer_mark(answer)  # "Q: What does this print?" / code / "A: …"
        split = arrow_split(raw) if arrowed else None
        if split is not None:  # "What is TCP? → A byte stream": the rest goes on below
            title, raw = whole_title(split[0], plain=doc.plain), split[0]
            answer = "\n".join(part for part in (split[1], answer) if part)
        elif not answer:
            title, answer = answered_inline(unit, doc.plain)
            raw = raw[: raw.rfind(answer)] if answer and answer in raw else raw  # its question
        elif title.endswith(":") and not unit.answer_prefix and not is_question_like(title):
            # "- Idempotence:" / "**Quorum:**", a term over its note: the colon leads to
            # the note below, as a heading's does ("## Encapsulation:"). A question's or a
            # task's stays, as the person wrote it ("What is a ReplicaSet:").
            title = without_label_colon(title)
        questions.append(
            ParsedQuestion(
                title,
                answer,
                unit.line,
                # a table's Topic column; never "Resources" (it closes the group above)
                # ("## Questions" over them names no subject: no topic of its own)
                unit.topic
                or tuple(
                    h.title for h in stack if not h.sources and not names_the_questions(h.title)
                ),
                end_line=end,
                source_file=source_file,
                tags=(unit.tags or tags_after_asking(unit.raw_title) or asked_at(unit.raw_title))
                + difficulty_tags(unit.raw_title),  # "Two Sum (Easy)": Difficulty::Easy
                raw_title=raw,
            )
        )
    answers = without_shared_quote(without_shared_mark([q.answer_markdown for q in questions]))
    answers = without_dashed_labels(answers, labelled)  # "A - It is …" beside "A: …"
    questions = [
        q if a is q.answer_markdown else replace(q, answer_markdown=a)
        for q, a in zip(questions, answers, strict=True)
    ]
    questions = without_lead_labels(questions)  # "[Easy] [Amazon] Reverse a linked list"
    questions = with_definitions(doc, questions)  # "[1]: https://…" where it is used
    toc_lines = {h.block.start for h in heads if h.toc}
    head_lines = {h.block.start for h in heads}
    skipped = skipped_regions(doc, covered, toc_lines, head_lines, units, source_file)
    named = any(not names_the_questions(h.title) for h in sections)
    return deck_name, questions, skipped, named or any(u.topic for u in units)


def _labelled_answer(doc: Document, unit: Unit, end: int) -> bool:
    """Whether a question's answer opens with its label and a colon ("A: …", "Ans: …")
    on the first line written under its title."""
    for n in range(unit.title_end + 1, end + 1):
        line = doc.line(n)
        if line.strip():
            label = found.ANSWER_RE.match(line)
            return label is not None and bool(set(line[: label.end()]) & {":", "："})
    return False


# "Question", "Question 3", "Вопрос 2": a label; "Question (EN)" names a group.
_QUESTION_NUMBER_RE = re.compile(rf"^(?:{QUESTION_WORDS}|front(?: side)?)\s*\d*\s*:?$", re.I)


def _labelled(units: list[Unit], doc: Document) -> list[Unit]:
    """A question under a heading that only labels it ("### Question 3" over "What is
    the GIL?") starts at that heading: it is no topic of its own. So does a question
    heading right under a heading a level up that says the same ("## What is cache
    warming?" over "### What is cache warming?"): the question asked twice, one."""
    units = restated_above(units, doc)
    labels = {
        b.end: b.start
        for b in doc.blocks
        if b.kind == "heading" and _QUESTION_NUMBER_RE.match(whole_title(b.text, plain=doc.plain))
    }
    if not labels:
        return units
    import bisect

    heads = sorted(b.start for b in doc.blocks if b.kind == "heading")
    starts = [u.line for u in units]
    for unit in units:
        above = unit.line - 1
        while above > 0 and not doc.line(above).strip():
            above -= 1
        if above not in labels:
            continue
        after = bisect.bisect_right(heads, labels[above])
        limit = heads[after] if after < len(heads) else len(doc.lines) + 1
        if bisect.bisect_left(starts, limit) - bisect.bisect_left(starts, unit.line) == 1:
            unit.line = labels[above]  # its one question; over several, a group's name
    return units


def _to_do(doc: Document, chosen: Candidate) -> bool:
    return task_list(chosen.units, _answer_test(chosen.units, _content_prefix(doc)), doc.lines)


def _without_checklists(
    doc: Document, chosen: Candidate
) -> tuple[Candidate, list[tuple[int, int]]]:
    """List-item questions without a checklist's to-dos (`checklist_items`), and the
    lines of each run of them: a to-do ticked among questions asks nothing, and one
    under a question's answer stays in it."""
    has_answer = _answer_test(chosen.units, _content_prefix(doc))
    boxed = set(checklist_items(chosen.units, doc.lines, has_answer))
    if not boxed:
        return chosen, []
    runs: list[tuple[int, int]] = []
    for index in sorted(boxed):
        unit = chosen.units[index]
        if runs and index - 1 in boxed:
            runs[-1] = (runs[-1][0], unit.title_end)
        else:
            runs.append((unit.line, unit.title_end))
    units = [u for i, u in enumerate(chosen.units) if i not in boxed]
    return Candidate(chosen.kind, units, chosen.score if units else 0.0), runs


def candidate_counts(text: str, *, plain: bool = False) -> dict[str, int]:
    """How many questions each unit kind would give (what --split-at can choose).
    Counts only: the line-by-line block reader is enough, and cheaper."""
    doc = split_glued_labels(build(text, plain=plain, fast=True))
    return {**{c.kind: len(c.units) for c in candidates(doc)}, NUMBERED: len(numbered_lines(doc))}


def _split_counts(doc: Document, cands: list[Candidate]) -> dict[str, int]:
    """How many questions each split gives (the preview's and `parse`'s choices): its
    own places, the questions written in another style that it finds too, and those
    whose marks were mistyped (but not the lines it names as such)."""
    counts = {}
    for cand in work_progress.counting(cands, _weighing):
        styled = other_styles(doc, cand, cands)
        if cand.kind in HEADING_KINDS and the_title(doc, cand.units) and styled.units[1:]:
            continue  # the note's title over questions of another unit: no way to split it
        split, doubts = mistyped_marks(doc, styled)
        counts[cand.kind] = len(split.units) - len(doubts)
    return counts


def _weighing(done: int, total: int) -> str:
    return f"counting the questions of each other way to split ({done} of {total})"


def parse_markdown(
    text: str,
    *,
    name: str,
    split_at: str | None = None,
    extra: Callable[[Document], dict[str, list[Unit]]] | None = None,
    fmt: str = "markdown",
    source_file: str = "",
    plain: bool = False,
) -> ParsedDocument:
    with work_progress.part(0.0, 0.15):
        doc = split_glued_labels(build(text, plain=plain))
    with work_progress.part(0.15, 0.5, "looking for questions (headings, lists, Q: lines…)"):
        cands = candidates(doc, extra(doc) if extra else None)
    work_progress.at("choosing how the notes split into questions", 0.5)
    first_line = next((n for n, line in enumerate(doc.lines, 1) if line.strip()), 0)
    numbered = Candidate(NUMBERED, numbered_lines(doc), 0.0)  # (not among `cands`)
    chosen = numbered if split_at == NUMBERED else choose(cands, split_at, first_line)
    if split_at is None:  # (a split that would drop a heading question with its answer)
        chosen = questions_over_parts(doc, chosen, cands)
    if split_at is None and runs_past(doc, numbered.units, chosen.units):
        chosen = numbered  # "Q1 - stack vs queue" beside "Q2 - Explain Big-O" read as "Q:"
    todo = None
    chores: list[tuple[int, int]] = []  # a checklist's lines among list-item questions
    listed = split_at is None and chosen.kind == "list-item"
    if listed and not _to_do(doc, chosen):  # (a whole checklist is one, before its boxes go)
        chosen, chores = _without_checklists(doc, chosen)
    if listed and _to_do(doc, chosen):
        todo = (chosen.units[0].line, chosen.units[-1].title_end)
        chosen = Candidate(chosen.kind, [], 0.0)  # a to-do list: no questions in it
    elif split_at is None and chosen.kind in HEADING_KINDS:
        todo = headed_task_lists(doc.lines, chosen.units)  # "# Homework" over one
        if (
            todo is not None
            or title_over_prose(doc, chosen.units)
            or title_over_jottings(doc, chosen.units)
            or headed_parts(doc, chosen.units)
            or minutes_headings(doc.lines)  # "# Team sync" over "## Action items"
        ):
            chosen = Candidate(chosen.kind, [], 0.0)  # (or "# My notes" over "TODO: …")
    own = {u.line for u in chosen.units}  # the note's own shape's questions
    if split_at is None:
        chosen = tagged_only(chosen)[0]  # "What is X? #card" beside "Reading list"
        chosen = _fill_sections(doc, mix_marked(doc, chosen, cands), cands)
        chosen = headings_beside_marks(doc, chosen, cands)
        chosen = two_levels(doc, chosen, cands)
        chosen = after_footers(doc, chosen, cands)  # "## References", then "### What …?"
    styled = other_styles(doc, chosen, cands)  # (under a split the person chose too)
    if split_at is None or chosen.kind not in HEADING_KINDS or not the_title(doc, chosen.units):
        chosen = styled  # (at the title's level, the title over the note: one question)
    chosen, doubts = mistyped_marks(doc, chosen)  # "7 What is …?" between "6." and "8."
    with work_progress.part(0.6, 0.85):
        deck_name, questions, skipped, has_sections = assemble(
            doc, chosen, name, source_file=source_file, own=own
        )
    questions, skipped = named_doubts(questions, skipped, doubts)
    if todo is not None:
        skipped = named_task_list(skipped, *todo)
    for first, last in chores:
        skipped = named_task_list(skipped, first, last)
    with work_progress.part(0.85, 1.0):
        split_counts = _split_counts(doc, cands)
    return ParsedDocument(
        deck_name,
        fmt,
        questions,
        has_sections=has_sections,
        unit=chosen.kind,
        candidates={**split_counts, NUMBERED: len(numbered.units)},
        skipped=skipped,
        line_breaks="space",
    )
