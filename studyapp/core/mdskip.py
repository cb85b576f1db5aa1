"""python-markdown's passes, each run only on text where it can act.

python-markdown reads the text of every paragraph, list item and table cell by
trying each of its ~17 inline patterns (code spans, escapes, five kinds of link
and image, autolinks, HTML, entities, emphasis, line breaks, formulas) in turn,
each a regular-expression search plus Python bookkeeping, on every piece of text,
again after each match: 40% of an answer's conversion, almost all of it patterns
that find nothing. Each of these patterns starts with a character it needs (`[`
for a link, `<` for HTML, `&` for an entity…), so where the text holds none of
them the search cannot succeed and is skipped: the HTML is the same, patterns
that could match run exactly as before.

A pattern says what it needs with a `needs` attribute (strings, one of which its
match must contain); python-markdown's own, which have none, are known by their
regular expression. A pattern known by neither is always tried.

Two whole-text passes are alike: fenced code (pymdownx.superfences, a look at
every line) finds nothing without three backticks or tildes, and the HTML block
pass (an HTML parser over the whole answer) returns the text as it was when it
holds no `<` and no `&` (it writes `&#38` as `&#38;`). Both are skipped there, as
is the last pass's search for escaped characters in each text that holds none,
and the table test of each block without a "|".
"""

from __future__ import annotations

from markdown import inlinepatterns as ip
from markdown import util
from markdown.extensions import Extension
from markdown.extensions.tables import TableProcessor
from markdown.preprocessors import HtmlBlockPreprocessor, Preprocessor
from markdown.treeprocessors import InlineProcessor, UnescapeTreeprocessor
from pymdownx.delimiterprocessor import DelimiterProcessor
from pymdownx.superfences import SuperFencesBlockPreprocessor

# python-markdown's patterns by their regular expression: one of these strings is
# in every text they match.
_NEEDS_BY_PATTERN: dict[str, tuple[str, ...]] = {
    ip.BACKTICK_RE: ("`",),
    ip.ESCAPE_RE: ("\\",),
    ip.REFERENCE_RE: ("[",),
    ip.LINK_RE: ("[",),
    ip.IMAGE_LINK_RE: ("![",),
    ip.IMAGE_REFERENCE_RE: ("![",),
    ip.AUTOLINK_RE: ("<",),
    ip.AUTOMAIL_RE: ("<",),
    ip.HTML_RE: ("<",),
    ip.ENTITY_RE: ("&",),
    ip.LINE_BREAK_RE: ("  \n",),
    r"\*|_": ("*", "_"),  # em_strong (DelimiterProcessor)
    r"\n": ("\n",),  # nl2br
}


# Patterns known by their module and class name. pymdownx.magiclink's (bare URLs and
# addresses linked): "<" for its <https://…> autolink, "://" or "www." (any case: its
# last "w." or "W.") for a bare link, "@" for an address. A footnote's number: "[^".
_NEEDS_BY_CLASS: dict[tuple[str, str], tuple[str, ...]] = {
    ("pymdownx.magiclink", "MagiclinkAutoPattern"): ("<",),
    ("pymdownx.magiclink", "MagiclinkPattern"): ("://", "w.", "W."),
    ("pymdownx.magiclink", "MagiclinkMailPattern"): ("@",),
    ("markdown.extensions.footnotes", "FootnoteInlineProcessor"): ("[^",),
}


def needs(pattern: object) -> tuple[str, ...] | None:
    """What a text must hold for `pattern` to match in it; None: not known."""
    declared = getattr(pattern, "needs", None)
    if declared is not None:
        return tuple(declared)
    by_class = _NEEDS_BY_CLASS.get((type(pattern).__module__, type(pattern).__name__))
    if by_class is not None:
        return by_class
    if isinstance(pattern, DelimiterProcessor):  # pymdownx's ~~struck~~, ==marked==
        return tuple(
            token * 2 if getattr(delimiter, "double", False) else token
            for token, delimiter in pattern.delimiters.items()
        )
    return _NEEDS_BY_PATTERN.get(getattr(pattern, "pattern", None))  # type: ignore[arg-type]


