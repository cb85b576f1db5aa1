"""Where an answer ends: what closes the last one (a list's closing label, a footer, an
e-mail's close, a rule), and what at its end is not content (separators, links back,
an empty code block). The engine (engine.py) cuts each answer with these."""

from __future__ import annotations

import re
from itertools import pairwise

from studyapp.core.parse import units as found
from studyapp.core.parse.tree import Block, Document, indent_width
from studyapp.core.parse.units import Unit

HR_RE = re.compile(r"^\s*+(?:([-*_])(?:\s*\1){2,}|<hr\s*/?>)\s*$", re.I)
# ... and, at an answer's end, a line of equals signs that parts plain-text cards ("=====")
SEPARATOR_RE = re.compile(rf"{HR_RE.pattern}|^\s*+={{3,}}\s*$", re.I)

# Lines that show nothing: breaks, closing tags, comments, rules, and empty anchors
# (``<a name="q2"></a>`` above the next question, a README's link target).
TRIVIAL_LINE_RE = re.compile(
    r"^\s*+(?:<br\s*/?>|</[A-Za-z][\w-]*\s*>"
    r"|<!--.*?-->|<p>|<hr\s*/?>|<details[^>]*>"
    r"|<(?:a|span|div)\b[^<>]*>\s*</(?:a|span|div)\s*>)*\s*$",
    re.I,
)


ANCHOR_LINK_RE = found.TOC_ENTRY_RE  # "**[⬆ Back to Top](#contents)**" alone on its line


def nonblank_prefix(doc: Document) -> list[int]:
    """counts[n] = non-blank lines among lines 1..n (so a range count is one subtraction)."""
    if doc.counts is None:
        counts = [0]
        total = 0
        for line in doc.lines:
            total += 1 if line.strip() else 0
            counts.append(total)
        doc.counts = counts
    return doc.counts


def nonblank_between(doc: Document, start: int, end: int) -> int:
    """The non-blank lines among lines `start`..`end`: one subtraction, where counting
    each block's lines cost the square of a list's depth (an item holds the items
    under it: 2,000 nested items were 2,000,000 lines to strip)."""
    counts = nonblank_prefix(doc)
    start, end = max(start, 1), min(end, len(counts) - 1)
    return counts[end] - counts[start - 1] if end >= start else 0


def trailing_trivia(
    doc: Document, start: int, stop: int, fences: dict[int, Block] | None = None
) -> int:
    """The last line of [start, stop] that is answer content, not a separator or link back
    (nor an empty code block: a notebook's last, empty cell). A code block's closing
    fence is content: the block ends with it."""
    fences = code_blocks(doc) if fences is None else fences
    while stop >= start:
        line = doc.line(stop)
        block = fences.get(stop)
        if block is not None:
            if block.text.strip() or block.start < start:
                break
            stop = block.start - 1  # an empty code block: nothing to keep
            continue
        opening = _comment_opening(doc, start, stop, fences)
        if opening:
            stop = opening - 1  # a comment over lines of its own ("<!-- ### Later …"): hidden
            continue
        if line.strip() and not (
            SEPARATOR_RE.match(line)
            or TRIVIAL_LINE_RE.match(line)
            or ANCHOR_LINK_RE.match(line)
            or (
                (stop == len(doc.lines) or not doc.line(stop + 1).strip())
                and not doc.line(stop - 1).strip()
                and END_MARK_RE.match(line)
            )
        ):
            break
        stop -= 1
    return stop


def _comment_opening(doc: Document, start: int, stop: int, fences: dict[int, Block]) -> int:
    """Where the HTML comment that ends on line `stop` opens, when it runs over lines of its
    own from there (a question and its answer commented out, a note for later): 0 where
    the line closes no such comment or is code."""
    line = doc.line(stop).rstrip()
    if not line.endswith("-->") or "<!--" in line:
        return 0
    for n in range(stop - 1, start - 1, -1):
        text = doc.line(n)
        if "-->" in text:
            return 0
        if text.lstrip().startswith("<!--"):
            if any(b.start <= n and stop <= b.end for b in fences.values()):
                return 0
            return n
    return 0


