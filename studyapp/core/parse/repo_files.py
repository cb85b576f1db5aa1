"""A cloned repository's own files among its notes: which files of a notes kind
(``.md``, ``.rst``, ``.txt``, ``.csv``, JSON and YAML cards …) a folder's scan leaves
out because they are the repository's, not a person's notes, and why.

A repository of interview questions keeps, beside its notes, files every repository
keeps, and they are written in the same kinds: a changelog (``CHANGELOG.rst``, or any
file whose sections are versions), a licence, a contributing guide, a code of conduct,
a security policy, issue and pull-request templates, a package's requirements, and
data sets (``train.jsonl`` beside ``test.jsonl``; chat or instruction records; labelled
rows). Each kind is judged by its name's convention and, where a name could also be a
note's ("history.md", "security.md"), by its content's shape. Folders of installed
packages (``node_modules``, a virtual environment, ``__pycache__``) are not walked.
What is left out is named with its kind (`repo_file`, `dependency_folder`), as the
folder's other left-out files are.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

_HEAD_BYTES = 16_384  # what is read of a file to see its shape
# The folders where a project keeps its installed packages or caches: never notes.
_DEPENDENCY_DIRS = frozenset(
    ("node_modules", "bower_components", "jspm_packages", "__pycache__", "site-packages")
)


def dependency_folder(path: Path) -> str:
    """Why a folder is not walked (installed packages, a virtual environment), or ""."""
    name = path.name.casefold()
    if name in _DEPENDENCY_DIRS:
        return f"a folder of installed packages or caches ({path.name}), not notes"
    if (path / "pyvenv.cfg").is_file():
        return "a Python virtual environment, not notes"
    return ""


def _stem(path: Path) -> str:
    """The name without its endings, folded: "CODE-OF-CONDUCT.md" → "code_of_conduct"."""
    name = path.name.casefold()
    while "." in name[1:]:
        head, _, tail = name.rpartition(".")
        if not tail or len(tail) > 9 or not head:
            break
        name = head
    return re.sub(r"[\s.-]+", "_", name)


# Names no notes file is given: each kind's, by the repository's convention.
_NAMED_KINDS = (
    (r"change_?log|release_?notes|whats_?new", "a changelog"),
    (
        r"(?:un)?licen[cs]e(?:_\w+)?|copying(?:_\w+)?|notice|copyright|patents"
        r"|third_?party_?notices?",
        "a licence",
    ),
    (r"contributing|contribute|how_?to_?contribute", "a contributing guide"),
    (r"code_?of_?conduct|conduct", "a code of conduct"),
    (
        r"pull_?request_?template|issue_?template|bug_report|feature_request",
        "an issue or pull-request template",
    ),
    (
        r"codeowners|maintainers|authors|contributors|funding|citation",
        _PEOPLE := "a list of the project's people or terms",
    ),
    (r"cmakelists", "a build file"),
)
_NAMED_RE = [(re.compile(rf"(?:{names})"), kind) for names, kind in _NAMED_KINDS]
# Where GitHub reads a repository's issue and pull-request forms from.
_TEMPLATE_FOLDERS = frozenset(("issue_template", "pull_request_template", "discussion_template"))
# A name a note may also have ("security.md"): the content decides.
# A package's requirements ("requirements-dev.txt"); a ".md" of that name may be notes.
_REQUIREMENTS_RE = re.compile(r"(?:\w+_)?requirements(?:_\w+)?|constraints(?:_\w+)?")
_SECURITY_RE = re.compile(r"security(?:_policy)?")

# A section title that is a version: "1.2.0 (2024-03-01)", "v2.1", "[1.0.0] - 2024-01-01",
# "Version 3.4", "Unreleased".
_VERSION_TITLE_RE = re.compile(
    r"^\s*(?:#{1,6}\s+)?\[?(?:(?:version|release|v)\s*)?\d+(?:\.\d+){1,3}[a-z0-9.+-]*\]?"
    # nothing after it but its date ("(2024-03-01)", "- 2 March 2024") or "unreleased":
    # a numbered section ("1.1 Processes", "2.3 - Threads") names its subject instead
    r"(?:\s*[-–—:,]?\s*(?:[(\[]?[^()\[\]\n?]{0,30}\b\d{4}\b[^()\[\]\n?]{0,10}[)\]]?"
    r"|[(\[]?(?:unreleased|yanked)[)\]]?))?\s*$"
    r"|^\s*(?:#{1,6}\s+)?\[?unreleased\]?\s*$",
    re.I,
)
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_UNDERLINE_RE = re.compile(r"^([=\-~^\"'`*+#])\1{2,}\s*$")
_LICENCE_TEXT_RE = re.compile(
    r"permission is hereby granted, free of charge|gnu (?:lesser |affero )?general public"
    r" licen[cs]e|apache licen[cs]e,?\s+version|redistribution and use in source and binary"
    r"|mozilla public licen[cs]e|this is free and unencumbered software"
    r"|the software is provided \"as is\"",
    re.I,
)
_CONDUCT_TITLE_RE = re.compile(r"code of conduct|contributor covenant", re.I)
_SECURITY_TITLE_RE = re.compile(
    r"security polic|report(?:ing)? (?:a )?(?:security )?(?:vulnerabilit|issue|bug)"
    r"|supported versions",
    re.I,
)
# A requirements line: "numpy==1.26", "pandas>=2.0,<3", "-r base.txt", "requests[socks]".
_REQUIREMENT_RE = re.compile(
    r"^(?:-[rce]\s+\S+|--[a-z-]+(?:[ =]\S+)?|[A-Za-z0-9][\w.-]*(?:\[[\w,\s-]*\])?"
    r"\s*(?:(?:===?|>=|<=|~=|!=|<|>)\s*[\w.*+!-]+\s*,?\s*)*(?:;[^#]*)?)\s*(?:#.*)?$"
)
_PINNED_RE = re.compile(r"(?:===?|>=|<=|~=)\s*\d")


def _titles(lines: list[str]) -> list[str]:
    """The section titles of a Markdown or reStructuredText text, in order."""
    titles = []
    for i, line in enumerate(lines):
        heading = _MD_HEADING_RE.match(line)
        if heading:
            titles.append(heading.group(1))
        elif (
            i + 1 < len(lines)
            and line.strip()
            and not _UNDERLINE_RE.match(line)
            and _UNDERLINE_RE.match(lines[i + 1])
        ):
            titles.append(line.strip())
    return titles


def _versions(titles: list[str]) -> bool:
    """Whether a text's sections are versions (two or more, most of them below its title)."""
    below = titles[1:] if titles and not _VERSION_TITLE_RE.match(titles[0]) else titles
    found = sum(1 for t in below if len(t) <= 80 and _VERSION_TITLE_RE.match(t))
    return found >= 2 and found * 2 > len(below)


