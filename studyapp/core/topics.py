"""Topic assignment: the document's own headings where they sort it, else a built-in taxonomy.

A notes file that groups its questions under headings keeps those headings as
its topics. A section that is really an unsorted dump (one heading holding
dozens of questions on many subjects, as in the seed notes) has its questions
sorted by the taxonomy in ``resources/topics.toml`` instead: each topic lists
key phrases, and a question goes to the topic whose phrases score highest over
its title (weighted much higher) and its answer (counted, but saturating, so a
long answer that mentions GANs in passing does not outweigh a title that says
what the question is about).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from studyapp.core.model import ParsedDocument, ParsedQuestion, StudyAppError
from studyapp.core.title_hints import title_key

DEFAULT_FALLBACK = "General"
FOLDER = "folder"  # the format of a deck read from a folder of notes files
DEFAULT_TITLE_WEIGHT = 5.0
DEFAULT_MIN_SCORE = 2.0
# One phrase counts at most this many times in an answer: a table that repeats
# "GAN" in every row is still one subject, not twenty.
_PER_PHRASE_CAP = 3

# A section is "oversized" when it holds more than max(12, 40 %) of the
# document's questions; it is a dump (re-sorted by the taxonomy) only if the
# taxonomy also finds many subjects in it, so a big but coherent section of the
# user's own ("Python", 30 questions) keeps its heading.
_OVERSIZED_MIN = 12
_OVERSIZED_SHARE = 0.40
_DUMP_MIN_SUBJECTS = 4
_DUMP_MAX_TOP_SHARE = 0.5
# Dump sections must hold this share of a document's questions for the taxonomy to
# sort it (the whole of it: a document's own topics and the taxonomy never mix).
_DUMP_WHOLE_SHARE = 0.8

# A flat document is sorted by the taxonomy only when the taxonomy finds a subject of
# its own in this share of its questions: it knows one field (AI/ML), not every field.
_ABOUT_SHARE = 0.6
# ... and only when more than one of its questions finds one: one word is no field. A
# flat file of one database question went under "Clustering & Unsupervised Learning"
# for the word "clustered" in "clustered index".
_ABOUT_MIN_FOUND = 2

# The share of a document's questions that must use the taxonomy's field words (see
# `Taxonomy.in_field`) for the taxonomy to sort them: the AI/ML notes read use them in
# three questions of five or more, other notes (DevOps, JavaScript, SQL) in one of five
# at the most.
_FIELD_SHARE = 1 / 3

# Sorting a flat document helps where it makes groups: this many topics holding this
# many of its questions each (`_kept_together`).
_GROUPS_MIN = 2
_GROUP_MIN = 2

# The formats of notes, whose tags a parse may miss on a question (a callout card):
# a sheet's or an Anki deck's rows are tagged one by one.
_NOTE_FORMATS = frozenset(("markdown", "text"))

# How a text is cut into words: runs of ASCII letters and digits, lower-cased.
# Everything else separates words, so "k-means", "K means" and "**k**-means"
# all read as the same two words, and "GAN's" as "gan" and "s". Done on bytes
# with one translate table, it costs a few nanoseconds per character.
_WORD_BYTES = bytes(
    c | 0x20 if chr(c).isascii() and chr(c).isalnum() else 0x20  # | 0x20 lower-cases A-Z
    for c in range(256)
)
_PLURALS = (b"", b"s", b"es")
# Phrases whose words may also be written run together: joined by spaces or
# hyphens only, so "5 v's" does not also match "vs", nor "a/b" "ab".
_COMPOUND = re.compile(r"[A-Za-z0-9]+(?:[\s\-]+[A-Za-z0-9]+)+")
_MEMO_LIMIT = 200_000
# What a phrase ending in "*" may end in: the endings English words take ("cluster*":
# "clusters", "clustering", "clustered"; "classif*": "classification", "classifiers";
# "label*": "labelled", with its last letter doubled), up to two of them. The rest of
# a longer word is no ending: "ClusterIP", a Kubernetes service, is no "cluster", and
# "agentless" no "agent".
_ENDING_RE = re.compile(
    rb"(?:e|es|ed|d|s|t|y|ies|ied|ier|iers|ying|ing|ings|er|ers|or|ors|ion|ions|ation"
    rb"|ations|ication|ications|ization|isation|ize|ise|izes|ises|ized|ised|izing|ising"
    rb"|izer|iser|al|ly|ity|ities|ility|ilities|le|ment|ments|ic|ics|ical|ian|ians"
    rb"|ness|able|ably|ability|ist|ists|ism|isms|ive|ives|ence|ance|ent|ant){0,2}"
)
_DOUBLED = frozenset(b"bdgklmnprtz")


def _an_ending(stem: bytes, rest: bytes) -> bool:
    """Whether `rest` ends the word `stem` begins as English words end (`_ENDING_RE`)."""
    if _ENDING_RE.fullmatch(rest):
        return True
    doubled = rest[:1] == stem[-1:] and rest[0] in _DOUBLED  # "label" + "l" + "ed"
    return doubled and _ENDING_RE.fullmatch(rest[1:]) is not None


_Key = tuple[int, int]  # (topic index, phrase index)


def _words(text: str) -> list[bytes]:
    return text.encode("ascii", "replace").translate(_WORD_BYTES).split()


@dataclass(frozen=True, slots=True)
class TopicRule:
    """One taxonomy topic: its name, its key phrases and a multiplier for its score."""

    name: str
    phrases: tuple[str, ...]
    weight: float = 1.0
    # The places in `phrases` of those other fields use too ("cluster*", "metric*"): they
    # sort a question, but say nothing of whether the notes are about the field.
    shared: frozenset[int] = frozenset()


class _Matcher:
    """Every phrase of every topic, compiled for one pass over a text.

    One regex alternation per topic was the first design, but CPython's engine
    tries every phrase at every word start: tens of milliseconds per
    seed-sized answer for the whole taxonomy. Cutting the text into words once
    and looking words and word pairs up in hash tables (set intersections, run
    in C) takes about 0.25 ms, and hardly grows with the number of topics.
    """

    def __init__(self, topics: Sequence[TopicRule]) -> None:
        exact: dict[bytes, list[_Key]] = defaultdict(list)
        prefixes: dict[bytes, list[_Key]] = defaultdict(list)
        pairs: dict[tuple[bytes, bytes], list[_Key]] = defaultdict(list)
        # Longer phrases, by their first word: (key, strings to count in the
        # text's words joined by spaces); few, so counted only where triggered.
        longer: dict[bytes, list[tuple[_Key, tuple[bytes, ...]]]] = defaultdict(list)
        # Acronyms are found like any phrase, then recounted in capitals only.
        self.acronyms: dict[_Key, re.Pattern[str]] = {}
        for t, topic in enumerate(topics):
            for p, phrase in enumerate(topic.phrases):
                key = (t, p)
                is_prefix = phrase.endswith("*")
                core = phrase.rstrip("*").strip()
                words = _words(core)
                if not words:
                    continue
                if core.upper() == core and any(c.isalpha() for c in core):
                    self.acronyms[key] = _acronym_pattern(core, is_prefix)
                endings = (b"",) if is_prefix else _PLURALS
                forms = [words]
                if len(words) > 1 and _COMPOUND.fullmatch(core):
                    forms.append([b"".join(words)])  # "k-means" also as "kmeans"
                for *head, last in forms:
                    variants = [last + ending for ending in endings]
                    if not head:
                        for variant in variants:
                            (prefixes if is_prefix else exact)[variant].append(key)
                    elif len(head) == 1 and not is_prefix:
                        for variant in variants:
                            pairs[head[0], variant].append(key)
                    else:
                        stem = b" " + b" ".join(head) + b" "
                        tail = b"" if is_prefix else b" "
                        needles = tuple(stem + v + tail for v in variants)
                        longer[head[0]].append((key, needles))
        self.exact = dict(exact)
        self.prefixes = dict(prefixes)
        self.pairs = dict(pairs)
        self.longer = dict(longer)
        self.starred = {
            (t, p)
            for t, topic in enumerate(topics)
            for p, phrase in enumerate(topic.phrases)
            if phrase.endswith("*")
        }
        self.prefix_lengths = sorted({len(prefix) for prefix in prefixes})
        # Words already checked against the prefixes, and those that matched:
        # each distinct word is checked once per process, not once per text.
        self._checked: set[bytes] = set()
        self._prefixed: dict[bytes, list[_Key]] = {}

    def count(self, text: str) -> Counter[_Key]:
        """How often each (topic, phrase) occurs in ``text``; only those that do."""
        words = _words(text)
        found: Counter[_Key] = Counter()
        if not words:
            return found
        seen = Counter(words)
        for word in seen.keys() & self.exact.keys():
            for key in self.exact[word]:
                found[key] += seen[word]
        if self.prefixes:
            # set.difference walks the smaller side; `keys() - set` would walk the memo
            self._check_prefixes(set(seen).difference(self._checked))
            for word in seen.keys() & self._prefixed.keys():
                for key in self._prefixed[word]:
                    found[key] += seen[word]
        if self.pairs and len(words) > 1:
            seen_pairs = Counter(pairwise(words))
            for pair in seen_pairs.keys() & self.pairs.keys():
                for key in self.pairs[pair]:
                    found[key] += seen_pairs[pair]
        triggers = seen.keys() & self.longer.keys()
        if triggers:
            joined = b" " + b" ".join(words) + b" "
            for word in triggers:
                for key, needles in self.longer[word]:
                    if key in self.starred:  # "decision tree*": "trees", not "treehouse"
                        found[key] += _starred_count(joined, needles[0])
                    else:
                        found[key] += sum(joined.count(needle) for needle in needles)
        for key in found.keys() & self.acronyms.keys():
            found[key] = len(self.acronyms[key].findall(text))
        return +found  # drops the zero counts

    def _check_prefixes(self, new_words: Iterable[bytes]) -> None:
        if len(self._checked) > _MEMO_LIMIT:
            self._checked.clear()
            self._prefixed.clear()
        for word in new_words:
            hits = [
                key
                for length in self.prefix_lengths
                if length <= len(word) and _an_ending(word[:length], word[length:])
                for key in self.prefixes.get(word[:length], ())
            ]
            if hits:
                self._prefixed[word] = hits
            self._checked.add(word)


def _starred_count(joined: bytes, needle: bytes) -> int:
    """How often a phrase of several words ending in "*" (its `needle`: " decision
    tree") occurs in `joined` (the text's words, a space around each), its last word
    ending as English words do (`_an_ending`)."""
    stem = needle.rsplit(b" ", 1)[-1]
    count, start = 0, joined.find(needle)
    while start >= 0:
        after = start + len(needle)
        rest = joined[after : joined.find(b" ", after)]
        count += _an_ending(stem, rest)
        start = joined.find(needle, after)
    return count


def _acronym_pattern(core: str, is_prefix: bool) -> re.Pattern[str]:
    parts = [re.escape(part) for part in re.findall(r"[^\W_]+", core)]
    ending = r"[^\W_]*" if is_prefix else r"(?:s|es|['’]s)?"
    return re.compile(r"(?<![^\W_])" + r"\W*".join(parts) + ending + r"(?![^\W_])")


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The topics to sort questions into, in display order, plus the fallback topic."""

    topics: tuple[TopicRule, ...]
    fallback: str = DEFAULT_FALLBACK
    title_weight: float = DEFAULT_TITLE_WEIGHT
    min_score: float = DEFAULT_MIN_SCORE
    # Words that say notes are about the taxonomy's field at all ("machine learning",
    # "model", "training"): none, and any notes may be sorted by it.
    field_words: tuple[str, ...] = ()
    _matcher: _Matcher = field(init=False, repr=False, compare=False)
    _field_matcher: _Matcher | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_matcher", _Matcher(self.topics))
        words = self.field_words
        own = _Matcher((TopicRule("field", words),)) if words else None
        object.__setattr__(self, "_field_matcher", own)

    def in_field(self, texts: Iterable[str]) -> bool:
        """Whether notes whose questions read `texts` are about the taxonomy's field:
        a good share of them (`_FIELD_SHARE`) use its words or a phrase of a topic that
        no other field uses ("k-means", not "cluster"). Kubernetes notes share words
        with its topics ("cluster", "labels", "metrics", "deployments") but speak of
        no model, training or dataset. Without field words, any notes are."""
        if self._field_matcher is None:
            return True
        texts = list(texts)
        needed = max(1, math.ceil(_FIELD_SHARE * len(texts)))
        speaking = 0
        for text in texts:  # (enough found, the rest need not be read)
            speaking += self._speaks_of_field(text)
            if speaking >= needed:
                return True
        return False

    def _speaks_of_field(self, text: str) -> bool:
        if self._field_matcher is not None and self._field_matcher.count(text):
            return True
        return any(p not in self.topics[t].shared for t, p in self._matcher.count(text))

    @property
    def names(self) -> tuple[str, ...]:
        """Every topic name in display order, the fallback last."""
        return (*(topic.name for topic in self.topics), self.fallback)

    def phrase_hits(self, text: str) -> dict[str, Counter[str]]:
        """Which phrases of which topics occur in ``text``, and how often (for tuning)."""
        result: dict[str, Counter[str]] = {}
        for (t, p), n in self._matcher.count(text).items():
            topic = self.topics[t]
            result.setdefault(topic.name, Counter())[topic.phrases[p]] = n
        return result

    def scores(self, title: str, answer: str) -> dict[str, float]:
        """Score of every topic for one question (0 where nothing matched)."""
        in_title = [0] * len(self.topics)
        for t, _p in self._matcher.count(title):
            in_title[t] += 1  # distinct phrases: a title saying "GAN" twice is one subject
        in_answer = [0] * len(self.topics)
        for (t, _p), n in self._matcher.count(answer).items():
            in_answer[t] += min(n, _PER_PHRASE_CAP)
        return {
            topic.name: topic.weight
            * (self.title_weight * in_title[t] + math.log2(1 + in_answer[t]))
            for t, topic in enumerate(self.topics)
        }

    def title_names(self, title: str, topic: str) -> bool:
        """Whether ``title`` holds a phrase of the topic named ``topic``."""
        return any(self.topics[t].name == topic for t, _p in self._matcher.count(title))

    def classify(self, title: str, answer: str) -> str:
        """The best-scoring topic's name; the fallback on a tie or a weak best."""
        ranked = sorted(self.scores(title, answer).items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < self.min_score:
            return self.fallback
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return self.fallback  # a genuine tie: better unsorted than sorted at random
        return ranked[0][0]


# --- loading -----------------------------------------------------------------


def load_taxonomy(text: str | None = None, *, source: str = "topics.toml") -> Taxonomy:
    """Parse a taxonomy from TOML text; without text, the bundled ``resources/topics.toml``.

    Raises StudyAppError, with a one-line message naming ``source``, when the
    text is not valid TOML or does not describe topics.
    """
    if text is None:
        from studyapp.resource_files import resource

        text = resource("topics.toml").read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StudyAppError(f"{source} is not valid TOML: {_one_line(exc)}") from exc
    return _build(data, source)


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The bundled taxonomy, parsed once per process."""
    return load_taxonomy()


def _build(data: dict[str, Any], source: str) -> Taxonomy:
    def fail(message: str) -> StudyAppError:
        return StudyAppError(f"{source}: {message}")

    fallback = data.get("fallback", DEFAULT_FALLBACK)
    if not isinstance(fallback, str) or not fallback.strip():
        raise fail("'fallback' must be a non-empty string")
    title_weight = _number(data.get("title_weight", DEFAULT_TITLE_WEIGHT), "title_weight", fail)
    min_score = _number(data.get("min_score", DEFAULT_MIN_SCORE), "min_score", fail)

    entries = data.get("topic")
    if not isinstance(entries, list) or not entries:
        raise fail("no [[topic]] entries")
    topics: list[TopicRule] = []
    seen: set[str] = {fallback.strip()}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise fail(f"topic {number} is not a table")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise fail(f"topic {number} has no name")
        name = name.strip()
        if name in seen:
            raise fail(f"topic {name!r} appears twice (or is the fallback)")
        seen.add(name)
        phrases = entry.get("phrases")
        if not isinstance(phrases, list) or not phrases:
            raise fail(f"topic {name!r} needs a non-empty list of phrases")
        for phrase in phrases:
            if not isinstance(phrase, str) or not _words(phrase):
                raise fail(f"phrase {phrase!r} of topic {name!r} has no letters or digits")
        weight = _number(entry.get("weight", 1.0), f"weight of {name!r}", fail)
        everyone = entry.get("shared", False)
        if not isinstance(everyone, bool):
            raise fail(f"'shared' of topic {name!r} must be true or false")
        # "~cluster*": a phrase other fields use too (all of a topic's, with shared = true)
        shared = frozenset(n for n, p in enumerate(phrases) if everyone or p.strip()[:1] == "~")
        cleaned = tuple(p.strip().removeprefix("~").strip() for p in phrases)
        topics.append(TopicRule(name, cleaned, weight, shared))
    words = data.get("field", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and _words(w) for w in words):
        raise fail("'field' must be a list of phrases with letters or digits")
    return Taxonomy(
        tuple(topics), fallback.strip(), title_weight, min_score, tuple(w.strip() for w in words)
    )


def _number(value: object, what: str, fail: Callable[[str], StudyAppError]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise fail(f"{what} must be a number >= 0")
    return float(value)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


# --- assignment --------------------------------------------------------------


def classify(title: str, answer: str, taxonomy: Taxonomy | None = None) -> str:
    """The taxonomy topic for one question (the fallback when nothing fits)."""
    return (taxonomy or default_taxonomy()).classify(title, answer)


def assign_topics(doc: ParsedDocument, taxonomy: Taxonomy | None = None) -> list[tuple[str, ...]]:
    """One topic path per question of ``doc``, in order.

    A document's own sections and the taxonomy are never mixed in one document.
    Questions keep their section path where the document has sections; the
    taxonomy sorts an unsectioned document where it finds several subjects in it
    (`_kept_together`: else its questions stay together, under the fallback), and one
    whose sections are an unsorted dump: sections that each hold more than max(12, 40 %)
    of the questions, spread by the taxonomy over at least four subjects with none
    holding half, and that together hold nearly all (80 %) of the questions (the seed:
    one heading over every subject). Questions above the first
    heading of a sectioned document keep an empty path (the store's general topic),
    and a first section named as the deck is taken out of the paths below it.
    """
    questions = doc.questions
    taxonomy = taxonomy or default_taxonomy()

    def in_field() -> bool:
        return taxonomy.in_field(f"{q.title}\n{q.answer_markdown}" for q in questions)

    if not doc.has_sections:
        topics = [taxonomy.classify(q.title, q.answer_markdown) for q in questions]
        if not _about_taxonomy(topics, taxonomy.fallback) or not in_field():
            # notes on another subject: a stray word ("generators" in Python notes)
            # would file them under the taxonomy's topics, so they keep one topic
            return [(taxonomy.fallback,) for _ in questions]
        kept = _kept_together(questions, topics, taxonomy, titled=_titled(doc))
        return [(topic,) for topic in kept]

    questions = _with_siblings_tags_topic(doc)
    sections: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, question in enumerate(questions):
        sections[tuple(question.topic_path)].append(index)

    limit = max(_OVERSIZED_MIN, _OVERSIZED_SHARE * len(questions))
    classified: dict[int, str] = {}
    in_dumps = 0
    field_known: list[bool] = []  # whether the notes are in the field, once asked
    for path, members in sections.items():
        if len(path) <= _folder_levels(doc, questions[members[0]]) or len(members) <= limit:
            continue  # (a folder's files and subfolders are the person's own grouping)
        if not field_known:
            field_known.append(in_field())
        if not field_known[0]:
            break  # notes on another field keep their own sections, however big
        topics = [
            taxonomy.classify(questions[i].title, questions[i].answer_markdown) for i in members
        ]
        if _is_dump(topics, taxonomy.fallback):
            in_dumps += len(members)
            classified.update(zip(members, topics, strict=True))
    if in_dumps and doc.format == FOLDER:
        # Each file's dump sorted below the file's name, as the file alone would be
        return [
            _below_the_deck(tuple(q.topic_path), doc.deck_name)
            if i not in classified
            else (*q.topic_path[: _folder_levels(doc, q)], classified[i])
            for i, q in enumerate(questions)
        ]
    if in_dumps and in_dumps >= _DUMP_WHOLE_SHARE * len(questions):
        return [
            (classified[i] if i in classified else taxonomy.classify(q.title, q.answer_markdown),)
            for i, q in enumerate(questions)
        ]
    return [_below_the_deck(tuple(q.topic_path), doc.deck_name) for q in questions]


def _titled(doc: ParsedDocument) -> bool:
    """Whether the notes give themselves a title ("# Numbered", "# Interview Questions –
    Machine Learning", a text file's first line): they name what they are about, and
    the deck is named so."""
    return any(region.reason == "title" and not region.source_file for region in doc.skipped)


def _folder_levels(doc: ParsedDocument, question: ParsedQuestion) -> int:
    """How many levels of a question's path in a folder deck are the folder's own: its
    subfolders and its file's name (0 outside a folder). They are never an unsorted
    dump: a folder of one notes file kept its questions under the taxonomy's topics,
    most of them "General", where several files kept each file's name."""
    if doc.format != FOLDER or not question.source_file:
        return 0
    from studyapp.core.parse.folder_levels import topic_folders

    return len(topic_folders(question.source_file)) + 1  # (a "topics/" folder is none)


def _below_the_deck(path: tuple[str, ...], deck_name: str) -> tuple[str, ...]:
    """A path whose first section is named as the deck, with that level taken out: it
    is the deck itself. "# System Design" over "## Caching", then "# Scaling", read as
    the deck System Design holding "System Design › Caching" beside "Scaling". A
    section named so that holds questions of its own keeps its name (without it they
    would go to the deck's general topic)."""
    if len(path) > 1 and title_key(path[0]) == title_key(deck_name):
        return path[1:]
    return path


def _about_taxonomy(topics: list[str], fallback: str) -> bool:
    """Is a flat document about the taxonomy's field (most questions find a topic)?
    Where they all find one subject but for one or two, `_kept_together` keeps them all
    together: "the CAP theorem" under "General" beside "load balancers" under the
    systems topic told a person nothing and looked random."""
    found = [topic for topic in topics if topic != fallback]
    return len(found) >= max(_ABOUT_MIN_FOUND, _ABOUT_SHARE * len(topics))


def _is_dump(topics: Iterable[str], fallback: str) -> bool:
    topics = list(topics)
    counts = Counter(t for t in topics if t != fallback)
    if len(counts) < _DUMP_MIN_SUBJECTS:
        return False
    return counts.most_common(1)[0][1] <= _DUMP_MAX_TOP_SHARE * len(topics)


def _kept_together(
    questions: Sequence[ParsedQuestion], topics: list[str], taxonomy: Taxonomy, *, titled: bool
) -> list[str]:
    """The taxonomy's topics for a flat document's questions where they sort it into
    several subjects; else one topic for them all, the fallback (the deck's general
    topic): the taxonomy names no topic of a file it cannot sort. Sorting helps where
    it makes groups: two topics or more holding two questions each or more (the seed, a
    file on clustering and GANs); or, in notes without a title of their own, questions
    on several subjects each named in its title (k-means, GAN, LSTM: none a guess).

    A file kept as one subject is named by its deck (its title, its file), and one
    topic in it sorts nothing: a taxonomy's name over it is a guess from words of its
    answers, the person never wrote it, and it came out as they did not mean it (two
    questions on classification metrics under "Regression & Evaluation Metrics") and
    unlike the next file of the same shape (a file of SQL questions under "General").
    Five questions on recommender systems went one each to "Recommender Systems",
    "Regression & Evaluation Metrics" (a recall@k), "Vector Databases & Search" (FAISS)
    and two to "General": the taxonomy guessed each from a word of its answer, and the
    one subject came out as four; such notes stay together. Under a title ("# Numbered"
    over gradient descent, the learning rate and momentum) the questions are the one
    subject it names, and went to three topics, one each."""
    counts = Counter(t for t in topics if t != taxonomy.fallback)
    if sum(1 for n in counts.values() if n >= _GROUP_MIN) >= _GROUPS_MIN:
        return topics
    if (
        not titled
        and len(counts) >= _GROUPS_MIN
        and all(
            topic == taxonomy.fallback or taxonomy.title_names(q.title, topic)
            for q, topic in zip(questions, topics, strict=True)
        )
    ):
        return topics
    return [taxonomy.fallback] * len(topics)


def _with_siblings_tags_topic(doc: ParsedDocument) -> list[ParsedQuestion]:
    """A note's questions, each that has neither tag nor topic under the topic its
    tagged siblings share: those on both sides of it where it sits between two, all
    the note's where it sits before or after them all. Obsidian's `#flashcards/ml`
    cards went to "flashcards / ml" and the one written as a `> [!question]-` callout
    among them, which the tag did not reach, to "General". Only notes (Markdown, text)
    whose topics are their tags: a question above a note's first heading has no
    sibling whose topic is a tag, and keeps no topic; a row of a sheet or an Anki note
    left without tags was left so by the person."""
    questions = doc.questions
    if doc.format not in _NOTE_FORMATS:
        return questions
    tagged = [i for i, q in enumerate(questions) if q.topic_path and _topic_from_tags(q)]
    if not tagged or len(tagged) == len(questions):
        return questions
    everyone = {tuple(questions[i].topic_path) for i in tagged}
    result = list(questions)
    for index, question in enumerate(questions):
        if question.topic_path or question.tags:
            continue
        before = [tuple(questions[i].topic_path) for i in tagged if i < index][-1:]
        after = [tuple(questions[i].topic_path) for i in tagged if i > index][:1]
        beside = set(before + after) if before and after else everyone
        if len(beside) == 1:
            result[index] = replace(question, topic_path=next(iter(beside)))
    return result


def _topic_from_tags(question: ParsedQuestion) -> bool:
    """Whether a question's topic path is one of its tags (``flashcards/ml``)."""
    path = _tag_words("/".join(question.topic_path))
    return any(_tag_words(tag) == path for tag in question.tags)


def _tag_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())
