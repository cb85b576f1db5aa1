"""Question titles: cleaned of prefixes, emoji and Markdown, phrased as questions.

Also the small word-level helpers the segmenter uses to tell a heading that
restates the question from one that starts a new one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from studyapp.core.parse.mark_words import (
    ANSWER_NAMES,
    ANSWER_PATTERN,
    QUESTION_NAMES,
    QUESTION_PATTERN,
)
from studyapp.core.parse.struck_words import without_struck
from studyapp.core.parse.title_tags import (
    trailing_tags,
    without_links_after_asking,
    without_trailing_tags,
)
from studyapp.core.question_tags import record_tag

# The question marks of the world's scripts: Latin, full width (Chinese, Japanese,
# Korean notes), Arabic and the Greek question mark (U+037E, which looks like ";").
QUESTION_MARKS = ("?", "\uff1f", "\u061f", "\u037e")
# Scripts that ask with other signs: Greek text with ";" (the Greek question mark as a
# keyboard types it), Japanese with the particle か closing the sentence ("…とは何ですか。",
# "…ますか"), Chinese with the particle 吗 closing it ("你了解闭包吗。").
_GREEK_LETTER_RE = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
# か closes a sentence when a full stop follows it, or ends a line after a polite verb
# ("…ますか", "…ですか", "…でしょうか"); a bare か at a line's end is mostly a sentence
# going on below it ("読み込みが多いか / 書き込みが多いかで…", "正規化するか / しないかは…").
_POLITE_KA = "(?:ます|です|でしょう|マス|デス)[かカ](?=$|[。．.])"
_PARTICLE = f"(?:[かカ][。．]|{_POLITE_KA}|[吗嗎](?:[。．]|$))"
_PARTICLE_END_RE = re.compile(_PARTICLE + "[.]?$")
_PARTICLE_RE = re.compile(_PARTICLE, re.M)
_SEMICOLON_RE = re.compile(r";(?=[\s\"'”»)]*(?:$|\s))", re.M)


def _greek(text: str) -> bool:
    """Whether most of the letters of `text` are Greek ("Τι είναι το TCP;")."""
    letters = len(_LETTER_RE.findall(text))
    return letters > 0 and len(_GREEK_LETTER_RE.findall(text)) * 2 >= letters


def asks(text: str) -> bool:
    """Whether `text` holds a question mark of any script, or asks as its script does
    (a Greek ";", a Japanese か closing a sentence)."""
    if "?" in text or "\uff1f" in text or "\u061f" in text or "\u037e" in text:
        return True  # (runs per line: no loop)
    if ";" in text and any(_greek(line) for line in text.split("\n") if _SEMICOLON_RE.search(line)):
        return True
    return not text.isascii() and bool(_PARTICLE_RE.search(text))


def ends_asking(text: str) -> bool:
    """Whether `text` ends with a question mark of any script (inside the quotes that
    close it: "\"Why this company?\""), or as its script asks ("Τι είναι το DNS;",
    "インデックスとは何ですか。")."""
    end = text.rstrip().rstrip(_CLOSING_QUOTES)
    if end.endswith(QUESTION_MARKS):
        return True
    if end.endswith(";"):
        return _greek(end.rsplit("\n", 1)[-1])
    return not end[-2:].isascii() and bool(_PARTICLE_END_RE.search(end))


_CLOSING_QUOTES = '"”»」』'


# "Q1.", "Q.3", "Q 7.", "Q10:", "9.", "12)" at the start of a title; not a number that
# names a label with the lowercase words after it ("Q4 goals: …", "2026 plans: …")
NAMES_A_LABEL = r"\s+(?-i:[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}):(?:\s|$)"
_NUMBER_END = rf"(?:\s*[.):\-]+\s+|(?!{NAMES_A_LABEL})\s+)(?=\S)"
NUMBER_PREFIX_RE = re.compile(rf"^(?:Q\s*\.?\s*(\d{{1,6}})|(\d{{1,6}})){_NUMBER_END}", re.I)
Q_PREFIX_RE = re.compile(r"^Q\s*\.?\s*\d{1,6}\b", re.I)
MARKDOWN_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
HTML_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
# Tags of HTML a note is written in; ``List<T>`` and ``vector<int>`` are text.
_HTML_NAMES = (
    "a|abbr|b|big|blockquote|br|center|cite|code|dd|del|details|dfn|div|dl|dt|em|font|"
    "h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|small|span|strike|strong|sub|"
    "summary|sup|table|td|th|tr|tt|u|ul|var|wbr"
)
_KNOWN_TAG_RE = re.compile(rf"<(/?)({_HTML_NAMES})(\s[^<>]*)?(/?)>", re.I)
_VOID_TAGS = frozenset(("br", "hr", "img", "wbr"))
INTERROGATIVE_RE = re.compile(
    r"^(what|what's|how|why|when|where|which|who|whom|whose|is|are|was|were|can|could|do|does|"
    r"did|should|would|will|explain|define|describe|compare|list|name|give|tell|discuss|"
    r"highlight|implement|calculate|write|find)\b(?![-‐‑]\w)",  # (not "Write-ahead log")
    re.I,
)
# A heading that points back ("How It Works", "Can You Combine Them?") belongs to
# the question above it; "What does it mean to …" is the usual way to ask a new one.
PRONOUN_RE = re.compile(r"\b(them|they|these|those|you|one)\b|\bit\b(?!\s+mean)", re.I)
WORD_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Words too common in ML notes to say two headings share a subject.
_GENERIC = """
    a an the of in on for to and or vs versus with without by from into at as is are be
    what whats how why when where which who does do did it its this that these those can
    use used using uses mean means work works explained explain simply simple definition
    model models data ai ml machine learning algorithm algorithms type types example
    examples non not key common popular top used list your you we our their why's
    interview ready based best way ways real world case cases
