"""Code in a chat reply pasted as plain text: the fences are gone, the code is lines of
the reply. Copied from a chat page, a code block comes as its language's name on a
line, a "Copy code" line, then the code; copied from elsewhere, the code stands as
lines of its own after the sentence that introduces it ("Use wc:"). Such lines are
fenced (with their language, where the copy names it), so the answer shows them as
code, indents kept, rather than as lines of text joined into paragraphs.

Lines are clearly code where each reads as code and none as a sentence: a keyword
that opens a statement ("def", "SELECT", "import"), a line that ends a statement or
opens a block ("…;", "…{", "…):"), an assignment, a command with its options or a
pipe ("wc -w notes.txt", "… | sort"). A run of them is fenced where the copy named
its language, or the text above it ends with a colon and introduces it, or it is two
lines or more. A reply that has fences of its own is left as written.
"""

from __future__ import annotations

import re

from studyapp.core.parse.blocks import FENCE_RE

# A language's name alone on a line, as a chat page labels its code blocks.
_LANGUAGE_RE = re.compile(
    r"^\s*(?P<lang>python|py|bash|sh|shell|zsh|console|sql|javascript|js|typescript|ts|"
    r"java|kotlin|go|golang|rust|c|cpp|c\+\+|csharp|c#|ruby|php|swift|scala|r|yaml|json|"
    r"html|css|dockerfile|makefile|powershell|plaintext|text)\s*$",
    re.I,
)
_COPY_RE = re.compile(r"^\s*(?:copy(?: code)?|copy to clipboard|edit)\s*$", re.I)

# A statement's opening word, as code writes it: in lower case (a sentence opens with a
# capital), SQL's in capitals too; a shell command's name with what it is given.
_KEYWORD_RE = re.compile(
    r"^\s*(?:(?:def|class|return|yield|raise|assert|elif|except|async def|await|function|"
    r"const|let|var|public|private|protected|static|package|func|fn)\s+\S"
    r"|import\s+[\w.]+|from\s+[\w.]+\s+import\b|#include\b|(?:else|try|finally):"
    r"|(?:with|for|while|if)\b.*:$"
    r"|(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIEW)|ALTER TABLE|"
    r"DROP TABLE|WITH \w+ AS|FROM|WHERE|GROUP BY|ORDER BY|HAVING|(?:LEFT |RIGHT |INNER |"
    r"FULL |CROSS )?(?:OUTER )?JOIN|LIMIT|UNION)\b"
    r"|select\b.*\bfrom\b"
    r"|(?:sudo|git|docker|kubectl|npm|pip3?|python3?|cd|ls|cat|grep|awk|sed|echo|export|"
    r"curl|wc|tr|sort|uniq|find|chmod|mkdir|rm|cp|mv|ssh|make|go|cargo|java|javac|node)"
    r"(?=.*(?:\s-{1,2}\w|[./~$'\"]))(?:\s+-{1,2}[\w-]+|\s+[\w./~$'\"=:@-]+)+\s*$)"
)
_STATEMENT_END_RE = re.compile(r"(?:[;{}]|\)\s*:|\):|\[\]|\(\))\s*$|^\s*[})\]];?\s*$")
_ASSIGNMENT_RE = re.compile(r"^\s*[A-Za-z_][\w.\[\]'\"]*(?:\s*,\s*[\w.]+)*\s*(?:[-+*/%|&]?=)\s*\S")
_CALL_RE = re.compile(r"^\s*[A-Za-z_][\w.]*\(.*\)\s*;?\s*$")
_PIPE_RE = re.compile(r"\s(?:\||&&|>>?|<)\s")
_COMMENT_RE = re.compile(r"^\s*(?:#\s+[a-z]|//\s|--\s)")
# A list's item or a table's row: Markdown's, whatever it ends with.
_LIST_OR_ROW_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S|^\s*\|")
# A sentence: words with spaces between, opening with a capital, ending with a stop.
_SENTENCE_RE = re.compile(r"^\s*[A-Z][a-z]+(?:[ ,'’][A-Za-z’']+){3,}[^;{}=]*[.!?:]\s*$")


def sentence_line(line: str) -> bool:
    """Whether a line reads as a sentence of prose ("Use precision when false positives
    are costly."): code has none among its lines."""
    return _SENTENCE_RE.match(line) is not None


def code_line(line: str) -> bool:
    """Whether a line reads as code, not as a sentence (see the module)."""
    if not line.strip() or _SENTENCE_RE.match(line) or _LIST_OR_ROW_RE.match(line):
        return False
    return bool(
        _KEYWORD_RE.match(line)
        or _STATEMENT_END_RE.search(line)
        or _ASSIGNMENT_RE.match(line)
        or _CALL_RE.match(line)
        or _PIPE_RE.search(line)
        or _COMMENT_RE.match(line)
    )


def fenced_code(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A reply's lines with its code fenced (see the module); as they were where the
    reply has fences of its own or no code."""
    if any(FENCE_RE.match(t) for _, t in lines):
        return lines
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        language = _LANGUAGE_RE.match(text)
        labelled = (
            language is not None
            and index + 1 < len(lines)
            and _COPY_RE.match(lines[index + 1][1]) is not None
        )
        start = index + 2 if labelled else index
        end = _code_run(lines, start)
        if end > start and (labelled or _introduced(out) or _lines(lines, start, end) >= 2):
            lang = language["lang"].lower() if labelled and language else ""
            out.append((lines[start][0] if start < len(lines) else number, f"```{lang}"))
            out += lines[start:end]
            out.append((lines[end - 1][0], "```"))
            index = end
            continue
        out.append((number, text))
        index += 1
    return out


def _code_run(lines: list[tuple[int, str]], start: int) -> int:
    """The end (exclusive) of the run of code lines from `start`: code lines, lines
    indented under them, and blank lines between them; `start` where it opens none (or
    opens an indented block, which Markdown reads as code already)."""
    if start >= len(lines) or not code_line(lines[start][1]):
        return start
    if lines[start][1].startswith(("    ", "\t")):
        return start  # indented: code to Markdown already
    end = start + 1
    index = start + 1
    while index < len(lines):
        text = lines[index][1]
        if not text.strip():
            index += 1
            continue
        if code_line(text) or (text[:1] in " \t" and not _SENTENCE_RE.match(text)):
            index += 1
            end = index
            continue
        break
    return end


def _introduced(out: list[tuple[int, str]]) -> bool:
    """Whether the last line written before ends with a colon ("Use wc:")."""
    last = next((t for _, t in reversed(out) if t.strip()), "")
    return last.rstrip().endswith(":")


def _lines(lines: list[tuple[int, str]], start: int, end: int) -> int:
    return sum(1 for _, t in lines[start:end] if t.strip())
