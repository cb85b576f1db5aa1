"""Which of a folder's sub-folders are levels of its deck's topic tree.

A sub-folder named for what it holds is a topic ("react/", "System Design/"). One
named for its place in a repository or a site, not for a subject (``topics/``,
``notes/``, ``docs/``, ``questions/``, ``content/``, ``src/``, ``pages/``), is a
container: a cloned repository's ``topics/hooks.md`` and ``topics/performance.md``
gave a topic "Topics" above "Hooks" and "Performance", a level the person never
chose. Such a folder is no level; the notes inside it are topics directly, as if
they sat where it is. The folder a person chose to import is the deck, never a
level, whatever its name.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# Folder names that say where notes are kept, not what they are about (compared with
# case, spaces, "_" and "-" at the ends ignored: "Notes", "_pages").
CONTAINER_NAMES = frozenset(
    ("topics", "notes", "docs", "doc", "questions", "content", "contents", "src", "pages")
)


def container(name: str) -> bool:
    """Whether a sub-folder's name is a container's, no subject of its own."""
    return name.strip(" _-").casefold() in CONTAINER_NAMES


def topic_folders(rel: str) -> tuple[str, ...]:
    """The sub-folders of a file of a folder (`rel`, relative to it) that are levels of
    its topic path, outermost first: every one but the containers."""
    return tuple(part for part in PurePosixPath(rel).parent.parts if not container(part))