def code_blocks(doc: Document) -> dict[int, Block]:
    """Fenced code blocks by their last line."""
    return {
        b.end: b
        for b in doc.blocks
        if b.kind == "code" and doc.line(b.end).lstrip().startswith(("```", "~~~"))
    }


# A closing note of the document's own: licence, copyright, credits, a sign-off.
FOOTER_LINE_RE = re.compile(
    r"^[\W_]*+(?:licen[cs]e\s*:|licen[cs]ed under\b|"
    r"(?:mit|cc0|cc[- ]by[-\w.]*|apache[- ][\d.]+) licen[cs]e|"
    r"copyright\b|©|(?<=\()c\)\s|all rights reserved|"
    r"last (?:updated|modified|edited|reviewed|revised|checked)\b|"
    r"made with\b|maintained by\b|written by\b|"
    r"created (?:with|in|using)\b|exported (?:from|with|by)\b|powered by\b|"
    r"(?:(?:this )?(?:document|page|file|pdf)(?: was)? )?(?:auto-?)?generated"
    r" (?:by|with|from|using)\b|"
    r"contributions? (?:are )?welcome|prs? (?:are )?welcome|pull requests|"
    r"(?:star|follow|share) (?:this|me|the repo)|happy (?:studying|learning|coding)|good luck\b|"
    r"all the best\b|best of luck\b|"
    # a note to self about the studying: "Note: revise these before Friday", "Next time:
    # recursive CTEs" (a note's "Note: the index is rebuilt" names no study of the notes)
    r"(?:note(?: to self)?|n\.?b\.?|reminder|to-?do)\s*[:\u2013\u2014-]\s*(?:[\w']+\s+){0,3}?"
    r"(?:revise|review|revisit|re-?read|re-?do|go over|practi[cs]e|memori[sz]e|learn|study)"
    r"\s+(?:(?:all|each|every|the rest of)\s+)?"
    r"(?:these|this list|them|the (?:notes|cards|questions|list))\b|"
    r"next (?:time|up|session|week)\s*:)",
    re.I,
)

# A page's way on: "Previous  Next", "« Prev", "Next →".
# A note app's metadata under the note (Joplin's raw export): "id: 3f9c…",
# "created_time: 2024-03-02T10:14:22.000Z", "type_: 1".
METADATA_LINE_RE = re.compile(r"^[a-z][a-z0-9]*_[a-z0-9_]*:\s|^id:\s+[0-9a-f]{16,}\s*$")
NAV_LINE_RE = re.compile(r"^\W*(?:previous|prev|next)(?:\W+(?:previous|prev|next))?\W*$", re.I)


def within_items(doc: Document, kind: str, units: list[Unit], stops: list[int]) -> int:
    """Where every other list item holds its whole answer inside itself (nothing
    between one item and the next question), the last one does too: what follows
    the list ("Useful links:" and its bullets) is not its answer."""
    last = units[-1]
    if kind != "list-item" or len(units) < 2 or not last.end:
        return stops[-1]
    counts = nonblank_prefix(doc)
    for unit, following in pairwise(units):
        if not unit.end or counts[following.line - 1] - counts[unit.end] > 0:
            return stops[-1]
    after = next((n for n in range(last.end + 1, stops[-1] + 1) if doc.line(n).strip()), None)
    if after is None:
        return stops[-1]
    line = doc.line(after).strip()
    # (two questions are evidence enough against a to-do item: "- TODO read about X")
    if not (_to_do_item(line) or (len(units) >= 3 and _closing_line(line))):
        return stops[-1]
    return min(stops[-1], last.end)


def before_to_do_items(doc: Document, kind: str, units: list[Unit], stops: list[int]) -> None:
    """Each list-item answer (`stops` changed in place) ends with its own item where the
    next line written after the item is a to-do item beside it ("- TODO re-read DDIA
    chapter 5" between two cards of a Logseq page): a task of the person's, written at
    the questions' depth, is no part of the answer above it."""
    if kind != "list-item":
        return
    for index, unit in enumerate(units):
        if not 0 < unit.end < stops[index]:
            continue
        after = next(
            (n for n in range(unit.end + 1, stops[index] + 1) if doc.line(n).strip()), None
        )
        if after is not None and _to_do_item(doc.line(after).strip()):
            stops[index] = unit.end