"""
GENERIC_WORDS = frozenset(_GENERIC.split())


# Emoji and pictographs, dingbats, arrows, joiners and variation selectors: what
# decorates a heading but is no part of its words (one regex: this runs per block).
SYMBOLS_RE = re.compile(
    "[\u00a9\u00ae\u200d\u20e3\u2122\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff"
    "\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\ufe0e\ufe0f\U0001f000-\U0001faff]"
)


def is_emoji_or_symbol(char: str) -> bool:
    if char in "\u200d\ufe0f\ufe0e\u20e3":
        return True
    category = unicodedata.category(char)
    return category in ("So", "Sk", "Cs", "Co") or 0x1F000 <= ord(char) <= 0x1FAFF


_BOLD_RE = re.compile(r"(\*\*|__)(.+?)\1")
_STAR_RE = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_UNDERSCORE_RE = re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")
# Markdown's backslash escapes: any ASCII punctuation ("\\*args", pandoc's "you\\'re",
# "40\\%"), but not inside a code span, where a backslash is the author's.
_ESCAPE_RE = re.compile(r"(`+)(?:(?!\1).)+\1|\\([!-/:-@\[-`{-~])")


# ``__init__``: a Python name, not bold "init".
_DUNDER_RE = re.compile(r"(?<![\w*])__([a-z][a-z0-9_]*[a-z0-9])__(?![\w*])")
# "**" left over from emphasis cut by a line break, but not the one in ``**kwargs`` nor
# a power or a pattern between two words (``2**10``, ``a**b``).
_STRAY_BOLD_RE = re.compile(r"\*\*(?!(?<=[\s(]\*\*)[A-Za-z_])(?!(?<=[\w)]\*\*)[\w(])")


def strip_html_tags(text: str, context: str | None = None) -> str:
    """Real HTML tags removed: a known tag name that has attributes, is void, or has its
    pair in the text (or ``context``). ``List<T>`` and a lone ``<div> vs <span>`` are the
    author's words."""
    names = [(m.group(1), m.group(2).lower()) for m in _KNOWN_TAG_RE.finditer(context or text)]

    def drop(match: re.Match[str]) -> str:
        closing, name, attributes, selfclosing = match.groups()
        name = name.lower()
        if attributes or selfclosing or name in _VOID_TAGS:
            return ""
        wanted = ("" if closing else "/", name)
        return "" if wanted in names else match.group(0)

    return _KNOWN_TAG_RE.sub(drop, text)


def strip_inline_markdown(text: str) -> str:
    escaped: list[str] = []
    if "\\" in text:  # "\*args", "\_\_slots\_\_" (Google Docs escapes): characters, not marks
        text = _ESCAPE_RE.sub(
            lambda m: (
                m.group(0)
                if m.group(1)
                else escaped.append(m.group(2)) or f"\ue010{len(escaped) - 1}\ue011"
            ),
            text,
        )
    if "](" in text:
        text = MARKDOWN_LINK_RE.sub(r"\1", text)
    if "<" in text:
        text = strip_html_tags(text)
    if "*" in text or "_" in text:
        dunders: list[str] = []
        if "__" in text:
            text = _DUNDER_RE.sub(
                lambda m: dunders.append(m.group(0)) or f"\ue002{len(dunders) - 1}\ue003", text
            )
        outer = text.strip()
        if outer[:2] == outer[-2:] == "**" and outer[2:-2].count("**") % 2:
            # "**What are *args and **kwargs?**": the bold around the whole title is the
            # pair; the "**" left inside it is the author's
            text = outer[2:-2]
        else:
            text = _BOLD_RE.sub(r"\2", text)
        text = _STAR_RE.sub(r"\1", text)
        text = _UNDERSCORE_RE.sub(r"\1", text)
        if dunders:
            text = re.sub(r"\ue002(\d+)\ue003", lambda m: dunders[int(m.group(1))], text)
    text = _STRAY_BOLD_RE.sub("", text.replace("`", ""))
    if escaped:
        text = re.sub("\ue010(\\d+)\ue011", lambda m: escaped[int(m.group(1))], text)
    return text


def plain_text(text: str) -> str:
    """Inline Markdown, emoji and surplus spaces removed."""
    text = strip_inline_markdown(text)
    text = SYMBOLS_RE.sub(" ", text)
    text = text.replace("¶", " ")
    return re.sub(r"\s+", " ", text).strip()


def leading_number(text: str) -> tuple[int | None, bool]:
    """The number a heading starts with, and whether it was written as ``Q<n>``."""
    match = NUMBER_PREFIX_RE.match(plain_text(text))
    if not match:
        return None, False
    if match.group(1):
        return int(match.group(1)), True
    return int(match.group(2)), False


def starts_decorated(raw: str) -> bool:
    """Heading text that opens with emphasis or an emoji: a sub-heading's look."""
    stripped = raw.lstrip()
    return stripped.startswith(("**", "__")) or (bool(stripped) and is_emoji_or_symbol(stripped[0]))