class _SkippingInlineProcessor(InlineProcessor):
    """InlineProcessor whose loop over the patterns skips those that cannot match."""

    def run(self, tree, ancestors=None):
        self._patterns = list(self.inlinePatterns)
        self._needs = [needs(pattern) for pattern in self._patterns]
        self._wanted = tuple({s for need in self._needs if need is not None for s in need})
        # (what a text holds, the first pattern) → the patterns to try on it, in order
        self._plans: dict[tuple[frozenset[str], int], tuple[int, ...]] = {}
        return super().run(tree, ancestors)

    def _plan(self, present: frozenset[str], first: int) -> tuple[int, ...]:
        """The patterns from `first` on that can match in a text holding `present`."""
        plan = self._plans.get((present, first))
        if plan is None:
            needs = self._needs
            plan = self._plans[(present, first)] = tuple(
                index
                for index in range(first, len(needs))
                if needs[index] is None or not present.isdisjoint(needs[index])
            )
        return plan

    # Overrides InlineProcessor.__handleInline (name-mangled), which run() and the
    # nested-text handling of __applyPattern call: the same loop over the patterns
    # from `patternIndex` on, each applied until it matches no more, minus those
    # whose needs the text lacks. A match only puts a placeholder (control
    # characters, letters, digits) in place of text, so a text never gains what a
    # pattern needs: looking once, before the loop, is enough. Texts hold few of
    # the needed strings, in few combinations: the patterns each combination leaves
    # are worked out once per answer (_plan).
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if isinstance(data, util.AtomicString):
            return data
        present = frozenset([s for s in self._wanted if s in data])
        apply = self._InlineProcessor__applyPattern
        patterns = self._patterns
        for index in self._plan(present, patternIndex):
            pattern = patterns[index]
            start = 0
            matched = True
            while matched:
                data, matched, start = apply(pattern, data, index, start)
        return data


def available() -> bool:
    """Whether the python-markdown installed has the internals this relies on."""
    return all(
        hasattr(InlineProcessor, name)
        for name in ("_InlineProcessor__handleInline", "_InlineProcessor__applyPattern")
    )


class _OnlyWhereNeeded(Preprocessor):
    """A preprocessor run only on text holding one of `needs`."""

    def __init__(self, inner: Preprocessor, needs: tuple[str, ...]) -> None:
        super().__init__(inner.md)
        self.inner, self.needs = inner, needs

    def __getattr__(self, name: str):
        if name == "inner":  # not set yet
            raise AttributeError(name)
        # Other parts of an extension read their preprocessor's settings by its name
        # (superfences' validator: md.preprocessors["fenced_code_block"].use_pygments).
        return getattr(self.inner, name)

    def run(self, lines: list[str]) -> list[str]:
        if any(s in line for line in lines for s in self.needs):
            return self.inner.run(lines)
        return lines


# Preprocessors by name, the class they must be (another extension may have put its
# own under the name) and what a text needs for them to change it.
_PREPROCESSOR_NEEDS = {
    "fenced_code_block": (SuperFencesBlockPreprocessor, ("```", "~~~")),
    "html_block": (HtmlBlockPreprocessor, ("<", "&")),
}


class _SkippingUnescape(UnescapeTreeprocessor):
    """The last pass, which puts back escaped characters (STX, a number, ETX) in
    every text and attribute: a regular-expression substitution each, done only on
    those holding an STX."""

    def unescape(self, text: str) -> str:
        return super().unescape(text) if util.STX in text else text


class _TableWithPipes(TableProcessor):
    """The table block processor, which splits the first two rows of every block of
    every answer into cells to see whether it is a table, asked only about blocks
    holding a "|" (a table's header row cannot lack one)."""

    def test(self, parent, block: str) -> bool:
        return "|" in block and super().test(parent, block)


class SkippingExtension(Extension):
    """Puts the passes above in place of python-markdown's. Register it last: it
    wraps the preprocessors the other extensions left."""

    def extendMarkdown(self, md) -> None:
        if available():
            md.treeprocessors.register(_SkippingInlineProcessor(md), "inline", 20)
        if type(md.treeprocessors["unescape"]) is UnescapeTreeprocessor:
            md.treeprocessors.register(
                _SkippingUnescape(md), "unescape", _priority(md.treeprocessors, "unescape")
            )
        blocks = md.parser.blockprocessors
        if "table" in blocks and type(blocks["table"]) is TableProcessor:
            table = _TableWithPipes(md.parser, blocks["table"].config)
            blocks.register(table, "table", _priority(blocks, "table"))
        for name, (kind, needs) in _PREPROCESSOR_NEEDS.items():
            if name in md.preprocessors and type(md.preprocessors[name]) is kind:
                wrapped = _OnlyWhereNeeded(md.preprocessors[name], needs)
                md.preprocessors.register(wrapped, name, _priority(md.preprocessors, name))


def _priority(registry, name: str) -> float:
    return next(priority for known, priority in registry._priority if known == name)
