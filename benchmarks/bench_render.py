"""Print how long rendering answers takes, beside the renderer before issue 15.

    python benchmarks/bench_render.py [--runs N] [--fresh N]

1. The whole default deck (38 answers) Markdown → sanitized HTML, light theme: the
   renderer as it is (lists reshaped, math found and drawn, line breaks, bounded
   tables) against the renderer as it was (python-markdown with tables, fenced
   code, codehilite and sane lists, then nh3 and the image pass), in the same
   process, alternating run by run; medians and the ratio of the medians.
   Then answer by answer, what a click on an answer not rendered before mostly
   waits for: each answer's render (the median of --runs), and the median, p95
   and slowest over the deck, in wall-clock and in this process's CPU time (the
   second moves less when other programs share the machine). And answers never
   rendered in the process: --fresh new processes each render the deck once, in
   order, after its first answer (the window shows that one at start): each
   answer's median CPU time over the processes, with Pygments lexers, regular
   expressions and converters made on first use as a click meets them.
2. The same deck with a formula-heavy answer added (24 formulas), first with no
   formula drawn yet, then with the formulas in memory.
3. Showing that formula-heavy answer in the answer pane once its HTML is cached:
   the document parsed, laid out and painted (offscreen), with the formula images
   not yet decoded (as after a start) and decoded already. A frame is 16.7 ms.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from studyapp.core import mdguard, render, texmath  # noqa: E402
from studyapp.core.importer import default_deck_text  # noqa: E402
from studyapp.core.parse import parse_text  # noqa: E402

FORMULA_HEAVY = r"""Self-attention costs $O(n^2 \cdot d)$ time and $O(n^2)$ memory for $n$ tokens.

