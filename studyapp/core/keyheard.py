"""How a typed answer is heard, word by word: its words, their stems and spellings, the
typos and joined forms a fast typist makes, and where each word stands (clause,
sentence). No Qt.

A word is heard through what a person gets wrong when typing fast:

- case, diacritics and inflection: "Centroids" says "centroid", "encoding" says
  "encoder"'s stem (`snowballstemmer`, English);
- spelling variants: "regularisation" / "regularization", "analyse" / "analyze",
  "behaviour" / "behavior" (both sides are brought to one spelling before stemming);
- small typos: "centriod" says "centroid" (`rapidfuzz`, optimal string alignment: one
  edit in a word of 6–8 letters, two from 9, none below 6; same first and last letter);
- hyphens and spaces: "over-fits" says "overfitting", "k means" and "kmeans" say
  "K-Means" (neighbouring words are also tried written together);
- other words for the same idea: "checks" says "verifies", "async" says
  "asynchronously" (`keysynonyms`); an acronym of the points by the words it stands
  for ("last in, first out" says "LIFO"); an answer in another language by its own
  stems too ("nulos" says "nula").

Whether a point is said, from what is heard, is `keymatch`'s.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from studyapp.core import keylang
from studyapp.core.keynotation import spelled_operators
from studyapp.core.keysynonyms import phrase_words, synonyms

JOIN_MAX = 3
DERIVED_MIN = 4  # letters a word and a longer form of it share (hash, hashable)
# Endings that derive a word from another of the same meaning (after stemming).
_DERIVED = re.compile(
    r"(?:abl|ibl|er|or|ion|ation|ment|ness|ic|al|ive|iz|is|ful)(?:e|i|y|li)?"
)  # typed words tried written together ("k" "means" → "kmeans")


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


# Words a point may leave out ("Curse of Dimensionality" is said by "dimensionality
# curse"), and which never count as said on their own.
ENGLISH_STOPWORDS = word_set(
    "a an and are as at be by for from in into is it its of on or per that the this to "
    "via vs versus with without"
)
STOPWORDS = ENGLISH_STOPWORDS | keylang.FUNCTION_WORDS  # "la base de datos": "base datos"

_WORD = re.compile(r"[^\W_]+")
_ARTICLES = word_set("a an the")  # never written together with the next word
_SPELLING = (
    (re.compile(r"isation"), "ization"),
    (re.compile(r"(?<=\w{3})is(e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{3})our$"), "or"),
    (re.compile(r"(?<=\w{3})tre$"), "ter"),
)


@lru_cache(maxsize=8)
def _stemmer(language: str = "english"):
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=65536)
def stem_in(language: str, word: str) -> str:
    """A word's stem in a language other than English ("nulos" → "nul" in Spanish)."""
    return _stemmer(language).stemWord(word)


def language_of(text: str) -> str | None:
    """The language other than English a text is written in (`keylang.language`)."""
    return keylang.language(words(text), ENGLISH_STOPWORDS)


