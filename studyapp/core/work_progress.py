"""How far a long piece of core work has got, told through a plain callback (no Qt).

A file's parse runs in dozens of passes deep under `parse.parse_text`; a callback
threaded through each of them would change a hundred signatures, and most callers
(the command line, tests, the watcher's re-reads) have nobody to tell. So the one
who waits sets a teller for the work (`telling`), and the passes say where they are
(`at`, `counting`), each within the part of the whole its caller gave it (`part`).
Where nobody listens, saying costs one lookup.

A teller may raise (a cancelled import): the pass stops where it said it was, and
as the parse writes nothing, nothing is left half done. What is told never goes
back: a pass that runs again (a text read a second way) is told as the furthest
point reached, so a bar fed from it only rises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

Teller = Callable[[str, float], None]  # (what is being done, fraction of the whole 0–1)

T = TypeVar("T")

STEPS = 100  # a counted pass tells about this many times over its run


@dataclass
class _Listener:
    tell: Teller
    reached: float = 0.0
    words: str = ""

    def say(self, words: str, fraction: float) -> None:
        self.reached = max(self.reached, min(fraction, 1.0))
        self.words = words or self.words
        self.tell(self.words, self.reached)


@dataclass(frozen=True)
class _Span:
    listener: _Listener
    start: float
    end: float
    quiet: bool = False  # what the passes within it say is not told, only how far

    def of(self, fraction: float) -> float:
        return self.start + (self.end - self.start) * max(0.0, min(fraction, 1.0))


_SPAN: ContextVar[_Span | None] = ContextVar("work_progress", default=None)


@contextmanager
def telling(tell: Teller) -> Iterator[None]:
    """Within it, what the work says of itself goes to `tell(words, fraction)`."""
    token = _SPAN.set(_Span(_Listener(tell), 0.0, 1.0))
    try:
        yield
    finally:
        _SPAN.reset(token)


@contextmanager
def part(start: float, end: float, words: str = "", *, quiet: bool = False) -> Iterator[None]:
    """Within it, a fraction told is of the share [start, end] of the enclosing part
    (a pass that says "half done" is half of its share). `words`, where given, are
    said at its start. `quiet`: the words said within it are not told, the words of
    the work around it stay ("file 120 of 400" over each file's own passes)."""
    span = _SPAN.get()
    if span is None:
        yield
        return
    quiet = quiet or span.quiet
    token = _SPAN.set(_Span(span.listener, span.of(start), span.of(end), quiet))
    try:
        if words:
            at(words)
        yield
    finally:
        _SPAN.reset(token)


def at(words: str, fraction: float = 0.0) -> None:
    """Tell that the work is doing `words`, `fraction` of the way through its part."""
    span = _SPAN.get()
    if span is not None:
        span.listener.say("" if span.quiet else words, span.of(fraction))


def listening() -> bool:
    """Whether anybody is told (a pass may skip counting nobody would see)."""
    return _SPAN.get() is not None


def counting(items: Iterable[T], words: Callable[[int, int], str], total: int = -1) -> Iterator[T]:
    """`items`, telling about STEPS times over them `words(done, total)` at the share
    done. `total`: their number where `items` has no len()."""
    if total < 0:
        total = len(items) if isinstance(items, Sized) else 0
    span = _SPAN.get()
    if span is None or total <= 0:
        yield from items
        return
    every = max(1, total // STEPS)
    listener = span.listener
    for done, item in enumerate(items):
        if done % every == 0:
            listener.say("" if span.quiet else words(done, total), span.of(done / total))
        yield item
    listener.say("" if span.quiet else words(total, total), span.end)


__all__ = ["STEPS", "Teller", "at", "counting", "listening", "part", "telling"]
