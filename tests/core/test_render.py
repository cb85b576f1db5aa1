"""Markdown → sanitized HTML: tables, highlighting, the allow-list, images, CSS, search hits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studyapp.core import render
from studyapp.core.render import (
    PDF_THEME,
    RENDER_VERSION,
    THEMES,
    answer_css,
    highlight,
    local_image_url,
    markdown_hash,
    render_markdown,
    title_html,
)

from ..conftest import SEED_MARKDOWN, require


@pytest.fixture
def notes_dir(tmp_path) -> Path:
    """A notes folder with one image; a secret file beside it, outside the folder."""
    folder = tmp_path / "notes"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "diagram.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "img" / "my pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.md").write_text("# not an image\n", encoding="utf-8")
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


TABLE = "| Model | Loss |\n|:--|--:|\n| GAN | minimax |\n"
PYTHON = "```python\ndef f(x):\n    return x + 1  # one more\n```\n"

# (case, markdown, fragments that must appear, fragments that must not)
CASES = [
    (
        "table gets QTextBrowser border attributes",
        TABLE,
        ['border="1"', 'cellspacing="0"', 'cellpadding="4"', "<th", "minimax"],
        [],
    ),
    (
        "user table attributes are replaced",
        '<table border="0" onclick="x()"><tr><td>a</td></tr></table>',
        ['border="1"'],
        ['border="0"', "onclick"],
    ),
    (
        "fenced python gets inline colours",
        PYTHON,
        ['<span style="color: #', "def</span>", "one more"],
        ['class="k"'],
    ),
    (
        "script removed with its content",
        "before\n\n<script>alert('x')</script>\n\nafter",
        ["before", "after"],
        ["<script", "alert"],
    ),
    (
        "event handler removed",
        '<b onmouseover="alert(1)">bold</b> <img src="x.png" onerror="alert(2)">',
        ["<b>bold</b>"],
        ["onmouseover", "onerror", "alert"],
    ),
    (
        "javascript: link loses its href",
        "[click](javascript:alert(1))",
        ["click"],
        ["javascript", "href"],
    ),
    (
        "entity-obfuscated javascript: link",
        '<a href="jav&#x09;ascript:alert(1)">x</a> <a href=" JavaScript:alert(1)">y</a>',
        ["x", "y"],
        ["href", "alert"],
    ),
    (
        "data: link removed",
        "[d](data:text/html;base64,PHNjcmlwdD4=)",
        ["d"],
        ["data:", "href"],
    ),
    (
        "safe links kept",
        "[w](https://example.org/a?b=1) [m](mailto:me@example.org) [s](#summary)",
        ['href="https://example.org/a?b=1"', 'href="mailto:me@example.org"', 'href="#summary"'],
        [],
    ),
    (
        "relative and file links lose their href",
        "[r](other.md) [f](file:///etc/passwd) [p](//evil.example/x)",
        ["r", "f", "p"],
        ["href"],
    ),
    (
        "iframe, object, form, style removed",
        '<iframe src="https://evil.example">in</iframe><object data="x.swf">obj</object>'
        '<form action="/"><input name="q"><button>go</button></form><style>p{}</style>text',
        ["text"],
        ["<iframe", "<object", "<form", "<input", "<button", "<style", ">in<", "obj"],
    ),
    (
        "style urls removed, colours kept",
        '<p style="color: red; background: url(https://evil.example/x.png)">s</p>'
        '<span style="background-image: url(x.png); font-weight: bold">t</span>'
        '<span style="color: expression(alert(1))">u</span>',
        ['style="color: red"', 'style="font-weight: bold"', "<span>u</span>"],
        ["url(", "expression", "background-image"],
    ),
    (
        "remote image becomes a placeholder with its file name",
        "![remote chart](https://example.org/chart.png)",
        ['<span class="missing-image">[image: chart.png]</span>'],
        ["<img", "example.org"],
    ),
    (
        "file:///etc/passwd image becomes a placeholder",
        "![pw](file:///etc/passwd)",
        ["[image: pw]"],
        ["<img", "file:", "/etc"],
    ),
    (
        "absolute path image becomes a placeholder",
        "![abs](/etc/passwd)",
        ["[image: passwd]"],
        ["<img", "/etc"],
    ),
    (
        "../ escape becomes a placeholder",
        "![up](../../x.png) ![sibling](../secret.png)",
        ["[image: x.png — not in your notes]", "[image: secret.png — not in your notes]"],
        ["<img", "../"],
    ),
    (
        "a data: image that is only a PNG's signature becomes a note with its alt text",
        "![inline](data:image/png;base64,iVBORw0KGgo=)",
        ["[image: inline — not a picture StudyApp can read]"],
        ["<img", "base64"],
    ),
    (
        "missing image: a quiet note with its file name, not the alt text, and why",
        "![alt text](img/none.png)",
        ['<span class="missing-image">[image: none.png — not in your notes]</span>'],
        ["<img", "alt text"],
    ),
    (
        "a non-image file is not an image",
        "![file](notes.md)",
        ["[image: notes.md — not a picture StudyApp can read]"],
        ["<img"],
    ),
    (
        "a file name is escaped",
        '<img src="https://x.example/&lt;b&gt;x.png" alt="&lt;b&gt;x&lt;/b&gt; &amp; y">',
        ["[image: &lt;b&gt;x.png]"],
        ["<b>x"],
    ),
    (
        "image without a source gets a placeholder",
        '<img alt="">',
        ["[image: image]"],
        ["<img"],
    ),
    (
        "sane lists, blockquote, inline code",
        "1. one\n2. two\n\n* a\n\n> quoted `code`\n",
        ["<ol>", "<ul>", '<td class="quote">', "<code>code</code>"],
        [],
    ),
    (
        "a single newline is a line break by default (chat and plain-text notes)",
        "line one\nline two",
        ["line one<br>\nline two"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "md", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_render(notes_dir, case, md, present, absent):
    out = render_markdown(md, base_dir=notes_dir)
    for fragment in present:
        assert fragment in out, f"{case}: {fragment!r} missing from {out!r}"
    for fragment in absent:
        assert fragment not in out, f"{case}: {fragment!r} present in {out!r}"


def test_local_images_inside_base_dir_are_kept_as_file_urls(notes_dir):
    out = render_markdown(
        '![diagram](img/diagram.png "Fig 1") ![spaced](img/my%20pic.png)', base_dir=notes_dir
    )
    sources = re.findall(r'src="([^"]*)"', out)
    assert sources == [
        (notes_dir / "img" / "diagram.png").resolve().as_uri(),
        (notes_dir / "img" / "my pic.png").resolve().as_uri(),
    ]
    assert 'alt="diagram"' in out and 'title="Fig 1"' in out


def test_a_picture_sized_in_the_notes_keeps_its_size(notes_dir):
    # an Obsidian embed with a size ("![[diagram.png|300x120]]") reads as such a picture
    out = render_markdown(
        'Before\n\n<img src="img/diagram.png" alt="diagram.png" width="300" height="120">',
        base_dir=notes_dir,
    )
    picture = re.search(r"<img [^>]*>", out).group(0)
    assert 'width="300"' in picture and 'height="120"' in picture
    assert (notes_dir / "img" / "diagram.png").resolve().as_uri() in picture


def test_without_base_dir_no_image_is_loaded(notes_dir):
    out = render_markdown("![diagram](img/diagram.png)")
    assert (
        out.strip()
        == '<p><span class="missing-image">[image: diagram.png — not in your notes]</span></p>'
    )


def test_a_symlink_out_of_the_folder_is_refused(notes_dir, tmp_path):
    link = notes_dir / "img" / "link.png"
    try:
        link.symlink_to(tmp_path / "secret.png")
    except OSError:
        pytest.skip("symlinks not available")
    assert local_image_url("img/link.png", notes_dir) is None
    assert local_image_url("img/diagram.png", notes_dir) is not None


@pytest.mark.parametrize(
    "src",
    [
        "",
        "https://example.org/a.png",
        "file:///etc/passwd",
        "/etc/passwd",
        "\\\\server\\share\\a.png",
        "C:/Windows/a.png",
        "../secret.png",
        "img/../../secret.png",
        "img/none.png",
        "img",
        "img/diagram.png\x00.txt",
    ],
)
def test_local_image_url_refuses(notes_dir, src):
    assert local_image_url(src, notes_dir) is None


def _picture(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    return path


def test_a_folder_decks_notes_find_its_pictures_anywhere_inside_it(tmp_path):
    """A cloned repo keeps its pictures in `assets/` beside `questions/`; an Obsidian
    vault keeps `![[roc.png]]` in its attachments folder. Both are inside the folder
    the person imported, so both show; a picture outside it still never does."""
    deck = tmp_path / "repo"
    cap = _picture(deck / "assets" / "cap.png")
    roc = _picture(deck / "attachments" / "ROC.png")
    _picture(tmp_path / "outside.png")
    note = deck / "questions"
    note.mkdir()
    assert local_image_url("../assets/cap.png", note, deck) == cap.resolve().as_uri()
    assert local_image_url("roc.png", note, deck) == roc.resolve().as_uri()  # by its name
    assert local_image_url("../../outside.png", note, deck) is None
    assert local_image_url("../assets/none.png", note, deck) is None
    assert local_image_url("../assets/cap.png", note) is None  # the note's folder alone
    out = render_markdown("![CAP](../assets/cap.png)", base_dir=note, image_root=deck)
    assert cap.resolve().as_uri() in out


def test_a_picture_found_by_its_name_that_links_out_of_the_deck_is_refused(tmp_path):
    deck = tmp_path / "deck"
    secret = _picture(tmp_path / "outside" / "secret.png")
    (deck / "sub").mkdir(parents=True)
    try:
        (deck / "sub" / "evil.png").symlink_to(secret)
    except OSError:
        pytest.skip("symlinks not available")
    assert local_image_url("evil.png", deck, deck) is None
    assert local_image_url("EVIL.PNG", deck, deck) is None
    assert local_image_url("sub/evil.png", deck, deck) is None


def test_dark_theme_uses_dark_code_colours():
    light = render_markdown(PYTHON)
    dark = render_markdown(PYTHON, theme="dark")
    assert light != dark
    with pytest.raises(ValueError, match="theme"):
        render_markdown(PYTHON, theme="solarized")


def test_render_is_repeatable_with_the_shared_converter():
    # reset() between documents: footnote-like state or a previous document never leaks.
    first = render_markdown(TABLE)
    render_markdown(PYTHON)
    assert render_markdown(TABLE) == first


def test_markdown_hash_depends_on_text_version_and_folder(monkeypatch, tmp_path):
    h = markdown_hash("a")
    assert re.fullmatch(r"[0-9a-f]{40}", h)
    assert markdown_hash("a") == h
    assert markdown_hash("b") != h
    assert markdown_hash("a", base_dir=tmp_path) != h
    assert markdown_hash("a", base_dir=tmp_path / "x") != markdown_hash("a", base_dir=tmp_path)
    monkeypatch.setattr(render, "RENDER_VERSION", RENDER_VERSION + "-next")
    assert markdown_hash("a") != h


def test_css_per_theme():
    light, dark = answer_css("light"), answer_css("dark")
    assert PDF_THEME == "light" and set(THEMES) == {"light", "dark"}
    assert light != dark
    for css in (light, dark):
        for selector in ("body", "th", "pre", "code", "td.quote", "a", ".hit"):
            assert re.search(rf"(^|\n|, ){re.escape(selector)}\s*\{{", css), selector
        assert "monospace" in css
    assert "background-color: #ffffff" in light and "background-color: #0d1117" in dark
    with pytest.raises(ValueError, match="theme"):
        answer_css("sepia")


@pytest.mark.parametrize(
    ("html", "terms", "expected"),
    [
        (
            "<p>Gradient descent</p>",
            ["gradient"],
            '<p><span class="hit">Gradient</span> descent</p>',
        ),
        (
            '<a href="https://x.org/descent" title="descent">descent</a>',
            ["DESCENT"],
            '<a href="https://x.org/descent" title="descent"><span class="hit">descent</span></a>',
        ),
        (
            '<img alt="loss curve" src="file:///n/loss.png"> loss',
            ["loss"],
            '<img alt="loss curve" src="file:///n/loss.png"> <span class="hit">loss</span>',
        ),
        ("<p>Q &amp; A</p>", ["amp"], "<p>Q &amp; A</p>"),
        ("<p>Q &amp; A</p>", ["q & a"], '<p><span class="hit">Q &amp; A</span></p>'),
        (
            "<p>a+b (x)</p>",
            ["a+b", "(x)"],
            '<p><span class="hit">a+b</span> <span class="hit">(x)</span></p>',
        ),
        (
            "<p>batch normalization</p>",
            ["norm", "normalization"],
            '<p>batch <span class="hit">normalization</span></p>',
        ),
        (
            "<p>span class</p>",
            ["span", "class"],
            '<p><span class="hit">span</span> <span class="hit">class</span></p>',
        ),
        # As the search matches: at the start of a word, never inside one.
        ("<p>program grammar</p>", ["gra"], '<p>program <span class="hit">gra</span>mmar</p>'),
        ("<p>What data?</p>", ["a"], "<p>What data?</p>"),
        ("<p>snake_case</p>", ["case"], '<p>snake_<span class="hit">case</span></p>'),
        ("<p>nothing</p>", [], "<p>nothing</p>"),
        ("<p>nothing</p>", ["", "  "], "<p>nothing</p>"),
        ('<p title="a > b">x</p>', ["b"], '<p title="a > b">x</p>'),
        # Accents aside, as the search finds words; the word marked as written.
        (
            "<p>¿Qué es la normalización?</p>",
            ["normalizacion"],
            '<p>¿Qué es la <span class="hit">normalización</span>?</p>',
        ),
        (
            "<p>naïve CAFÉ</p>",
            ["naive", "café"],
            '<p><span class="hit">naïve</span> <span class="hit">CAFÉ</span></p>',
        ),
        ("<p>한국어 학습</p>", ["한"], '<p><span class="hit">한</span>국어 학습</p>'),
        # Accents written as a letter and a combining mark (as a Mac or a PDF may give
        # them) match a term typed as one character, and the other way round.
        (
            "<p>la te\u0302te, le cafe\u0301</p>",
            ["tête", "café"],
            '<p>la <span class="hit">te\u0302te</span>, le <span class="hit">cafe\u0301</span></p>',
        ),
        (
            "<p>Crêpe suzette</p>",
            ["cre\u0302pe"],
            '<p><span class="hit">Crêpe</span> suzette</p>',
        ),
        ("<p>ma\u0303o</p>", ["mao"], '<p><span class="hit">ma\u0303o</span></p>'),
    ],
)
def test_highlight(html, terms, expected):
    assert highlight(html, terms) == expected


def test_highlight_on_rendered_code_keeps_styles_intact():
    out = render_markdown(PYTHON)
    hit = highlight(out, ["color", "return"])
    assert 'style="color: #' in hit  # attribute text untouched
    assert '<span class="hit">return</span>' in hit
    assert '<span class="hit">color' not in hit


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("What is a GAN?", "What is a GAN?"),
        ("Is <b> a & b > c?", "Is &lt;b&gt; a &amp; b &gt; c?"),
        ('Say "hi"', "Say &quot;hi&quot;"),
    ],
)
def test_title_html(title, expected):
    assert title_html(title) == expected


def test_a_long_word_of_a_title_can_break_and_reads_the_same():
    # A label wraps only where the text allows: a snake_case name ran out of the header.
    shown = title_html("Tune hyperparameter_optimization_with_bayesian_search now")
    assert (
        shown.replace("\u200b", "") == "Tune hyperparameter_optimization_with_bayesian_search now"
    )
    assert "hyperparameter_\u200boptimization_\u200bwith" in shown
    unbroken = title_html("a" * 50)
    assert max(len(run) for run in unbroken.split("\u200b")) <= 20
    assert title_html("What is gradient descent?") == "What is gradient descent?"  # short words


def test_seed_answers_render_safely():
    """Every answer of the seed renders without a script or a missing picture. How
    long it takes is benchmarks/bench_render.py's, not a test's."""
    from studyapp.core.parse import parse_text

    text = require(SEED_MARKDOWN).read_text(encoding="utf-8", errors="replace")
    answers = [q.answer_markdown for q in parse_text(text, name="seed").questions]
    assert answers
    for md in answers:
        out = render_markdown(md, base_dir=SEED_MARKDOWN.parent)
        assert "<script" not in out
        assert "<img" not in out  # the seed's images are not shipped with it


def test_a_word_of_an_unspaced_script_is_marked_inside_its_sentence():
    """The search finds '基本单位' inside '线程是CPU调度的基本单位' (Chinese has no spaces):
    the answer marks it there too, and Latin words still only at a word's start."""
    from studyapp.core.render import highlight

    marked = highlight("<p>线程是CPU调度的基本单位。 Gradient, program</p>", ["基本单位", "gra"])
    assert marked == (
        '<p>线程是CPU调度的<span class="hit">基本单位</span>。 '
        '<span class="hit">Gra</span>dient, program</p>'
    )


