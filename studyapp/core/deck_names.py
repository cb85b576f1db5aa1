"""A deck's name as a person would write it, from a file name or a title-cased heading.

Notes named `ai-and-ml-questions.md` (or headed "# Ai and Ml Questions" by a tool
that title-cased the file name) should read "AI and ML Questions". Two rules:

- A file or folder name joined by hyphens or underscores ("sql_interview-prep"),
  or one lower-case word ("networking"), becomes words, each capitalised except
  the small ones inside ("and", "of", …), acronyms upper-case.
- An author's own title is kept as written, except a Capitalised word that is an
  acronym in disguise ("Ai", "Ml", "Sql") is upper-cased.

An acronym is a word of a small known set (AI, ML, SQL, API …), or a word of up to
three letters without a vowel (y counts as one) that is not a common abbreviation
(Mr, Dr, St, vs …): "Nlp", "Llm", "Css". Notion's export id after a name ("Interview
DB 8f3c…", 32 hex digits) is no part of it. No Qt, no store: pure functions.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ACRONYMS = _words(
    "ai ml sql api oop dsa js ts css html aws gcp os db ui ux qa ip ci cd io nlp llm cv"
    " rl dl gpu cpu sdk cli etl http https tcp udp dns sre gan rnn cnn lstm svm pca knn"
    " eda json xml yaml jvm dbms rdbms ood sdlc tdd bdd ddd faq"
)
# Written in mixed case by everyone who uses them.
MIXED_CASE = {
    "mlops": "MLOps",
    "devops": "DevOps",
    "nosql": "NoSQL",
    "graphql": "GraphQL",
    "javascript": "JavaScript",
    "typescript": "TypeScript",
    "github": "GitHub",
    "pytorch": "PyTorch",
}
NOT_ACRONYMS = _words(
    "mr mrs ms dr st jr sr vs pp nd rd th nth hr hrs pt pts ft lb lbs kg km cm mm"
)
SMALL_WORDS = _words("a an and as at but by for in nor of on or the to vs via with")

_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # letters only
_STEM_SEPARATORS = re.compile(r"[-_]+")


def is_acronym(word: str) -> bool:
    """True for a word (any case) that reads as an acronym: "ai", "Sql", "NLP"."""
    key = word.casefold()
    if not key.isascii() or not key.isalpha():
        return False
    if key in ACRONYMS:
        return True
    # two or three letters without a vowel: "Nlp", "Tls", "ds_notes", "tf-basics" (a
    # clipped word, "br", is rarer in a notes file's name than such an acronym)
    return len(key) <= 3 and not _VOWELS & set(key) and key not in NOT_ACRONYMS


def _fixed(word: str) -> str | None:
    """The word as it is written when it is an acronym or a mixed-case name."""
    key = word.casefold()
    if key in MIXED_CASE:
        return MIXED_CASE[key]
    return word.upper() if is_acronym(word) else None


def looks_like_file_name(name: str) -> bool:
    """A name that is a file's slug rather than a title: no spaces, and words joined
    by hyphens or underscores ("ml-notes", "sql_prep") or one word in lower case
    ("networking", "sql"), as file names are mostly written. A word written in
    capitals somewhere ("Networking", "iOS", "kNN") is kept as its author wrote it."""
    name = name.strip()
    if not name or " " in name:
        return False
    return bool(_STEM_SEPARATORS.search(name.strip("-_"))) or (
        name == name.lower() and any(c.isalpha() for c in name)
    )


def title_from_file_name(stem: str) -> str:
    """ "ai-and-ml_questions" → "AI and ML Questions"."""
    words = [w for w in _STEM_SEPARATORS.split(stem.strip()) if w]
    out = []
    for i, word in enumerate(words):
        fixed = _fixed(word)
        if fixed is not None:
            out.append(fixed)
        elif i and word.casefold() in SMALL_WORDS:
            out.append(word.lower())
        elif word == word.lower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)  # "iOS", "McKinsey": as written
    return " ".join(out) or stem


def with_acronyms(title: str) -> str:
    """An author's title with its Capitalised acronyms upper-cased: "Ai and Ml" →
    "AI and ML". Words written otherwise ("ai", "iOS", "Networking") are kept."""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < 2 or word != word[:1].upper() + word[1:].lower():
            return word
        return _fixed(word) or word

    return _WORD.sub(fix, title)


# Notion names each exported page and database "<title> <32 hex digits>", and writes a
# database twice: "<title> <id>.csv" (its view) and "<title> <id>_all.csv" (every row).
_EXPORT_ID_RE = re.compile(r"[ _-]+[0-9a-f]{32}(?:_all)?$")


def without_export_id(stem: str) -> str:
    """A file or folder stem without the id an exporter appended: "Interview DB
    8f3c2a1b9d7e4f6a8b0c1d2e3f4a5b6c" (or "…6c_all", Notion's file of every row) →
    "Interview DB" (a stem that is only an id stays)."""
    trimmed = _EXPORT_ID_RE.sub("", stem)
    return trimmed if trimmed.strip(" -_") else stem


def name_words(name: str) -> tuple[str, ...]:
    """A name's words, case, spaces and punctuation aside: "system-design", "System
    Design" and "system_design" are one name."""
    return tuple(re.findall(r"[^\W_]+", name.casefold()))


def deck_title(name: str, file_stem: str | None = None) -> str:
    """The name a deck is given: `name` as the parser found it (the notes' title, or
    `file_stem` when they have none), less an exporter's id. A folder import names its
    topics by the same rule (`name_title`): a file imported alone and the same file in
    a folder read "Sysdesign" both ways."""
    named_by_file = file_stem is not None and name == file_stem
    name = without_export_id(name)  # (a title copied with its page's id: "ML Basics 2f3a…")
    if named_by_file:
        file_stem = name
    if file_stem is not None and name == file_stem and looks_like_file_name(name):
        return title_from_file_name(name)
    return with_acronyms(name)


def name_title(name: str) -> str:
    """A file's or folder's name as a person's title, by the rule a deck's name follows:
    "sysdesign" → "Sysdesign", "ml_ops-notes" → "ML Ops Notes", "Interview DB 8f3c…" →
    "Interview DB", "iOS" as written."""
    return deck_title(name, name)


_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# The device names Windows reserves, in any case and before any extension ("nul.txt",
# "Con.notes.apkg" are the device "CON"): no file of its own may bear them.
_RESERVED_ON_WINDOWS = re.compile(r"con|prn|aux|nul|conin\$|conout\$|(?:com|lpt)[0-9¹²³]", re.I)


def file_name_for(name: str, suffix: str) -> str:
    """A file name for a deck's export: "CI/CD: Basics" → "CI-CD- Basics.apkg". The
    characters no file system takes in a name (a slash would even make a folder) become
    a hyphen (none left at either end); Windows' trailing dots and spaces go, and a name
    Windows keeps for a device ("Con", "LPT3") gains a word."""
    stem = _NOT_IN_FILE_NAMES.sub("-", name).strip(" -").rstrip(". -")
    first, dot, rest = (stem or "deck").partition(".")
    if _RESERVED_ON_WINDOWS.fullmatch(first.rstrip()):
        first = f"{first.rstrip()} deck"  # "Con" → "Con deck.apkg": Windows takes it
    return f"{first}{dot}{rest}{suffix}"