def before_lead_ins(doc: Document, units: list[Unit], stops: list[int]) -> None:
    """Each answer but the last (`stops` changed in place) without a line of its own at
    its end that leads on with a colon ("Later additions (copied from a friend's doc):")
    right above the next question: it introduces the questions below it, and belongs
    to none of them. (An answer's own "Example:" has its example under it.)"""
    paragraphs = {
        b.end: b
        for b in doc.blocks
        if b.kind == "paragraph" and b.start == b.end and b.item < 0 and not b.quoted
    }
    for index, unit in enumerate(units[:-1]):
        last = stops[index]
        while last > unit.title_end and not doc.line(last).strip():
            last -= 1
        block = paragraphs.get(last)
        if block is None or not doc.line(last).rstrip().endswith((":", "：")):
            continue
        above = last - 1
        while above > unit.title_end and not doc.line(above).strip():
            above -= 1
        if above >= max(unit.answer_start, unit.title_end + 1) and above < last - 1:
            stops[index] = above  # (the answer's own text stands above it, a blank between)


def _to_do_item(line: str) -> bool:
    """An item of what is still to study ("- TODO read about X", Roam's "- {{[[TODO]]}}
    review Y", "- [ ] practise Z"), written beside the questions, not inside an answer."""
    named = _ITEM_MARK_RE.sub("", line)
    return named != line and bool(_TO_DO_RE.match(named) or _STUDY_PART_RE.match(named))


_TO_DO_RE = re.compile(r"^(?:\[ \]|\W*(?:TODO|LATER|NOW|DOING)\b)")  # Logseq's words


def _closing_line(line: str) -> bool:
    """Only a closing part of the page: a label ("Further study:"), a footer or a way
    on, or an item of a list that names a part of the notes ("- Follow-ups", its
    to-dos below). Prose after the answer may be the last answer going on."""
    named = _ITEM_MARK_RE.sub("", line)
    part = named != line and bool(
        found.DOCUMENT_PART_RE.match(named) or found.FOOTER_RE.match(named)
    )
    return bool(line.endswith(":") or FOOTER_LINE_RE.match(line) or NAV_LINE_RE.match(line) or part)


# A label naming a part of the notes about the studying itself, not a part of an
# answer ("Steps:", "Example:", "Key points:" are an answer's): what is still to look
# up, review or practise, the questions to ask, the sources.
_STUDY_PART_RE = re.compile(
    r"^\W*(?:(?:still|also|things|stuff|topics|items|questions|more|left|remaining|what|i"
    r"|need|want|must|have|my)\s+){0,3}"
    r"(?:to[- ]?dos?|to (?:look (?:up|into)|review|re-?read|read|practi[cs]e|revisit|research"
    r"|study|learn|ask)|(?:look (?:up|into)|review|read|revisit|study) later|open questions"
    r"|unanswered|questions (?:to ask|for)|further reading|resources|links|references|sources"
    r"|next steps|follow[- ]?ups?)\b",
    re.I,
)


def names_study_part(title: str, *, whole: bool = False) -> bool:
    """Whether a heading names a part of the notes about the studying itself ("Open
    questions", "To look up", "Questions to ask them"), not a subject; `whole`: by
    its whole title ("Links", not "Links between tables")."""
    text = title.strip("*_ :")
    found_part = _STUDY_PART_RE.match(text)
    return bool(found_part) and not (whole and text[found_part.end() :].strip(" .!"))


def _part_label(line: str) -> bool:
    """A closing label after one-paragraph answers: a footer or a way on, or a label
    that names a part of the notes ("Still to look up:", "TODO before Friday:")."""
    if FOOTER_LINE_RE.match(line) or NAV_LINE_RE.match(line):
        return True
    labelled = _BOLD_LABEL_RE.match(line)  # "**Feedback:** strong on design"
    if labelled:
        line = labelled["name"] + ":"
    if not line.endswith(":") or len(line.split()) > 8:
        return False
    named = line.rstrip(":").strip("*_ ")
    return bool(
        _STUDY_PART_RE.match(named)
        or found.DOCUMENT_PART_RE.match(named)
        or found.FOOTER_RE.match(named)
        or _DEBRIEF_PART_RE.match(named)
    )


