"""The checkouts a benchmark compares: this one, and with `--baseline` another,
measured in turn so that both see the same load of the machine."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compared(baseline: Path | None) -> dict[str, Path]:
    """Label → checkout: "this checkout", then "baseline" when one is given."""
    found = {"this checkout": ROOT}
    if baseline is not None:
        found["baseline"] = baseline.resolve()
    return found
