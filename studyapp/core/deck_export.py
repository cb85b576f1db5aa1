"""Leave with your cards: a deck as an Anki package (.apkg, through genanki) or a CSV
(question, answer Markdown, topic, deck name) that StudyApp's own importer reads back
as the same questions in a deck of the same name. Suspended questions are exported
too; deleted ones are not."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from studyapp.core import json_text
from studyapp.core.anki_cloze_notes import cloze_notes, note_key
from studyapp.core.anki_media import MediaBundle, media_root_of
from studyapp.core.decks import has_file_source, source_of
from studyapp.core.format import plural
from studyapp.core.model import Deck, Question, StudyAppError
from studyapp.core.paths import sync_folder
from studyapp.core.question_tags import anki_tags
from studyapp.core.store import Store
from studyapp.core.topic_cells import CSV_HEADER, SEPARATOR, topic_cell
from studyapp.core.topic_names import DEFAULT_TOPIC

SUFFIXES = (".apkg", ".csv")
MODEL_NAME = "StudyApp question"  # the note type of the Anki packages StudyApp writes
CLOZE_MODEL_NAME = "StudyApp cloze"  # and of a cloze note's questions (anki_cloze_notes)
OWN_EXPORT_SHARE = 0.8  # of a package's titles in one deck here: that deck's own export
# The deck's name on every row: an import of the file names the deck by it (a sheet's
# "Deck" column that holds one value; core.parse.tabular), as an Anki package does.
TOPIC_SEPARATOR = SEPARATOR  # how the tabular reader splits a topic path (Anki's deck path)


@dataclass(frozen=True, slots=True)
class DeckExport:
    path: Path
    deck_name: str
    questions: int
    images_bundled: int = 0  # picture files put in an Anki package's media
    images_left_out: int = 0  # pictures it shows as a placeholder (missing, outside)

    def __str__(self) -> str:
        said = f'Wrote {self.path}: "{self.deck_name}", {plural(self.questions, "question")}.'
        images = self.images_said()
        return f"{said} {images}" if images else said

    def images_said(self) -> str:
        """The pictures of an Anki package, in a sentence; "" when it has none."""
        if not self.images_bundled and not self.images_left_out:
            return ""
        said = f"{plural(self.images_bundled, 'image')} bundled"
        if self.images_left_out:
            said += (
                f", {self.images_left_out} left out (missing, or outside the deck's folder:"
                " the cards show their name)"
            )
        return said + "."


def export_deck(store: Store, deck_id: int, path: str | os.PathLike[str]) -> DeckExport:
    """Write deck `deck_id` to `path`: .apkg or .csv, by the file's suffix."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in SUFFIXES:
        raise StudyAppError(f"{path.name}: export to a .apkg (Anki) or a .csv file")
    deck = store.deck(deck_id)
    if deck is None:
        raise StudyAppError(f"no deck with id {deck_id}")
    _refuse_notes(path, store.decks())
    questions = store.questions(deck_id=deck_id)
    topics = _topic_paths(store, deck_id)
    media = MediaBundle()
    if kind == ".csv":
        data = _csv_bytes(questions, topics, deck.name)
    else:
        data = _apkg_bytes(store, deck, questions, topics, media)
    _write(path, data)
    return DeckExport(path, deck.name, len(questions), media.bundled, media.left_out)


def _refuse_notes(path: Path, decks: list[Deck]) -> None:
    """StudyAppError where `path` is a deck's own notes: the file a deck was imported
    from (the export would replace the person's notes, their extra columns and all), or
    a place inside a deck's folder (the next re-import would read the export as notes)."""
    target = path.resolve()
    for deck in decks:
        if not has_file_source(deck):
            continue
        source = source_of(deck).resolve()
        if target == source or (path.exists() and source.exists() and path.samefile(source)):
            raise StudyAppError(
                f'{path.name} holds the notes of the deck "{deck.name}": exporting over it '
                "would replace them. Choose another name or folder."
            )
        if source.is_dir() and target.is_relative_to(source):
            raise StudyAppError(
                f'{path.name} would go inside the folder of the deck "{deck.name}" '
                f"({source}), where the next import would read it as notes. "
                "Choose a place outside it."
            )