# A bold label that opens a line, its text after it: "**Next steps:** team matching".
_BOLD_LABEL_RE = re.compile(
    r"^(?:\*\*|__)(?P<name>[^*_:\n]{1,40}?)\s*(?::(?:\*\*|__)|(?:\*\*|__):)\s+\S"
)
# What an interview's write-up says after its questions: how it went, not an answer.
_DEBRIEF_PART_RE = re.compile(
    r"^(?:overall )?(?:feedback|verdict|my questions|questions i asked|interviewer feedback)$",
    re.I,
)


def _paragraph_end(doc: Document, start: int, stop: int) -> tuple[int, int]:
    """The last line of the first paragraph in [start, stop] and the first non-blank
    line after it (0 where nothing follows)."""
    n = start
    while n <= stop and not doc.line(n).strip():
        n += 1
    while n <= stop and doc.line(n).strip():
        n += 1
    end = n - 1
    while n <= stop and not doc.line(n).strip():
        n += 1
    return end, (n if n <= stop else 0)


def within_paragraphs(doc: Document, kind: str, units: list[Unit], stops: list[int]) -> int:
    """Where every other answer is one paragraph under its question (``Q:``/``A:``
    lines, a bold question over a line of answer), the last one is too when a closing
    label follows it ("Still to look up:" over its bullets): that part of the notes
    is not the last answer going on. (`within_items` does the same for list items.)"""
    if kind == "list-item" or len(units) < 3 or any(u.container for u in units):
        return stops[-1]
    for unit, stop in zip(units[:-1], stops[:-1], strict=False):
        if _paragraph_end(doc, _answer_opens(unit), stop)[1]:
            return stops[-1]
    last = units[-1]
    end, after = _paragraph_end(doc, _answer_opens(last), stops[-1])
    if not after or end < _answer_opens(last) or not _part_label(doc.line(after).strip()):
        return stops[-1]
    fences = code_blocks(doc)
    if any(b.start > end for b in fences.values() if b.end <= stops[-1]):
        return stops[-1]  # "Example:" over code: the answer's example, not a part
    return end


def _answer_opens(unit: Unit) -> int:
    """The answer's first line: its mark's line ("A: …") where the answer starts there."""
    if unit.answer_prefix.strip():
        return max(unit.answer_start - 1, unit.line)
    return max(unit.answer_start, unit.title_end + 1)


_ITEM_MARK_RE = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")


# An e-mail's close: the signature line ("-- ") and a sign-off ("Cheers," / "Marco").
_SIGNATURE_RE = re.compile(r"^--[ \t]?$")

_SIGN_OFF_RE = re.compile(
    r"^(?:cheers|best|best wishes|best regards|kind regards|warm regards|regards|thanks"
    r"|thank you|many thanks|talk soon|take care|all the best|see you|ciao|bye|love|xoxo"
    r"|best of luck|good luck|hope (?:this|that) helps|speak soon|sincerely|yours sincerely"
    r"|yours truly|thanks again|thanks so much|with thanks|warmly"
    r"|saludos|gruß|grüße|viele grüße|bisous|cordialement)\s*[,!.]*$",
    re.I,
)


# A letter's greeting: "Dear Ms. Lee," / "Hi Sam," / "To whom it may concern:". One
# inside the last answer makes the sign-off below it the example letter's, not the notes'.
# "Dear" opens a letter whatever follows ("Dear hiring manager,"); "Hi", "Hello" and
# the rest only before a name or the people addressed ("Hi Sam,", "Hello team,"), not a
# remark that opens with them ("Hey, good rule of thumb:").
_SALUTATION_RE = re.compile(
    r"^(?:[Dd]ear\b[^!?\n]{0,60}"
    r"|(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening))"
    r"(?:\s+(?:[A-Z][\w.'’-]*|all|team|everyone|everybody|there|folks|both)){0,3}"
    r"|[Tt]o whom it may concern)[,:]\s*$"
)
# A signature's lines are short: a name, a role, "Sent from my phone".
_SIGNATURE_WORDS = 8


