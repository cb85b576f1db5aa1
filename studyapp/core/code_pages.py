"""Which legacy code page a notes file that is not UTF-8 was written in.

Bytes that are not UTF-8 are read as Windows-1252 (core.textio): the Western
legacy encoding, and the one the user's damaged notes go through. A file saved in
another language's code page (Windows-1251 Russian, GBK Chinese, Shift-JIS
Japanese, Windows-1250 Polish…) reads there as garbled words ("Ñîáåñåäîâàíèå")
that no repair can tell back. Such a file is read in the code page in which its
words read as text, and the import names it so the person can check.

The judging is charset-normalizer's (its "mess" measure: letters of scripts that
do not go together, symbols inside words, accents piled up), not rules of ours,
and it is asked only where the Windows-1252 reading is itself a mess: Western
text, short or long, reads as it always did. Text that is mostly UTF-8 with
stray bytes (a damaged file) is left to the Windows-1252 fallback as well.

Czech, Slovak or Turkish text reads in Windows-1252 as letters too ("øetìzec",
"sýð"), no mess: it is told by the letters each language writes most
(charset-normalizer's tables), which its own code page's reading has and the
Windows-1252 reading's, of Nordic, Italian and French letters at once, has not
(`_in_one_language`). Where no code page reads a file clearly best, the refusal names
those that read it about as well (`code_pages_to_try`).

charset-normalizer is imported here only, on a file that is not UTF-8: nothing of
it on the start's path.
"""

from __future__ import annotations

import functools
import re
from typing import TypeVar

__all__ = [
    "UTF8_SEQUENCE",
    "code_page_name",
    "code_pages_to_try",
    "high_bytes",
    "in_another_script",
    "other_code_page",
]

