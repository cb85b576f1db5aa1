"""The store's full check (once a day, or when damage was seen: core.store.recovery
decides when) and the repairs it makes in place, each of which loses nothing: indexes
rebuilt, the search index made again, text rewritten as UTF-8, objects StudyApp never
makes dropped, times put back in milliseconds, schedules made again from their reviews,
decks and topics made again for the rows that lost theirs. A copy of the file as it was
is kept first. Loaded only on a start whose check is due.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from studyapp.core.format import plural
from studyapp.core.store import Store, cards_again, health, search_index, side_files
from studyapp.core.store.errors import _translated, check_marker
from studyapp.core.store.recovery import K_FULL_CHECK_AT, RecoveryReport
from studyapp.core.store.sqlio import immediate
from studyapp.lazy import lazy

# Loaded when a repair is to be made: the copy of the file kept first, the rows' repairs.
swap = lazy("studyapp.core.store.swap")
row_repairs = lazy("studyapp.core.store.row_repairs")
repeated_reviews = lazy("studyapp.core.store.repeated_reviews")
unread_settings = lazy("studyapp.core.store.unread_settings")
index_rows = lazy("studyapp.core.store.index_rows")


def check_and_repair(
    store: Store, path: Path, now: datetime
) -> tuple[RecoveryReport | None, str | None]:
    """The full check, with the repairs that lose nothing. Returns a report of the
    repairs (or None), and the damage left that needs a backup (or None)."""
    conn = store._conn
    damage_seen = check_marker(path).exists()  # a search may have failed on its index
    with store._lock, _translated(path):
        if lost := health.tables_lost(conn):
            # No repair here can be made without them (each read of one failed with a
            # traceback): the salvage copies what is there, or a backup is used.
            return None, "; ".join(lost[:3])
        problems = health.integrity_problems(conn)
        found: list[str] = []
        repaired: list[str] = []
        kept: Path | None = None
        deck_made = False
        gone: dict[str, int] = {}
        if problems and health.only_index_damage(problems):
            found.append(problems[0])
            kept = swap.keep_copy(path, now)
            gone = index_rows.named_only_by_indexes(conn)  # before REINDEX forgets them
            problems = health.reindex(conn)
            if not problems:
                repaired.append("rebuilt the indexes that were out of step with their tables")
                if gone:
                    repaired.append(index_rows.gone_words(gone))
        if problems:
            return None, "; ".join(problems[:3])
        if health.keyless_rows(conn):  # before the search index reads them
            kept = kept or swap.keep_copy(path, now)
            with immediate(conn):
                dropped = row_repairs.drop_keyless(conn)
            lost = sum(dropped.values())
            found.append(
                f"{plural(lost, 'row')} of {', '.join(dropped)} with no key, written by hand"
                " or by another program"
            )
            them = "it" if lost == 1 else "them"
            repaired.append(
                f"left {them} out, as nothing in StudyApp could show {them} or point to"
                f" {them} (the copy kept has {them})"
            )
        if problem := search_index.search_index_problem(conn, full=damage_seen):
            found.append(problem)
            kept = kept or swap.keep_copy(path, now)
            search_index.rebuild_search(conn)
            repaired.append("made the search index again from your questions")
        elif older := search_index.older_entries(conn):  # an older StudyApp's: no damage
            with immediate(conn):
                search_index.reindex_search(conn, older)  # (a picture's base64 left out)
        bad = health.undecodable_text(conn)
        if bad:
            found.append(health.describe_bad_text(bad))
            kept = kept or swap.keep_copy(path, now)
            health.repair_text(conn, bad)
            repaired.append(
                "rewrote that text as text, with replacement characters (�) where its"
                " bytes were not UTF-8, as it showed"
            )
        dropped = health.drop_foreign_objects(conn)
        if dropped:
            found.append(f"{', '.join(dropped)} that StudyApp never makes")
            kept = kept or swap.keep_copy(path, now)
            repaired.append("removed " + ", ".join(dropped))
        # A table, column or index lost or changed: every query naming it fails. A
        # salvage copies the rows into the app's own schema (or a backup is used).
        problems = health.schema_problems(conn)
        if problems:
            return None, "; ".join(problems[:3])
        if times := health.times_in_other_units(conn):
            found.append(f"{plural(times, 'time')} {health.TIMES_PROBLEM.partition(' ')[2]}")
            kept = kept or swap.keep_copy(path, now)
            row_repairs.repair_times(conn)
            repaired.append(
                "rewrote those times in milliseconds, so that every review and mock interview"
                " shows on its own day again"
            )
        if unread := unread_settings.unread_settings(conn):
            names = "; ".join(f"“{spec.label}”" for spec in unread)
            found.append(
                f"{plural(len(unread), 'preference')} whose stored value could not be read"
                f" ({names}), used at their defaults"
            )
            kept = kept or swap.keep_copy(path, now)
            unread_settings.forget_unread(conn, unread)
            repaired.append(
                "set them back to their defaults: if you had changed them, set them again"
                " in Preferences (the copy kept has what was stored)"
            )
        if twice := repeated_reviews.repeated_reviews(conn):
            found.append(
                f"{plural(twice, 'review')} recorded twice (the same question, moment and"
                " grade under another number: two copies of the store merged by another"
                " program)"
            )
            kept = kept or swap.keep_copy(path, now)
            repeated_reviews.drop_repeated_reviews(conn)
            repaired.append(
                f"left out the second {'copy' if twice == 1 else 'copies'}, so that each"
                " grade counts once in your day's reviews and statistics (the copy kept"
                " has them)"
            )
        if remade := cards_again.unreadable_cards(conn, now):
            found.append(
                f"{plural(len(remade), 'studied question')} whose schedule"
                " could not be read (shown as new)"
            )
            kept = kept or swap.keep_copy(path, now)
            made = cards_again.remake(conn, remade)
            repaired.append(
                f"made the schedule of {plural(made, 'question')} again from its reviews"
            )
        if health.homeless_rows(conn):
            found.append("questions or topics whose deck or topic was gone")
            kept = kept or swap.keep_copy(path, now)
            made = row_repairs.rehome(conn)
            deck_made = any("Recovered deck" in m for m in made)
            repaired.append(
                f"made {', '.join(made)} again, so that they show with their progress"
                if made
                else "put the questions whose deck was gone back in the deck of their topic"
            )
        if health.topics_elsewhere(conn):
            found.append("questions whose topic is in another deck (moved by hand)")
            kept = kept or swap.keep_copy(path, now)
            row_repairs.topics_home(conn)
            repaired.append(
                "gave those questions a topic of the same name in their own deck, so that"
                " they show in it again"
            )
    store.set_setting(K_FULL_CHECK_AT, now.isoformat())
    side_files.answer_check_request(check_marker(path), now)
    if not repaired or kept is None:
        return None, None
    return RecoveryReport(
        kept,
        "; ".join(found),
        None,
        repaired=tuple(repaired),
        deck_made=deck_made,
        whole=not gone,
    ), None