def _signature_line(line: str) -> bool:
    """A line a signature holds (a name, a role, "Sent from my phone"), not a sentence
    of the answer going on ("Then follow up within a week.")."""
    words = len(line.split())
    return words <= _SIGNATURE_WORDS and not (words >= 4 and line.endswith((".", "?", "!")))


def _own_line(line: str) -> bool:
    """A line written at the margin: not indented (a code block, a list's inside) nor
    quoted, so an example's sign-off does not count as the notes' own."""
    return bool(line) and line[0] not in " \t>"


def _in_a_letter(doc: Document, unit: Unit, end: int) -> bool:
    """Whether a greeting opens a letter inside the answer above line `end`."""
    start = max(unit.answer_start, unit.title_end + 1)
    return any(_SALUTATION_RE.match(doc.line(n).strip()) for n in range(start, end))


def signed_off(title: str) -> bool:
    """A "heading" that is a letter's close: "Best regards," / "Alex" over the "--" of a
    signature reads as a setext heading, and is none."""
    first, _, rest = title.partition("\n")
    return bool(rest.strip()) and bool(_SIGN_OFF_RE.match(first.strip()))


def before_sign_off(doc: Document, unit: Unit, stop: int) -> int:
    """The last answer without a note's e-mail close: a signature line ("--") with only a
    short signature after it to the end, or a sign-off ("Cheers," then a name) that ends
    it. Only the notes' own close: a sign-off inside the answer's example letter (a
    greeting above it), indented or quoted, or followed by more of the answer stays."""
    end = stop
    last = len(doc.lines)
    for n in range(max(unit.answer_start, unit.title_end + 1), stop + 1):
        if _SIGNATURE_RE.match(doc.line(n)):
            after = [doc.line(k).strip() for k in range(n + 1, last + 1) if doc.line(k).strip()]
            above = [
                doc.line(k) for k in range(max(n - 3, 1), n) if _own_line(doc.line(k).rstrip())
            ]
            signature = len(after) <= 4 and all(_signature_line(x) for x in after)
            if (
                signature
                and any(_SIGN_OFF_RE.match(x.strip()) for x in above)
                and not _in_a_letter(doc, unit, n)
            ):
                end = n - 1  # "Cheers," / "Marco" / "--" / "Sent from my phone"
            break
    while end > unit.title_end and not doc.line(end).strip():
        end -= 1
    if (
        end - 1 > unit.title_end
        and _own_line(doc.line(end - 1))
        and _own_line(doc.line(end))
        and _SIGN_OFF_RE.match(doc.line(end - 1).strip())
        and len(doc.line(end).split()) <= 3  # a name under it
        and not doc.line(end - 2).strip()
        and not _in_a_letter(doc, unit, end - 1)
    ):
        end -= 2  # "Cheers," / "Marco": a closing, not the answer
    while end > unit.title_end and not doc.line(end).strip():
        end -= 1
    return max(end, unit.title_end) if end < stop else stop


def before_footer(doc: Document, unit: Unit, stop: int) -> int:
    """The last answer without the document's closing note: a short last paragraph, after
    a blank line, that opens with a footer's words ("Licence: CC0. Last updated 2024.")."""
    end = stop
    while end >= unit.answer_start and not doc.line(end).strip():
        end -= 1
    start = end
    while start > unit.answer_start and doc.line(start - 1).strip():
        start -= 1
    lines = [doc.line(n).strip() for n in range(start, end + 1)]
    metadata = len(lines) >= 2 and all(METADATA_LINE_RE.match(line) for line in lines)
    long = end - start > 2 and not metadata
    if start < unit.answer_start or long or doc.line(start - 1).strip():
        return stop  # no paragraph, a long one, or no blank line before it
    if not metadata and not any(
        FOOTER_LINE_RE.match(line) or NAV_LINE_RE.match(line)
        for line in (doc.line(n).strip() for n in range(start, end + 1))
    ):
        return stop
    before = start - 1
    while before >= unit.answer_start and not doc.line(before).strip():
        before -= 1
    if before < unit.answer_start and not unit.answer_prefix.strip():
        return stop  # the answer's only paragraph: an answer, not a footer
    return max(before, unit.title_end)