def words(text: str) -> list[str]:
    """Lower-case words without diacritics; every non-alphanumeric character separates."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    decomposed = unicodedata.normalize("NFKD", spelled_operators(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_WORD.findall(stripped))


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """One spelling of a word ("regularisation" → "regularization")."""
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(canonical(word))


def _allowed_edits(length: int) -> int:
    if length < 6:
        return 0
    return 1 if length < 9 else 2


@lru_cache(maxsize=65536)
def same_word(wanted: str, typed: str) -> bool:
    """Whether a typed word is the wanted one, inflected, respelled or with a small typo."""
    if wanted == typed or stem(wanted) == stem(typed):
        return True
    return _typo(canonical(wanted), canonical(typed)) or _typo(stem(wanted), stem(typed))


def _typo(a: str, b: str) -> bool:
    edits = _allowed_edits(min(len(a), len(b)))
    # A typo keeps a word's first and last letter ("centriod"); a changed ending is
    # another word ("imagen", "images").
    if not edits or a[0] != b[0] or a[-1] != b[-1] or abs(len(a) - len(b)) > edits:
        return False
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b, score_cutoff=edits) <= edits


class Heard:
    """A typed answer prepared for matching: its words, and at each position the words
    that start there written together with the next ones."""

    def __init__(
        self,
        tokens: Sequence[str],
        deaf: frozenset[int] = frozenset(),
        layout: Layout | None = None,
        acronyms: frozenset[str] = frozenset(),
        language: str | None = None,
        spelling: Spelling | None = None,
    ) -> None:
        self.tokens = tuple(tokens)
        # Another language than English: its words are also compared by its own stems
        # ("nulos" says "nula").
        self.language = language
        # Acronyms the points write ("lifo"), said too by the words they stand for
        # ("last in, first out"): the initials of as many words in a row.
        self.acronyms = acronyms
        # What acronyms the typed answer writes may stand for (`keyacronyms.stood_for`),
        # and which it writes: "TLS" says "Transport Layer Security".
        self.spelling = spelling or Spelling()
        self._deaf = deaf  # positions not heard (`affirmed`: what a negation denies)
        # Which clause and sentence each word is in, and the words a hyphen follows
        # ("non-blocking"); one clause when the text is not known.
        self.layout = layout or Layout((0,) * len(self.tokens), (0,) * len(self.tokens))
        self._affirmed: Heard | None = None
        self._forms: dict[str, list[int]] = {}  # a word, or neighbours joined → positions
        self._by_stem: dict[str, list[int]] = {}
        count = len(self.tokens)
        for i, token in enumerate(self.tokens):
            form = token
            for n in range(1, min(JOIN_MAX, count - i) + 1):
                if n > 1 and token in _ARTICLES:
                    break  # "a synchronous call" is no "asynchronous" one
                if n > 1:
                    form += self.tokens[i + n - 1]
                self._forms.setdefault(form, []).append(i)
        self._by_opening: dict[str, list[str]] = {}  # first two letters → forms
        for form in self._forms:
            self._by_opening.setdefault(form[:2], []).append(form)
        for i, token in enumerate(self.tokens):
            self._by_stem.setdefault(stem(token), []).append(i)
        for i in self.layout.hyphened:  # "re-applies" is "reapplies", its synonyms too
            if i + 1 < count and self.tokens[i].isalpha() and self.tokens[i + 1].isalpha():
                self._by_stem.setdefault(stem(self.tokens[i] + self.tokens[i + 1]), []).append(i)
        self._found: dict[str, list[int]] = {}
        self._derived: dict[str, tuple[int, ...]] = {}  # (`derived`, by word)
        self._phrased: dict[str, list[int]] | None = None
        self._glossed: dict[str, list[int]] | None = None
        # The answer as typed, signs and all ("a^2 + b^2"), where it is known (`of`): a
        # formula is read from it (`keyspoken`), where the words drop its signs.
        self.source = ""

    @classmethod
    def of(
        cls,
        text: str,
        acronyms: Iterable[str] = (),
        language: str | None = None,
        points: Sequence[str] = (),
        answer: str = "",
    ) -> Heard:
        """`acronyms`: words the points write in capitals ("LIFO", see `acronyms_of`);
        `language`: the answer's, when not English (`language_of`); `points`: the
        points, whose words an acronym typed in capitals may stand for; `answer`: the
        model answer the points are of, whose definitions ("Long Name (LN)") count
        wherever they are and whose words bear out a short acronym spelled out."""
        from studyapp.core import keyacronyms, keyaliases  # (they import this module)

        tokens = words(text)
        layout = _layout(text)
        typed = keyacronyms.typed_acronyms(text)
        heard = cls(
            tokens,
            layout=layout if len(layout.clause) == len(tokens) else None,
            acronyms=frozenset(a.casefold() for a in acronyms),
            language=language,
            spelling=Spelling(
                _stood_for(tuple(points), answer),
                typed,
                _context(tuple(points), answer),
                _pairs(tuple(points), answer),
                keyaliases.defined_aliases("\n".join([answer, *points])),
            ),
        )
        heard.source = text
        return heard

    def said_text(self) -> str:
        """The answer as typed where it is known, else its words."""
        return self.source or " ".join(self.tokens)

    def positions(self, word: str) -> list[int]:
        """Where the typed answer says `word` (alone, or written together with neighbours)."""
        if word in self._found:
            return self._found[word]
        found = set(self._by_stem.get(stem(word), ()))
        for other in synonyms(stem(word)):  # "checks" for "verifies" (keysynonyms)
            found.update(self._by_stem.get(other, ()))
        if self._phrased is None:  # "all or nothing" for "completely" (keysynonyms)
            self._phrased = phrase_words(self.tokens, self.spelling.aliases)
        found.update(self._phrased.get(stem(word), ()))
        found.update(self._glosses().get(stem(word), ()))  # "can be changed": "mutable"
        from studyapp.core.keyforms import clipped, compound_heads, counted  # (imports this)

        found.update(compound_heads(self.tokens, word))  # "JavaScript" for "script"
        found.update(counted(self.tokens, word))  # "two keys" for "key pair"
        found.update(clipped(self.tokens, word, self.spelling.pairs))  # "protobuf"
        from studyapp.core.keydegree import as_degree  # (it imports this module)

        found.update(as_degree(self.tokens, word))  # "more precision" for "raises precision"
        # Words written together ("over-fits" for "overfitting") and typos: only forms
        # that open with the same letters and are about as long can be the word.
        for form in self._by_opening.get(word[:2], ()):
            if abs(len(form) - len(word)) <= 4 and same_word(word, form):
                found.update(self._forms[form])
        if word in self.acronyms:
            found.update(self._spelled(word))
        elif word[-1:] == "s" and word[:-1] in self.acronyms:  # "SSDs": "solid state drives"
            found.update(self._spelled(word[:-1]))
        if self.spelling.typed:  # "TLS" for "Transport Layer Security" (keyacronyms)
            found.update(self._written_short(stem(word)))
        if self.language:
            own = stem_in(self.language, word)
            found.update(i for i, t in enumerate(self.tokens) if stem_in(self.language, t) == own)
        self._found[word] = result = sorted(found - self._deaf)
        return result

    def glossed(self, word_stem: str) -> list[int]:
        """Where the typed answer says the word of `word_stem` in plain words only
        (`keyglosses`: "cannot be changed" for "immutable")."""
        return self._glosses().get(word_stem, [])

    def _glosses(self) -> dict[str, list[int]]:
        """The notions the typed answer says in plain words (`keyglosses`), by stem."""
        if self._glossed is None:
            from studyapp.core.keyglosses import gloss_words  # (it imports this module)

            self._glossed = gloss_words(self.tokens, self.layout.clause)
        return self._glossed

    def _spelled(self, acronym: str) -> list[int]:
        """Where words in a row start that spell `acronym` out ("first in, first out"
        for "fifo", "true positives" for "tp"), within one sentence: by its initials, or
        as the points define it (`keyacronyms`)."""
        from studyapp.core.keyacronyms import TWO, borne_out, spelled_at  # (imports this)

        sentence = self.layout.sentence
        found = set(spelled_at(self.tokens, sentence, acronym))
        if len(acronym) <= TWO:
            context = self.spelling.context
            found = {
                i
                for i in found
                if borne_out(self.tokens, sentence, acronym, i, self.acronyms, context)
            }
        for names in self.spelling.stood_for.get(acronym, ()):
            found.update(spelled_at(self.tokens, sentence, acronym, names))
        found.update(self._led_acronym(acronym))
        return sorted(found)

    def _led_acronym(self, acronym: str) -> list[int]:
        """Where a word or two and an acronym typed in capitals spell `acronym`: the
        words' initials, then the acronym ("static RAM" for "sram", "synchronous dynamic
        RAM" for "sdram")."""
        found = []
        tokens, sentence = self.tokens, self.layout.sentence
        for i in range(len(tokens)):
            for k in (1, 2):
                j = i + k
                if j >= len(tokens) or sentence[j] != sentence[i]:
                    break
                typed = tokens[j] in self.spelling.typed and len(tokens[j]) > 1
                if typed and "".join(t[0] for t in tokens[i:j]) + tokens[j] == acronym:
                    found.append(i)
        return found

    def _written_short(self, word_stem: str) -> list[int]:
        """Where the typed answer writes an acronym that stands for words of a point,
        `word_stem`'s among them ("TLS" for "transport")."""
        found = []
        for i, token in enumerate(self.tokens):
            key = token if token in self.spelling.typed else token[:-1]
            if key not in self.spelling.typed:
                continue
            if any(
                word_stem in {stem(w) for w in names}
                for names in self.spelling.stood_for.get(key, ())
            ):
                found.append(i)
        return found

    def part(self, keep: Sequence[int]) -> Heard:
        """The words at the positions `keep` (in order) as an answer of their own."""
        where = {old: new for new, old in enumerate(keep)}
        deaf = frozenset(where[i] for i in self._deaf if i in where)
        layout = Layout(
            tuple(self.layout.clause[i] for i in keep),
            tuple(self.layout.sentence[i] for i in keep),
            frozenset(where[i] for i in self.layout.hyphened if i in where),
            frozenset(where[i] for i in self.layout.joined if i in where),
        )
        kept = [self.tokens[i] for i in keep]
        part = Heard(kept, deaf, layout, self.acronyms, self.language, self.spelling)
        # (what the whole answer says in plain words, "…, a tuple cannot", stays said)
        part._glossed = {
            s: [where[i] for i in found if i in where] for s, found in self._glosses().items()
        }
        return part

    def affirmed(self) -> Heard:
        """This answer without the words a negation before them denies ("does *not
        uniquely identify* each row", "is NOT an *ensemble*"): what it says is so."""
        if self._affirmed is None:
            from studyapp.core.keydenial import denied_positions  # (it imports this module)

            denied = denied_positions(self.tokens, self.layout)
            if denied:
                self._affirmed = Heard(
                    self.tokens, denied, self.layout, self.acronyms, self.language, self.spelling
                )
                self._affirmed._glossed = self._glosses()
            else:
                self._affirmed = self
        return self._affirmed

    def derived(self, word: str) -> list[int]:
        """Where the typed answer says a word by a form derived from it, or it by one
        derived from the typed word: the same root with a derivational ending
        ("hashable" for "hashed", "counter" for "counts"), four letters of root at least."""
        if word in self._derived:  # (asked again for each clause: `keydenial`)
            return list(self._derived[word])
        root = stem(word)
        found = []
        for i, token in enumerate(self.tokens):
            other = stem(token)
            short, long = sorted((root, other), key=len)
            if (
                len(short) >= DERIVED_MIN
                and long.startswith(short)
                and (_DERIVED.fullmatch(long[len(short) :]))
                and i not in self._deaf
            ):
                found.append(i)
        self._derived[word] = tuple(found)
        return found


