"""A deck exported to Anki and imported back keeps its formulas and its code's language
(a new user): formulas went out as SVG pictures drawn in a fixed dark colour (unreadable
in Anki's night mode) and came back as ``[image: data:image/svg+xml;base64,…]``, with
thousands of base64 characters in the answer; a ```` ```python ```` block came back as a
bare ```` ``` ````, without highlighting."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pytest

from studyapp.core.deck_export import export_deck
from studyapp.core.importer import import_file
from studyapp.core.parse import parse_path
from studyapp.core.parse.html_text import field_markdown
from studyapp.core.render import render_markdown
from studyapp.core.store import Store
from studyapp.core.store.anki_package import read_package
from studyapp.core.texmath import draw, formula_html
from tests.helpers.anki_packages import Note, legacy_package

MATH = """# ML

## What is the bias-variance tradeoff?

The error splits as $E = \\text{Bias}^2 + \\text{Variance}$ plus noise.

## What is precision?

Precision is

$$\\frac{TP}{TP+FP}$$

of the positives.
"""

# A second input of the same kind: a comparison (an HTML "<" inside the TeX), a
# formula inside a list item, and a \\( … \\) written by hand.
MATH_AGAIN = """# Stats

## When is a test significant?

- when $p < \\alpha$, for a chosen $\\alpha$
- the sigmoid: \\(\\sigma(z) = \\frac{1}{1 + e^{-z}}\\)

$$\\sum_{i=1}^{n} x_i \\geq 0$$
"""

CODE = """# Py

## How do you compute a mean?

Like this:

```python
def mean(xs):
    return sum(xs) / len(xs)
```
"""

# A second input: fences of several languages, one in a list, one with tildes, one in
# Pandoc's {.lang} form, and a fence without a language between them.
CODE_AGAIN = """# Mixed

## How do you count rows and print them?

1. Count them:

   ```sql
   SELECT count(*) FROM t WHERE a < 3;
   ```

2. Then:

~~~rust
fn main() { println!("{}", 1); }
~~~

```
plain text, no language
```

