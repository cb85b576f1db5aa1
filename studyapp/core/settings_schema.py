"""Every user setting of the study plan, defined once: key, type, default, range, words.

The Preferences dialog is built from `SETTINGS` (a spin box for an int, a slider or
spin box for a float with its range, a check box for a bool, a text field for a str
or a combo box where it has `choices`); the scheduler and the
study session read their values through `load_settings`. Values live in the store's
settings table under `key`, as JSON. A value that is missing, of the wrong type or
out of range reads as the default (or is clamped), so a hand-edited store never
stops the app. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, Protocol

from studyapp.core.steps import normalized


def _fsrs_parameters(values: list[float]) -> list[float]:
    from studyapp.core.scheduler import checked_parameters

    return checked_parameters(values)


class SettingsStore(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


class Setting(NamedTuple):
    key: str
    type: type  # int, float, bool, str or list (a list of floats)
    default: Any
    label: str  # what the Preferences dialog calls it
    description: str  # one or two sentences: what it changes
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None  # the spin box's step
    suffix: str = ""  # "questions", "%"…
    advanced: bool = False  # shown under "Advanced" (not typed by hand)
    choices: tuple[str, ...] = ()  # a str setting's allowed values (empty: any text)
    choice_labels: tuple[str, ...] = ()  # what the dialog calls each choice (empty: itself)
    # A str or list setting's reading: its value written as it means it (ValueError
    # naming what it refuses; the message is shown after the setting's label).
    normalize: Callable[[Any], Any] | None = None
    placeholder: str | None = None  # what an empty text field shows (None: the default)

    def choice_label(self, value: str) -> str:
        """What the Preferences dialog shows for the choice `value`."""
        if self.choice_labels and value in self.choices:
            return self.choice_labels[self.choices.index(value)]
        return value

    def coerce(self, value: Any) -> Any:
        """`value` as this setting's type, clamped into its range; raises ValueError
        for a value that cannot be read as the type at all."""
        if value is None:
            return self.default
        if self.type is bool:
            if not isinstance(value, bool):
                raise ValueError(f"{self.key} must be true or false, not {value!r}")
            return value
        if self.type in (int, float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{self.key} must be a number, not {value!r}")
            if not math.isfinite(value):  # round(inf) raises OverflowError
                raise ValueError(f"{self.key} must be a finite number, not {value!r}")
            number = self.type(round(value) if self.type is int else value)
            if self.minimum is not None:
                number = max(self.type(self.minimum), number)
            if self.maximum is not None:
                number = min(self.type(self.maximum), number)
            return number
        if self.type is str:
            if not isinstance(value, str):
                raise ValueError(f"{self.key} must be text, not {value!r}")
            if self.choices and value not in self.choices:
                raise ValueError(f"{self.key} must be one of {self.choices!r}, not {value!r}")
            return self._normalized(value)
        if self.type is list:
            if not isinstance(value, list | tuple) or not all(
                isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
                for v in value
            ):
                raise ValueError(f"{self.key} must be a list of numbers, not {value!r}")
            return self._normalized([float(v) for v in value])
        raise ValueError(f"{self.key}: unsupported type {self.type!r}")

    def _normalized(self, value: Any) -> Any:
        if self.normalize is None:
            return value
        try:
            return self.normalize(value)
        except ValueError as exc:
            raise ValueError(f"{self.label}: {str(exc).rstrip('.')}.") from None


NEW_PER_DAY = "study.new_per_day"
REVIEWS_PER_DAY = "study.reviews_per_day"
LEARN_AHEAD = "study.learn_ahead_minutes"
LEARNING_STEPS = "study.learning_steps"
RELEARNING_STEPS = "study.relearning_steps"
DAILY_GOAL = "study.daily_goal"
DESIRED_RETENTION = "fsrs.desired_retention"
FSRS_PARAMETERS = "fsrs.parameters"
WATCH_SOURCES = "watch.sources"
MICROPHONE = "voice.microphone"
# How a single newline inside a paragraph of an answer reads (core.render: "auto"
# follows each deck's own convention, found at import).
LINE_BREAKS_KEY = "render.line_breaks"

# Not a preference: set once the bundled deck has been given, so a person who removes
# it keeps it removed.
DEFAULT_DECK_GIVEN = "default_deck.given"
# Not a preference: the draft of an Edit Question not saved (ui.edit_draft).
EDIT_DRAFT = "draft.edit_question"

SETTINGS: tuple[Setting, ...] = (
    Setting(
        NEW_PER_DAY,
        int,
        20,
        "New questions per day, per deck",
        "How many questions you have never studied each deck introduces each day, as "
        "in Anki: every deck has this many of its own, so new questions studied in one "
        "deck leave the others' untouched. Each new question brings about ten reviews "
        "over the next month.",
        minimum=0,
        maximum=9999,
        step=1,
        suffix="questions",
    ),
    Setting(
        REVIEWS_PER_DAY,
        int,
        200,
        "Maximum reviews per day, per deck",
        "A deck stops offering due reviews after this many in a day; the rest wait for "
        "tomorrow. Each deck has this many of its own, as in Anki. Questions you are "
        "still learning (after Again) always come back.",
        minimum=0,
        maximum=99999,
        step=10,
        suffix="reviews",
    ),
    Setting(
        LEARN_AHEAD,
        int,
        20,
        "Learn ahead limit",
        "When nothing else is left in a session, a question you are still learning "
        "whose next step is due within this many minutes shows at once instead of "
        "making you wait for it, as Anki's learn ahead limit does. 0 always waits.",
        minimum=0,
        maximum=60,
        step=5,
        suffix="minutes",
    ),
    Setting(
        LEARNING_STEPS,
        str,
        "1m 10m",
        "Learning steps",
        "The waits a new question goes through before FSRS gives it days, as Anki's "
        "learning steps: each a number and a unit, s, m, h or d, set apart by spaces "
        '("1m 10m", "10m 1h 1d"). Good moves to the next step, Again back to the first. '
        "Empty: a new question goes straight to days. Changes apply to grades from now on.",
        normalize=normalized,
        placeholder="none",
    ),
    Setting(
        RELEARNING_STEPS,
        str,
        "10m",
        "Relearning steps",
        "The waits a question you forgot (Again on a review) goes through before FSRS "
        'gives it days again, written as the learning steps ("10m"). Empty: it goes '
        "straight to its new interval.",
        normalize=normalized,
        placeholder="none",
    ),
    Setting(
        DAILY_GOAL,
        int,
        20,
        "Daily goal",
        "How many answers a day count as a day well studied: the Statistics tab shows "
        "today's progress toward it.",
        minimum=1,
        maximum=9999,
        step=5,
        suffix="answers",
    ),
    Setting(
        DESIRED_RETENTION,
        float,
        0.9,
        "Desired retention",
        "The chance of recalling a question that FSRS aims for when it is next due. "
        "Higher means shorter intervals and more reviews a day.",
        minimum=0.70,
        maximum=0.97,
        step=0.01,
    ),
    Setting(
        MICROPHONE,
        str,
        "",  # empty: the system's default microphone
        "Microphone",
        "The microphone a spoken mock interview records your answers with, by the name "
        "the system gives it. Empty uses the system's default.",
    ),
    Setting(
        FSRS_PARAMETERS,
        list,
        None,  # None: FSRS's defaults
        "FSRS parameters",
        "The 21 weights of the memory model. Empty uses FSRS's defaults; "
        "Study → Optimize Scheduling (or `studyapp optimize --apply`) fits them to your "
        "own reviews.",
        advanced=True,
        # (weights of another count or out of FSRS's bounds are said, not used in silence)
        normalize=_fsrs_parameters,
    ),
    Setting(
        LINE_BREAKS_KEY,
        str,
        "auto",
        "Line breaks in answers",
        "How a line break inside a paragraph of your notes shows. Chat exports and "
        "plain-text notes mean a new line; GitHub-style Markdown joins the lines into "
        "one paragraph. StudyApp reads which from each notes file when it imports it.",
        choices=("auto", "break", "space"),
        choice_labels=(
            "As each notes file writes them",
            "Always a new line",
            "Joined into one paragraph",
        ),
    ),
    Setting(
        WATCH_SOURCES,
        bool,
        True,
        "Re-import notes when they change",
        "Watch your notes files and folders: a file you save in your editor is "
        're-imported at once, and a deck whose file is gone is marked "source missing".',
    ),
)

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"no setting named {key!r}") from None


def read(store: SettingsStore, key: str) -> Any:
    """One setting's value from the store: the default when unset or unreadable."""
    return _coerced(setting(key), store.get_setting(key))


def _coerced(spec: Setting, stored: Any) -> Any:
    try:
        return spec.coerce(stored)
    except ValueError:
        return spec.default


def write(store: SettingsStore, key: str, value: Any) -> Any:
    """Store one setting (clamped into its range; ValueError for a wrong type).
    Returns the value as stored."""
    spec = setting(key)
    coerced = spec.coerce(value)
    store.set_setting(key, coerced)
    return coerced


def load_settings(store: SettingsStore) -> dict[str, Any]:
    """Every setting's value, key → value (in one query from a store that reads
    several at once: the Store's `get_settings`)."""
    many = getattr(store, "get_settings", None)
    if many is None:
        return {spec.key: read(store, spec.key) for spec in SETTINGS}
    stored = many([spec.key for spec in SETTINGS])
    return {spec.key: _coerced(spec, stored.get(spec.key)) for spec in SETTINGS}


def defaults() -> dict[str, Any]:
    return {spec.key: spec.default for spec in SETTINGS}


def with_defaults(values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` completed with the defaults of the settings it lacks."""
    return {**defaults(), **{k: v for k, v in values.items() if k in BY_KEY}}