def inner_rule(
    doc: Document, unit: Unit, stop: int, rules: list[int], fences: dict[int, Block]
) -> bool:
    """Is there a rule inside the answer, with answer content after it?"""
    import bisect

    position = bisect.bisect_left(rules, unit.answer_start)
    if position == len(rules) or rules[position] >= stop:
        return False
    return rules[position] < trailing_trivia(doc, unit.answer_start, stop, fences)


def before_quoted_close(doc: Document, units: list[Unit], stop: int) -> int:
    """The last answer of a reply that quotes the questions it answers ("> 1. What is
    …?" over each answer, under "… wrote:", an e-mail answered inline): a quote after it
    is the asker's again ("> Sorry for the wall of questions!"), and it and what follows
    (the reply's close) are no part of the answer."""
    if len(units) < 2 or not all(QUOTED_LINE_RE.match(doc.line(u.line)) for u in units):
        return stop
    if not any(_ATTRIBUTION_RE.search(doc.line(n)) for n in range(1, units[0].line)):
        return stop  # quotes of the notes' own, no reply: a quote may go on with an answer
    last = units[-1]
    begin = max(last.answer_start, last.title_end + 1)
    for n in range(begin, stop + 1):
        if QUOTED_LINE_RE.match(doc.line(n)):
            end = n - 1
            while end >= begin and not doc.line(end).strip():
                end -= 1
            return end if end >= begin else stop
    return stop


QUOTED_LINE_RE = re.compile(r"^ {0,3}>")
# A reply's line over the mail it quotes: "On Mon, 13 May 2024, Lena wrote:".
_ATTRIBUTION_RE = re.compile(
    r"\b(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|написала?)\s*:\s*$", re.I
)


def before_rule(doc: Document, unit: Unit, stop: int) -> int:
    for n in range(max(unit.answer_start, unit.end + 1 if unit.end else 0), stop + 1):
        if HR_RE.match(doc.line(n)):
            return n - 1
    return stop


LABEL_RE = re.compile(
    r"^\s*+(?:\*\*|__)[^*_:\n]{1,30}:\s*(?:\*\*|__)|^\s*+(?:\*\*|__)[^*_:\n]{1,30}(?:\*\*|__):"
)


def end_of_marked_answer(doc: Document, unit: Unit, stop: int) -> int:
    """An answer its author marked ("A: …") ends where another labelled paragraph
    ("**Note:** …", "**Tip:** …") begins: that one is a note between questions."""
    if not unit.answer_prefix.strip() or unit.container:
        return stop
    for n in range(unit.answer_start, stop + 1):
        if not doc.line(n - 1).strip() and LABEL_RE.match(doc.line(n)):
            return n - 1
    return stop


END_MARK_RE = re.compile(r"^\W*+\s*+(?:the\s+)?end(?:\s+of\s+\w+)?\s*\W*$|^[^\w\s]{3,}$", re.I)


def before_closing_heading(doc: Document, kind: str, units: list[Unit], stops: list[int]) -> int:
    """A heading after the last question ("## Questions to ask them", "## Practice
    later") starts a part of the notes of its own where no other answer holds a
    heading as high as it: the answers here are written without such headings, so
    the list or text under it is not the last answer going on. (Where the answers
    hold sub-headings, "### Example" under each, one under the last stays in it.) A
    heading below questions that are headings closes the last only from a level above
    theirs; under flat questions (``Q:``, bold), a heading that names an answer's
    part ("### Example", "### Steps") stays the last answer's."""
    if len(units) < 3:
        return stops[-1]
    last = units[-1]
    heads = [b for b in doc.blocks if b.kind == "heading" and b.depth == 0 and not b.quoted]
    after = max(last.title_end, last.answer_start - 1, last.line)
    closing = next((b for b in heads if after < b.start <= stops[-1]), None)
    if closing is None:
        return stops[-1]
    if kind[:1] == "h" and kind[1:].isdigit():
        if closing.level >= int(kind[1:]):
            return stops[-1]
    elif _ANSWER_PART_RE.match(found.whole_title(closing.text, plain=doc.plain)):
        return stops[-1]
    for unit, stop in zip(units[:-1], stops[:-1], strict=False):
        begin = max(unit.title_end, unit.answer_start - 1, unit.line)
        if any(begin < b.start <= stop and b.level <= closing.level for b in heads):
            return stops[-1]
    return closing.start - 1


