"""The kinds of notes file StudyApp reads, by the ending of their names: one list for
the parsers, a folder's scan and the import dialog's filter. No imports: the dialog
shows before any parser is loaded."""

from __future__ import annotations

TEXT_SUFFIXES = (".txt", ".text")
TABULAR_SUFFIXES = (".csv", ".tsv", ".tab")
ORG_SUFFIXES = (".org",)
ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc")
WIKI_SUFFIXES = (".wiki", ".mediawiki")
MARKUP_SUFFIXES = (*ORG_SUFFIXES, *ASCIIDOC_SUFFIXES, *WIKI_SUFFIXES)
# What a folder's scan takes as notes (the other files of a cloned repo are left).
NOTE_SUFFIXES = (".md", ".markdown", ".txt", ".csv", ".tsv", *MARKUP_SUFFIXES)
# What the import dialog offers: every file a single import reads as notes.
OFFERED_SUFFIXES = tuple(dict.fromkeys((*NOTE_SUFFIXES, *TEXT_SUFFIXES, *TABULAR_SUFFIXES)))