# The legacy encodings people's notes are found in, with what they are called in an
# editor's "Reopen with encoding" menu. Supersets stand for their cores: GB18030 reads
# GBK and GB2312, CP932 Shift-JIS, CP949 EUC-KR. Windows-1252 and its Latin-1 kin are
# not here: they are the reading these are measured against. Nor is Windows-874
# (Thai): it has a letter for nearly every byte, and Chinese bytes read in it as Thai
# that charset-normalizer's measure finds no worse than the Chinese. Nor are Hebrew
# and Arabic ones: their letters stand where Cyrillic and Greek ones do in theirs, and
# among these a few lines of Russian ("Q: Что такое GIL?") read as well in Hebrew, and
# were refused; Hebrew notes of a few lines were refused all the same. They are named
# among the encodings to try (`_TRIED_ONLY`).
_NAMES = {
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1257": "Windows-1257 (Baltic)",
    "koi8_r": "KOI8-R (Russian)",
    "koi8_u": "KOI8-U (Ukrainian)",
    "cp866": "DOS-866 (Cyrillic)",
    "iso8859_2": "ISO-8859-2 (Central European)",
    "iso8859_5": "ISO-8859-5 (Cyrillic)",
    "iso8859_7": "ISO-8859-7 (Greek)",
    "iso8859_9": "ISO-8859-9 (Turkish)",
    "iso8859_13": "ISO-8859-13 (Baltic)",
    "gb18030": "GBK / GB18030 (Simplified Chinese)",
    "big5": "Big5 (Traditional Chinese)",
    "cp932": "Shift-JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)",
    "cp949": "EUC-KR (Korean)",
}
# Named among the encodings to try where no code page reads a file clearly best
# (`code_pages_to_try`), never guessed (see above).
_TRIED_ONLY = {
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp874": "Windows-874 (Thai)",
}
_MOST_TO_TRY = 4
_LETTERS_TO_TRY = 0.9  # of the characters above 127 a reading has (`_mostly_letters`)
# Code pages of Latin letters: text in them has a byte above 127 here and there, as
# Western text has; the others (Cyrillic, Greek, Chinese…) are sought only in bytes
# where such bytes come two or more together (`in_another_script`).
_LATIN = ("cp1250", "cp1254", "cp1257", "iso8859_2", "iso8859_9", "iso8859_13")
# charset-normalizer's own bound on the mess of a reading it takes for text: a
# Windows-1252 reading under it is kept (Western text measures 0 to 0.06, another
# code page's words read so 1 and over).
_MESSY = 0.2
# A code page's reading is taken under a little more mess than that: Korean glues
# English words to its particles ("TCP와"), which the measure counts against it (0.24
# in notes of a few lines). Read in a code page not theirs, a script's words measure
# 0.4 and over (Thai in Windows-1251's Cyrillic).
_MOST_MESS_TAKEN = 0.3
_MOST_MESS = 1.0  # (the Windows-1252 reading is measured no further)
# ... and clearly the best: any other reading of other words is this much more of a
# mess, or this much less like a language (charset-normalizer's "coherence"). A few
# short lines read as well in several code pages: none is guessed (as for Hebrew in
# Windows-1255, whose letters fall where Cyrillic and Greek ones do in theirs).
_AHEAD = 0.04
# A code page of one byte a letter (all but the Chinese, Japanese and Korean ones) is
# taken where its reading is this much like a language charset-normalizer knows (its
# "coherence": the letters' frequencies): Russian and Greek notes measure 0.35 and
# over, Polish 0.5; fragments of UTF-8 mojibake read in Windows-1251 ("вЎпё" in
# English lines) 0.
_LIKE_WORDS = 0.2
_MULTIBYTE = ("gb18030", "big5", "cp932", "euc_jp", "cp949")
# Of the characters a code page of Latin letters reads other than Windows-1252 does,
# how many are letters beside a letter (`_letters_in_words`).
_IN_WORDS = 0.9
_FEWEST_SYMBOLS = 3  # ... of which symbols in Windows-1252 ("³" in "g³ówny")
_MORE_LIKE_WORDS = 0.2
# Code pages of Latin letters told from Windows-1252 by the letters of one language
# (`_in_one_language`). Not the Baltic ones: their letters stand where Nordic ones do
# in Windows-1252 (ø ų, æ ę, å ą), and Faroese notes read there as Lithuanian as
# much as real Lithuanian does (charset-normalizer knows no Faroese, nor Icelandic).
_BY_LETTERS = ("cp1250", "cp1254", "iso8859_2", "iso8859_9")
# A reading's letters above 127 that the one language writing most of them writes
# among its most used: Czech, Slovak, Polish and Turkish notes read in their code page
# 0.55 to 1 (charset-normalizer keeps only a language's 26 most used letters: Czech's
# "č", "š" and "ů" are not among them), and this much more than in their Windows-1252
# reading. Icelandic reads in Windows-1254's Turkish 0.5 and over: its letters read
# alike tell it (`_its_letters`).
_MOST_IN_ONE_LANGUAGE = 0.5
_MORE_IN_ONE_LANGUAGE = 0.1
# ... and letters inside words that reading changed, of that language's: "© 2018" read
# "Š 2018" in ISO-8859-2 is no word.
_FEWEST_CHANGED_LETTERS = 2
# ... and of the letters both read alike, at least one and this share are that
# language's (Czech "á", "í"; Turkish "ç", "ü"), where both readings have any.
_KEPT_ITS = 0.5
# ... in a sample of this many letters above 127 at least: a line or two ("wątek",
# "którą zarządza").
_FEWEST_LETTERS_TO_TELL = 4
# Box-drawing characters beside a letter: DOS-866 and KOI8 have them among their
# letters, and UTF-8 mojibake reads there as Cyrillic words with such lines in them
# ("тЬЕ", "тбя╕"), which charset-normalizer finds hardly a mess (0.11); no words
# have them.
_DRAWN_IN_WORDS = re.compile(r"[\u2500-\u259f](?=\w)|(?<=\w)[\u2500-\u259f]")
_UNSHOWN = re.compile("[\x80-\x9f\ufffd]")  # (a control, or a byte the code page lacks)
# charset-normalizer measures how like a language a script's letters read from this
# many of them on (its TOO_SMALL_SEQUENCE, 32): two bytes a letter in some code pages.
_MEASURED_BYTES = 64
# Bytes above 127 in runs shaped as UTF-8 (a lead byte and one to three continuation
# bytes, whole or not), of all such bytes: UTF-8 with stray or lost bytes (a damaged
# file, mojibake saved again with 0x81, 0x8D… lost) is 0.99 so, which a code page would
# turn into other words; Chinese, Japanese and Korean code pages make such runs by
# chance, 0.6 at most; Cyrillic and Greek ones hardly.
_MOST_UTF8_SHARE = 0.8
# What is measured: the lines with a byte above 127, up to this many bytes of them.
_SAMPLE_BYTES = 64 * 1024
# A byte the code page has no character for, in a file otherwise in it (a character
# cut at the end, a byte damaged): at most one in this many characters is U+FFFD.
_FEW_UNREAD = 1000
# In Windows-1252 text a byte above 127 is an accented letter or a quotation mark
# among plain letters: seldom two together ("Größe"). A file in another script's
# code page is made of such bytes, two or more to a letter or in every letter of a
# word: read as Windows-1252, "Âîïðîñû" (Russian), "ÃæÊÔ" (Chinese).
_MAX_PAIRED_SHARE = 0.5
_FEWEST_TO_TELL = 8  # bytes above 127: one stray byte, or one word, says nothing
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_SHAPED = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")
_HIGH = bytes(range(0x80, 0x100))
_Text = TypeVar("_Text", str, bytes)
_LEGACY_RUN = re.compile(rb"[\x80-\xff]{2,}")


