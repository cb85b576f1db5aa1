"""An answer kept in StudyApp, given back its note's Obsidian marks to be edited.

An edit kept in StudyApp only is stored as an import reads its note (core.writeback:
``[[Bias-Variance]]`` as "Bias-Variance", ``![[l1ball.png]]`` as a Markdown image), so
the pane and the export show it as they show an imported answer. Edited again, it is
shown with the marks its note writes where their reading stands in it once, so that
written back into the note it keeps its links and embeds; only where the result reads
as the stored answer again (core.writeback.read_as_import), else as stored."""

from __future__ import annotations

import re
from collections.abc import Callable

# Obsidian's marks an import reads as Markdown: a link or an embed, a highlight.
_MARK_RE = re.compile(r"!?\[\[[^\[\]\n]+\]\]|==[^=\n]+==")


def marks_restored(stored: str, written: str, read: Callable[[str], str]) -> str:
    """`stored` (an answer as `read` reads it) with each mark of `written` (its note's
    answer, as written) put back where the mark's reading stands once in it; `stored`
    itself unless the result reads as `stored`."""
    restored = stored
    for mark in dict.fromkeys(m.group(0) for m in _MARK_RE.finditer(written)):
        reading = read(mark)
        if reading and reading != mark and restored.count(reading) == 1:
            restored = restored.replace(reading, mark)
    return restored if restored != stored and read(restored) == stored else stored