def test_a_long_unbroken_run_gets_break_opportunities_outside_code_and_tags():
    """Qt lays out a run without a break opportunity in time growing with the square of
    its length: a new user's 1,000,000-character line froze the window for minutes."""
    from studyapp.core.render import RUN_BREAK, breakable

    run = "x" * (RUN_BREAK * 3 + 5)
    url = "http://example.com/" + "y" * 200
    html = (
        f'<p>{run} and <a href="{url}">link</a> &amp;{"q" * 70}</p>'
        f"<pre><code>{'c' * 300}</code></pre><p>short words only</p>"
    )
    out = breakable(html)
    assert out.replace("\u200b", "") == html  # nothing else changes
    first = out.split(" and ")[0]
    assert first.count("\u200b") == 3 and all(
        len(part) <= RUN_BREAK for part in first[3:].split("\u200b")
    )
    assert f'href="{url}"' in out and "c" * 300 in out  # tags and code untouched
    assert "&amp;" in out and breakable("<p>short words only</p>") == "<p>short words only</p>"


NOT_IN_NOTES = "— not in your notes]"
NOT_READABLE = "— not a picture StudyApp can read]"


@pytest.mark.parametrize(
    ("md", "note"),
    [
        ("![chart](img/gone.png)", f"[image: gone.png {NOT_IN_NOTES}"),
        ('<img src="pics/none.jpg" alt="x">', f"[image: none.jpg {NOT_IN_NOTES}"),
        ("![alt text](<img/My Image Jun 18, 12_25 PM.png>)", NOT_IN_NOTES),
        ("![empty](img/empty.png)", f"[image: empty.png {NOT_READABLE}"),
        ("![page](img/page.jpg)", f"[image: page.jpg {NOT_READABLE}"),
        ("![short](img/short.gif)", f"[image: short.gif {NOT_READABLE}"),
    ],
)
def test_a_local_image_not_shown_says_why_in_a_plain_note(notes_dir, md, note):
    """The bundled deck's notes name pictures that are not there, and a file named
    .png that holds no image drew Qt's broken-image box in the answer. Any local image
    that cannot be shown reads as a short note with its name and why; no <img> is
    left for the pane to fail on."""
    (notes_dir / "img" / "empty.png").write_bytes(b"")
    (notes_dir / "img" / "page.jpg").write_text("<html>saved page</html>", encoding="utf-8")
    (notes_dir / "img" / "short.gif").write_bytes(b"GIF")
    out = render_markdown(md, base_dir=notes_dir)
    assert note in out and 'class="missing-image"' in out
    assert "<img" not in out


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.png", b"\xff\xd8\xff\xe0" + bytes(32)),  # a JPEG named .png: Qt reads it
        ("drawing.svg", b'<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="x"/>'),
        ("pic.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(16)),
        ("old.bmp", b"BM" + bytes(32)),
    ],
)
def test_a_picture_of_any_kind_is_still_shown(notes_dir, name, data):
    (notes_dir / "img" / name).write_bytes(data)
    out = render_markdown(f"![p](img/{name})", base_dir=notes_dir)
    assert (notes_dir / "img" / name).resolve().as_uri() in out
    assert "missing-image" not in out


def test_a_quoted_term_is_marked_whole_and_a_bare_one_as_a_words_start():
    """A phrase's word ('"b"') is found whole: the "b" of "brown" was marked too."""
    from studyapp.core.render import highlight

    html = "<p>b, a brown bee; c++ and c</p>"
    hits = '<span class="hit">'
    assert highlight(html, ['"b"']).count(hits) == 1
    assert highlight(html, ["b"]).count(hits) == 3
    assert highlight(html, ['"c"']) == "<p>b, a brown bee; c++ and " + hits + "c</span></p>"
    assert highlight(html, ['"brown"', "be"]).count(hits) == 2