def code_page_name(codec: str) -> str:
    """How an editor names `codec` (one `other_code_page` gives): "Windows-1251
    (Cyrillic)"."""
    return _NAMES.get(codec, codec)


def high_bytes(data: bytes) -> int:
    """How many bytes of `data` are above 127."""
    return len(data) - len(data.translate(None, _HIGH))


def in_another_script(data: bytes) -> bool:
    """Whether the bytes of `data` that are not UTF-8 come two or more together, as
    the letters of a script other than Latin do in its code page (or in several
    bytes each): enough of them to tell."""
    legacy = UTF8_SEQUENCE.sub(b"", data)
    high = high_bytes(legacy)
    paired = sum(len(run) for run in _LEGACY_RUN.findall(legacy))
    return high >= _FEWEST_TO_TELL and paired > _MAX_PAIRED_SHARE * high


def other_code_page(data: bytes, western: str) -> tuple[str, str] | None:
    """The legacy code page `data` (bytes that are not UTF-8) was written in, and its
    text, where that is not Windows-1252: `western` is the bytes read as Windows-1252
    (core.textio's reading, UTF-8 sequences kept). None: that reading stands, as
    Western text or UTF-8 with stray bytes, or where no code page reads clearly
    better."""
    sample = _high_lines(data)
    high = high_bytes(sample)
    if high < _FEWEST_LETTERS_TO_TELL or _utf8_share(sample) > _MOST_UTF8_SHARE:
        return None
    latin = not in_another_script(data)
    codec = _least_messy(sample, western, latin) if high >= _FEWEST_TO_TELL else None
    if codec is None and latin:
        codec = _in_one_language(sample)
    text = None if codec is None else _read(data, codec)
    return None if text is None else (codec, text)


def _least_messy(sample: bytes, western: str, latin: bool) -> str | None:
    """The code page in which `sample` reads clearly least a mess and like a language,
    where its Windows-1252 reading (`western`) is a mess (charset-normalizer's measures)."""
    from charset_normalizer.md import mess_ratio

    mess = mess_ratio(_high_lines(western), maximum_threshold=_MOST_MESS)
    if mess < _MESSY:
        return None
    codec = _clearly_best_of(sample, latin)
    measured = _measurable(sample)
    if codec is None and measured is not sample:
        codec = _clearly_best_of(measured, latin, repeated=True)
    if codec is not None and latin and not _letters_in_words(sample, codec):
        return None
    return codec


def _clearly_best_of(sample: bytes, latin: bool, repeated: bool = False) -> str | None:
    from charset_normalizer import from_bytes

    readings = [
        m
        # (its threshold is also a bound on each chunk it measures: the files' own)
        for m in from_bytes(sample, cp_isolation=list(_LATIN if latin else _NAMES), threshold=1.0)
        if m.encoding in _NAMES and not _DRAWN_IN_WORDS.search(str(m))
    ]
    found = [
        m
        for m in readings
        if m.chaos <= _MOST_MESS_TAKEN and (m.encoding in _MULTIBYTE or m.coherence >= _LIKE_WORDS)
    ]
    if not found or not _clearly_best(found):
        return None
    # A few short lines, repeated to be measured, read somewhat like a language in a code
    # page not theirs too ("Τι είναι" "тИ ЕъМАИ" in KOI8-R, like Bulgarian): taken only
    # where no reading is clearly less a mess.
    if repeated and any(m.chaos < found[0].chaos - _AHEAD for m in readings):
        return None
    return found[0].encoding


