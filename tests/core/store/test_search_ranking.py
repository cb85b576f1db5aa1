"""How the search field ranks its matches, as a person reading the list expects: a
question with every word searched in its title before one with some of them there
and the rest in its answer, before one with them only in its answer; a word found
whole before one that only starts a longer word ("huge-30" before "huge-3041").
bm25 alone listed "How does filter interact with filter…" (bloom only in its answer)
above "How does filter interact with bloom…" for "bloom filter", and huge-3041 above
huge-30 for "case huge-30"."""

from __future__ import annotations

import re

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store

WORDS = ["bloom", "filter", "kernel", "margin", "heap"]


def crowd(n: int) -> list[tuple[str, str]]:
    """`n` questions of the heavy user's kind: two words in each title (every pair, a
    word twice over among them), one title in 50 with "bloom", those with a long
    answer; every answer says each word, the short ones thrice, so that bm25 put
    a title saying one word twice, its answer full of the other, above one saying
    both with a long answer."""
    out = []
    for i in range(n):
        a = WORDS[1 + i % 4]
        if i % 50 == 7:
            long = " ".join(f"step{j}" for j in range(80))
            out.append((f"How does {a} interact with bloom? csv-{i}", f"{long} {' '.join(WORDS)}"))
            continue
        b = WORDS[1 + (i * 7 // 3) % 4]
        out.append((f"How does {a} interact with {b}? csv-{i}", ", ".join(WORDS * 3)))
    return out


def open_store(tmp_path, specs: list[tuple[str, str]]) -> Store:
    questions = [
        ParsedQuestion(title, answer, line, ("Generated",))
        for line, (title, answer) in enumerate(specs, start=1)
    ]
    store = Store.open(tmp_path / "s.sqlite3")
    store.import_document(ParsedDocument("Big", "markdown", questions, True), "/b.md", "h")
    return store


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def place(title: str, answer: str, query: str) -> tuple[int, int]:
    """(where the words are: 0 all in the title, 1 some, 2 none; 0 every word whole)."""
    words = [tokens(w) for w in query.split()]
    in_title = [_has(tokens(title), w, whole=False) for w in words]
    where = 0 if all(in_title) else 1 if any(in_title) else 2
    text = tokens(title) if where == 0 else tokens(f"{title} {answer}")
    return where, 0 if all(_has(text, w, whole=True) for w in words) else 1


def _has(text: list[str], word: list[str], *, whole: bool) -> bool:
    """Whether `text` holds the tokens of `word` in a row, the last one whole or as a start."""
    n = len(word)
    for i in range(len(text) - n + 1):
        got = text[i : i + n]
        if got[:-1] == word[:-1] and (
            got[-1] == word[-1] if whole else got[-1].startswith(word[-1])
        ):
            return True
    return False


@pytest.mark.parametrize("query", ["bloom filter", "heap bloom", "kernel margin"])
def test_titles_with_every_word_come_first_then_some_then_none(tmp_path, query):
    with open_store(tmp_path, crowd(3000)) as store:
        best, total = store.search_best(query, 40)
        assert total > 40
        shown = [store.question(q) for q in best]
        places = [place(q.title, q.answer_markdown, query)[0] for q in shown]
        assert places == sorted(places), [q.title for q in shown[:5]]
        every = store.search(query, limit=10**6)
        assert len(every) == total
        places = [place(*_text(store, q), query)[0] for q in every]
        assert places == sorted(places)


def _text(store: Store, qid: str) -> tuple[str, str]:
    q = store.question(qid)
    return q.title, q.answer_markdown


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("case huge-30", "Edge case huge-30: what breaks at that size?"),
        ("merge sort", "Why is merge sort stable when the input is large?"),
    ],
)
def test_a_word_found_whole_comes_before_a_longer_word_it_starts(tmp_path, query, first):
    specs = [(f"Edge case huge-{i}", f"Generated row {i}.") for i in range(1, 400)]
    specs[29] = (first if "huge" in first else specs[29][0], "Generated row 30.")
    specs += [
        ("Merge sorted lists", "Two pointers."),
        ("Merge sorting in place", "Rotations."),
        ("Why is merge sort stable when the input is large?", "Equal keys keep their order."),
    ]
    with open_store(tmp_path, specs) as store:
        best, _total = store.search_best(query, 20)
        assert store.question(best[0]).title == first
        assert store.question(store.search(query)[0]).title == first
        places = [place(*_text(store, q), query) for q in best]
        assert places == sorted(places)
