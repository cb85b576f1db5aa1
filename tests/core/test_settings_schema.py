"""Settings defined once: each read back as its type and range, whatever the store holds."""

from __future__ import annotations

import pytest

from studyapp.core import settings_schema as s
from studyapp.core.scheduler import DEFAULT_PARAMETERS


class FakeStore:
    def __init__(self, **values) -> None:
        self.values = {k.replace("__", "."): v for k, v in values.items()}

    def get_setting(self, key, default=None):
        return self.values.get(key, default)

    def set_setting(self, key, value) -> None:
        self.values[key] = value


def test_every_setting_is_complete_and_defined_once():
    assert len(s.BY_KEY) == len(s.SETTINGS)
    for spec in s.SETTINGS:
        assert spec.label and spec.description.endswith(".")
        if spec.type in (int, float):
            assert spec.minimum is not None and spec.maximum is not None
            assert spec.minimum <= spec.default <= spec.maximum
            assert spec.coerce(spec.default) == spec.default
    retention = s.setting(s.DESIRED_RETENTION)
    assert (retention.minimum, retention.maximum, retention.default) == (0.70, 0.97, 0.9)
    assert {s.NEW_PER_DAY, s.REVIEWS_PER_DAY, s.DAILY_GOAL, s.FSRS_PARAMETERS} <= set(s.BY_KEY)


@pytest.mark.parametrize(
    ("key", "stored", "read"),
    [
        (s.NEW_PER_DAY, None, 20),
        (s.NEW_PER_DAY, 7, 7),
        (s.NEW_PER_DAY, 7.6, 8),
        (s.NEW_PER_DAY, -3, 0),  # clamped into the range
        (s.NEW_PER_DAY, "ten", 20),  # unreadable: the default, the app still starts
        (s.NEW_PER_DAY, True, 20),
        (s.REVIEWS_PER_DAY, float("inf"), 200),  # round(inf) raised OverflowError
        (s.DESIRED_RETENTION, float("nan"), 0.9),
        (s.FSRS_PARAMETERS, [float("nan"), 1.0], None),
        (s.DESIRED_RETENTION, 0.99, 0.97),
        (s.DESIRED_RETENTION, 0.5, 0.70),
        (s.DESIRED_RETENTION, 0.85, 0.85),
        (s.FSRS_PARAMETERS, list(DEFAULT_PARAMETERS), list(DEFAULT_PARAMETERS)),
        (s.FSRS_PARAMETERS, [1, 2.5], None),  # FSRS takes 21 weights: its defaults
        (s.FSRS_PARAMETERS, [], []),  # none: FSRS's defaults too
        (s.FSRS_PARAMETERS, "x", None),
    ],
)
def test_values_read_back_as_their_type_and_range(key, stored, read):
    store = FakeStore()
    if stored is not None:
        store.values[key] = stored
    assert s.read(store, key) == read


def test_write_clamps_and_refuses_a_wrong_type():
    store = FakeStore()
    assert s.write(store, s.REVIEWS_PER_DAY, 10**9) == 99999
    assert store.values[s.REVIEWS_PER_DAY] == 99999
    with pytest.raises(ValueError, match="number"):
        s.write(store, s.REVIEWS_PER_DAY, "many")
    with pytest.raises(KeyError, match="no setting"):
        s.write(store, "nope", 1)
    assert s.load_settings(store) == {**s.defaults(), s.REVIEWS_PER_DAY: 99999}