def written_together(parts: Sequence[str], text: Heard) -> list[int]:
    """Where the typed answer writes a name's words as one ("pretrained" for
    "Pre-trained", "kmeans" for "K-means"); none for a name of one word."""
    if len(parts) < 2:
        return []
    joined = stem("".join(parts))
    return [at for at, token in enumerate(text.tokens) if stem(token) == joined]


class Spelling(NamedTuple):
    """The acronyms a typed answer writes (lower-cased), and what each may stand for:
    word runs of the points, by their initials, and the points' definitions."""

    stood_for: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType({})
    typed: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()  # stems of the model answer and its points
    pairs: frozenset[tuple[str, str]] = frozenset()  # their words side by side
    aliases: tuple[tuple[str, ...], ...] = ()  # names the model answer says are one's


@lru_cache(maxsize=256)
def _stood_for(points: tuple[str, ...], answer: str = "") -> dict[str, tuple[tuple[str, ...], ...]]:
    """What acronyms stand for: as the points say (`keyacronyms.stood_for`), and as the
    model answer defines them anywhere ("Mean Absolute Error (MAE)" in a sentence no
    point is taken from)."""
    from studyapp.core.keyacronyms import definitions, stood_for  # (it imports this module)

    found: dict[str, list[tuple[str, ...]]] = {}
    for key, names in stood_for(points):
        found.setdefault(key, []).append(names)
    for key, names in definitions([answer]).items() if answer else ():
        if names not in found.get(key, ()):
            found.setdefault(key, []).append(names)
    return {key: tuple(many) for key, many in found.items()}


