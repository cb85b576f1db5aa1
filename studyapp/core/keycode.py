"""Lines of code in a model answer, which are never its key points. No Qt here.

A fenced or indented block is code to the Markdown reader already. Notes imported from
a word processor, or typed in a hurry, also give code as plain lines: "mask =
(np.random.rand(*x.shape) > p)", "return x * mask / (1 - p)", "while node:". Such a
line is read as code when it opens with a statement's keyword in lower case ("return",
"def", "while …:"), assigns to names ("prev, node = node, nxt"), or its expression is
made of code: attribute access ("node.next"), indexing ("cache[n]"), calls with dotted
or snake_case names, literals ("None", "{}"). A formula stays prose ("Precision = TP /
(TP + FP)", "y = wx + b", "O(log n)"): names in capitals, single letters and the
functions of mathematics are no code.
"""

from __future__ import annotations

import re

# A statement's keyword opening a line, in lower case as code writes it.
_STATEMENT = re.compile(
    r"^(?:return|yield|raise|import|from\s+\S+\s+import|def|class|async\s+def|lambda"
    r"|const|let|var|function|elif|else|try|except|finally|pass|break|continue|print"
    r"|assert|del|global|nonlocal|switch|case)\b"
)
# A line that opens a block: "while node:", "for i in range(n):", "if n in cache: …".
_BLOCK = re.compile(r"^(?:if|while|for|with|elif|else|try|except)\b[^:]*:(?:\s|$)")
_ARTICLES = re.compile(r"\b(?:the|a|an)\b", re.I)
_ATTRIBUTE = re.compile(r"(?<![\w.])(?!(?:e\.g|i\.e|etc|vs|cf)\b)[A-Za-z_]\w*\.[A-Za-z_]\w*")
_INDEXING = re.compile(r"[A-Za-z_\)]\[[^\]]*\]")
_SNAKE_CALL = re.compile(r"\b[a-z]+_[a-z_]+\s*\(")
# (not "True positives": a literal is no word of a phrase)
_LITERAL = re.compile(
    r"\b(?:None|True|False|null|nil|undefined)\b(?!\s+[A-Za-z])|\{\s*\}|\[\s*\]|=>|->"
)
_QUOTED = re.compile(r"""(?<!\w)(['"])[^'"]*\1(?!\w)""")  # (not "don't see each other's")
# An assignment: names, one or more, "=" (or "+=", …), then an expression.
_ASSIGNMENT = re.compile(
    r"^(?P<names>[A-Za-z_][\w.\[\]]*(?:\s*,\s*[A-Za-z_][\w.\[\]]*)*)\s*(?:[-+*/%|&]?=)(?!=)\s*(?P<value>\S.*)$"
)
_WORD_PAIR = re.compile(r"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|<?https?://\S+")
_CODE_SPAN = re.compile(r"`[^`]+`")
# A verb in the third person and its object, after a keyword: "def binds a name".
_SAID_OF = re.compile(r"^`?\s*[a-z]{3,}s\s+(?:a|an|the|its|their|one|each)\s+\w")
# A code span, then words that say something of it: a verb and what follows it.
_NAMED_THEN_SAID = re.compile(r"^`[^`]+`\s+[a-z]{2,}\s+[^\W\d_]+(?:\s+[^\W\d_]+)+")
# Three words in a row outside code spans: prose, whatever code it quotes ("Ejemplo:
# `CREATE INDEX idx ON t(c);`" is said in a sentence).
_PROSE_RUN = re.compile(r"\b[^\W\d_]{2,}\s+[^\W\d_]{2,}\s+[^\W\d_]{2,}\b")


def _code_in(expression: str) -> bool:
    """Whether an expression is written in code: attribute access, indexing, a call
    of a snake_case name, code literals, quoted strings."""
    return bool(
        _ATTRIBUTE.search(expression)
        or _INDEXING.search(expression)
        or _SNAKE_CALL.search(expression)
        or _LITERAL.search(expression)
        or _QUOTED.search(expression)
    )