def words(text: str) -> list[str]:
    """Lower-case words; a hyphenated word counts as one (k-means, fine-tune)."""
    return [w.replace("-", "") for w in WORD_RE.findall(plain_text(text).lower())]


def _word_forms(text: str) -> list[str]:
    """Words, with each hyphenated word also split into its parts (non-deterministic)."""
    forms = []
    for word in WORD_RE.findall(plain_text(text).lower()):
        forms.append(word.replace("-", ""))
        if "-" in word:
            forms.extend(word.split("-"))
    return forms


def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


def subject_words(text: str) -> set[str]:
    """The words that name a heading's subject, cut to a stem so plurals meet."""
    number, _ = leading_number(text)
    found = _word_forms(NUMBER_PREFIX_RE.sub("", plain_text(text)) if number is not None else text)
    return {_stem(w) for w in found if w not in GENERIC_WORDS and len(w) > 1}


CLOSING_RE = re.compile(
    r"^((final|quick|short|tl;?dr)\s+)?(summary|recap|conclusion|takeaways?)(\s+table)?$"
    r"|^(key takeaways|when to use what\??)$"
    r"|^interview[- ](one[- ]liner|quote|line|tip|soundbite|friendly summary"
    r"|ready summary|summary)$",
    re.I,
)
# The sign-offs that end a chat answer for good; what follows is a new question.
FINAL_RE = re.compile(
    r"^interview[- ](one[- ]liner|quote|line|soundbite)$|^(final|quick) summary$|^summary table$",
    re.I,
)


def is_closing_heading(text: str) -> bool:
    """The last sections of a chat answer: "Summary", "Interview One-Liner", …"""
    return bool(CLOSING_RE.match(plain_text(text).rstrip(" :.")))


def is_final_heading(text: str) -> bool:
    return bool(FINAL_RE.match(plain_text(text).rstrip(" :.")))


def is_about(title: str, heading: str) -> bool:
    """Is ``heading`` a part of the question ``title`` rather than a new subject?

    True when it restates the title, refers back to it with a pronoun ("Can You
    Combine Them?"), names no subject of its own, or when most of what it names
    is in the title.
    """
    if restates(title, heading) or PRONOUN_RE.search(plain_text(heading)):
        return True
    mine = subject_words(heading)
    if not mine:
        return True
    shared = mine & subject_words(title)
    if is_question_phrased(heading):
        return bool(shared)
    return len(shared) / len(mine) >= 0.5


def is_question_phrased(text: str) -> bool:
    plain = plain_text(text).rstrip(" :")
    plain = NUMBER_PREFIX_RE.sub("", plain)
    return ends_asking(plain) or bool(INTERROGATIVE_RE.match(plain))


def restates(title: str, heading: str) -> bool:
    """Does ``heading`` say the same as ``title`` (the question asked again)?"""
    a = " ".join(words(NUMBER_PREFIX_RE.sub("", plain_text(title))))
    b = " ".join(words(NUMBER_PREFIX_RE.sub("", plain_text(heading))))
    if not a or not b:
        return False
    if a == b or a in b or b in a:
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(1, min(len(wa), len(wb))) >= 0.8


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def clean_title(raw: str) -> str:
    """A heading or question line as a clean title: no prefix, emoji or Markdown."""
    text = plain_text(raw)
    text = NUMBER_PREFIX_RE.sub("", text)
    text = _PREFIX_RE.sub("", text)
    text = re.sub(r"\s+([?.,:;!])", r"\1", text)
    text = text.strip(" :-–—*")
    if "#" in text:  # a detached run of #s goes, a word's own stays ("C#")
        text = _LOOSE_HASHES_RE.sub("", text).strip(" :-–—*")
    stands = re.match(r'^["“]?([\w\- ]{1,40}?)["”]?\s+stands for\b', text, re.I)
    if stands:
        text = f"What does {stands.group(1)} stand for?"
    listing = re.match(r"^list of (.+?) that (?:are|is) ([^,(]+)", text, re.I)
    if listing:
        text = f"Which {listing.group(1)} are {listing.group(2).strip()}?"
    return _sentence_case(invisible_removed(text).strip())


# --- whole titles, as the general engine gives them ------------------------------

# Zero-width characters and bidirectional overrides: invisible, or worse, they
# reorder what a title shows (a right-to-left override); none belongs in a title.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
CODE_SPAN_RE = re.compile(r"(`+)(.+?)\1", re.S)
_CODE_HELD_RE = re.compile("\ue016(\\d+)\ue017")  # a code span's place in `_title_of`
_BLANK_RE = re.compile(r"(?:\\?_){3,}")
_SPACE_RUN_RE = re.compile(r"[^\S\n\u00a0\u202f]{2,}")  # spaces, tabs: no line break, no NBSP
# An image, and the link around it where it is one's whole text (a README's badge).
_IMAGE_RE = re.compile(r"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)")
_NESTED_LINK_RE = re.compile(r"\[\[[^\[\]]*\]\]\([^)]*\)")  # [[src]](url): a link marker
_REF_LINK_RE = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_AUTOLINK_RE = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>", re.I)
_BARE_URL_RE = re.compile(r"\(?\bhttps?://[^\s)]+\)?", re.I)
_WIKI_LINK_RE = re.compile(r"!?\[\[([^\]|]*\|)?([^\]]*)\]\]")


