"""`studyapp optimize`: FSRS fitted to the person's own reviews, the gain shown, and
with `--apply` the fitted parameters used from then on.
"""

from __future__ import annotations

import argparse

from studyapp.cli import EXIT_NOT_ENOUGH_REVIEWS, EXIT_OK
from studyapp.commands.stores import reading_store, writing_store


def cmd_optimize(args: argparse.Namespace) -> int:
    from studyapp.core import optimize
    from studyapp.core.clock import local_timezone
    from studyapp.core.settings_schema import load_settings

    tz = local_timezone()  # each review's day in its own season's offset
    # Without --apply it only reads, so it works beside an open window, as `decks` does.
    opened = writing_store(args.data_dir) if args.apply else reading_store(args.data_dir)
    with opened as store:
        try:
            result = optimize.optimize(
                store.reviews(), load_settings(store), tz, deck_size=store.question_count()
            )
        except optimize.NotEnoughReviews as exc:
            print(f"{exc}.")
            return EXIT_NOT_ENOUGH_REVIEWS
        for line in result.lines():
            print(line)
        if not args.apply:
            print("Nothing changed; `studyapp optimize --apply` uses these parameters.")
        elif not result.improved:
            print("Not applied: the fitted parameters predict your reviews no better.")
        else:
            optimize.apply(store, result)
            print("Applied: scheduling uses your fitted parameters from the next grade on.")
    return EXIT_OK
