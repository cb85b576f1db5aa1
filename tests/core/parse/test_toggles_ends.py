"""Where a <details> toggle ends, nested or never closed (found all at once)."""

from __future__ import annotations

from studyapp.core.parse.toggles import _details_ends


def test_a_toggle_ends_where_its_nesting_closes():
    lines = [
        "<details><summary>Q1?</summary>",  # 1
        "<details><summary>Deep dive</summary>",  # 2
        "text",  # 3
        "</details>",  # 4: closes the inner one
        "</details>",  # 5: closes Q1
        "<details><summary>Q2?</summary></details>",  # 6: opened and closed here
        "<details><summary>Q3?</summary>",  # 7: never closed
        "text",  # 8
    ]
    ends = _details_ends(lines)
    assert (ends[1], ends[2], ends[6], ends[7]) == (5, 4, 6, 8)


def test_many_toggles_never_closed_each_end_at_the_last_line():
    lines = ["<details><summary>Q?</summary>"] * 20_000
    ends = _details_ends(lines)
    assert ends[1] == ends[10_000] == ends[20_000] == 20_000
