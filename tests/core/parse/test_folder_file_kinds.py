"""A folder's scan reads every kind of notes file a single import reads (the one list,
note_kinds.FILE_KINDS), but those it leaves out by name: a LaTeX file was read on its
own and left out of a folder, the two lists having drifted apart."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.note_kinds import FOLDER_LEFT_OUT, FOLDER_SUFFIXES, OFFERED_SUFFIXES
from studyapp.core.parse import parse_path

EXAM = r"""\documentclass{exam}
\begin{document}
\begin{questions}
\question What is a B-tree?
\begin{solution}
A balanced tree with many keys per node.
\end{solution}
\question What is a hash join?
\begin{solution}
It builds a hash table on the smaller input and probes it.
\end{solution}
\end{questions}
\end{document}
"""
# Another shape of LaTeX notes, under the other ending: sections that ask.
SECTIONS = r"""\documentclass{article}
\title{Probability}
\begin{document}
\maketitle
\subsection*{What is Bayes' theorem?}
It turns $P(B \mid A)$ into $P(A \mid B)$ with the priors.
\subsection*{What is a likelihood?}
The chance of the data under a parameter, read as a function of the parameter.
\end{document}
"""


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_folders_latex_files_are_read_as_they_are_on_their_own(tmp_path):
    root = tmp_path / "prep"
    _write(root, "databases/midterm.tex", EXAM)
    _write(root, "stats/probability.latex", SECTIONS)
    _write(root, "heap.md", "# What is a heap?\n\nA tree whose parents are no larger.\n")
    doc = parse_path(root)
    found = {(q.source_file, q.title) for q in doc.questions}
    for rel in ("databases/midterm.tex", "stats/probability.latex"):
        alone = parse_path(root / rel)
        assert alone.questions
        assert {(rel, q.title) for q in alone.questions} <= found
    assert ("heap.md", "What is a heap?") in found
    assert not [
        r for r in doc.skipped if r.source_file.endswith((".tex", ".latex")) and r.start_line == 0
    ]  # no file left out whole


def test_every_kind_a_single_import_reads_is_read_in_a_folder_or_left_out_by_name():
    assert set(OFFERED_SUFFIXES) == set(FOLDER_SUFFIXES) | set(FOLDER_LEFT_OUT)
    assert {".tex", ".latex"} <= set(FOLDER_SUFFIXES)
