"""A repository's housekeeping in its README: the sections that tell how to take part
in the project, not what it teaches::

    ## How to contribute
    See [CONTRIBUTING](CONTRIBUTING.md). Questions? Open an issue.

A section (a heading and its lines, to the next heading as high) that points the
reader at the repository's own files (a contributing guide, the licence, a code of
conduct, an issue template: the files a folder's scan leaves out as the repository's,
repo_files.py) or at its issues, pull requests or discussions is about the project,
whatever its heading says ("How to contribute", "Found a mistake?", "Where do I ask?"):
no question, however it is worded, where its first sentence points there: that is
what it is for (a sentence of a few words beside its links). A section that teaches may
link to a page of the web, name the licence among its examples, or end on a pointer
("The smallest deployable unit. Found a mistake? See [CONTRIBUTING](…)."): it opens
on its answer, and it stays a question. Badges (an image
that links to the licence or the stars) mark the page, under its title: they say
nothing of a section.
"""

from __future__ import annotations

import re

from studyapp.core.parse.repo_files import named_repo_file
from studyapp.core.parse.tree import Document

ABOUT_THE_PROJECT = "about the project (contributing, issues, licence)"  # its skipped lines' name
# A Markdown link's or an HTML anchor's target.
_TARGET_RE = re.compile(r"\]\(\s*<?(?P<md>[^)\s>]+)|href=[\"'](?P<html>[^\"']+)", re.I)
# A hosted repository's own pages, as its README sends its reader there: its issues
# and pull requests (to open one, not one of them: "…/issues/1234" is cited), its
# discussions, forks and stars, its contributors ("https://github.com/o/r/issues/new",
# "../../pulls" written from a file of it).
_PAGES = (
    r"(?:issues(?:/new(?:/choose)?)?|pulls|discussions|fork|stargazers|graphs/contributors"
    r"|merge_requests(?:/new)?)$"
)
_HOST = r"https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)/"
_TRACKER_RE = re.compile(rf"^(?:{_HOST}[^/]+/[^/]+/(?:-/)?|(?:\.\./)+){_PAGES}", re.I)
_HOST_RE = re.compile(_HOST, re.I)
# A badge: an image that links ("[![stars](…svg)](…/stargazers)", '<a href="LICENSE"><img …></a>'),
# as a README's title wears them: a mark on the page, not what a section says.
_BADGE_RE = re.compile(
    r"\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)|<a\b[^>]*>\s*<img\b[^>]*>\s*</a>", re.I
)
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
# (A target holds no "](" of another link: a line of a million "[a](" is no long match
# tried at each of them.)
_LINK_TARGET_RE = re.compile(r"\]\([^)\n\]]*\)")
_LINK_RE = re.compile(r"\[[^\]\n]*\]\([^)\n\]]*\)|<a\b[^>]*>[^<]*</a>", re.I)
_OPENING_CHARS = 4000  # a section's opening sentence is read within its first characters
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
POINTER_WORDS = 12  # a pointer's own words beside its links, at most
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")


def _project_target(target: str) -> bool:
    """Whether a link goes to one of the repository's own files (by its name, written
    from a file of it or as the host shows it) or to its tracker."""
    target = target.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    if not target or _TRACKER_RE.match(target):
        return bool(target)
    if _SCHEME_RE.match(target) and not _HOST_RE.match(target):
        return False  # (a page of the web)
    return named_repo_file(target.rsplit("/", 1)[-1]) or named_repo_file(target)


def housekeeping_heads(doc: Document) -> dict[int, int]:
    """The headings whose sections are the project's housekeeping (see the module): the
    first line of each, and the last of its own lines (before the next heading)."""
    heads = [b for b in doc.blocks if b.kind == "heading" and not b.depth and not b.quoted]
    found: dict[int, int] = {}
    for index, head in enumerate(heads):
        stop = heads[index + 1].start - 1 if index + 1 < len(heads) else len(doc.lines)
        text = "\n".join(doc.lines[head.end : stop])  # (its own lines, to the next heading)
        if "](" not in text and "href" not in text:
            continue  # (the usual section: no link at all)
        opening = _opening(_BADGE_RE.sub("", text))
        if any(
            _project_target(m["md"] or m["html"]) for m in _TARGET_RE.finditer(opening)
        ) and _pointer_only(opening):
            found[head.start] = stop
    return found


def _pointer_only(sentence: str) -> bool:
    """Whether a sentence is a pointer, its words beside its links' few ("See
    [CONTRIBUTING](…).", "Open a [discussion](…) or an [issue](…)."), not a teaching
    sentence that names the licence among its examples."""
    bare = _LINK_RE.sub(" ", sentence)
    return len(_WORD_RE.findall(bare)) <= POINTER_WORDS


def _opening(text: str) -> str:
    """The first sentence of a section's own text (of its first paragraph, where no
    sentence ends): where it says what it is for. A link's target holds no sentence's end
    ("CONTRIBUTING.md")."""
    paragraph = text.lstrip()[:_OPENING_CHARS].split("\n\n", 1)[0]
    masked = _LINK_TARGET_RE.sub(lambda m: "]" + "x" * (len(m.group()) - 1), paragraph)
    end = _SENTENCE_END_RE.search(masked)
    return paragraph[: end.end()] if end else paragraph
