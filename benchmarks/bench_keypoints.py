"""Key points on reveal: a model answer's points and the ticks of a typed answer.

    python benchmarks/bench_keypoints.py [--tree PATH] [--repeat 5] [--scores]

Key points run when a mock question's answer is revealed (`keyterms.key_terms`, then
`keyterms.ticked_terms` on what was typed). Times, for every case of the evaluation sets
(tests/core/keypoint_cases.py), the points of its model answer and the ticks of its right
and its wrong answer; and, as the longest a person types in a mock, the ticks of every
right answer of a set run together (about 1,500 words) against one model answer.
Prints the median and the max per reveal, and the total of each case's fastest run, in
ms. `--tree` imports `studyapp` from
another checkout (a baseline exported with `git archive`), so two trees are measured in
one run; the evaluation sets are always this checkout's, so a baseline is scored on sets
written after it. Not a test: figures for the notes.

`--scores` prints, instead of times, each evaluation set's figures: the mean coverage of
its right answers, of its wrong ones, the share of (right, wrong) pairs of a question
where the right one covers more ("ahead"), and of its partly right answers where it has
them: every list of `Case` in tests/core/keypoint_cases.py and every held-out set
(tests/core/keypoint_heldout*.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", type=Path, default=HERE.parent)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scores", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))  # (the evaluation sets)
    import tests.core  # noqa: F401  (this checkout's sets, also when the code measured is another's)

    sys.path.insert(0, str(args.tree))  # (the code measured, first)
    if args.scores:
        _scores()
        return
    from studyapp.core.keyterms import key_terms, ticked_terms
    from tests.core import keypoint_cases

    cases = [
        case
        for name in dir(keypoint_cases)
        if name.isupper() and isinstance(found := getattr(keypoint_cases, name), list)
        for case in found
        if isinstance(case, keypoint_cases.Case)
    ]
    long_typed = " ".join(case.right for case in cases[:60])

    def reveal(case, typed: str) -> float:
        start = time.perf_counter()
        points = key_terms(case.answer, question=case.question)
        ticked_terms(points, typed, case.question, case.answer)
        return (time.perf_counter() - start) * 1000

    for case in cases:  # (caches filled, imports done)
        reveal(case, case.right)
    per_reveal = [
        reveal(case, typed)
        for _ in range(args.repeat)
        for case in cases
        for typed in (case.right, case.wrong)
    ]
    long_reveal = [reveal(case, long_typed) for _ in range(args.repeat) for case in cases[:20]]
    import studyapp

    where = Path(studyapp.__file__).parent.parent
    print(f"tree {where}: {len(cases)} cases, long answer {len(long_typed.split())} words")
    for name, found in (("reveal", per_reveal), ("reveal of a long answer", long_reveal)):
        print(
            f"  {name}: median {statistics.median(found):.2f} ms, total of each case's"
            f" fastest {_total(found, args.repeat):.0f} ms, max {max(found):.1f} ms"
        )


def _scores() -> None:
    """Each evaluation set's right, wrong, ahead and partly right figures."""
    import importlib

    import studyapp
    from studyapp.core.keyterms import coverage, key_terms, ticked_terms

    print(f"tree {Path(studyapp.__file__).parent.parent}")
    print(f"  {'set':<34} {'n':>3} {'right':>6} {'wrong':>6} {'ahead':>6} {'partly':>6}")
    for module, name, cases in _sets(importlib):
        rights: list[float] = []
        wrongs: list[float] = []
        partly: list[float] = []
        pairs: list[bool] = []
        for case in cases:
            points = key_terms(case.answer, question=case.question)

            def cover(typed: str, case=case, points=points) -> float:
                return coverage(points, ticked_terms(points, typed, case.question, case.answer))

            found = _answers(case)
            right, wrong = [cover(a) for a in found[0]], [cover(a) for a in found[1]]
            partly += [cover(a) for a in found[2]]
            rights += right
            wrongs += wrong
            pairs += [r > w for r in right for w in wrong]
        shown = f"{sum(partly) / len(partly):6.2f}" if partly else f"{'':>6}"
        print(
            f"  {module + '.' + name:<34} {len(cases):>3} {sum(rights) / len(rights):6.2f}"
            f" {sum(wrongs) / len(wrongs):6.2f} {sum(pairs) / len(pairs):6.0%} {shown}"
        )


def _sets(importlib) -> list[tuple[str, str, list]]:
    """(module, name, cases) of every evaluation set, in the order of the files."""
    found = []
    for path in sorted((HERE.parent / "tests" / "core").glob("keypoint_*.py")):
        module = importlib.import_module(f"tests.core.{path.stem}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, list) and value and _is_case(value[0]):
                found.append((path.stem.removeprefix("keypoint_"), name, value))
    return found


def _is_case(value) -> bool:
    return hasattr(value, "answer") and (hasattr(value, "right") or hasattr(value, "rights"))


def _answers(case) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A case's right, wrong and partly right answers, whichever shape it has."""
    if hasattr(case, "rights"):
        return case.rights, case.wrongs, getattr(case, "partials", ())
    return (case.right,), (case.wrong,), ((case.partial,) if case.partial else ())


def _total(found: list[float], repeat: int) -> float:
    """The sum over the cases of each one's fastest of `repeat` runs: the machine's noise
    (other work, a collection) only ever adds."""
    per_case = len(found) // repeat
    return sum(min(found[k + per_case * r] for r in range(repeat)) for k in range(per_case))


if __name__ == "__main__":
    main()
