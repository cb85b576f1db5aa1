"""Fixtures the core's tests share: the scheduler, and a fake clock at T0 (a module
needing another moment or another clock defines its own `clock`)."""

from __future__ import annotations

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.scheduler import SpacedRepetition
from tests.core.shared import T0


@pytest.fixture
def sr() -> SpacedRepetition:
    return SpacedRepetition()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)