def _requirements(lines: list[str]) -> bool:
    """Lines that are nothing but package requirements, some pinned to a version."""
    body = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return (
        bool(body)
        and all(len(line) <= 200 and _REQUIREMENT_RE.match(line) for line in body)
        and sum(1 for line in body if _PINNED_RE.search(line)) * 2 >= len(body)
    )


def _head(path: Path) -> list[str]:
    try:
        with path.open("rb") as f:
            data = f.read(_HEAD_BYTES)
    except OSError:
        return []
    return data.decode("utf-8-sig", errors="replace").split("\n")


_PROSE = (".md", ".markdown", ".rst", ".txt", ".text", ".adoc", ".asciidoc", ".org")


def _named_kind(path: Path) -> str:
    """The kind of the repository's own files a file's name alone says it is, or ""."""
    if path.parent.name.casefold() in _TEMPLATE_FOLDERS:
        return "an issue or pull-request template"
    stem = _stem(path)
    for pattern, kind in _NAMED_RE:
        if pattern.fullmatch(stem) and (kind != _PEOPLE or path.stem.isupper()):
            return kind  # ("AUTHORS.md", where "Authors.md" may be a note)
    return ""


def named_repo_file(name: str) -> bool:
    """Whether a file's name alone ("CONTRIBUTING.md", "LICENSE", "CODE_OF_CONDUCT.md",
    ".github/ISSUE_TEMPLATE/bug.md") says it is one of a repository's own files."""
    return bool(_named_kind(Path(name)))


