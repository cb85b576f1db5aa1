"""Review logs of a person whose memory follows FSRS with known weights.

`generate` plays such a person: each question is first seen on a random day,
answered Again with the chance the true model gives of forgetting it, and reviewed
at the true model's interval stretched or shortened at random (people do not review
exactly on the due day, and that spread is what shows the forgetting curve's shape).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import fsrs_rs_python as fsrs_rs

from studyapp.core.model import Review

DEFAULT = tuple(fsrs_rs.DEFAULT_PARAMETERS)
TRUE = list(DEFAULT)
TRUE[0:4] = [DEFAULT[0] * 0.4, DEFAULT[1] * 0.5, DEFAULT[2] * 0.5, DEFAULT[3] * 0.5]
TRUE[8] = DEFAULT[8] * 0.8
TRUE[20] = 0.35
START = datetime(2029, 1, 1, 12, 0, tzinfo=UTC)


def recall(days: int, stability: float, decay: float) -> float:
    factor = 0.9 ** (-1 / decay) - 1
    return (1 + factor * days / stability) ** -decay


def generate(
    parameters: Sequence[float], questions: int, seed: int, days: int = 365, prefix: str = "q"
) -> list[Review]:
    """A review log (oldest first per question) of a person whose memory is `parameters`."""
    rnd = random.Random(seed)
    model = fsrs_rs.FSRS(list(parameters))
    log: list[Review] = []
    for n in range(questions):
        day = rnd.randrange(days // 2)
        memory, last = None, None
        while day < days:
            if memory is None:
                rating, elapsed = rnd.choices([1, 2, 3, 4], [0.2, 0.1, 0.5, 0.2])[0], 0
            else:
                elapsed = day - last
                recalled = rnd.random() < recall(elapsed, memory.stability, parameters[20])
                rating = rnd.choices([2, 3, 4], [0.15, 0.7, 0.15])[0] if recalled else 1
            states = model.next_states(memory, 0.9, elapsed)
            after = (states.again, states.hard, states.good, states.easy)[rating - 1]
            memory, last = after.memory, day
            at = START + timedelta(days=day)
            log.append(
                Review(
                    len(log) + 1, f"{prefix}{n}", int(at.timestamp() * 1000), rating, 5.0, "study"
                )
            )
            day += max(1, round(after.interval * rnd.uniform(0.5, 2.5)))
    return log
