"""Questions that share a title keep their own ids, and so their progress, on re-import.

A question's id comes from its deck, its normalized title and which duplicate of
that title it is in the file (core.titles.question_ids). Notes often ask the same
thing twice, under two topics ("What is a closure?" under Python and again under
JavaScript). Counting duplicates in file order alone ties each id to a place: when
one of them is reworded, removed or moved below the other, the next one takes its
id, and with it the other question's reviews and schedule.

Among the questions of one title (a "family", on either side of the import), a new
question therefore takes the id of the stored one with the same answer, else of the
stored one in the same topic (each taken once, and only where it is the only such
one); the rest take the family's remaining ids in file order, as before. A question
whose id comes from an alias (a title edited in the app) is left as it is. No SQL.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any


def by_content(
    ids: Sequence[str],
    plain: Sequence[str],
    norms: Sequence[str],
    answers: Sequence[str],
    topics: Sequence[int],
    existing: Mapping[str, Mapping[str, Any]],
    norm_of: Callable[[str], str],
    nth_id: Callable[[int, int], str],
) -> list[str]:
    """`ids` with the members of each family of same-titled questions matched to the
    stored ones by answer hash, then topic. `plain`: the ids by file order alone (an id
    that differs from it came from an alias and is kept); `norms`, `answers` (hashes)
    and `topics`: per question of the import; `existing`: the deck's stored rows by
    id (title, answer_hash, topic_id, deleted); `nth_id(i, k)`: the id of question i's
    title as its k-th duplicate."""
    families: dict[str, list[int]] = {}
    for i, norm in enumerate(norms):
        if ids[i] == plain[i]:
            families.setdefault(norm, []).append(i)
    # Ids the import gives questions outside every family (an alias's) are theirs.
    outside = set(ids).difference(ids[i] for members in families.values() for i in members)
    stored: dict[str, list[str]] = {}
    for qid, row in existing.items():
        if qid not in outside:  # a deleted one too: its question stays deleted
            norm = norm_of(row["title"])
            if norm in families:
                stored.setdefault(norm, []).append(qid)
    result = list(ids)
    for norm, members in families.items():
        olds = stored.get(norm, [])
        if len(members) < 2 and len(olds) < 2:
            continue  # one question of this title: its id by title, as ever
        found = _matched(members, olds, answers, topics, existing)
        # The others: first the family's ids no stored question has (a question added),
        # then the unmatched stored ones in file order (as before: a question reworded
        # in answer and topic both still keeps a place's progress).
        # A question deleted in the app lends its id to none: it would be hidden.
        taken = set(found.values())
        pool = [ids[i] for i in members if ids[i] not in taken]  # ids by file order
        fresh = [qid for qid in pool if qid not in existing]
        unmatched = [
            q
            for q in (*pool, *olds)
            if q in existing and q not in taken and not existing[q]["deleted"]
        ]
        counted = (nth_id(members[0], k) for k in itertools.count(len(members) + len(olds)))
        more = (qid for qid in counted if qid not in existing)
        spare = _unseen(itertools.chain(fresh, unmatched, more), taken)
        for i in members:
            result[i] = found[i] if i in found else next(spare)
    return result


def _unseen(ids: Iterable[str], taken: set[str]) -> Iterator[str]:
    """`ids` in order, each once, none of `taken`, marking each given as taken."""
    for qid in ids:
        if qid not in taken:
            taken.add(qid)
            yield qid


def _matched(
    members: list[int],
    olds: list[str],
    answers: Sequence[str],
    topics: Sequence[int],
    existing: Mapping[str, Mapping[str, Any]],
) -> dict[int, str]:
    """New question (index) → stored id: the same answer, then the same topic, where
    exactly one unmatched question on each side has it."""
    matched: dict[int, str] = {}
    for key_new, key_old in (
        (lambda i: answers[i], lambda q: existing[q]["answer_hash"]),
        (lambda i: topics[i], lambda q: existing[q]["topic_id"]),
    ):
        new_by: dict[object, list[int]] = {}
        for i in members:
            if i not in matched:
                new_by.setdefault(key_new(i), []).append(i)
        old_by: dict[object, list[str]] = {}
        used = set(matched.values())
        for qid in olds:
            if qid not in used:
                old_by.setdefault(key_old(qid), []).append(qid)
        for key, news in new_by.items():
            found = old_by.get(key, [])
            if len(news) == 1 and len(found) == 1:
                matched[news[0]] = found[0]
    return matched