$$\text{Attention}(Q, K, V) = \text{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V$$

- Scores: $s_{ij} = \frac{q_i \cdot k_j}{\sqrt{d_k}}$,
  weights $\alpha_{ij} = \frac{e^{s_{ij}}}{\sum_k e^{s_{ik}}}$
- Output: $o_i = \sum_j \alpha_{ij} v_j$, with $d_k = d / h$ for $h$ heads
- Multi-head: $\text{MultiHead}(Q,K,V) = \text{Concat}(\text{head}_1, \dots, \text{head}_h)W^O$

Layer norm: $\hat{x} = \frac{x - \mu}{\sqrt{\sigma^2 + \epsilon}}$,
then $y = \gamma \hat{x} + \beta$.

Cross-entropy: $$L = -\sum_{i=1}^{C} y_i \log p_i$$
and its gradient $\frac{\partial L}{\partial z_i} = p_i - y_i$.

Adam: $m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t$, $v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2$,
$\hat{m}_t = \frac{m_t}{1 - \beta_1^t}$,
$\theta_t = \theta_{t-1} - \eta \frac{\hat{m}_t}{\sqrt{\hat{v}_t} + \epsilon}$.

Positional encoding: $PE_{(pos, 2i)} = \sin(pos / 10000^{2i/d})$.
"""


@functools.cache
def _old_converter():
    import markdown

    return markdown.Markdown(
        extensions=["tables", "fenced_code", "codehilite", "sane_lists"],
        extension_configs={
            "codehilite": {"noclasses": True, "pygments_style": "default", "guess_lang": False}
        },
        output_format="html",
    )


def old_render(md: str) -> str:
    """The renderer before issue 15 (kept here as the baseline): one converter, reset
    between answers, as render.py kept it."""
    if mdguard.check(md) is not None:
        return mdguard.plain_html(md, "too costly")
    converter = _old_converter()
    converter.reset()
    return render.rewrite_images(render._cleaner().clean(converter.convert(md)), None)


def timed(fn, answers: list[str]) -> float:
    start = time.perf_counter()
    for md in answers:
        fn(md)
    return time.perf_counter() - start


def timed_both(fn, md: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(md)
    return time.perf_counter() - wall, time.process_time() - cpu


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def fresh_process_times() -> list[float]:
    """CPU seconds of each answer after the first, each rendered once (in a new process)."""
    answers = [q.answer_markdown for q in parse_text(default_deck_text()).questions]
    render.render_markdown(answers[0], theme="light")
    return [
        timed_both(lambda md: render.render_markdown(md, theme="light"), md)[1]
        for md in answers[1:]
    ]


def fresh_figures(processes: int) -> None:
    import subprocess

    runs = []
    for _ in range(processes):
        done = subprocess.run(
            [sys.executable, __file__, "--fresh-child"], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    per_answer = sorted(statistics.median(times) for times in zip(*runs, strict=True))
    p95 = per_answer[min(len(per_answer) - 1, round(0.95 * (len(per_answer) - 1)))]
    print(f"answers never rendered, {processes} fresh processes (CPU time, each answer's median)")
    print(
        f"  median {ms(statistics.median(per_answer))}, p95 {ms(p95)},"
        f" slowest {ms(per_answer[-1])}, all {len(per_answer)} {ms(sum(per_answer))}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--fresh", type=int, default=5, help="new processes for the first renders")
    parser.add_argument("--fresh-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fresh_child:
        print(json.dumps(fresh_process_times()))
        return
    answers = [q.answer_markdown for q in parse_text(default_deck_text()).questions]
    new = lambda md: render.render_markdown(md, theme="light")  # noqa: E731
    new(answers[0]), old_render(answers[0])  # imports, fonts, converters
    texmath.draw("x", display=False, color="#000000")

    old_times, new_times = [], []
    for _ in range(args.runs):
        old_times.append(timed(old_render, answers))
        new_times.append(timed(new, answers))
    old_med, new_med = statistics.median(old_times), statistics.median(new_times)
    print(f"default deck, {len(answers)} answers, {args.runs} runs each (medians)")
    ratio = new_med / old_med
    print(f"  before issue 15: {ms(old_med)}   now: {ms(new_med)}   ratio {ratio:.2f}x")
    pairs = sorted(n / o for n, o in zip(new_times, old_times, strict=True))
    print(
        f"  pair by pair: median ratio {statistics.median(pairs):.2f}x,"
        f" range {pairs[0]:.2f}-{pairs[-1]:.2f}x"
    )

    wall, cpu = [], []
    for md in answers:
        runs = [timed_both(new, md) for _ in range(args.runs)]
        wall.append(statistics.median(w for w, _c in runs))
        cpu.append(statistics.median(c for _w, c in runs))
    print(f"one answer at a time, the median of {args.runs} renders each (a frame is 16.7 ms)")
    for name, values in (("wall clock", wall), ("CPU time", cpu)):
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(
            f"  {name}: median {ms(statistics.median(ordered))}, p95 {ms(p95)},"
            f" slowest {ms(ordered[-1])}"
        )

    if args.fresh:
        fresh_figures(args.fresh)

    with_math = [*answers, FORMULA_HEAVY]
    cold, warm = [], []
    for _ in range(args.runs):
        texmath._cache.clear()
        cold.append(timed(new, with_math))
        warm.append(timed(new, with_math))
    print("deck + a formula-heavy answer (24 formulas)")
    print(f"  formulas not drawn yet: {ms(statistics.median(cold))}")
    print(f"  formulas in memory:     {ms(statistics.median(warm))}")
    before = statistics.median(timed(old_render, with_math) for _ in range(args.runs))
    print(f"  before issue 15 (no math drawn): {ms(before)}")

    from PySide6.QtWidgets import QApplication

    from studyapp.ui import doc_images
    from studyapp.ui.answer_view import AnswerView

    app = QApplication.instance() or QApplication([])
    html = render.render_markdown(FORMULA_HEAVY, theme="light")
    # The same answer with each formula as a word: what the formulas cost on screen.
    plain = render.render_markdown(
        re.sub(r"\$\$?[^$]+\$\$?", "formula", FORMULA_HEAVY), theme="light"
    )
    view = AnswerView()
    view.set_css(render.answer_css("light"))
    view.resize(760, 700)
    view.show()
    app.processEvents()
    states = (
        ("formulas, images not decoded (after a start)", html, "cold"),
        ("formulas, images decoded", html, "decoded"),
        ("formulas, document prepared in idle time", html, "prepared"),
        ("the same answer without formulas, not prepared", plain, "decoded"),
        ("the same answer without formulas, prepared", plain, "prepared"),
    )
    shown: dict[str, list[float]] = {name: [] for name, _h, _s in states}
    for _ in range(args.runs):
        for name, answer, state in states:
            if state == "cold":
                doc_images._cache.clear()
            view.drop_documents()
            view.set_answer("<p>other</p>")
            if state == "prepared":
                view.prepare(answer)  # what the window does in idle time
            app.processEvents()
            start = time.perf_counter()
            view.set_answer(answer)
            view.browser.viewport().grab()  # lays out what shows and paints it
            shown[name].append(time.perf_counter() - start)
    print("showing the formula-heavy answer from cached HTML: set, lay out, paint")
    print("(a frame is 16.7 ms)")
    for name, values in shown.items():
        print(f"  {name}: median {ms(statistics.median(values))}, max {ms(max(values))}")
    view.close()


if __name__ == "__main__":
    main()