def repo_file(path: Path) -> str:
    """Why a file of a notes kind is a repository's own file, not notes; "" where it is
    not one (or where nothing says so)."""
    kind = _named_kind(path)
    if kind:
        return f"{kind}, not notes"
    stem = _stem(path)
    suffix = path.suffix.lower()
    if suffix not in _PROSE:
        return _data_set(path, stem)
    lines = _head(path)
    titles = _titles(lines)
    if _versions(titles):
        return "a changelog (its sections are versions), not notes"
    if _SECURITY_RE.fullmatch(stem) and any(_SECURITY_TITLE_RE.search(t) for t in titles):
        return "a security policy, not notes"
    if titles and _CONDUCT_TITLE_RE.search(titles[0]):
        return "a code of conduct, not notes"
    text = "\n".join(lines[:40])
    if _LICENCE_TEXT_RE.search(text) and not any("?" in t for t in titles):
        return "a licence, not notes"
    if suffix in (".txt", ".text") and (_REQUIREMENTS_RE.fullmatch(stem) or _requirements(lines)):
        return "a package's requirements, not notes"
    return ""


# The splits a data set is kept in ("train.jsonl", "squad_dev.json", "test-00000.csv").
_SPLITS = frozenset(
    (
        "train",
        "training",
        "test",
        "testing",
        "dev",
        "val",
        "valid",
        "validation",
        "eval",
        "evaluation",
        "holdout",
    )
)
_SPLIT_RE = re.compile(r"[a-z]+")
# The data files a split may be kept in.
_DATA_SUFFIXES = frozenset(
    (".json", ".jsonl", ".csv", ".tsv", ".yaml", ".yml", ".parquet", ".arrow")
)
_DATA_FOLDERS = frozenset(
    (
        "data",
        "dataset",
        "datasets",
        "corpus",
        "corpora",
        "benchmark",
        "benchmarks",
        "eval",
        "evals",
        "raw",
        "processed",
        "splits",
    )
)


def _split(stem: str) -> str:
    """The split a data file's name says it holds, at its start or its end, or ""."""
    words = _SPLIT_RE.findall(stem)
    for word in (words[0], words[-1]) if words else ():
        if word in _SPLITS:
            return word
    return ""


# The fields of a machine-learning data set's records, never a deck's: a model's
# training pairs ("prompt"/"completion", "chosen"/"rejected"), a chat's "messages", an
# instruction set's "instruction"/"output", reading comprehension's "answer_start",
# question pairs' "is_duplicate".
_DATA_FIELDS_RE = re.compile(
    r"""["']?(?:completion|chosen|rejected|messages|instruction|answer_start|is_duplicate"""
    r"""|qid1|input_ids|attention_mask)["']?\s*[:,\n]""",
    re.I,
)


def _data_set(path: Path, stem: str) -> str:
    """Why a data file (CSV, JSON, YAML …) is a data set, not cards: named as one of its
    splits beside another split, or inside a folder of data sets; or its first record
    (a CSV's header) holds the fields of a machine-learning data set."""
    split = _split(stem)
    if not split:
        if path.suffix.lower() in (".jsonl", ".csv", ".tsv", ".json"):
            first = next((line for line in _head(path)[:5] if line.strip()), "")
            if _DATA_FIELDS_RE.search(first[:2000] + "\n"):
                return "a data set (its records are a model's training examples), not notes"
        return ""
    folder = path.parent
    beside = bool(_folder_splits(folder) - {split})
    if beside or folder.name.casefold() in _DATA_FOLDERS:
        return f"a data set's {split} split, not notes"
    return ""


def _folder_splits(folder: Path) -> frozenset[str]:
    """The splits the data files in a folder are named as (read once per folder as it
    stands: a shard's thousand siblings are not listed a thousand times)."""
    try:
        stamp = folder.stat().st_mtime_ns
    except OSError:
        return frozenset()
    return _splits_in(str(folder), stamp)


@lru_cache(maxsize=32)
def _splits_in(folder: str, _stamp: int) -> frozenset[str]:
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return frozenset()
    return frozenset(
        split
        for name in names
        if Path(name).suffix.lower() in _DATA_SUFFIXES and (split := _split(_stem(Path(name))))
    )


# A question written as a JSON or YAML string: "…?" before a comma, a colon, a bracket
# or the line's end.
_ASKED_STRING_RE = re.compile(r"""[\w)\]'"`]\?["']?[ \t]*(?:[:,\]}]|$)""", re.M)


def asks_in_data(path: Path) -> bool:
    """Whether a JSON or YAML file that is not cards holds questions (two strings or
    more that ask): a deck written in a shape not read as cards, parsed as a single
    file's import is, where a repository's settings, which ask nothing, stay quiet."""
    return len(_ASKED_STRING_RE.findall("\n".join(_head(path)))) >= 2