def _wiki_link_text(match: re.Match[str]) -> str:
    """A wiki link or embed as a link to it reads: "[[Note#Part]]" (or "![[…]]") is
    "Note > Part", "[[#Part]]" (a part of the same note) "Part", a block's "^id" its
    id; "[[Note|alias]]" its alias."""
    if match.group(1):
        return match.group(2)
    parts = (part.strip().lstrip("^").strip() for part in match.group(2).split("#"))
    return " > ".join(part for part in parts if part)


_BR_RE = re.compile(r"<br\s*/?>", re.I)
# Marks after a title: stars and asterisks set apart or after its last punctuation
# ("What is X? *", "What is X?*"); an asterisk on a word or symbol is the title's own
# ("$*", "p*").
_TRAILING_MARKS_RE = re.compile(
    r"(?:\s*+[★☆✱✳]++|\s++\*++|(?<=[?.!:)])\*++|(?<=[?.!])\s*+[(\[]\s*+[*!★]++\s*+[)\]])++\s*$"
    r"|\s+\(\s*\)$"
)
# Decorations a title starts or ends with, in any kind of notes: a keycap number
# ("1️⃣ What is …"), a task box ("[x] What is …"), an exam's marks ("(5 marks)").
_KEYCAP_RE = re.compile("^\\s*[0-9#*]\ufe0f?\u20e3\\s*")
_TASK_BOX_RE = re.compile(r"^\s*\[[ xX]\]\s+")
_EDGE_SYMBOLS_RE = re.compile(rf"^(?:{SYMBOLS_RE.pattern}|\s)+|(?:\s|{SYMBOLS_RE.pattern})+$")
_EXAM_MARKS_RE = re.compile(r"\s*[(\[]\s*\d{1,3}\s*(?:marks?|points?|pts?\.?)\s*[)\]]\s*$", re.I)
# A practice log's difficulty after a problem's name: "Two Sum — Easy", "LRU Cache (Medium)".
_DIFFICULTY_RE = re.compile(
    r"(?<=\S)\s*(?:[-–—|·]\s*|[(\[]\s*)(?P<level>easy|medium|hard)\s*[)\]]?\s*$", re.I
)
# An importance mark the author puts after a question: "(*)", "[!]" (plain text too).
_IMPORTANCE_RE = re.compile(r"(?<=[?.!])(?:\s*+[(\[]\s*+[*!★]++\s*+[)\]])++\s*$")
# A bullet star before a title ("* What is Y?"), not the one of "*args".
_LEADING_STAR_RE = re.compile(r"^\*+\s+")
# "Question" and "Answer" in other languages, as a table's or a sheet's header names them.
QUESTION_NAMES_ABROAD = QUESTION_NAMES
ANSWER_NAMES_ABROAD = ANSWER_NAMES
# The words that mark a question or an answer in notes, in the languages people
# write them in ("Q:", "Frage:", "Pregunta:", "Вопрос:", "问："), and what follows them:
# a colon (also "::", as Logseq and Dataview fields, and the full-width "："), a
# full stop or bracket, or after a number a dash ("Q1 - …").
QUESTION_WORDS = (
    # a textbook's "Exercise 3.1." / "Problem 4:" (with its number: "Problem:" is a label
    # inside an answer, as "**Problem:** … **Approach:** …")
    r"(?:(?:exercise|problem)(?=\s*\d)"
    r"|question|q|ques|que|qn|qstn"
    rf"|{QUESTION_PATTERN})"  # (the other languages': mark_words.py)
)
ANSWER_WORDS = (
    # "Sol." / "Solution:": a worked problem's answer (aptitude sets, exam papers)
    rf"(?:answer|ans|a|sol|solution|{ANSWER_PATTERN})"
)
# A flashcard's sides, as a heading or a line that only labels what follows it.
CARD_SIDES = r"(?:front|back)(?: side)?"
# "." and ")" end a mark before a space, the line's end, or the bold around the mark
# ("**Q.** …", "__A)__ …").
_DOT_END = r"[.)](?=\s|$|\*|_)"
# A count after the number: "Question 3/20:", "Q 3 of 20:" (an interview log's counter).
_COUNT = r"(?:\s*(?:/|of\s)\s*\d{1,6})?"
# An exam paper's "Q.1 Define …": the full stop between the mark and its number.
_DOTTED_NUMBER = rf"\.\s?\d{{1,6}}(?:\s*(?:[:：]|{_DOT_END}))?(?=\s)"
# What may stand before a mark's number: "Q#1:", "Question #3:", "Q-1:", "Q No. 4:".
_NUMBER_SIGN = r"(?:#\s?|-|no\.\s?|№\s?)?"
MARK_END = (
    rf"(?:\d{{1,6}}(?:\.\d{{1,6}})+(?:[:：]|{_DOT_END}|(?=\s|\*\*|__))"  # "Exercise 3.1."
    rf"|{_NUMBER_SIGN}\d{{1,6}}{_COUNT}\s*"
    rf"(?:::?|[:：]|{_DOT_END}|[\-–—](?=\s)|(?=\*\*\s|__\s))"
    rf"|{_DOTTED_NUMBER}"
    rf"|::?|：|{_DOT_END}|(?<=\s)[\-–—](?=\s)|\](?=\s))"  # (and "[Q] …")
)
# An answer's mark, without the dash after a number ("A4 - the default" is a list's
# item; "A1 - …" answers "Q1 - …" only, which units.py pairs by their numbers).
# A dash after the colon is the colon's, as some write it ("Ans:- …", "A: – …"): no
# list's bullet opening the answer.
_COLON_DASH = r"(?:[ \t]?[\-–—](?=\s))?"
ANSWER_MARK_END = (
    rf"(?:{_NUMBER_SIGN}\d{{1,6}}\s*(?:(?:::?|[:：]){_COLON_DASH}|{_DOT_END})"
    rf"|(?:::?|：){_COLON_DASH}|{_DOT_END}|\](?=\s))"
)
# Who a mark's side is, between the mark and its colon: "Q (interviewer):", "A (me):".
MARK_QUALIFIER = r"(?:\s*\((?:[^()\n]{1,30})\)(?=\s*+(?:(?:\*\*|__)\s*+)?[:：]))?"
_PREFIX_RE = re.compile(rf"^\[?{QUESTION_WORDS}{MARK_QUALIFIER}\s*{MARK_END}\s*", re.I)
# A card's label before its front ("Flashcard: What is …? :: …", "Card 3 - …"), or who
# asks, typed before a chat message's words ("Prompt: explain CAP", "User: what is …"):
# the kind of note or its role, no part of the question.
_CARD_LABEL_RE = re.compile(
    r"^(?:(?:flash\s?card|card)\s*\d{0,4}\s*(?:[:：.)]|[\-–—](?=\s))"
    r"|(?:prompt|user|human|you)(?:\s+(?:said|asked|wrote))?\s*[:：])\s+(?=\S)",
    re.I,
)


