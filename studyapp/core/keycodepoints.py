"""Code that is an answer's substance, as key points, and when a typed answer gives it.
No Qt here.

An answer whose substance is code ("How do you find the second-highest salary?"
answered by a short query, a command, a one-line expression) has that code as a point:
each short fenced block (at most `BLOCK_LINES` lines; in a fence with no language, lines
that read as code) and each paragraph that is one code span and nothing else ("`lsof -i
:8080`"), written on one line, where the answer opens with it (after a label or a line
that leads to it: "**Answer:**", "Use find:") and the question asks how to do
something ("How do you …?", "Write a query …", "Which command …?"). Code after an
explanation illustrates it, and so does code under a question of what something is
("What is the difference between a buffered and an unbuffered channel?"), and longer
blocks (a whole function); their lines stay no point (`keycode`).

A paragraph after such code that opens "Or …" or "Alternatively …" ("Or with a
window function: `DENSE_RANK() OVER (…) = 2`"), or that is a label and code only ("On
Linux without lsof: `ss -ltnp | grep 8080`."), gives another way to write the same
answer: it gives no points of its own, and its code, typed, says the code point.

Code is said when the typed answer holds the same code token by token, up to spacing,
line breaks, the case of its words (SQL keywords typed in lower case), the quotes
around a string, a trailing ";", and the names a person may rename: the names the code
binds itself (an alias after "AS", a variable assigned, a loop's or a `with`'s name)
and, in Python, the variables it takes from outside ("path" in `open(path)`), each
renamed the same way throughout. The names it calls, its attributes, options, keywords
and numbers must be as written: `ORDER BY created_at ASC` is not `… DESC`.

A point that holds inline code of the answer in brackets ("using timeouts
(`lock.acquire(timeout=1)`)") is said by its words without the code, or by the code
typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keycode import looks_like_code
from studyapp.core.keyheard import word_set

BLOCK_LINES = 4  # a fenced block this short is a point; a longer one illustrates
BLOCK_TOKENS = 60  # … and no more tokens than this
_FENCE = re.compile(
    r"^[ \t]*(`{3,}|~{3,})[ \t]*([\w+#.-]*)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.M | re.S
)
_PROSE_LANGUAGES = frozenset({"text", "txt", "output", "plain", "plaintext", "markdown", "md"})
_ONLY_CODE = re.compile(r"^\s*`([^`\n]+)`\s*[.:]?\s*$")
_ALTERNATIVE = re.compile(r"^\s*(?:or|alternatively|alternately)\b", re.I)
# A label and code only: "On Linux without lsof: `ss -ltnp | grep 8080`."
_LABELLED_CODE = re.compile(r"^\s*[^`\n:]{1,60}:\s*`[^`\n]+`\s*\.?\s*$")
_SPAN = re.compile(r"`([^`\n]+)`")
_TOKEN = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|\d+(?:\.\d+)?|[A-Za-z_]\w*|[^\s`;]")
_NAME = re.compile(r"[A-Za-z_]\w*$")
# A line that opens with a query's keyword or a shell prompt, in a fence with no language.
_COMMAND = re.compile(r"^\s*(?:\$\s|(?:select|with|insert|update|delete|create)\s)", re.I)

# A question that asks how to do something, or for the code that does it: its answer's
# code is what it asks.
_DOING = re.compile(
    r"\bhow\s+(?:do|does|can|could|would|should|to)\b|^\s*(?:write|give|show)\b"
    r"|\b(?:which|what)(?:'s|\s+is|\s+are)?\s+(?:the\s+)?(?:commands?|query|queries|syntax"
    r"|one-liner|code|expression|statement)\b",
    re.I,
)

# Words that are the language, never a name to rename (SQL, Python, shell).
_KEYWORDS = word_set(
    """select from where group by having order asc desc limit offset join inner left right
    full outer cross on as and or not null is in exists between like distinct union all
    any insert into values update set delete create table index view drop alter add
    primary key foreign references unique default case when then else end with over
    partition rows range window top fetch first next only true false returning using
    natural def return yield lambda class if elif while for try except finally raise
    import pass break continue global nonlocal assert del async await none self print
    len range sudo do done fi esac then"""
)
_PYTHON = frozenset({"python", "py", "python3", "ipython", "pycon"})


def _blocks(markdown: str) -> list[tuple[str, str]]:
    """The answer's paragraphs and fenced blocks, in order: ("fence:LANG", code) or
    ("para", text)."""
    found: list[tuple[str, str]] = []
    at = 0
    for fence in _FENCE.finditer(markdown):
        found += [("para", p) for p in re.split(r"\n\s*\n", markdown[at : fence.start()])]
        found.append((f"fence:{fence[2].casefold()}", fence[3]))
        at = fence.end()
    found += [("para", p) for p in re.split(r"\n\s*\n", markdown[at:])]
    return [(kind, text) for kind, text in found if text.strip()]


def _one_line(code: str) -> str:
    return " ".join(code.split())


def _points_and_alternatives(markdown: str) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(code points with their language, the alternatives' code, the alternative
    paragraphs)."""
    points: list[tuple[str, str]] = []
    alternatives: list[str] = []
    paragraphs: list[str] = []
    opening = True  # no prose said yet but what leads to the code ("**Answer:**")
    for kind, text in _blocks(markdown):
        if kind.startswith("fence:"):
            language = kind.removeprefix("fence:")
            lines = [line for line in text.split("\n") if line.strip()]
            short = len(lines) <= BLOCK_LINES and len(_TOKEN.findall(text)) <= BLOCK_TOKENS
            code = language not in _PROSE_LANGUAGES and (
                language or all(looks_like_code(line) or _COMMAND.match(line) for line in lines)
            )
            if opening and lines and short and code:
                points.append((_one_line(text), language))
            opening = opening and bool(points)
            continue
        if (only := _ONLY_CODE.match(text)) and opening:
            points.append((_one_line(only[1]), ""))
        elif (
            points
            and _SPAN.search(text)
            and (_ALTERNATIVE.match(text) or _LABELLED_CODE.match(text))
        ):
            # (a span of a word or two names a keyword, "`DISTINCT`": no way to the answer)
            alternatives += [_one_line(c) for c in _SPAN.findall(text) if len(_tokens(c)) > 2]
            paragraphs.append(text)
        elif not points and not re.sub(r"[*_]", "", text).rstrip().endswith(":"):
            opening = False  # (code after an explanation illustrates it)
    return points, alternatives, paragraphs