def code_pages_to_try(data: bytes) -> list[str]:
    """The names of the code pages in which `data` (bytes that are not UTF-8, in no code
    page `other_code_page` finds) reads as words about as well as in any, the likeliest
    first: what to try in an editor where none is clearly best ("Индекс?" reads as
    well "Θνδεκρ?" in Greek). [] where none reads so."""
    sample = _high_lines(data)
    if not high_bytes(sample):
        return []
    from charset_normalizer import from_bytes

    named = {**_NAMES, **_TRIED_ONLY}
    found = sorted(
        (
            m
            for m in from_bytes(_measurable(sample), cp_isolation=list(named), threshold=1.0)
            if m.encoding in named
            and m.chaos <= _MOST_MESS_TAKEN
            and not _DRAWN_IN_WORDS.search(str(m))
            and _mostly_letters(str(m))
        ),
        key=lambda m: (m.chaos, -m.coherence),
    )
    found = [m for m in found if m.chaos <= found[0].chaos + _AHEAD]
    if len(found) == 1 and found[0].encoding not in _MULTIBYTE and not found[0].coherence:
        return []  # (like no language: UTF-8 mojibake read in DOS-866, "ЯУМ")
    return list(dict.fromkeys(named[m.encoding] for m in found))[:_MOST_TO_TRY]


def _mostly_letters(text: str) -> bool:
    """Whether the characters above 127 of `text` are letters, as in words of another
    script. UTF-8 mojibake with bytes lost ("Ÿ“Œ") reads as quotation marks and signs
    in most code pages, and in DOS-866 as letters like no language's ("ЯУМ"): it is
    named none to try."""
    high = [c for c in text if not c.isascii()]
    return sum(c.isalpha() for c in high) >= _LETTERS_TO_TRY * len(high)


def _clearly_best(found: list) -> bool:
    best, *others = found
    return all(
        other.chaos >= best.chaos + _AHEAD or other.coherence <= best.coherence - _MORE_LIKE_WORDS
        for other in others
        if str(other) != str(best)
    )


def _letters_in_words(sample: bytes, codec: str) -> bool:
    """Whether `codec` (a code page of Latin letters) reads as letters in words the
    characters Windows-1252 reads otherwise, and some of them were symbols inside words
    there: "g³ówny" is "główny" in Polish Windows-1250. A table of "± ° ¶ §" read there
    would be one of "ą ° ś §", and Portuguese "ação" one of "ačăo": both kept."""
    western = sample.decode("cp1252", errors="replace")  # (one character a byte, as
    other = sample.decode(codec, errors="replace")  # in every code page of _LATIN)
    in_words = [
        i
        for i, (w, o) in enumerate(zip(western, other, strict=True))
        if w != o and o.isalpha() and _beside_a_letter(other, i)
    ]
    changed = sum(w != o for w, o in zip(western, other, strict=True))
    symbols = sum(not western[i].isalpha() for i in in_words)
    return symbols >= _FEWEST_SYMBOLS and len(in_words) >= _IN_WORDS * changed


def _beside_a_letter(text: str, i: int) -> bool:
    return any(c.isalpha() for c in text[i - 1 : i] + text[i + 1 : i + 2])


def _high_lines(data: _Text) -> _Text:
    """The lines of `data` (bytes or text) with a character above 127, up to
    `_SAMPLE_BYTES` of them."""
    newline = "\n" if isinstance(data, str) else b"\n"
    lines, size, start = [], 0, 0
    while size < _SAMPLE_BYTES and start < len(data):
        end = data.find(newline, start)
        end = len(data) if end < 0 else end
        line = data[start:end]
        start = end + 1
        if not line.isascii():
            lines.append(line)
            size += len(line) + 1
    return newline.join(lines)


def _utf8_share(sample: bytes) -> float:
    outside = _UTF8_SHAPED.sub(b"", sample)
    return 1 - high_bytes(outside) / high_bytes(sample)