@lru_cache(maxsize=256)
def _context(points: tuple[str, ...], answer: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words("\n".join([answer, *points])))


@lru_cache(maxsize=256)
def _pairs(points: tuple[str, ...], answer: str) -> frozenset[tuple[str, str]]:
    """The words of the points and the model answer that stand side by side ("protocol",
    "buffers"): what a clipped compound may join (`keyforms.clipped`)."""
    found = set()
    for text in (answer, *points):
        for line in text.split("\n"):
            told = words(line)
            found.update(itertools.pairwise(told))
    return frozenset(found)


# Negations, and the words whose "n't" is one ("doesn't" is read as "doesn" "t").
NEGATIONS = word_set(
    "not no never nor cannot without neither nothing "  # English
    "nicht kein keine keinen keinem keiner nie niemals "  # German
    "nunca jamás jamas tampoco ni "  # Spanish ("no" above)
    "pas jamais aucun aucune "  # French ("ne" alone is often dropped)
    "não nao nem "  # Portuguese
    "non mai "  # Italian
    "niet geen nooit"  # Dutch
)
# Words that open a clause of their own: a negation's scope ends there, and a contrast's
# side is told clause by clause ("TCP is reliable, while UDP …"). The six languages'.
CLAUSE_WORDS = word_set(
    "and but or because so which while whereas though although instead "
    "und aber sondern weil waehrend während doch "
    "y pero sino porque mientras "
    "et mais car alors tandis "
    "e mas porque enquanto "
    "ma perche perché mentre "
    "en maar omdat terwijl"
)