```{.go}
fmt.Println(1)
```
"""


def _round_trip(tmp_path, notes: str) -> tuple[list[str], list[str]]:
    """(the exported package's answer fields, the answers imported back elsewhere)."""
    source = tmp_path / "notes.md"
    source.write_text(notes, encoding="utf-8")
    with Store.open(tmp_path / "a.sqlite3") as store:
        import_file(store, source)
        export_deck(store, store.decks()[0].id, tmp_path / "deck.apkg")
    fields = [note.fields[1] for note in read_package(tmp_path / "deck.apkg").notes]
    with Store.open(tmp_path / "b.sqlite3") as other:
        import_file(other, tmp_path / "deck.apkg")
        answers = [q.answer_markdown for q in other.questions()]
    return fields, answers


@pytest.mark.parametrize(
    ("notes", "formulas"),
    [
        (MATH, ["E = \\text{Bias}^2 + \\text{Variance}", "\\frac{TP}{TP+FP}"]),
        (
            MATH_AGAIN,
            [
                "p < \\alpha",
                "\\alpha",
                "\\sigma(z) = \\frac{1}{1 + e^{-z}}",
                "\\sum_{i=1}^{n} x_i \\geq 0",
            ],
        ),
    ],
)
def test_formulas_go_to_anki_as_mathjax_and_come_back_as_formulas(tmp_path, notes, formulas):
    fields, answers = _round_trip(tmp_path, notes)
    exported = "\n".join(fields)
    # Anki typesets \( … \) and \[ … \] itself, in the text's colour: no picture
    assert "<img" not in exported and "svg" not in exported and "#1f2328" not in exported
    back = "\n".join(answers)
    assert "base64" not in back and "image" not in back and "&#91;" not in back
    for tex in formulas:
        assert tex in back
    display = formulas[-1]
    assert f"\\[{display}\\]" in back  # a display formula stays one
    html = "\n".join(render_markdown(answer) for answer in answers)
    for tex in formulas:  # and the app draws each again
        assert f'alt="{tex.replace("<", "&lt;")}"' in html


@pytest.mark.parametrize(
    ("notes", "languages", "code"),
    [
        (CODE, ["python"], "    return sum(xs) / len(xs)"),
        (CODE_AGAIN, ["sql", "rust", "", "go"], "SELECT count(*) FROM t WHERE a < 3;"),
    ],
)
def test_code_keeps_its_language_through_anki(tmp_path, notes, languages, code):
    _, answers = _round_trip(tmp_path, notes)
    back = "\n".join(answers)
    fences = [line.strip() for line in back.splitlines() if line.strip().startswith("```")]
    assert fences[::2] == [f"```{language}" for language in languages]
    assert code in back.splitlines() or code.strip() in back


def test_an_old_exports_formula_pictures_read_back_as_formulas(tmp_path):
    """Packages StudyApp wrote before carried formulas as SVG data: URIs with the TeX as
    their alt: read back, each is its formula again, never its base64."""
    inline_tex, display_tex = "E = mc^2", "\\frac{TP}{TP + FP}"
    # As StudyApp wrote them then: every formula set on the text's middle.
    inline = formula_html(
        replace(draw(inline_tex, display=False, color="#1f2328"), align="middle"), inline_tex
    )
    shown = formula_html(draw(display_tex, display=True, color="#1f2328"), display_tex)
    back = f'<p>Energy is {inline}.</p>\n<p>Precision is</p>\n<p align="center">{shown}</p>'
    package = legacy_package(tmp_path / "old.apkg", [Note(("What?", back))])
    (question,) = parse_path(package).questions
    assert question.answer_markdown == (
        "Energy is \\(E = mc^2\\).\n\nPrecision is\n\n\\[\\frac{TP}{TP + FP}\\]"
    )


@pytest.mark.parametrize(
    ("field", "shown"),
    [
        ('A diagram: <img src="data:image/png;base64,iVBORw0KGgo=" alt="a cat">', "a cat"),
        ('A diagram: <img src="data:image/png;base64,iVBORw0KGgo=">', "[image]"),
        (
            '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="network layout">',
            "network layout",
        ),
    ],
)
def test_a_data_uri_picture_never_spills_its_data_into_the_answer(tmp_path, field, shown):
    package = legacy_package(tmp_path / "pics.apkg", [Note(("What?", field))])
    (question,) = parse_path(package).questions
    answer = question.answer_markdown
    assert "base64" not in answer and "data:" not in answer
    assert shown.strip("[]") in answer
    # the same field in a spreadsheet of HTML fields
    markdown = field_markdown(field, html=True)
    assert "base64" not in markdown and "data:" not in markdown
    assert shown.strip("[]") in markdown


PNG = b"\x89PNG\r\n\x1a\n"

PICTURES = """# Pictures

## What does a ROC curve show?

TPR against FPR: ![ROC](roc.png)

## What does a wide figure show?

A picture named as the first, in another folder: ![Wide](figures/roc.png)

## What is drawn where no file is?

Nothing: ![Gone](gone.png)
"""


def test_pictures_go_to_anki_in_the_package_and_come_back_shown(tmp_path):
    from studyapp.core.anki_media import media_root_of
    from studyapp.core.render import deck_folder, note_folder
    from tests.core.test_deck_export import apkg_media

    notes = tmp_path / "notes" / "pictures.md"
    (notes.parent / "figures").mkdir(parents=True)
    notes.write_text(PICTURES, encoding="utf-8")
    (notes.parent / "roc.png").write_bytes(PNG + b"roc")
    (notes.parent / "figures" / "roc.png").write_bytes(PNG + b"wide")
    package = tmp_path / "out" / "deck.apkg"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with Store.open(tmp_path / "a" / "studyapp.sqlite3") as store:
        import_file(store, notes)
        summary = export_deck(store, store.decks()[0].id, package)
    assert (summary.images_bundled, summary.images_left_out) == (2, 1)
    media = apkg_media(package)
    assert sorted(media.values()) == [PNG + b"roc", PNG + b"wide"]

    with Store.open(tmp_path / "b" / "studyapp.sqlite3") as other:
        import_file(other, package)
        deck = other.decks()[0]
        folder = deck_folder(deck.source_path, media_root_of(other.path))
        assert folder is not None and folder.is_relative_to(tmp_path / "b" / "media")
        shown = {
            q.title: render_markdown(
                q.answer_markdown,
                base_dir=note_folder(folder, q.source_file),
                image_root=folder,
            )
            for q in other.questions()
        }
    roc = re.search(r'<img[^>]*src="(file:[^"]+)"', shown["What does a ROC curve show?"])
    wide = re.search(r'<img[^>]*src="(file:[^"]+)"', shown["What does a wide figure show?"])
    assert roc and wide and roc.group(1) != wide.group(1)
    assert Path(url2pathname(urlsplit(roc.group(1)).path)).read_bytes() == PNG + b"roc"
    assert Path(url2pathname(urlsplit(wide.group(1)).path)).read_bytes() == PNG + b"wide"
    assert "[image: gone.png — not in your notes]" in shown["What is drawn where no file is?"]
    assert sorted(p.read_bytes() for p in folder.iterdir()) == [PNG + b"roc", PNG + b"wide"]