def _unlabelled(text: str) -> str:
    """A title without the mark that labels it a question, a card or a chat message."""
    return _CARD_LABEL_RE.sub("", _PREFIX_RE.sub("", text))


# A debrief's lead-in, who asked: "They asked:", "The interviewer asked me:", "Asked:"
# (in bold too, as an interview log labels each question: "**Asked:** …").
ASKED_RE = re.compile(
    r"^(?:\*\*|__)?(?:[\w'’-]+\s+){0,3}ask(?:ed|s)(?:\s+(?:me|us))?"
    r"(?:\s*[:：](?:\*\*|__)|(?:\*\*|__)?\s*[:：])\s+(?=\S)",
    re.I,
)
# Its answer's lead-in, who answered: "I said:", "I answered:", "My answer:".
# (also in bold, as "**My answer:**" under "**Q:**")
SAID_RE = re.compile(
    r"^(?:\*\*|__)?(?:i\s+(?:said|answered|replied)|my\s+answer(?:\s+was)?|me)"
    r"(?:\s*[:：](?:\*\*|__)|(?:\*\*|__)?\s*[:：])\s+(?=\S)",
    re.I,
)
# A heading that only says "here comes the question": Question, Q, Вопрос 3, Question (EN).
QUESTION_LABEL_RE = re.compile(rf"^{QUESTION_WORDS}\s*(?:\d+|\([^)]*\))?\s*:?$", re.I)
# (not a "?" a lower-case word follows: Rust's "the ? operator" names it, asks nothing)
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([?!])(?=\s*$|\s+[^\sa-z])|\s+([.,;])$")
# French writes a space before "?" and "!" (typed as a plain one as often as not): a
# title that reads French keeps it ("Que signifie ACID ?"); elsewhere it is a typo.
_FRENCH_RE = re.compile(
    r"(?i:\b(?:qu['’]|que|quel(?:le)?s?|quoi|pourquoi|comment|combien|est-ce|c['’]est|où"
    r"|les|des|une|sont)(?!\w)|[àâçéèêëîïôûùœ])"
)


def _unspaced(text: str) -> str:
    """No space before a title's "?" or "!", nor before its final "." "," ";"."""
    if (" ?" in text or " !" in text) and _FRENCH_RE.search(text):
        return _SPACE_BEFORE_PUNCT_RE.sub(lambda m: m.group(2) or m.group(0), text)
    return _SPACE_BEFORE_PUNCT_RE.sub(lambda m: m.group(1) or m.group(2), text)


