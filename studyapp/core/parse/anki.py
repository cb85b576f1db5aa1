"""An Anki package's notes → questions: one question per note (a cloze's: per deletion).

The package is read by core.store.anki_package (the only place that opens its SQLite);
this module turns its plain records into a ParsedDocument:

- The question is the note's first field, or the field named like it (Front, Question,
  …). A cloze note is a question per deletion number, as Anki's cards (anki_cloze):
  each asks with its own deletions blanked (``{{c1::answer::hint}}`` reads ``[hint]``,
  else ``[…]``) and the others filled in, and answers with the whole text, its asked
  words marked ``==…==``; each has its own card's history, and its key is the note's
  guid and its deletion number (core.deck_export writes them back as one Cloze note,
  each deletion numbered as it was). A question field left empty
  (an image occlusion's, say) gives way to the note's first field with text.
- The answer is the other fields with text, each under its field name when there are
  several (a cloze's extra fields always are: the whole text comes first).
- Fields are Anki's HTML, made Markdown by html_text (as for Anki's text export). A
  picture the package holds in its media is kept: ``<img src="x.png">`` becomes
  ``![](x.png)``, named as the importer stores it (core.anki_media.stored_name). Other
  media are plain mentions: ``[sound:x.mp3]`` and a picture the package lacks become
  ``[sound: x.mp3]`` and ``[image: x.png]``, so nothing goes without a word.
  A picture held in the field itself (a ``data:`` URI) is its alt text, or ``[image]``,
  never its base64; the formula pictures of StudyApp's older exports are their formula.
- The deck and the topics follow anki_decks, as for Anki's text export: the deepest
  deck every note sits in names the StudyApp deck, the deck path below it is a note's
  topic (notes in several top-level decks are read whole, each top deck's path a
  topic, and a part each: a deck each when imported, core.importer); only in a deck
  without sub-decks is a note's first tag its topic. A note's tags are its question's
  tags, no text of its answer, as in Anki (where a note's tags are
  no field): the store keeps them and the answer pane's header shows them
  (core.question_tags). Its answer ended in a ``#tag`` line of them before: noise
  under the answer, read as a key point, and no text of the note.

A question's "line" is its note's place in the package (deck order, then as added).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote

from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion, StudyAppError
from studyapp.core.parse import anki_cloze
from studyapp.core.parse.anki_decks import file_by_deck, top_deck_parts
from studyapp.core.parse.code_fronts import code_front, with_answer_label
from studyapp.core.parse.html_text import (
    data_image_text,
    field_markdown,
    field_text,
    tag_attributes,
)

__all__ = ["FORMAT", "UNIT", "parse_package"]

FORMAT = "anki-package"
UNIT = "note"
# Field names that ask, in a note type of the person's own (compared case-folded).
QUESTION_FIELDS = ("front", "question", "q", "prompt", "term", "word", "frage", "pregunta")
# Fields of Anki's stock note types that hold a setting, not text to learn.
SETTING_FIELDS = frozenset({"add reverse"})

_SOUND_RE = re.compile(r"\[sound:([^\]]*)\]")
_IMG_RE = re.compile(r"<img\b((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>", re.I)
_SRC_RE = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
# A picture alone in a centred paragraph: how StudyApp's exports set a display formula.
_CENTRED_IMG_RE = re.compile(
    r"<p\b[^>]*\balign=[\"']?center[\"']?[^>]*>\s*(<img\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>)\s*</p>",
    re.I,
)
_BLOCK_START_RE = re.compile(r"^(?:[-*+] |\d+[.)] |```|~~~|\||> |#|\$\$)")


def parse_package(
    path: Path | str, *, name: str | None = None, split_at: str | None = None
) -> ParsedDocument:
    """The questions of the Anki package at `path`. ``name`` is the deck name when the
    notes share no deck (anki_decks; default: the file's name). StudyAppError for a
    file that is not a readable package, or one without a note that has text."""
    from studyapp.core import textio
    from studyapp.core.store.anki_package import read_package

    path = Path(path)
    shown = textio.path_text(path.name)
    if split_at is not None:
        raise StudyAppError(
            f"{shown}: an Anki package is read as one question per note; "
            f"--split-at {split_at} does not apply to it"
        )
    package = read_package(path)
    pictures = _pictures(package.media)
    if not package.notes:
        raise StudyAppError(f"{shown}: the Anki package holds no notes (an empty deck)")
    questions: list[ParsedQuestion] = []
    decks: list[tuple[str, ...]] = []
    skipped: list[SkippedRegion] = []
    for place, note in enumerate(package.notes, start=1):
        found = [_question(note, place, pictures, n) for n in _card_numbers(note)]
        if not any(found):
            skipped.append(SkippedRegion(place, place, "empty Anki note"))
        for question in filter(None, found):
            questions.append(question)
            decks.append(note.deck)
    if not questions:
        raise StudyAppError(
            f"{shown}: none of the {len(package.notes):,} notes in the Anki package has any text"
        )
    file_name = name or textio.path_text(path.stem)
    parts = _parts(questions, decks, file_name)
    shared, grouped = file_by_deck(questions, decks)
    doc = _document(shared or file_name, questions, grouped)
    doc.skipped, doc.parts = skipped, parts
    return doc


def _document(name: str, questions: list[ParsedQuestion], grouped: bool) -> ParsedDocument:
    return ParsedDocument(
        name,
        FORMAT,
        questions,
        has_sections=grouped,
        unit=UNIT,
        candidates={UNIT: len(questions)},
        line_breaks="break",
    )


def _parts(
    questions: list[ParsedQuestion], decks: list[tuple[str, ...]], file_name: str
) -> list[ParsedDocument]:
    """A document of each top-level deck's notes, where they sit in several
    (anki_decks.top_deck_parts); [] for the notes of one."""
    parts = []
    for top, name, own, grouped in top_deck_parts(questions, decks, file_name):
        part = _document(name, own, grouped)
        part.part = top
        parts.append(part)
    return parts


def _pictures(media: dict) -> dict[str, str]:
    """The package's pictures: the name a note refers to one by → the name it is kept
    under here."""
    from studyapp.core.anki_media import is_picture, stored_name

    return {name: stored_name(name) for name in media if is_picture(name)}


def _cloze_field(note, fields: list[str], kept: list[int]) -> int | None:
    if note.note_type.cloze or not note.note_type.fields:  # a type not known: clozes tell
        return next((i for i in kept if anki_cloze.has_clozes(fields[i])), None)
    return None


def _card_numbers(note) -> list[int]:
    """A cloze note's deletion numbers, a question each (as Anki's cards); [ALL] for
    any other note (and an image occlusion's): one question."""
    kept = _kept(note.note_type.fields, note.fields)
    cloze = _cloze_field(note, list(note.fields), kept)
    return (anki_cloze.numbers(note.fields[cloze]) if cloze is not None else []) or [anki_cloze.ALL]


def _kept(names: tuple[str, ...], fields) -> list[int]:
    return [
        i
        for i in range(len(fields))
        if i >= len(names) or names[i].strip().casefold() not in SETTING_FIELDS
    ]


def _question(
    note, place: int, pictures: dict[str, str] | None = None, number: int = anki_cloze.ALL
) -> ParsedQuestion | None:
    """A note's question (card `number` of a cloze note): its title in words (a picture
    that asks is its mention), its answer in Markdown with the package's pictures kept
    (`pictures`: _pictures)."""
    names = note.note_type.fields
    plain = [_mentioned(raw, {}) for raw in note.fields]  # pictures as words: the title
    fields = [_mentioned(raw, pictures) for raw in note.fields] if pictures else plain
    kept = _kept(names, fields)
    cloze = _cloze_field(note, fields, kept)
    asked, answered = list(fields), list(fields)  # each field on either side of a card
    said = list(plain)  # the asking side in words
    if cloze is not None:
        asked[cloze], answered[cloze] = anki_cloze.card_texts(fields[cloze], number)
        said[cloze] = anki_cloze.card_texts(plain[cloze], number)[0]
    asks = cloze if cloze is not None else _asking_field(names, kept)
    title = field_text(said[asks], html=True) if asks is not None else ""
    if not title:  # nothing asks where it should: the first field with text does
        asks = next((i for i in kept if field_text(said[i], html=True)), None)
        if asks is None:
            return None
        title = field_text(said[asks], html=True)
    parts: list[str] = []
    coded = code_front(said[asks], html=True) if asks != cloze else None
    if asks == cloze:
        parts.append(_markdown(answered[asks]))  # the whole text
    elif coded is not None:  # code under the question (code_fronts): the body
        title = coded[0]
        parts.append(coded[1])
    else:
        shown = _markdown(asked[asks])
        # a question with code or a list under it, or a picture: shown whole above
        if "\n" in shown or asked[asks] != said[asks]:
            parts.append(shown)
    extras = []
    for i in kept:
        text = _markdown(answered[i]) if i != asks else ""
        if text:
            extras.append((names[i] if i < len(names) else "", text))
    labelled = bool(parts) or len(extras) > 1
    if coded is not None and extras:  # the answer's label ends the question's body
        parts.append(with_answer_label(extras.pop(0)[1]))
    parts += [_labelled(label, text) if labelled else text for label, text in extras]
    history, due_ms = _card_progress(note, number)
    return ParsedQuestion(
        title,
        "\n\n".join(p for p in parts if p),
        place,
        (),  # anki_decks.file_by_deck gives it
        end_line=place,
        tags=note.tags,
        history=history,  # its card's answers in Anki: its reviews here
        due_ms=due_ms if history else None,  # and the day Anki set for it
        raw_title=fields[asks] if asks != cloze else "",
        # an export back to Anki updates this note's card (core.deck_export)
        source_key=anki_cloze.card_key(note.guid, number),
    )


def _card_progress(note, number: int) -> tuple[tuple, int | None]:
    """The answers and due time of the note's card asking deletion `number` (its card
    of ord number - 1; none where the package lacks that card), or, for a note read
    whole (ALL), of its first card (core.store.anki_package)."""
    if number == anki_cloze.ALL:
        return note.history, note.due_ms
    card = next((c for c in note.cards if c[0] == number - 1), None)
    return (card[1], card[2]) if card else ((), None)


def _asking_field(names: tuple[str, ...], kept: list[int]) -> int | None:
    for wanted in QUESTION_FIELDS:
        for i in kept:
            if i < len(names) and names[i].strip().casefold() == wanted:
                return i
    return kept[0] if kept else None


def _mentioned(raw: str, pictures: dict[str, str]) -> str:
    """A field with its pictures in `pictures` (the package's, by name → kept name)
    referring to their kept names, its other media as plain mentions."""
    if "[sound:" in raw:
        raw = _SOUND_RE.sub(lambda m: f" [sound: {m.group(1).strip()}] ", raw)
    if "<img" in raw or "<IMG" in raw:
        raw = _CENTRED_IMG_RE.sub(_display_formula, raw)
        raw = _IMG_RE.sub(lambda m: _kept_picture(m, pictures) or _image_mention(m), raw)
    return raw


def _kept_picture(match: re.Match[str], pictures: dict[str, str]) -> str | None:
    """A picture of the package's media as an <img> of its kept name (html_text makes
    it ``![alt](name)``); None for any other."""
    if not pictures:
        return None
    src = _SRC_RE.search(match.group(1))
    name = html.unescape(next((g for g in src.groups() if g is not None), "")) if src else ""
    kept = pictures.get(name.strip()) or pictures.get(unquote(name.strip()))
    if kept is None:
        return None
    alt = tag_attributes(match.group(1)).get("alt") or ""
    return f'<img src="{html.escape(kept)}" alt="{html.escape(alt)}">'


def _display_formula(match: re.Match[str]) -> str:
    """A formula picture alone in a centred paragraph: a display formula."""
    image = _IMG_RE.fullmatch(match.group(1))
    text = data_image_text(tag_attributes(image.group(1)), display=True) if image else None
    if text is None or not text.startswith("\\["):
        return match.group(0)
    return f"<p>{html.escape(text, quote=False)}</p>"


def _image_mention(match: re.Match[str]) -> str:
    embedded = data_image_text(tag_attributes(match.group(1)))
    if embedded is not None:  # a data: URI: its alt or formula, never its base64
        text = html.escape(embedded, quote=False)
        return text if embedded.startswith("\\(") else f" {text} "
    src = _SRC_RE.search(match.group(1))
    name = next((g for g in src.groups() if g is not None), "").strip() if src else ""
    if name[:5].casefold() == "file:":  # another machine's path: only its file name
        name = unquote(html.unescape(name)).replace("\\", "/").rstrip("/").rpartition("/")[2]
    return f" [image: {name}] " if name else " [image] "


def _labelled(label: str, text: str) -> str:
    if not label.strip():
        return text
    label = "**" + label.strip().replace("*", r"\*").replace("_", r"\_") + ":**"
    if "\n" in text or _BLOCK_START_RE.match(text):
        return f"{label}\n\n{text}"
    return f"{label} {text}"


def _markdown(raw: str) -> str:
    """A field as Markdown, its ``$$…$$`` math kept as written for the math renderer
    (html_text.field_markdown)."""
    return field_markdown(raw, html=True)