def _read(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    return text if text.count("\ufffd") <= max(1, len(text) // _FEW_UNREAD) else None


def _measurable(sample: bytes) -> bytes:
    """`sample`, repeated so charset-normalizer measures how like a language it reads:
    it leaves out of its "coherence" a script's letters fewer than 32 (`_MEASURED_BYTES`), and
    two short lines of Russian ("Что такое кэш?") measured like nothing, as Greek did."""
    high = high_bytes(sample)
    return sample if high >= _MEASURED_BYTES else b"\n".join([sample] * -(-_MEASURED_BYTES // high))


def _in_one_language(sample: bytes) -> str | None:
    """The code page of Latin letters in which `sample` reads as one language, where its
    Windows-1252 reading does not: Czech "řetězec" reads there "øetìzec", of Nordic,
    Italian and French letters at once; Turkish "sığ" reads "sýð".

    Measured by charset-normalizer's tables of the letters each language it knows
    writes most (`_written_in`): of a reading's letters above 127, the share the one
    language that writes most of them does. Its reading is taken where that share is
    high, higher by a margin than Windows-1252's, and letters inside words it changed
    are such letters. Western text keeps its reading: in Windows-1252 its letters are
    its own language's ("ø" Norwegian's), and read in another code page they are no
    one language's ("fřrste")."""
    western = sample.decode("cp1252", errors="replace")
    _, western_share = _one_language(western, "cp1252")
    found = []
    for codec in _BY_LETTERS:
        other = sample.decode(codec, errors="replace")
        if other == western or _UNSHOWN.search(other):
            continue
        language, share = _one_language(other, codec)
        if share < _MOST_IN_ONE_LANGUAGE or share < western_share + _MORE_IN_ONE_LANGUAGE:
            continue
        if _its_letters(western, other, _written_in(codec)[language]):
            found.append((share, codec, other))
    found.sort(key=lambda f: -f[0])
    if not found or any(s == found[0][0] and t != found[0][2] for s, _, t in found[1:]):
        return None
    return found[0][1]


def _its_letters(western: str, other: str, letters: frozenset[str]) -> bool:
    """Whether the letters above 127 that `other` (a reading in a code page of Latin
    letters) reads other than `western` does, inside words, and those both read alike,
    are of a language's most used `letters`. Its letters read alike are what tell
    Icelandic ("að", "færslur": "ağ", "færslur" in Windows-1254) from Turkish ("sığ",
    "çok"): its "æ", "í" are no Turkish letters, where Turkish "ç", "ü" are."""
    changed = symbols = kept = kept_its = 0
    for i, (w, o) in enumerate(zip(western, other, strict=True)):
        if o.isascii() or not o.isalpha():
            continue
        its = o.lower() in letters
        if w == o:
            kept += 1
            kept_its += its
        elif its and _beside_a_letter(other, i):
            changed += 1
            symbols += not w.isalpha()
    told = kept_its or symbols >= _FEWEST_CHANGED_LETTERS
    return changed >= _FEWEST_CHANGED_LETTERS and kept_its >= _KEPT_ITS * kept and told


def _one_language(text: str, codec: str) -> tuple[str, float]:
    """The language (of those written in `codec`) that writes most of the letters above
    127 in `text` among its most used, and the share of them it does."""
    letters = [c.lower() for c in text if c.isalpha() and not c.isascii()]
    if not letters:
        return "", 0.0
    counts = {lang: sum(c in own for c in letters) for lang, own in _written_in(codec).items()}
    language = max(counts, key=counts.__getitem__, default="")
    return language, counts.get(language, 0) / len(letters)


@functools.cache
def _written_in(codec: str) -> dict[str, frozenset[str]]:
    """The letters above 127 among the most used of each language of Latin letters
    charset-normalizer knows, of those whose such letters `codec` has all."""
    from charset_normalizer.constant import FREQUENCIES

    written = {}
    for language, letters in FREQUENCIES.items():
        own = "".join(c for c in letters if not c.isascii())
        written_all = own.encode(codec, errors="replace").decode(codec) == own
        if own and letters[0].isascii() and written_all:
            written[language] = frozenset(own)
    return written