def code_points(markdown: str, question: str = "") -> list[str]:
    """The answer's code that is a point (see the module's docstring), one line each,
    where the question asks how to do something (or none is given)."""
    if question and not _DOING.search(question):
        return []  # ("What is the difference between …?": code there illustrates)
    return [code for code, _ in _points_and_alternatives(markdown)[0]]


def without_alternatives(markdown: str) -> str:
    """The answer without the paragraphs that give its code another way ("Or with …"):
    they are no points of their own."""
    for paragraph in _points_and_alternatives(markdown)[2]:
        markdown = markdown.replace(paragraph, "")
    return markdown


def _tokens(code: str) -> list[str]:
    found = []
    for token in _TOKEN.findall(code):
        if token[:1] in "'\"":
            token = f'"{token[1:-1]}"'
        found.append(token.casefold())
    return found


def _renamable(tokens: Sequence[str], python: bool) -> set[int]:
    """The places of the names a person may rename (see the module's docstring)."""
    found: set[int] = set()
    bound: set[str] = set()
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k else ""
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not _NAME.match(token) or token in _KEYWORDS:
            continue
        table = k > 1 and tokens[k - 2] in ("from", "join") and _NAME.match(before)
        if before in ("as", "for") or (table and before not in _KEYWORDS):
            bound.add(token)  # an alias, a loop's name, a table's alias
        elif after == "=" and (k + 2 >= len(tokens) or tokens[k + 2] != "="):
            bound.add(token)  # a variable assigned
    for k, token in enumerate(tokens):
        if not _NAME.match(token) or token in _KEYWORDS:
            continue
        before = tokens[k - 1] if k else ""
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if token in bound or (
            python and after != "(" and before not in (".", "import", "from") and after != "."
        ):
            found.add(k)
        elif python and after == "." and before != ".":
            found.add(k)  # ("text" of "text.split()": a variable)
    return found


def code_said(code: str, typed: str, language: str = "") -> bool:
    """Whether the typed answer holds the code (see the module's docstring)."""
    wanted = _tokens(code)
    heard = _tokens(typed)
    if not wanted or len(heard) < len(wanted):
        return False
    python = language in _PYTHON or (not language and _python_like(code))
    renamable = _renamable(wanted, python)
    for start in range(len(heard) - len(wanted) + 1):
        if _same(wanted, heard[start : start + len(wanted)], renamable):
            return True
    return False


def _same(wanted: Sequence[str], heard: Sequence[str], renamable: set[int]) -> bool:
    names: dict[str, str] = {}
    taken: dict[str, str] = {}
    for k, (a, b) in enumerate(zip(wanted, heard, strict=True)):
        if k in renamable and _NAME.match(b) and b not in _KEYWORDS:
            if names.setdefault(a, b) != b or taken.setdefault(b, a) != a:
                return False
        elif a != b:
            return False
    return True


def _python_like(code: str) -> bool:
    return bool(re.search(r"^\s*(?:import|from|def|with|for|return)\b|\w\.\w+\(|\[.*:.*\]", code))


def language_of(code: str, markdown: str) -> str:
    """The language of a code point as the answer's fence names it ("" when none)."""
    for point, language in _points_and_alternatives(markdown)[0]:
        if point == code:
            return language
    return ""


def alternatives(markdown: str) -> list[str]:
    """The code the answer gives as another way to its code points ("Or with …")."""
    return _points_and_alternatives(markdown)[1]


def inline_code(point: str, markdown: str) -> list[str]:
    """The answer's inline code spans that a point holds in brackets, as an aside to its
    words ("using timeouts (lock.acquire(timeout=1))"), longest first; not code the
    point says something of ("items.reverse() reverses it in place")."""
    spans = {_one_line(span) for span in _SPAN.findall(markdown)}
    held = (s for s in spans if len(_tokens(s)) > 2 and f"({s})" in point)
    return sorted(held, key=len, reverse=True)


def wholly_code(point: str, markdown: str) -> bool:
    """Whether a point is, word for word, one of the answer's inline code spans of a
    command or an expression (more than one token: "git reset --soft HEAD~1"): said
    only by that code, not by its words with an option or an argument swapped
    ("git reset --hard HEAD~1")."""
    spans = {_one_line(span) for span in _SPAN.findall(markdown)}
    return point in spans and len(_tokens(point)) > 2


def without_code(point: str, spans: Sequence[str]) -> str:
    """The point's words without its inline code (and the brackets left around it)."""
    for span in spans:
        point = point.replace(span, " ")
    point = re.sub(r"\(\s*\)", " ", point)
    return " ".join(point.split()).strip(" ,;:")