# Titles made of words, spaces and plain punctuation only ("What is a p-value?"):
# a prefix such as "Q:" needs the full path, so no colon here.
_SIMPLE_RE = re.compile(r"[A-Za-z0-9 ,.?!'\"()/-]*")
_HTML_CODE_RE = re.compile(r"<code>(.*?)</code>", re.I | re.S)
# "1.", "12)", "Q3.", "Q 7:" — a bare number needs its punctuation ("10 quick points" keeps 10)
_NUMBERING_RE = re.compile(
    # Q1, Q.3, Q#4, Q1.2 -, a textbook's "Exercise 3.1", "Problem 4"
    r"^(?:(?:Q|exercise|problem)\s*\.?\s*#?\s*\d{1,6}(?:\.\d{1,6})*[a-z]?(?!\w)"
    r"(?!\s*(?:/|of\s)\s*\d)"
    rf"(?!{NAMES_A_LABEL})"  # "Q4 goals: …": the quarter's goals
    r"\s*[.):\-–—·•|/]?"  # Q7 · / Q8/ (not "Q3/20:", a counter the question mark takes)
    r"|\d{1,6}(?:\.\d{1,6})+\.?(?=\s+(?-i:[A-Z]))"  # 1.1 What / 1.2.3. What (not "1.5 billion")
    r"|\d{1,6}(?:\.\d{1,6})*\s*[.):](?!\d)|\d{1,6}\s+[-–—·•|]|\d{1,6}/"  # 1. / 4 - / 7 · / 8/
    r"|\d{1,6}[-–—](?=\s)"  # 5- (not "3-D", "2-3")
    r"|\#\d{1,6}\s*[.):\-–—·•|]?|[(\[]\d{1,6}[)\]]"  # #4 / #7 • / (5) / [6]
    # Chinese and Japanese notes: 1、/ 一、/ 1．/ （二）/ ① / 第3题
    r"|\d{1,6}\s*[、．]|[一二三四五六七八九十百]{1,4}\s*[、．.]"
    r"|[（(][一二三四五六七八九十\d]{1,4}[)）]|[\u2460-\u2473]|第\s*\d{1,4}\s*[题問问]\s*[:：、.]?"
    # A1. / B12) / C2.3. before a capital: a part's letter over its questions' numbers
    # ("PART A" over "A1. What …"); not "S3: How …", a name the colon follows
    r"|(?-i:[A-Z])\d{1,4}(?:\.\d{1,4})*[.)](?=\s+(?-i:[A-Z\"“'‘(]))"
    # I. / iv) / (ii) before a capital: Roman numerals (not "V. cholerae", a genus)
    r"|\(?(?-i:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))[.)]"
    r"(?=\s+(?-i:[A-Z\"“'‘(¿¡]))"
    r")(?:\s*[(\[](?:easy|medium|hard)[)\]]\s*[:.\-–—]?)?"  # Q3 (Medium): a practice log's
    r"\s*(?=\S)",
    re.I,
)
# Footnote marks and source links after the question: <sup>[1]</sup>, [^2], [[src](url)].
_FOOTNOTE_RE = re.compile(
    r"<sup>\s*\[?\^?\w{1,4}\]?\s*</sup>|\[\^[^\]\s]{1,20}\]|\[\s*\[[^\[\]]*\]\([^)]*\)\s*\]", re.I
)
_SOURCE_LINK_RE = re.compile(r"(?<=[?.!])\s*\[\s*\w{1,12}\s*\](?:\([^)]*\))?\s*$")
_HIGHLIGHT_RE = re.compile(r"(?<![=\w])==(?![\s=])(.+?)(?<![\s=])==(?![=\w])")
_SHORTCODE_RE = re.compile(r"(?<!\S):[a-z0-9_+\-]{2,}:(?!\S)")
# Obsidian Spaced Repetition's deck tags (#flashcards, #flashcards/net): the importer
# reads them as the card's deck, so they are markup, never a title's or topic's words.
FLASHCARD_TAG_RE = re.compile(r"(?<![\w#])#(?:flashcards?|card|anki)(?:/[\w/-]*)?(?![\w/-])", re.I)
_TRAILING_CARD_TAGS_RE = re.compile(rf"(?:\s+(?:{FLASHCARD_TAG_RE.pattern}))+\s*$", re.I)
# A run of #s standing apart at either end (a heading's closing sequence, a bare
# marker); a # that ends a word stays: "C#", "F#". (Tags after a question: title_tags.py.)
_LOOSE_HASHES_RE = re.compile(r"^#+(?:\s+|$)|(?:^|\s+)#+$")


# Tags after a section's name ("## Concurrency #review", Logseq's "- Prep #[[Data
# Structures]]"): a tag holds a letter ("## Issue #42" keeps its number).
_SECTION_TAGS_RE = re.compile(r"(?:\s+#(?:\[\[[^\[\]\n]+\]\]|[^\s#\[]*[^\W\d_][^\s#]*))+\s*$")


def section_title(raw: str, *, plain: bool = False) -> str:
    """A section's name from its heading: the whole title, less the tags after it
    (what the notes file it under, not its name)."""
    if "#" in raw:
        untagged = _SECTION_TAGS_RE.sub("", raw)
        raw = untagged if untagged.strip() else raw
    return whole_title(raw, plain=plain)


def tags_after_asking(raw: str) -> tuple[str, ...]:
    """The tags written after a question ("What is a goroutine? #go #concurrency"):
    go, concurrency. A flashcard plugin's own tag (#card, #flashcards) is markup."""
    if "#" not in raw:
        return ()
    words = trailing_tags(raw.rstrip().rsplit("\n", 1)[-1])  # (also "Explain X #sql")
    return tuple(dict.fromkeys(w for w in words if not FLASHCARD_TAG_RE.fullmatch("#" + w)))


# An arrow between two words says something ("A → B → C"); at either end it decorates.
_INNER_ARROW_RE = re.compile(
    r"(?<=[\w)\]'\"] )[\u2190-\u21ff](?= [\w(\['\"])|(?<=\w)[\u2190-\u21ff](?=\w)"
)
# French typography: a no-break space before ? and ! (U+00A0, U+202F) is the author's:
# kept where the title has a narrow one or letters beyond ASCII (a word processor
# also puts U+00A0 in English titles: "What is a closure\u00a0?").
_NBSP_BEFORE_PUNCT_RE = re.compile("[\u00a0\u202f]+(?=[?!])")


def _html_text(text: str) -> str:
    import html

    return html.unescape(text) if "&" in text else text


def outside_code_spans(text: str, change) -> str:
    """``change`` applied to the parts of ``text`` outside its code spans."""
    out, last = [], 0
    for match in CODE_SPAN_RE.finditer(text):
        out += [change(text[last : match.start()]), match.group(0)]
        last = match.end()
    return "".join([*out, change(text[last:])])