def _topic_paths(store: Store, deck_id: int) -> dict[int, tuple[str, ...]]:
    topics = store.topics(deck_id)
    by_id = {t.id: t for t in topics}
    paths: dict[int, tuple[str, ...]] = {}
    for topic in topics:  # parents come before children
        parent = paths.get(topic.parent_id, ()) if topic.parent_id in by_id else ()
        paths[topic.id] = (*parent, topic.name)
    return paths


def _csv_bytes(
    questions: list[Question], topics: dict[int, tuple[str, ...]], deck_name: str
) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for q in questions:
        topic = topic_cell(topics.get(q.topic_id, ()))  # '"Networking / TCP"::Sockets'
        tags = " ".join(anki_tags(q.tags))
        writer.writerow((q.shown_title, q.answer_markdown, topic, deck_name, tags))
    return out.getvalue().encode("utf-8")


def _front(q: Question) -> str:
    """A question's title as an Anki card's front (HTML): its inline code in <code>,
    as the app shows it, and as an import of the package reads it back."""
    if not q.title_markup:
        return html.escape(q.title)
    from studyapp.core.title_marks import code_parts

    return "".join(
        f"<code>{html.escape(text)}</code>" if code else html.escape(text)
        for text, code in code_parts(q.title_markup)
    )


def stable_id(kind: str, deck: Deck) -> int:
    """An Anki model or deck id derived from the deck, so a second export updates the
    same Anki deck instead of making another (Anki ids are positive 31-bit-ish ints;
    genanki recommends the range 1 << 30 .. 1 << 31)."""
    digest = hashlib.sha1(f"studyapp:{kind}:{deck.source_path or deck.name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def anki_tag(path: tuple[str, ...]) -> str:
    """A topic path as one hierarchical Anki tag (no spaces: Anki splits tags on them)."""
    return TOPIC_SEPARATOR.join(re.sub(r"\s+", "_", name.strip()) for name in path if name.strip())


def anki_path(path: tuple[str, ...]) -> tuple[str, ...]:
    """A topic path as a sub-deck path: the top topic the importer files questions
    under no topic in ("General": an Anki card of the top deck itself, a Markdown
    question under no heading) is the deck itself, as it was (a card of "Algorithms"
    came back in a new sub-deck "Algorithms::General"); its sub-topics stay under it."""
    return () if path == (DEFAULT_TOPIC,) else path


def _apkg_bytes(
    store: Store,
    deck: Deck,
    questions: list[Question],
    topics: dict[int, tuple[str, ...]],
    media: MediaBundle,
) -> bytes:
    import genanki

    from studyapp.core import texmath
    from studyapp.core.parse.anki_cloze import numbers as cloze_numbers
    from studyapp.core.render import deck_folder, line_breaks_for, note_folder, render_markdown
    from studyapp.core.store.anki_progress import write_progress

    line_breaks = line_breaks_for(store.get_setting, deck.id)
    # images resolve against the deck's folder, as the answer pane shows them
    folder = deck_folder(deck.source_path, media_root_of(store.path))
    model = _note_type(
        stable_id("model", deck),
        MODEL_NAME,
        ("Question", "Answer"),
        ("Card 1", "{{Question}}", '{{FrontSide}}<hr id="answer">{{Answer}}'),
    )
    cloze_model = _note_type(  # Anki's Cloze note type, under a name of StudyApp's
        stable_id("cloze-model", deck),
        CLOZE_MODEL_NAME,
        ("Text", "Back Extra"),
        ("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"),
        cloze=True,
    )
    # Each topic a sub-deck, as an Anki user keeps topics ("Interview::Statistics"):
    # the deck tree of Anki's browser and its study screen is the topic tree.
    decks: dict[tuple[str, ...], genanki.Deck] = {}

    def anki_deck_of(path: tuple[str, ...]) -> genanki.Deck:
        if path not in decks:
            name = TOPIC_SEPARATOR.join((deck.name, *path))
            kind = f"deck:{TOPIC_SEPARATOR.join(path)}" if path else "deck"  # (as before)
            decks[path] = genanki.Deck(stable_id(kind, deck), name)
        return decks[path]

    anki_deck_of(())  # the deck itself, first, even where every question has a topic
    guids = note_guids(questions)
    clozes = cloze_notes(questions)

    def html_of(md: str, q: Question) -> str:
        if not md:
            return ""
        with texmath.as_mathjax():  # Anki typesets \(…\) and \[…\] itself
            answer = render_markdown(
                md,
                base_dir=note_folder(folder, q.source_file),
                image_root=folder,
                theme="light",
                line_breaks=line_breaks,
                qt_quotes=False,  # Anki draws a <blockquote> itself
            )
        return media.bundle(code_languages(answer, md))

    for q in questions:
        path = anki_path(topics.get(q.topic_id, ()))
        tag = anki_tag(path)
        cloze = clozes.get(note_key(q)) if q.source_key else None
        if cloze is not None and cloze.questions[0].id != q.id:
            continue  # written with its note's first card
        if cloze is not None:
            note_model, fields = cloze_model, [html_of(md, q) for md in cloze.fields()]
        else:
            note_model, fields = model, [_front(q), html_of(q.answer_markdown, q)]
        note = genanki.Note(
            model=note_model,
            fields=fields,
            # its topic's tag, then the tags its notes gave it (Anki's spelling)
            tags=list(dict.fromkeys([*([tag] if tag else []), *anki_tags(q.tags)])),
            guid=guids[q.id],
        )
        if cloze is not None:  # a card per deletion number, a nested one's too
            note.cards = [genanki.Card(number - 1) for number in cloze_numbers(fields[0])]
        anki_deck_of(path).add_note(note)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "deck.apkg"
            files = Path(tmp) / "media"  # genanki names each media file by its own name
            files.mkdir()
            for name, content in media.files.items():
                (files / name).write_bytes(content)
            package = genanki.Package(
                list(decks.values()), media_files=[str(files / n) for n in media.files]
            )
            package.write_to_file(str(target))
            write_progress(target, _progress(store, deck, questions))
            return target.read_bytes()
    except Exception as exc:
        # genanki builds the package with sqlite3 in the temporary folder: a full disk
        # there is SQLite's "disk I/O error" or "database or disk is full" (the store
        # package alone imports sqlite3, hence the module's name)
        if not isinstance(exc, OSError) and type(exc).__module__ != "sqlite3":
            raise
        reason = exc.strerror if isinstance(exc, OSError) else None
        raise StudyAppError(
            f"cannot build the Anki package in {tempfile.gettempdir()}"
            f" ({reason or exc}): the disk may be full. Free some space and try again."
        ) from exc


def _note_type(
    model_id: int,
    name: str,
    fields: tuple[str, ...],
    template: tuple[str, str, str],
    *,
    cloze: bool = False,
):
    """A genanki note type of one card template: (its name, front, back)."""
    import genanki

    return genanki.Model(
        model_id,
        name,
        fields=[{"name": field} for field in fields],
        templates=[{"name": template[0], "qfmt": template[1], "afmt": template[2]}],
        model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
    )


_PRE_CODE = re.compile(r"(<pre\b[^>]*>(?:<span></span>)?)<code>(.*?)</code>", re.S)
_TAG = re.compile(r"<[^>]*>")


def code_languages(answer_html: str, md: str) -> str:
    """The answer's HTML with each fenced code block's language on its <code> as
    ``class="language-…"`` (the HTML convention, and what StudyApp's importer reads
    back): the highlighter's inline colours carry no language, and the sanitizer drops
    classes, so a ```python block came back from Anki as a bare ```. Blocks are matched
    to the Markdown's fences by their text, in order; one that matches none (indented
    code, a fence the renderer read differently) is left as it is."""
    if "<pre" not in answer_html or ("```" not in md and "~~~" not in md):
        return answer_html
    from markdown_it import MarkdownIt

    fences = [
        (_squeezed(token.content), _language(token.info))
        for token in MarkdownIt("commonmark").parse(md)
        if token.type == "fence"
    ]
    at = 0

    def tagged(match: re.Match[str]) -> str:
        nonlocal at
        text = _squeezed(html.unescape(_TAG.sub("", match.group(2))))
        for n in range(at, len(fences)):
            if fences[n][0] == text:
                at = n + 1
                if fences[n][1]:
                    language = f'class="language-{fences[n][1]}"'
                    return f"{match.group(1)}<code {language}>{match.group(2)}</code>"
                break
        return match.group(0)

    return _PRE_CODE.sub(tagged, answer_html)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _language(info: str) -> str:
    """A fence's language: the first word of its info string ("python", "{.py}" → "py"),
    only the characters a class name and html_text's reader take."""
    word = info.strip().split(maxsplit=1)[0] if info.strip() else ""
    return re.sub(r"[^\w+#-]", "", word.lstrip("{.").rstrip("}"))


def note_guids(questions: list[Question]) -> dict[str, str]:
    """Question id → its Anki note's guid: the guid of the note it was imported from,
    so that importing the export into that collection updates the person's own notes
    (their history and all) instead of adding a copy of each; else one derived from
    the question's id, the same at every export. A key two questions share (a copy
    of a note) is neither's, but the cards of one cloze note share its guid
    (core.anki_cloze_notes)."""
    import genanki

    shared = Counter(note_key(q) for q in questions if q.source_key)
    clozes = cloze_notes(questions)
    return {
        q.id: note_key(q)
        if q.source_key and (shared[note_key(q)] == 1 or note_key(q) in clozes)
        else genanki.guid_for("studyapp", q.id)
        for q in questions
    }


def _progress(store: Store, deck: Deck, questions: list[Question]) -> dict:
    """Note guid → the question's progress (store.anki_progress.CardProgress): when it is
    due, its interval, its answers; whether it is suspended, and its flag. A cloze
    note's question's is its card's: (guid, card ord) → it."""
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.settings_schema import load_settings
    from studyapp.core.store.anki_progress import CardProgress

    cards = store.cards(deck.id)
    answers: dict[str, list[tuple[int, int, float | None]]] = {}
    for review in store.weak_reviews(deck.id):
        answers.setdefault(review.question_id, []).append(
            (review.reviewed_at_ms, review.rating, review.seconds)
        )
    progress: dict[str | tuple[str, int], CardProgress] = {}
    guids = note_guids(questions)
    clozes = cloze_notes(questions)
    scheduler = SpacedRepetition.from_settings(load_settings(store))
    steps = {"learning": scheduler.learning_steps, "relearning": scheduler.relearning_steps}
    for q in questions:
        due, interval, learning, due_at, step = (
            _scheduled(cards[q.id].card_json) if q.id in cards else (None, 0, "", None, 0)
        )
        cloze = clozes.get(note_key(q)) if q.source_key else None
        key = (guids[q.id], cloze.card(q)) if cloze is not None else guids[q.id]
        progress[key] = CardProgress(
            due,
            interval,
            tuple(answers.get(q.id, ())),
            q.suspended,
            learning,
            due_at,
            q.flag,
            # the steps still to do, the one it waits for included (Anki's count)
            max(1, len(steps.get(learning, ())) - step),
        )
    return progress


_STEPS = {1: "learning", 3: "relearning"}  # FSRS's card states in its learning steps


def _scheduled(card_json: str) -> tuple[date | None, int, str, datetime | None, int]:
    """The day a scheduler card is due (UTC), the days from its last review to then,
    whether it is in its (re)learning steps, when it is due, and which step it is on
    (0 the first); (None, 0, "", None, 0) for a card that cannot be read (it goes to
    Anki as new)."""
    try:
        card = json_text.loads(card_json)
        due = datetime.fromisoformat(card["due"]).astimezone(UTC)
        last = card.get("last_review")
        since = datetime.fromisoformat(last).astimezone(UTC) if last else due
        learning = _STEPS.get(card.get("state"), "")
        step = card.get("step")
        step = step if isinstance(step, int) and step >= 0 else 0
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, 0, "", None, 0
    return due.date(), max(0, (due.date() - since.date()).days), learning, due, step


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a failed export never leaves half a file under the name."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # open(), not mkstemp: the file gets the usual permissions (mkstemp's are 0600).
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())  # a power cut leaves the old export or the new one
            os.replace(tmp, path)
            sync_folder(path.parent)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StudyAppError(f"{path}: cannot write the export ({exc.strerror or exc})") from exc


def own_export_of(store: Store, path: Path, titles: list[str]) -> Deck | None:
    """The deck here that an Anki package is StudyApp's own export of (its notes of
    StudyApp's note type, most of their titles that deck's): imported back, it made a
    second deck and doubled that deck's reviews. None for any other package."""
    from studyapp.core.store.anki_package import read_package

    try:
        notes = read_package(path).notes
    except StudyAppError:
        return None
    if not notes or any(
        note.note_type.name not in (MODEL_NAME, CLOZE_MODEL_NAME) for note in notes
    ):
        return None
    wanted = {title.casefold() for title in titles}
    for deck in store.decks():
        here = {q.title.casefold() for q in store.questions(deck_id=deck.id)}
        if wanted and len(wanted & here) >= OWN_EXPORT_SHARE * len(wanted):
            return deck
    return None