def looks_like_code(line: str) -> bool:
    """Whether a line of an answer (or a point) is a line of code, not prose or a
    formula (see the module's docstring)."""
    text = _LIST_MARK.sub("", _LINK.sub(r"\1", line).strip())
    if _PROSE_RUN.search(_CODE_SPAN.sub(" ", text)) and not _STATEMENT.match(text):
        return False
    if _NAMED_THEN_SAID.match(text):
        return False  # "`async def` defines a coroutine": prose about the code it names
    text = text.strip("`").strip()
    if not text or (text.endswith((".", "!", "?")) and not text.endswith(("..", "..."))):
        return False  # a sentence ends so ("Use a dict.")
    if _STATEMENT.match(text):
        rest = text.split(None, 1)[1] if len(text.split(None, 1)) > 1 else ""
        if _SAID_OF.match(rest):
            return False  # "def binds a name": what the keyword does, said
        # "return prev", "return x * mask / (1 - p)"; not "return the stored result"
        return not _WORD_PAIR.search(_QUOTED.sub(" ", rest)) or _code_in(rest)
    if _BLOCK.match(text) and not _ARTICLES.search(text):
        return True
    assignment = _ASSIGNMENT.match(text)
    if assignment:
        names, value = assignment["names"], assignment["value"]
        if "," in names or _code_in(names) or _code_in(value):
            return True  # "prev, node = node, nxt", "node.next = prev", "cache = {}"
        # "learning_rate = 0.01 * decay"; not a formula: "Precision = TP / (TP + FP)"
        return "_" in names and not _WORD_PAIR.search(value)
    if text.endswith((";", "{", "}")) and re.search(r"[(=]", text):
        return True  # "const x = f(y);", "function f() {"
    code = _code_in(text)
    # A call or expression alone on its line: "np.random.rand(*x.shape) > p",
    # "functools.lru_cache(maxsize=None)"; not prose naming "functools.lru_cache".
    return code and not _WORD_PAIR.search(_QUOTED.sub(" ", text))


def without_code_lines(markdown: str) -> str:
    """The answer without its lines of code written as prose (fenced blocks stay: they
    are code to the reader already)."""
    kept: list[str] = []
    fence = ""
    for line in markdown.split("\n"):
        opening = re.match(r"^\s*(`{3,}|~{3,})", line)
        if fence:
            kept.append(line)
            if opening and opening[1].startswith(fence):
                fence = ""
            continue
        if opening:
            fence = opening[1]
            kept.append(line)
            continue
        if looks_like_code(line):
            continue
        kept.append(line)
    return "\n".join(kept)


def code_point(point: str) -> bool:
    """Whether a key point is code: the point, or what it says of its name ("mask:
    (np.random.rand(*x.shape) > p)"), looks like a line of code."""
    if looks_like_code(point):
        return True
    _, colon, rest = point.partition(": ")
    return bool(colon) and looks_like_code(rest)


# A call as code writes it ("attachShadow({mode: 'open'})", "new Worker('w.js')"), by a
# name of three letters or more: not "O(n)", "f(x)".
_CALL = re.compile(r"^(?:new\s+)?[A-Za-z_$][\w$]{2,}(?:\.[A-Za-z_$][\w$]*)*\s*\(.*\);?$")


def without_code_asides(point: str) -> str:
    """A point without the code it gives in brackets as an aside ("encapsulated DOM
    subtree attached to an element (attachShadow({mode: 'open'}))" → "… to an element"),
    where the code would make the whole point read as code (`code_point`: "mode: 'open'"
    is no name said of): the code shows how, the clause says the idea. Itself where it
    has none or the code is all it says."""
    at = point.find(" (")
    while at >= 0:
        depth, end = 0, -1
        for k in range(at + 1, len(point)):
            depth += {"(": 1, ")": -1}.get(point[k], 0)
            if depth == 0:
                end = k
                break
        inside = point[at + 2 : end] if end > 0 else ""
        if inside and (looks_like_code(inside) or _CALL.match(inside)) and point[:at].strip():
            point = point[:at] + point[end + 1 :]
            at = point.find(" (", at)
        else:
            at = point.find(" (", at + 1)
    return point