def invisible_removed(text: str) -> str:
    return text if text.isascii() else INVISIBLE_RE.sub("", text)


def _strip_outside_code(text: str) -> str:
    import html

    if "[" in text:
        text = _NESTED_LINK_RE.sub(" ", text)
        text = _WIKI_LINK_RE.sub(_wiki_link_text, text)
        text = _REF_LINK_RE.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK_RE.sub(" ", text)
        text = _BR_RE.sub(" ", text)
    text = strip_inline_markdown(text)
    if "://" in text:
        text = _BARE_URL_RE.sub(" ", text)
    if "==" in text:
        text = _HIGHLIGHT_RE.sub(r"\1", text)  # ==highlight==
    if "#flashcards" in text:
        text = FLASHCARD_TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii():
        text = _INNER_ARROW_RE.sub(lambda m: f"\ue012{ord(m.group(0))}\ue013", text)
        text = SYMBOLS_RE.sub(" ", text).replace("¶", " ")
        text = re.sub("\ue012(\\d+)\ue013", lambda m: chr(int(m.group(1))), text)
    return text


# Where the question was asked, after it: "(asked at Stripe)", "[asked by Google, Meta]".
_ASKED_AT_RE = re.compile(
    r"(?P<end>[?.!][*_]{0,2})\s*[(\[]\s*(?:asked|seen)\s+(?:at|by|in)\s+"
    r"(?P<who>[^()\[\]\n]{1,80}?)\s*[)\]](?P<close>[*_]{0,2})\s*$",
    re.I,
)
_WHO_SPLIT_RE = re.compile(r"\s*(?:,|&|/|\band\b)\s*", re.I)


def _without_asked_at(text: str) -> str:
    if "sked " not in text and "een " not in text:
        return text  # the usual title
    return _ASKED_AT_RE.sub(r"\g<end>\g<close>", text.rstrip())


def asked_at(raw: str) -> tuple[str, ...]:
    """The companies a question was asked at, as written after it: Google, Meta."""
    found = _ASKED_AT_RE.search(raw.rstrip()) if "sked " in raw or "een " in raw else None
    if not found:
        return ()
    return tuple(dict.fromkeys(w for w in _WHO_SPLIT_RE.split(found["who"]) if w))


def _without_difficulty(text: str) -> str:
    if not text.rstrip(" )]").lower().endswith(("easy", "medium", "hard")):
        return text  # the usual title: no regular expression to run
    return _DIFFICULTY_RE.sub("", text)


def difficulty_tags(raw: str) -> tuple[str, ...]:
    """The difficulty a practice log writes after a problem's name ("Two Sum (Easy)",
    "LRU Cache — Medium"), which its title leaves out, as the question's tag
    ("Difficulty::Easy", as a database's Difficulty column or a page's "Difficulty:
    Easy" line tags it): the title stays the problem (its id with it, whatever the
    person rates it next), the difficulty stays in sight and can be filtered on."""
    text = raw.rstrip()
    if not text.rstrip(" )]*_").lower().endswith(("easy", "medium", "hard")):
        return ()
    found = _DIFFICULTY_RE.search(text.rstrip("*_ "))
    return (record_tag("Difficulty", found["level"].capitalize()),) if found else ()


# the colon after a title, never a "::" (`std::`, a Logseq property)
_TRAILING_COLON_RE = re.compile(r"(?<=[^\s:])\s*:\s*$")


_SENTENCE_MARK_RE = re.compile(r"[.?!:;,]")


def without_label_colon(title: str) -> str:
    """A heading's title without the colon that leads to the answer below it
    ("## Encapsulation:"): where the title is a label, a few words with no sentence's
    punctuation. A sentence's colon introduces what it asks about and stays ("In a
    BST, the root is:"), as does a "::" (`std::`, a Logseq property)."""
    if not title.endswith(":") or len(title.split()) > 6:
        return title
    if _SENTENCE_MARK_RE.search(title[:-1]) or not _TRAILING_COLON_RE.search(title):
        return title
    return _TRAILING_COLON_RE.sub("", title)


# Attributes after a heading in pandoc's, kramdown's or Hugo's Markdown: "## What is
# ARP? {#arp}", "{#nat .important}", "{.unnumbered}", "{-}", kramdown's "{: #id}".
_ATTRIBUTE = r"""(?:[#.][\w:-]+|-|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))"""
_HEADING_ATTRIBUTES_RE = re.compile(rf"\s+\{{:?\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}\s*$")


# A question wholly in quotes, as said to the person ("\"Why do you want to work here?\"",
# "\"Design a rate limiter.\""): the quotes mark it as asked, no part of it.
_QUOTED_QUESTION_RE = re.compile(
    r"^(?P<open>[\"“„«「『])(?P<inner>[^\"“”„«»「」『』]{3,})(?P<close>[\"”»」』])$"
)


@lru_cache(maxsize=65_536)  # a document repeats its list items' and labels' text
def whole_title(raw: str, *, plain: bool = False) -> str:
    """The whole question as its author wrote it: no numbering, Markdown, HTML, emoji or
    link residue; inline code kept as its text; blanks (``___``) kept; never cut.

    ``plain``: the text is not Markdown (a ``.txt`` file), so ``**kwargs`` and
    ``__init__`` are the author's words, not emphasis."""
    title = _title_of(raw, plain)
    if title.endswith((":", "：")) and title.rstrip(":： ").endswith(QUESTION_MARKS):
        title = title.rstrip(":： ")  # "What is drift?:": the colon a lead-in's habit
    quoted = _QUOTED_QUESTION_RE.match(title) if title[:1] in '"“„«「『' else None
    return quoted["inner"].strip() if quoted else title


