"""One document kept in several languages in a folder: which copy a folder's import
reads (the person's language's), and which it names as left out.

A cloned repository of interview questions often keeps its document translated:
``README.md`` beside ``README-zh_CN.md``, ``README_ru.md``, ``README.es-ES.md``,
``readme.fr.md``; or one folder per language (``ru-RU/README.md``,
``docs/zh/intro.md`` beside ``docs/en/intro.md``, ``translations/ko-KR/…``,
``i18n/ja/…``). Read whole, the same questions came once per language.

A language mark is a BCP 47 tag — an ISO 639-1 language, then a script and a region
if given (``zh``, ``pt-BR``, ``zh_CN``, ``zh-Hans``, ``ru-RU``), or a country of
Python's locale table standing for its language where no language code is written
(``README_CN``, ``ua-UA``) — that ends a file's name after ``-``, ``_`` or ``.``, or
that is a folder's or a file's whole name. The copies of one document are the files
whose paths are the same without their marks (a folder of translations,
``translations/``, ``i18n/`` …, dropped too). Names alone do not decide:
``java-se.md`` beside ``java.md``, or ``ml/README.md`` beside ``os/README.md``, are
two documents whose names hold language codes. Copies are one document when their
contents say so too (`_one_document`): they share what a translation keeps as it is
(code, links) and other notes do not, or their paragraphs run parallel, or, written
in different scripts, the terms one keeps in Latin letters are the other's.

Of a document's copies the import reads the one in the person's language (the
system's: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then
`locale.getlocale`; English where none is set), else the untranslated original (the
copy with no mark), else the English one; the others are named as left out ("a
translation (ru-RU) of README.md"), and the language's folder of the copy read is no
topic.
"""

from __future__ import annotations

import contextlib
import locale
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path, PurePosixPath