# A heading that names a part of an answer, not of the notes.
_ANSWER_PART_RE = re.compile(
    r"^(?:examples?|steps|code|solution|explanation|details|answer|usage|output|diagram"
    r"|pros(?: and cons)?|cons|how it works|why|implementation|complexity|approach)\b",
    re.I,
)


# What the notes' own links and works cited are called where they end an answer.
SOURCES = "resources and links"
# A label alone on its line over the notes' sources, plain or bold: "Resources",
# "**Further reading:**", "References:", "Useful links".
_SOURCES_LABEL_RE = re.compile(
    r"^(?:\*\*|__)?\s*(?:useful |more |further |external |additional |recommended )?"
    r"(?:resources|reading|references|links|sources|see also|bibliography|reading list)"
    r"\s*:?\s*(?:\*\*|__)?:?$",
    re.I,
)
# An item that points somewhere: a link, or a work cited (its year, its title in italics
# or quotes): "- https://…", "- [DDIA](…)", "- Kleppmann, *Designing …* (2017)"; or a
# link alone on its line.
_SOURCE_ITEM_RE = re.compile(
    r"^(?:[-*+]|\d{1,3}[.)])\s+.*(?:https?://|www\.|\]\(|<a\s|\b(?:19|20)\d\d\b"
    r"|\*[^*\s][^*]*\*|_[^_\s][^_]*_|\"[^\"]+\"|“[^”]+”)"
    r"|^<?(?:https?://|www\.)\S+$|^\[[^\]]+\]\([^)\s]+\)$",
    re.I,
)


def names_sources(title: str) -> bool:
    """Whether a heading or a label names the notes' sources ("Resources", "Links")."""
    return bool(_SOURCES_LABEL_RE.match(title.strip()))


def only_sources(doc: Document, first: int, last: int) -> bool:
    """Whether lines `first` to `last` are a list of sources under their label: list items
    or links alone on their lines, one at least a link or a work cited (the others may
    name a book plainly: "- Kubernetes in Action, chapter 5")."""
    items = [doc.line(n).strip() for n in range(first, last + 1) if doc.line(n).strip()]
    return (
        bool(items)
        and all(_ITEM_MARK_RE.match(item) or _SOURCE_ITEM_RE.match(item) for item in items)
        and any(_SOURCE_ITEM_RE.match(item) for item in items)
    )


def sources_labels(doc: Document, units: list[Unit], stops: list[int]) -> dict[int, int]:
    """For each answer (by its place in `units`) that ends a part of the notes (the
    last, or the last before a heading) in the notes' sources, the line of their label:
    a label alone on its line, at the question's margin or less, over nothing but links
    or works cited to the answer's end ("Resources" and its links after the last
    numbered question, "**Further reading:**" closing a section). Links right above
    the next question may be its answer's own; and where most answers end in links
    (two or more), each answer's are: none is cut."""
    import bisect

    heads = [b.start for b in doc.blocks if b.kind == "heading"]
    labels: dict[int, int] = {}
    for index, (unit, stop) in enumerate(zip(units, stops, strict=True)):
        start = max(unit.answer_start, unit.title_end + 1)
        margin = indent_width(doc.line(unit.line))
        for n in range(start + 1, stop + 1):
            line = doc.line(n)
            if indent_width(line) > margin or not names_sources(line):
                continue
            if only_sources(doc, n + 1, stop) and any(doc.line(k).strip() for k in range(start, n)):
                labels[index] = n
            break
    if len(labels) >= 2 and len(labels) * 2 > len(units):
        return {}
    return {
        index: label
        for index, label in labels.items()
        if index == len(units) - 1
        or bisect.bisect_left(heads, stops[index] + 1)
        < bisect.bisect_left(heads, units[index + 1].line)
    }