_JOINING = word_set("and or")


class Layout(NamedTuple):
    """Where a typed answer's words stand: each one's clause and sentence (punctuation
    and the words that open a clause part them), and those a hyphen follows."""

    clause: tuple[int, ...]
    sentence: tuple[int, ...]
    hyphened: frozenset[int] = frozenset()
    # where an "and" or "or" opens a clause with no mark before it ("the sender and …")
    joined: frozenset[int] = frozenset()


_SHORT_ASIDE = re.compile(r"\((\s*[^\W_]+(?:[\s/+-]+[^\W_]+){0,2}\s*)\)")
_PIECE_RE = re.compile(r"([^\W_]+)|([.!?…\n]+)|(\s[-–—]+\s|[,;:()–—])|(-)")
# A dot between two letters or digits joins the parts of one name, no sentence ends
# there: "isolation.level", "group.id", "spark.sql.shuffle.partitions", "3.5".
_INNER_DOT = re.compile(r"\w\.\w")


@lru_cache(maxsize=4096)
def _layout(text: str) -> Layout:
    decomposed = unicodedata.normalize("NFKD", spelled_operators(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # (a short aside names what its clause says, and is of it: "sends its own SYN back
    # (SYN-ACK)")
    stripped = _SHORT_ASIDE.sub(lambda m: f" {m[1]} ", stripped)
    clauses: list[int] = []
    sentences: list[int] = []
    hyphened: set[int] = set()
    joined: set[int] = set()
    clause = sentence = 0
    after_word = False
    for match in _PIECE_RE.finditer(stripped):
        word, stop, mark, hyphen = match.groups()
        if word:
            if word in CLAUSE_WORDS and clauses and clauses[-1] == clause:
                clause += 1  # "… reliable and …": the clause goes on as another
                if word in _JOINING:
                    joined.add(len(clauses))
            clauses.append(clause)
            sentences.append(sentence)
        elif stop and not _INNER_DOT.fullmatch(stripped, match.start() - 1, match.end() + 1):
            clause, sentence = clause + 1, sentence + 1
        elif mark:
            clause += 1
        elif hyphen and after_word and clauses:
            hyphened.add(len(clauses) - 1)
        after_word = bool(word)
    return Layout(tuple(clauses), tuple(sentences), frozenset(hyphened), frozenset(joined))
