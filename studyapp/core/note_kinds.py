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
# reStructuredText notes (read as the Markdown they mostly are: underlined titles, and
# their admonitions that ask in core.parse.admonitions).
RST_SUFFIXES = (".rst",)
# What a folder's scan takes as notes (the other files of a cloned repo are left).
NOTE_SUFFIXES = (".md", ".markdown", ".txt", ".csv", ".tsv", *MARKUP_SUFFIXES, *RST_SUFFIXES)
# A code file whose comments ask (core.parse.code_notes): each language's line comment
# and its code block's info string. Read when imported on its own, not in a folder's
# scan (a cloned repo's scripts are not notes).
CODE_LANGUAGES = {
    ".sql": ("--", "sql"),
    ".py": ("#", "python"),
    ".sh": ("#", "bash"),
    ".rb": ("#", "ruby"),
    ".js": ("//", "javascript"),
    ".ts": ("//", "typescript"),
    ".java": ("//", "java"),
    ".go": ("//", "go"),
    ".kt": ("//", "kotlin"),
    ".rs": ("//", "rust"),
    ".c": ("//", "c"),
    ".cpp": ("//", "cpp"),
    ".cs": ("//", "csharp"),
}
CODE_SUFFIXES = tuple(CODE_LANGUAGES)
# Anki's packages (zip archives around its SQLite collection: core.parse.anki). Read when
# imported on their own, not in a folder's scan.
ANKI_PACKAGE_SUFFIXES = (".apkg", ".colpkg")
# A Jupyter notebook (core.parse.notebook): its Markdown cells and fenced code. Read when
# imported on its own, not in a folder's scan (a cloned repo's notebooks are analyses).
NOTEBOOK_SUFFIXES = (".ipynb",)
# A saved web page (core.parse.html_page). A folder's scan reads it too, but in a cloned
# repository (a ".git" folder), where its pages are its site, not notes.
HTML_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
# An Evernote export (core.parse.enex): its notes' titles and pages.
ENEX_SUFFIXES = (".enex",)
# A TiddlyWiki tiddler saved as a file (core.parse.tiddlywiki).
TIDDLER_SUFFIXES = (".tid",)
# An outline exported as OPML (core.parse.opml: Workflowy, Dynalist, OmniOutliner).
OPML_SUFFIXES = (".opml",)
MIND_MAP_SUFFIXES = (".mm",)  # FreeMind's and Freeplane's mind maps, read as OPML is
# Rich Text, TextEdit's and WordPad's own format (core.parse.rtf).
RTF_SUFFIXES = (".rtf",)
# A word processor's document, Word's or OpenDocument's (core.parse.wordproc): read as
# the Markdown it shows.
WORD_SUFFIXES = (".docx", ".odt")
# A spreadsheet of cards, Excel's or OpenDocument's (core.parse.sheets): read as the CSV
# of its cells. Read when imported on its own, not in a folder's scan (a cloned repo's
# sheets are its data).
SHEET_SUFFIXES = (".xlsx", ".ods")
# A slide deck (core.parse.slides): read as the Markdown its slides show, a slide's
# title its question. Read when imported on its own (a folder's decks are talks).
SLIDE_SUFFIXES = (".pptx",)
# A recorded interview's captions, WebVTT's or SubRip's (core.parse.subtitles): read as
# the chat they are. Read when imported on its own (a folder's are its videos').
SUBTITLE_SUFFIXES = (".vtt", ".srt")
# A PDF (core.parse.pdf): read as the Markdown its pages show.
PDF_SUFFIXES = (".pdf",)
# Notes written in Typst (core.parse.typst), as Markdown is read.
TYPST_SUFFIXES = (".typ",)
# An Obsidian canvas (core.parse.canvas): its text cards' Markdown.
CANVAS_SUFFIXES = (".canvas",)
# Flashcards kept as JSON (core.parse.json_cards) or YAML (core.parse.yaml_cards). A
# folder's scan reads them where their content is cards (core.parse.card_shape): a
# cloned repo's other JSON and YAML files are its settings, left out quietly.
JSON_SUFFIXES = (".json", ".jsonl", ".jsonc")  # (JSONC: JSON with comments)
YAML_SUFFIXES = (".yaml", ".yml")
CARD_DATA_SUFFIXES = (*JSON_SUFFIXES, *YAML_SUFFIXES)
# LaTeX notes (core.parse.latex), read as the Markdown they show.
LATEX_SUFFIXES = (".tex", ".latex")
# Every kind of file a single import reads as notes, named as a person knows it: the one
# list the import dialog's filter and the "no questions found" message are built from
# (a reader added here is offered and named; one left out is neither).
FILE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Markdown", (".md", ".markdown")),
    ("text", TEXT_SUFFIXES),
    ("CSV/TSV", TABULAR_SUFFIXES),
    ("Org, AsciiDoc and wiki markup", MARKUP_SUFFIXES),
    ("reStructuredText", RST_SUFFIXES),
    ("spreadsheets", SHEET_SUFFIXES),
    ("Anki packages", ANKI_PACKAGE_SUFFIXES),
    ("Jupyter notebooks", NOTEBOOK_SUFFIXES),
    ("web pages", HTML_PAGE_SUFFIXES),
    ("Evernote exports", ENEX_SUFFIXES),
    ("TiddlyWiki tiddlers", TIDDLER_SUFFIXES),
    ("outlines and mind maps", (*OPML_SUFFIXES, *MIND_MAP_SUFFIXES)),
    ("Rich Text", RTF_SUFFIXES),
    ("Word and OpenDocument documents", WORD_SUFFIXES),
    ("captions", SUBTITLE_SUFFIXES),
    ("slide decks", SLIDE_SUFFIXES),
    ("PDFs", PDF_SUFFIXES),
    ("LaTeX", LATEX_SUFFIXES),
    ("Typst", TYPST_SUFFIXES),
    ("Obsidian canvases", CANVAS_SUFFIXES),
    ("JSON and YAML flashcards and chat exports", CARD_DATA_SUFFIXES),
)
# What the import dialog offers: every file a single import reads as notes.
OFFERED_SUFFIXES = tuple(dict.fromkeys(s for _, suffixes in FILE_KINDS for s in suffixes))
# The kinds a single import reads that a folder's scan leaves to be imported on their
# own, each for its reason: Anki packages (each a deck of its own, with its review
# history and pictures), notebooks (a cloned repository's analyses), spreadsheets (its
# data), slide decks (talks), captions (its videos'). JSON and YAML are read there
# where their content is cards (core.parse.card_shape).
FOLDER_LEFT_OUT = (
    *ANKI_PACKAGE_SUFFIXES,
    *NOTEBOOK_SUFFIXES,
    *SHEET_SUFFIXES,
    *SLIDE_SUFFIXES,
    *SUBTITLE_SUFFIXES,
    *CARD_DATA_SUFFIXES,
)
# Every kind a folder's scan reads: every kind a single import reads (FILE_KINDS) but
# those left out above by name, so that a reader added there is read in a folder too
# (LaTeX was read on its own only, its files in a folder left out). Code files are in
# neither: read when imported on their own, a cloned repository's scripts are no notes.
# (A mind map's ".mm" is read where its content is one: C++ keeps ".mm" too.)
FOLDER_SUFFIXES = tuple(s for s in OFFERED_SUFFIXES if s not in FOLDER_LEFT_OUT)
