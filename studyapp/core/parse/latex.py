"""Notes written in LaTeX (``.tex``) → Markdown, line for line, so every question keeps
the lines it came from.

Sectioning commands are headings (``\\section{Probability}`` a ``#``,
``\\subsection*{What is Bayes' theorem?}`` a ``##``, down to ``\\paragraph``), ``\\item``
a list item, ``verbatim`` / ``lstlisting`` / ``minted`` environments code fences,
``\\textbf{…}``, ``\\emph{…}`` and ``\\texttt{…}`` bold, italics and code. The exam
class's ``\\question`` (its points left out), ``\\part`` and ``\\choice`` are list
items, a ``solution`` environment's lines the answer inside its question's item. What
only sets the document up (the preamble, ``\\begin{itemize}`` and the like,
``\\maketitle``, ``%`` comments) is a blank line; ``\\title{…}`` is the notes' ``#``
title. Math (``$…$``) stays as written. (A heading with text after it on its line,
which LaTeX allows, is the one line that becomes two.)
"""

from __future__ import annotations

import re

from studyapp.core.note_kinds import LATEX_SUFFIXES

_SECTION_RE = re.compile(
    r"^\s*\\(?P<cmd>part|chapter|section|subsection|subsubsection|paragraph)\*?"
    r"\s*(?:\[[^\]]*\])?\s*\{(?P<title>.*)\}\s*(?P<rest>.*)$"
)
_LEVELS = {
    "part": 1,
    "chapter": 1,
    "section": 2,
    "subsection": 3,
    "subsubsection": 4,
    "paragraph": 5,
}
_TITLE_RE = re.compile(r"^\s*\\title\s*\{(?P<title>.*)\}\s*$")
_ITEM_RE = re.compile(r"^(?P<indent>\s*)\\item(?:\s*\[(?P<label>[^\]]*)\])?\s*(?P<rest>.*)$")
# The exam class's questions, parts and choices ("\question[2] What is …?", "\part …"),
# their points in brackets no part of them, and the environments that hold them.
_QUESTION_RE = re.compile(
    r"^\s*\\(?:question|part|subpart|subsubpart|choice|CorrectChoice)\b(?:\s*\[[^\]]*\])?"
    r"\s*(?P<rest>.*)$"
)
_EXAM_LISTS = {"questions": "1.", "parts": "-", "subparts": "-", "subsubparts": "-"}
_EXAM_LIST_RE = re.compile(
    r"^\s*\\(?P<end>begin|end)\{(?P<env>questions|parts|subparts|subsubparts"
    r"|choices|oneparchoices|checkboxes|oneparcheckboxes)\}\s*$"
)
# A question's solution, written under it (and printed with \printanswers).
_SOLUTION_RE = re.compile(
    r"^\s*\\(?P<end>begin|end)\{(?:solution|solutionorbox|solutionorlines"
    r"|solutionordottedlines|solutionorgrid)\}(?:\s*\[[^\]]*\])?\s*$"
)
_CODE_BEGIN_RE = re.compile(
    r"^\s*\\begin\{(?P<env>verbatim|lstlisting|minted|Verbatim)\}"
    r"(?:\[[^\]]*\])?(?:\{(?P<lang>[\w+-]+)\})?\s*$"
)
_CODE_END_RE = re.compile(r"^\s*\\end\{(?:verbatim|lstlisting|minted|Verbatim)\}\s*$")
# Lines that only set the document up or open and close a list or a block.
_FRAME_RE = re.compile(
    r"^\s*(?:\\(?:documentclass|usepackage|author|date|maketitle|tableofcontents|newpage"
    r"|clearpage|label|newcommand|renewcommand|setlength|geometry|hypersetup|bibliography"
    r"|bibliographystyle|pagestyle|printanswers|noprintanswers|pointsinmargin)\b.*"
    r"|\\(?:begin|end)\{(?:document|itemize|enumerate|description|center|abstract"
    r"|quote|quotation)\}\s*)$"
)
_COMMENT_RE = re.compile(r"(?<!\\)%.*$")
_INLINE = (
    (re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\\(?:emph|textit)\{([^{}]*)\}"), r"*\1*"),
    (re.compile(r"\\(?:texttt|verb\|)\{([^{}]*)\}"), r"`\1`"),
    (re.compile(r"\\verb\|([^|]*)\|"), r"`\1`"),
    (re.compile(r"\\(?:href\{[^{}]*\}|url)\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\(?:cite|ref|eqref)\{[^{}]*\}"), ""),
)
_ESCAPED_RE = re.compile(r"\\([%&#_{}$])")
_QUOTES = (("``", "“"), ("''", "”"), ("---", "—"), ("--", "–"), ("~", " "), ("\\\\", ""))


def latex_source(text: str, suffix: str) -> bool:
    """Whether `text` is LaTeX notes: a ``.tex`` file, or one whose first line (after
    ``%`` comments) opens a document (not notes about LaTeX quoting one)."""
    if suffix.lower() in LATEX_SUFFIXES:
        return True
    if "\\documentclass" not in text[:4096]:
        return False
    first = next((x for x in text[:4096].split("\n") if x.strip() and x.lstrip()[:1] != "%"), "")
    return first.lstrip().startswith("\\documentclass")


def _inline(line: str) -> str:
    if "\\" not in line and "`" not in line and "~" not in line and "-" not in line:
        return line
    if "$" in line:  # math stays as written
        parts = re.split(r"(\$[^$]*\$)", line)
        return "".join(p if p.startswith("$") else _inline(p) for p in parts)
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    for before, after in _QUOTES:
        line = line.replace(before, after)
    return _ESCAPED_RE.sub(r"\1", line)


def to_markdown(text: str) -> str:
    """The notes as Markdown, one line for each of their lines."""
    out: list[str] = []
    code = False
    lists: list[str] = []  # "-" or "1." for each list open
    solution = ""  # the margin of a solution's lines: inside its question's item
    for line in text.split("\n"):
        if code:
            if _CODE_END_RE.match(line):
                out.append("```")
                code = False
            else:
                out.append(line)
            continue
        if begin := _CODE_BEGIN_RE.match(line):
            out.append("```" + (begin["lang"] or ""))
            code = True
            continue
        stripped = _COMMENT_RE.sub("", line).rstrip()
        if exam := _EXAM_LIST_RE.match(stripped):
            if exam["end"] == "begin":
                lists.append(_EXAM_LISTS.get(exam["env"], "-"))
            else:
                del lists[-1:]
            out.append("")
            continue
        if marked := _SOLUTION_RE.match(stripped):
            solution = "   " * len(lists) if marked["end"] == "begin" else ""
            out.append("")
            continue
        if solution and stripped.strip():
            out.append(solution + _inline(stripped.strip()))
            continue
        if (asked := _QUESTION_RE.match(stripped)) and lists:
            indent = "   " * (len(lists) - 1)
            out.append(f"{indent}{lists[-1]} {_inline(asked['rest'])}")
            continue
        if re.match(r"^\s*\\begin\{(?:itemize|description)\}", stripped):
            lists.append("-")
        elif re.match(r"^\s*\\begin\{enumerate\}", stripped):
            lists.append("1.")
        elif re.match(r"^\s*\\end\{(?:itemize|enumerate|description)\}", stripped):
            del lists[-1:]
        if not stripped.strip() or _FRAME_RE.match(stripped):
            out.append("")
            continue
        if title := _TITLE_RE.match(stripped):
            out.append(f"# {_inline(title['title']).strip()}")
            continue
        if section := _SECTION_RE.match(stripped):
            level = min(_LEVELS[section["cmd"]], 6)
            heading = f"{'#' * level} {_inline(section['title']).strip()}"
            rest = _inline(section["rest"]).strip()
            out.append(heading if not rest else f"{heading}\n{rest}")  # (a line more)
            continue
        if item := _ITEM_RE.match(stripped):
            indent = "   " * max(len(lists) - 1, 0)
            label = f"**{_inline(item['label'])}** " if item["label"] else ""
            out.append(f"{indent}{lists[-1] if lists else '-'} {label}{_inline(item['rest'])}")
            continue
        out.append(_inline(stripped.strip()))  # (indented, it would read as code)
    return "\n".join(out)