# ISO 639-1: every two-letter language code.
_ISO_639_1_CODES = """
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha
he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn
ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb
nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd
se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw
ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""
_ISO_639_1 = frozenset(_ISO_639_1_CODES.split())
_TAG = r"(?P<lang>[a-z]{2})(?:[-_](?P<script>[a-z]{4}))?(?:[-_](?P<region>[a-z]{2}|\d{3}))?"
_TAG_RE = re.compile(_TAG, re.I)
# A name's last part after "-", "_" or ".": "README-zh_CN", "README.es-ES", "readme.fr".
_NAME_TAG_RE = re.compile(rf"(?P<base>.+?)[-_.](?P<tag>{_TAG})", re.I)
# Folders that hold a document's translations, one folder per language.
_TRANSLATION_FOLDERS = frozenset(
    ("translations", "translation", "i18n", "l10n", "locales", "locale", "lang", "languages")
)
_ENGLISH = "en"
_HEAD_CHARS = 65_536  # what is read of a copy to compare it with another


@cache
def _regions() -> dict[str, frozenset[str]]:
    """The countries Python's locale table knows ("CN", "JP", "UA" …), each with the
    languages it names for that country ("UA": "ru", "uk")."""
    found: dict[str, set[str]] = {}
    for name in locale.locale_alias.values():
        lang, _, region = name.split(".")[0].split("@")[0].partition("_")
        if lang in _ISO_639_1 and len(region) == 2 and region.isalpha():
            found.setdefault(region.upper(), set()).add(lang)
    return {region: frozenset(langs) for region, langs in found.items()}


def _tag(match: re.Match[str]) -> str:
    """A tag as BCP 47 writes it ("zh_cn" → "zh-CN", "zh_hans" → "zh-Hans"), or "" where
    it names no language ("README-js", "notes_v2"). A language is an ISO 639-1 code; a
    country Python's locale table knows stands for its language where it is no
    language code ("README_CN", "README_JP"), alone or written twice ("ua-UA": the
    code "ua" is no language, Ukraine's is "uk")."""
    written, region = match.group("lang"), (match.group("region") or "").upper()
    lang, regions = written.lower(), _regions()
    bare = not region and not match.group("script")
    if lang not in _ISO_639_1 and bare:
        return written.upper() if written.upper() in regions else ""  # a country's copy
    if lang not in _ISO_639_1:
        return f"{lang}-{region}" if lang == region.lower() and region in regions else ""
    parts = [lang]
    if match.group("script"):
        parts.append(match.group("script").title())
    if region:
        parts.append(region)
    return "-".join(parts)


def folder_tag(name: str) -> str:
    """The language a folder's whole name is ("ru-RU", "zh", "pt_BR"), or ""."""
    match = _TAG_RE.fullmatch(name)
    return _tag(match) if match else ""


def language_folder(name: str) -> bool:
    """Whether a folder is one of a document's translations' ("ru-RU") or holds them
    ("i18n", "translations"): no topic of the copy read in it."""
    return bool(folder_tag(name)) or name.casefold() in _TRANSLATION_FOLDERS


def _name_tag(stem: str) -> tuple[str, str]:
    """A file name's stem without its language mark, and the mark ("README-zh_CN" →
    ("README", "zh-CN"); a name that is only a mark, "ru", → ("", "ru")); the stem and
    "" where it ends in none."""
    if own := folder_tag(stem):
        return "", own
    match = _NAME_TAG_RE.fullmatch(stem)
    tag = _tag(match) if match else ""
    return (match.group("base"), tag) if match and tag else (stem, "")


def marked(rel: str) -> tuple[str, str]:
    """A file's path (relative, with "/") without its language marks, and its language
    ("" where none marks it): "translations/ru-RU/README_RU.md" → ("README.md", "ru-RU"),
    "i18n/ja.md" → (".md", "ja"). A folder of translations ("translations/") is no
    part of a marked file's path."""
    path = PurePosixPath(rel)
    tags = [folder_tag(part) for part in path.parent.parts]
    tag = next((t for t in reversed(tags) if t), "")
    base, own = _name_tag(path.stem)
    if own and not set(own.casefold().split("-")) <= set(tag.casefold().split("-")):
        tag = own  # the name's own mark, unless its folder's says more ("ar-AR/README_AR")
    kept = [
        part
        for part, here in zip(path.parent.parts, tags, strict=True)
        if not here and not (tag and part.casefold() in _TRANSLATION_FOLDERS)
    ]
    return str(PurePosixPath(*kept, base + path.suffix)), tag


def _wanted() -> tuple[str, str]:
    """The person's language and region ("ru", "RU"), from the system's settings:
    ``LANGUAGE`` (its first), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then
    `locale.getlocale`; ("en", "") where none names a language ("C", "POSIX")."""
    names = [os.environ.get("LANGUAGE", "").split(":")[0]]
    names += [os.environ.get(key, "") for key in ("LC_ALL", "LC_MESSAGES", "LANG")]
    with contextlib.suppress(ValueError):
        names.append(locale.getlocale()[0] or "")
    for name in names:
        match = _TAG_RE.match(name.split(".")[0].split("@")[0])
        if match and (tag := _tag(match)):
            lang, _, rest = tag.partition("-")
            return lang, rest.rsplit("-", 1)[-1] if rest else ""
    return _ENGLISH, ""


def _rank(tag: str, wanted: tuple[str, str]) -> tuple[int, ...]:
    """How well a copy's language suits the person (lower is better): their language
    and region, their language, their country's copy marked by the country ("CN",
    "ua-UA") or one of a country whose languages are theirs, the untranslated original,
    English, any other."""
    lang, region = wanted
    parts = tag.split("-") if tag else []
    if parts and parts[0] == lang:
        return (0,) if region and parts[-1] == region else (1, len(parts))
    if not parts:
        return (3,)
    if parts[0] not in _ISO_639_1:  # a country's
        country = parts[-1].upper()
        if country == region:
            return (2, 0)
        return (2, 1) if lang in _regions().get(country, ()) else (5,)
    return (4, len(parts)) if parts[0] == _ENGLISH else (5,)


# --- contents ------------------------------------------------------------------

_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_INLINE_CODE_RE = re.compile(r"`([^`\n]{2,})`")
_LINK_RE = re.compile(r"\]\(([^)\s]+)|https?://[^\s)>\]]+")
_SHAPE_RE = re.compile(r"#{1,6}(?=\s)|[-*+](?=\s)|\d+[.)](?=\s)|>|\|")
_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9+#.]*[A-Za-z0-9+#]")


class _Copy:
    """What of a copy's text a translation keeps as it is (its code lines, inline
    code, links), its prose's script, its outline (each block's shape and length:
    headings, paragraphs, list items), its Latin words."""

    def __init__(self, path: Path) -> None:
        try:
            with path.open("r", encoding="utf-8-sig", errors="replace") as f:
                text = f.read(_HEAD_CHARS)
        except OSError:
            text = ""
        kept: set[str] = set()
        prose: list[str] = []
        fence = ""
        for line in text.splitlines():
            opened = _FENCE_RE.match(line)
            if fence:
                if opened and opened.group(1)[0] == fence[0]:
                    fence = ""
                elif len(line.strip()) >= 3:
                    kept.add(line.strip())
                continue
            if opened:
                fence = opened.group(1)
                continue
            kept.update(_INLINE_CODE_RE.findall(line))
            kept.update(m.group(1) or m.group(0) for m in _LINK_RE.finditer(line))
            prose.append(_INLINE_CODE_RE.sub(" ", line))
        self.kept = frozenset(kept)
        self.outline: list[str] = []  # each block's shape (`_shape`)
        self.lengths: list[int] = []  # and its length, however its lines are wrapped
        joined = False  # whether the next line may continue the block
        for line in (line.strip() for line in prose):
            shape = _shape(line) if line else ""
            if line and joined and not shape:
                self.lengths[-1] += len(line) + 1
            elif line:
                self.outline.append(shape)
                self.lengths.append(len(line))
            joined = bool(line) and not shape.startswith("#")
        words = "\n".join(prose)
        self.script = _script(words)
        self.latin = frozenset(w.casefold() for w in _LATIN_WORD_RE.findall(words))


def _script(text: str) -> str:
    """The script most of a text's letters are written in ("LATIN", "CYRILLIC",
    "HANGUL", "CJK" …; kana as "JAPANESE": Japanese is written in kana and kanji)."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "").split(" ")[0]
            counts["JAPANESE" if name in ("HIRAGANA", "KATAKANA") else name] += 1
    if counts["JAPANESE"] and counts["JAPANESE"] * 5 >= counts["CJK"]:
        counts["JAPANESE"] += counts.pop("CJK", 0)
    return counts.most_common(1)[0][0] if counts else ""


def _shape(line: str) -> str:
    """A line's place in the outline: its heading's level, a list item, a quote, a
    table row, or prose ("")."""
    match = _SHAPE_RE.match(line)
    return match.group(0)[0] * (len(match.group(0)) if line[0] == "#" else 1) if match else ""


def _parallel(a: _Copy, b: _Copy, least: int = 3, factor: float = 2.0) -> bool:
    """Whether two texts are block by block the same outline (`least` blocks or more),
    each block's length in the same proportion to its counterpart's, within `factor` of
    the usual one for nine blocks in ten: a translation's blocks, where another
    document's of the same outline run long where the other's run short."""
    if len(a.outline) < least or a.outline != b.outline:
        return False
    ratios = sorted(y / x for x, y in zip(a.lengths, b.lengths, strict=True))
    usual = ratios[len(ratios) // 2]
    close = sum(1 for r in ratios if usual / factor <= r <= usual * factor)
    return close * 10 >= len(ratios) * 9


def _contained(small: frozenset[str], large: frozenset[str], least: int = 3) -> bool:
    """Whether most of a set (half or more, `least` at least) is in another."""
    return len(small) >= least and len(small & large) * 2 >= len(small)


def _one_document(a: _Copy, b: _Copy, common: frozenset[str] = frozenset()) -> bool:
    """Whether two copies are one document in two languages: they share most of what a
    translation keeps as written (its code, its links: half of the smaller's, three
    lines at least), or their blocks are parallel (`_parallel`: closely and six blocks
    at least where both are written in one script), or they are written in different
    scripts and the Latin words of the one not written in Latin (names, terms: "TCP",
    "Promise") are mostly the other's. What other notes keep too (`common`) counts
    for nothing."""
    small, large = sorted((a.kept - common, b.kept - common), key=len)
    if _contained(small, large):
        return True
    if not a.script or not b.script:
        return False
    if a.script == b.script:  # ("readme.fr.md" beside "readme.md"): closer, and longer
        return _parallel(a, b, least=6, factor=1.5)
    foreign = [c for c in (a, b) if c.script != "LATIN"]
    latin = b if foreign and foreign[0] is a else a
    if len(foreign) == 1 and _contained(foreign[0].latin, latin.latin):
        return True
    return _parallel(a, b)


# --- the choice ------------------------------------------------------------------


class _Reader:
    """Each copy read once, and what the other notes beside a document's copies share
    with them: a repository's navigation links and badges, repeated in every file, are
    no sign that two files are one document."""

    def __init__(self, found: list[Path]) -> None:
        self._read: dict[Path, _Copy] = {}
        self._folders: dict[Path, list[Path]] = {}
        for path in found:
            self._folders.setdefault(path.parent, []).append(path)

    def copy(self, path: Path) -> _Copy:
        if path not in self._read:
            self._read[path] = _Copy(path)
        return self._read[path]

    def common(self, copies: list[tuple[Path, str]]) -> frozenset[str]:
        """What the other notes in the copies' folders, and in the folders above them,
        keep as written."""
        own = {path for path, _ in copies}
        folders = {path.parent for path in own} | {path.parent.parent for path in own}
        beside = {p for folder in folders for p in self._folders.get(folder, ())} - own
        return frozenset().union(*(self.copy(p).kept for p in beside))


def without_translations(
    found: list[Path],
    root: Path,
    left_out: list[tuple[Path, str]] | None,
    read: dict[Path, str] | None = None,
) -> list[Path]:
    """`found` without the copies of a document in languages other than the person's
    (`marked`, `_one_document`), each named in `left_out` with whose translation it is;
    `read` collects each copy read in their stead, with its language ("" where the
    untranslated original)."""
    groups: dict[str, list[tuple[Path, str]]] = {}
    for path in found:
        key, tag = marked(path.relative_to(root).as_posix())
        groups.setdefault(key.casefold(), []).append((path, tag))
    dropped: dict[Path, str] = {}
    wanted = None
    reader = _Reader(found)
    for copies in groups.values():
        if len(copies) < 2 or not any(tag for _, tag in copies):
            continue
        wanted = wanted or _wanted()
        ordered = sorted(copies, key=lambda c: (_rank(c[1], wanted), c[0].parts))
        common = reader.common(copies)
        while len(ordered) > 1:  # copies that are no copy of the first: a document of their own
            others = dict(_others(ordered, root, reader, common))
            if others and read is not None:
                read[ordered[0][0]] = ordered[0][1]
            dropped.update(others)
            ordered = [c for c in ordered[1:] if c[0] not in others]
    if left_out is not None:
        left_out += list(dropped.items())
    return [p for p in found if p not in dropped] if dropped else found


def _others(
    ordered: list[tuple[Path, str]], root: Path, reader: _Reader, common: frozenset[str]
) -> Iterable[tuple[Path, str]]:
    """The copies not read, each with why: every one that is the first's document."""
    chosen, _ = ordered[0]
    name = chosen.relative_to(root).as_posix()
    first = reader.copy(chosen)
    for path, tag in ordered[1:]:
        if _one_document(first, reader.copy(path), common):
            language = f"a translation ({tag})" if tag else "the untranslated original"
            yield path, f"{language} of {name}"