def _title_of(raw: str, plain: bool) -> str:
    raw = _SPACE_RUN_RE.sub(" ", raw)  # (a run of 20,000 spaces cost patterns its square)
    raw = _EXAM_MARKS_RE.sub("", _TASK_BOX_RE.sub("", _KEYCAP_RE.sub("", raw)))
    raw = _without_asked_at(_without_difficulty(raw))
    if _SIMPLE_RE.fullmatch(raw):  # nothing to strip but numbering and spacing
        text = _unlabelled(_NUMBERING_RE.sub("", " ".join(raw.split())))
        return _unspaced(text).strip(" -")
    text = invisible_removed(raw.replace("\n", " "))
    if "{" in text and not plain:
        text = _HEADING_ATTRIBUTES_RE.sub("", text)
    if ":" in text:
        text = _SHORTCODE_RE.sub(" ", text)
    if plain:  # (a debrief's "He asked:" too)
        text = re.sub(r"\s+", " ", text).strip()
        # emoji and marks around the words ("❓ What is …", "☐ …" from a checklist),
        # as in Markdown; between words ("A → B") they are the author's
        text = _EDGE_SYMBOLS_RE.sub("", text) or text
        text = _unlabelled(_NUMBERING_RE.sub("", _IMPORTANCE_RE.sub("", text)))
        text = _unspaced(ASKED_RE.sub("", text)).strip()
        # code as in Markdown: its text here, marked again to be shown (core.title_marks)
        return CODE_SPAN_RE.sub(lambda m: " ".join(m[2].split()) or m[0], text)
    blanks: list[str] = []

    def keep_blank(match: re.Match[str]) -> str:
        blanks.append(match.group(0).replace("\\", ""))
        return f"\ue000{len(blanks) - 1}\ue001"

    if "![" in text:  # a badge, linked or not ("[![Awesome](…)](…)"): no words of the title
        bare = outside_code_spans(text, lambda part: _IMAGE_RE.sub(" ", part))
        text = bare if bare.strip() else text  # (a title that is only a picture: its alt)
    if "[" in text or "<sup" in text:
        text = _SOURCE_LINK_RE.sub("", _FOOTNOTE_RE.sub(" ", without_links_after_asking(text)))
    if "~~" in text:  # struck words are withdrawn, unless they are all that asks
        text = without_struck(text)
    if "](" in text:
        text = MARKDOWN_LINK_RE.sub(r"\1", _NESTED_LINK_RE.sub(" ", text))
        text = _SOURCE_LINK_RE.sub("", text)  # "[What is X?](url) [src]"
    if "<" in text:  # HTML's code holds HTML: "<code>a &amp;&amp; b</code>" is "a && b"
        text = _HTML_CODE_RE.sub(lambda m: f"`{_html_text(m.group(1))}`", text)
    if "<" in text:  # a tag's pair may lie across a code span: look at the whole title
        whole = text
        text = outside_code_spans(text, lambda part: strip_html_tags(part, whole))
    pieces: list[str] = []
    # Inline code is the author's text exactly: kept out of the tidying below (a space
    # before "?", a trailing "*" or "#tag", edge dashes), put back at the end.
    codes: list[str] = []
    last = 0
    for match in CODE_SPAN_RE.finditer(text):
        pieces.append(_strip_outside_code(_BLANK_RE.sub(keep_blank, text[last : match.start()])))
        codes.append(" ".join(match.group(2).split()))
        pieces.append(f"\ue016{len(codes) - 1}\ue017")
        last = match.end()
    pieces.append(_strip_outside_code(_BLANK_RE.sub(keep_blank, text[last:])))
    text = "".join(pieces)
    nbsp = "\u202f" in text or ("\u00a0" in text and not text.replace("\u00a0", " ").isascii())
    if nbsp:
        text = _NBSP_BEFORE_PUNCT_RE.sub(lambda m: f"\ue014{ord(m.group(0)[0])}\ue015", text)
    text = re.sub(r"\s+", " ", text).strip()
    lead = _CODE_HELD_RE.match(text)
    if lead and _NUMBERING_RE.fullmatch(codes[int(lead[1])]):  # "`1.` How is …": numbering
        text = codes[int(lead[1])] + text[lead.end() :]
    text = _NUMBERING_RE.sub("", text)
    text = ASKED_RE.sub("", _unlabelled(text))
    text = _NUMBERING_RE.sub("", text)
    text = _without_difficulty(_TRAILING_MARKS_RE.sub("", text))
    text = _unspaced(text)
    text = _LEADING_STAR_RE.sub("", text.strip(" -–—|"))
    if nbsp:
        text = re.sub(" ?\ue014(\\d+)\ue015", lambda m: chr(int(m.group(1))), text)
    if "#" in text:
        # a card's tag after it ("What is a goroutine? #card", as Logseq marks cards)
        text = without_trailing_tags(_TRAILING_CARD_TAGS_RE.sub("", text))
        text = _LOOSE_HASHES_RE.sub("", text).strip(" -–—|")
    if codes:
        text = _CODE_HELD_RE.sub(lambda m: codes[int(m.group(1))], text)
    return re.sub(r"\ue000(\d+)\ue001", lambda m: blanks[int(m.group(1))], text)
