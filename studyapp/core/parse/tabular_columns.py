"""Which field of a table's records is the question, the answer, the tags and the deck. No Qt.

`tabular` reads a CSV, TSV or Anki "Notes in Plain Text" file into records; this module
finds what each column is: from a header row that names them (any order, any case,
common synonyms and names abroad; the plainest name wins when two columns claim a
role), from Anki's ``#… column:N`` headers, or else from the data: the first column
that holds text asks, the next free one answers (not one of links only, nor one whose
name and values keep records: "Difficulty", "Last reviewed"), and a nameless column
of short repeated labels after them holds tags. A first record of short capitalised
labels over longer cells ("Frage;Antwort;Thema") names its columns too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.core.meta_values import record_keeping_name
from studyapp.core.parse.anki_header import AnkiHeader
from studyapp.core.parse.header_names import folded_name, head_name, named_as
from studyapp.core.parse.meta_columns import columns_kept_out
from studyapp.core.parse.tag_columns import label_column
from studyapp.core.parse.titles import (
    ANSWER_NAMES_ABROAD,
    QUESTION_NAMES_ABROAD,
    ends_asking,
    is_question_phrased,
)

_MAX_HEADER_NAME = 40

# Header names, normalised (lower case, runs of non-alphanumerics as one space), the
# plainest first: when two columns claim a role, the earlier name wins ("answer" over
# "a", so a quiz's "question, a, b, c, d, answer" keeps its options as extra columns).
_ROLE_NAMES = {
    "question": (
        "question", "questions", "question text", "front", "front side", "card front",
        "prompt", "term", "word", "clue", "query", "ask", "title", "q", "side 1", "side a",
        # a problem list's (LeetCode's "Problem | Difficulty | Link | Approach")
        "problem", "problems", "problem name", "exercise",
        *QUESTION_NAMES_ABROAD,
        # a glossary's term, here and abroad ("Begriff;Erklärung", "Terme;Explication")
        "concept", "begriff", "konzept", "stichwort", "terme", "término", "termo",
        "termine", "concetto", "concepto", "conceito", "термин", "понятие",
    ),
    "answer": (
        "answer", "answers", "answer text", "correct answer", "right answer", "back",
        "back side", "card back", "response", "definition", "meaning", "solution",
        "explanation", "reply", "a", "side 2", "side b", "approach",
        *ANSWER_NAMES_ABROAD,
        "description", "erklärung", "bedeutung", "beschreibung", "explication",
        "signification", "définition", "definición", "significado", "explicación",
        "descripción", "definição", "explicação", "definizione", "significato",
        "spiegazione", "descrizione", "определение", "значение", "объяснение", "описание",
    ),
    "tags": (
        "tags", "tag", "labels", "label", "keywords", "keyword", "etiquetas", "etiqueta",
        "schlagwörter", "étiquettes", "теги",
        "タグ", "标签", "標籤", "标记", "태그",  # Japanese, Chinese, Korean
    ),
    "topic": (
        "deck", "topic", "topics", "section", "category", "categories", "subject",
        "chapter", "group", "area", "areas", "topic area", "subject area", "focus area",
        "domain", "tema", "thema", "sujet", "thème", "theme", "tópico", "topico",
        "argomento", "categoría", "categoria", "kategorie", "catégorie", "тема",
        # Chinese, Japanese and Korean ("問題,答え,分類", "问题,答案,分类", "질문,답변,분류")
        "主题", "分类", "分類", "类别", "類別", "カテゴリ", "カテゴリー", "分野", "ジャンル",
        "トピック", "テーマ", "章", "주제", "분류", "카테고리", "범주",
    ),
    "ignore": (
        "id", "no", "nr", "number", "index", "guid", "nid", "notetype", "note type",
        "type", "model", "created", "modified", "due", "interval", "ease",
        # a database's own record keeping (Notion, Airtable, a spreadsheet's form)
        "created time", "last edited time", "created by", "last edited by", "created at",
        "updated at", "date created", "date modified", "last modified", "timestamp",
    ),
}  # fmt: skip
_ROLE_OF: dict[str, str] = {}
_RANK: dict[str, int] = {}
for _role, _names in _ROLE_NAMES.items():
    for _rank, _name in enumerate(_names):
        _ROLE_OF.setdefault(folded_name(_name), _role)
        _RANK.setdefault(folded_name(_name), _rank)
# The names a column's name may end in ("My answer", "Interview question").
_SIDE_NAMES = frozenset(n for n, role in _ROLE_OF.items() if role in ("question", "answer"))
_LETTER_RE = re.compile(r"[^\W\d_]")
# One to three words of letters: a label ("Bases de datos", "js async"), not "O(n)".
_LABEL_RE = re.compile(r"[^\W\d_]+(?:[ '\-][^\W\d_]+){0,2}")


@dataclass(slots=True)
class _Layout:
    """Which field is what, found from a header row, Anki headers, or the data."""

    question: int = -1
    answer: int = -1
    tags: int = -1
    topic: int = -1
    # A column named "Deck": the deck's name where every row says the same (tabular),
    # else above the topic. The topic column itself where no other one claims topics.
    deck: int = -1
    ignored: set[int] = field(default_factory=set)
    names: dict[int, str] = field(default_factory=dict)  # header names, for extra columns
    # Anki's guid column (one of `ignored`): the note's key, which stays the note's
    # when it moves to another deck (ParsedQuestion.source_key).
    key: int = -1


@dataclass(slots=True)
class _Record:
    """A record as `tabular` reads it: its first and last physical line, its fields."""

    first: int
    last: int
    fields: list[str]


def _cell(record: _Record, index: int) -> str:
    return record.fields[index] if 0 <= index < len(record.fields) else ""


# A sheet's summary row under its cards: "Total", "Average", … over its numbers.
_SUMMARY_NAMES = frozenset(
    ("total", "totals", "grand total", "subtotal", "sum", "average", "avg", "mean", "count")
)
_NUMBER_RE = re.compile(r"^[-+]?[\d.,]+\s*%?$")


def summary_row(record: _Record, layout: _Layout) -> bool:
    """Whether a row sums up the rows above ("Total,,,,23"): its question cell names a
    summary, its answer cell is empty and its other cells hold numbers or nothing."""
    if folded_name(_cell(record, layout.question)) not in _SUMMARY_NAMES:
        return False
    others = [cell.strip() for n, cell in enumerate(record.fields) if n != layout.question]
    return not _cell(record, layout.answer).strip() and all(
        not cell or _NUMBER_RE.match(cell) for cell in others
    )


def column_role(name: str) -> str | None:
    """The role a column (or a record's key) of this name plays: "question", "answer",
    "tags", "topic" or "ignore"; None for a name of no role."""
    return _ROLE_OF.get(_named_as(name))


def _named_as(header: str) -> str:
    """The known name a header cell says (`header_names.named_as`), or the question's
    or the answer's name it ends in ("My answer": `header_names.head_name`)."""
    name = named_as(header, _ROLE_OF)
    return name if name in _ROLE_OF else head_name(name, _SIDE_NAMES) or name


def _header_layout(row: list[str]) -> _Layout | None:
    """The layout a header row names, or None when the row is data."""
    if any(len(cell.strip()) > _MAX_HEADER_NAME or ends_asking(cell) for cell in row):
        return None  # a sentence is data, not a column name
    layout = _Layout()
    ranks: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = _named_as(cell)
        role = _ROLE_OF.get(name)
        layout.names[index] = cell.strip()
        if role == "ignore":
            layout.ignored.add(index)
        elif role is not None and _RANK[name] < ranks.get(role, len(_RANK)):
            ranks[role] = _RANK[name]
            setattr(layout, role, index)
    if layout.question < 0 and layout.answer < 0 and not _names_its_columns(row, layout):
        return None
    _deck_apart(row, layout, ranks)
    if layout.question < 0:  # "…, answer": the first unnamed text column asks
        layout.question = next(
            (i for i in range(len(row)) if i not in _assigned(layout)), layout.question
        )
    return layout


_DECK_NAMES = frozenset(folded_name(n) for n in ("deck", "deck name", "deckname"))


def _deck_apart(row: list[str], layout: _Layout, ranks: dict[str, int]) -> None:
    """A column named "Deck" is the deck column; where another column also names topics
    ("question,answer,topic,deck": StudyApp's own CSV), that one holds the topics."""
    decks = [i for i, cell in enumerate(row) if _named_as(cell) in _DECK_NAMES]
    if not decks:
        return
    layout.deck = decks[0]
    if layout.topic != layout.deck:
        return
    others = [
        (_RANK[name], i)
        for i, cell in enumerate(row)
        if i != layout.deck
        and _ROLE_OF.get(name := _named_as(cell)) == "topic"
        and name not in _DECK_NAMES
    ]
    if others:
        layout.topic = min(others)[1]
        ranks["topic"] = min(others)[0]


def _names_its_columns(row: list[str], layout: _Layout) -> bool:
    """Whether a row that names no question or answer column still names its columns:
    two or more by a role ("Tags", "Created") or by record keeping ("Difficulty",
    "Status", "Last reviewed"), and one it does not, which asks (a Notion database's
    "Name,Difficulty,Tags,Status,Last reviewed", exported without its pages)."""
    known = {i for i in layout.names if i in _assigned(layout) or record_keeping_name(row[i])}
    return len(known) >= 2 and len(known) < len(row)


def _assigned(layout: _Layout) -> set[int]:
    return {
        layout.question,
        layout.answer,
        layout.tags,
        layout.topic,
        layout.deck,
        *layout.ignored,
    } - {-1}


def _is_text_column(records: list[_Record], index: int) -> bool:
    values = [r.fields[index].strip() for r in records if index < len(r.fields)]
    values = [v for v in values if v]
    return bool(values) and sum(bool(_LETTER_RE.search(v)) for v in values) * 2 >= len(values)


def _label_row(records: list[_Record]) -> bool:
    """Whether the first record names its columns in words the header names above do
    not know ("Frage;Antwort;Thema"): short labels over columns whose cells are much
    longer, in the first two columns at least."""
    if len(records) < 3 or len(records[0].fields) < 2:
        return False
    labels = [cell.strip() for cell in records[0].fields]
    if any(
        len(cell) < 4 or len(cell) > 30 or not _LABEL_RE.fullmatch(cell) or cell[0].islower()
        for cell in labels
    ):
        return False  # a name is a capitalised word or few ("Frage"), not "Tag" or "day"
    if is_question_phrased(labels[0]) and any(
        is_question_phrased(_cell(r, 0)) for r in records[1:]
    ):
        return False  # it asks, as the rows under it do ("What is Kafka"): a card
    if _typed_apart(records):
        return True
    for index in (0, 1):  # the cells under them longer, in letters and in words
        cells = [_cell(r, index).strip() for r in records[1:]]
        lengths = sorted(len(c) for c in cells)
        words = sorted(len(c.split()) for c in cells)
        middle = len(cells) // 2
        if lengths[middle] < 1.5 * len(labels[index]):
            return False
        if index == 0 and words[middle] <= len(labels[0].split()):
            return False
    return True


def _typed_apart(records: list[_Record]) -> bool:
    """Whether a column holds a word on the first row and no letter in any row below
    ("Date" over "2026-11-01", "Amount" over "54.20"): the first row names it."""
    width = len(records[0].fields)
    return any(
        all(not _LETTER_RE.search(_cell(r, i)) and _cell(r, i).strip() for r in records[1:])
        for i in range(width)
    )


def _kept(records: list[_Record], layout: _Layout, index: int) -> bool:
    """Whether a named column keeps records (meta_columns): its name says so and its
    values are labels, dates, numbers or ticks."""
    name = layout.names.get(index, "")
    return record_keeping_name(name) and bool(
        columns_kept_out([r.fields for r in records], {index: name})
    )


def _links_only(records: list[_Record], index: int) -> bool:
    values = [r.fields[index].strip() for r in records if index < len(r.fields)]
    return any(values) and all(re.fullmatch(r"https?://\S+", v) for v in values if v)


def _label_column(records: list[_Record], index: int) -> bool:
    """A column without a name, after the answer, of labels (`tag_columns`): tags,
    not more answer."""
    return label_column([r.fields[index] for r in records if index < len(r.fields)])


def _data_layout(records: list[_Record], layout: _Layout) -> _Layout:
    """Fill the question and answer columns from the data: the question is the first
    free column that holds text (a column of numbers before it is a row id), the
    answer the next free column, whatever it holds (``42`` is an answer). A free
    column of short repeated labels after them holds tags."""
    width = max((len(r.fields) for r in records), default=0)
    free = [i for i in range(width) if i not in _assigned(layout)]
    guessed = layout.question < 0  # (no header names the question's column)
    if layout.question < 0:
        texts = [i for i in free if _is_text_column(records, i)]
        if (
            len(texts) >= 3
            and layout.tags < 0
            and layout.topic < 0
            and texts[0] not in layout.names
            and _label_column(records, texts[0])
            and not _label_column(records, texts[1])
        ):
            # "go concurrency" before the question and its answer (an Anki export
            # whose tags column comes first, its header not saying so): tags, not the
            # question, whose cells say more than a label
            layout.tags = texts.pop(0)
            free.remove(layout.tags)
        layout.question = next(iter(texts), -1)
        if layout.question < 0:
            return layout
        layout.ignored |= {i for i in free if i < layout.question and i not in layout.names}
    if layout.answer < 0:  # (links only, a problem's "URL", answer nothing; under named
        # columns none "Answer", the one that says most: "Notes", not "Difficulty")
        # (nor one its name and values say keeps records: "Difficulty", "Last
        # reviewed"; a sheet of those alone answers nothing)
        after = [i for i in free if i > layout.question and not _kept(records, layout, i)]
        said = [i for i in after if not _links_only(records, i)] or after
        if layout.names and said:
            said = [
                max(said, key=lambda i: sum(len(r.fields[i]) for r in records if i < len(r.fields)))
            ]
        layout.answer = next(iter(said), -1)
        if guessed and _a_ledger(records, layout):
            layout.question = layout.answer = -1
            return layout
    if layout.tags < 0 and layout.topic < 0:
        # A column with a name of its own ("Difficulty", "Example") stays in the
        # answer under that name: only a nameless one is guessed at.
        layout.tags = next(
            (
                i
                for i in range(width)
                if i > max(layout.question, layout.answer)
                and i not in _assigned(layout)
                and i not in layout.names
                and _label_column(records, i)
            ),
            -1,
        )
    return layout


# An amount: "54.20", "1,299.00", "$3.50", "12 €", "EUR 12.00" (not a year, not a count);
# of money only with a currency's sign or code, or under a column named for amounts.
_CURRENCY = r"(?:[$€£¥₹₽]|(?-i:USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY|SEK|NOK|DKK|PLN|RUB))"
_AMOUNT_RE = re.compile(
    rf"[-+]?(?:{_CURRENCY}\s?)?\d{{1,3}}(?:[,.' ]?\d{{3}})*[.,]\d{{2}}(?:\s?{_CURRENCY})?"
    rf"|[-+]?{_CURRENCY}\s?\d[\d,.]*|[-+]?\d[\d,.]*\s?{_CURRENCY}"
)
_CURRENCY_RE = re.compile(_CURRENCY)
_AMOUNT_NAMES = frozenset(
    folded_name(n)
    for n in (
        "amount", "cost", "costs", "price", "total", "sum", "spent", "paid", "expense",
        "betrag", "kosten", "preis", "summe", "ausgabe", "montant", "prix", "coût", "somme",
        "importe", "precio", "costo", "gasto", "valor", "preço", "custo", "prezzo",
        "importo", "spesa", "bedrag", "prijs", "сумма", "цена", "стоимость",
    )
)  # fmt: skip


def _a_ledger(records: list[_Record], layout: _Layout) -> bool:
    """Whether the columns guessed as question and answer are a ledger's items and
    their amounts ("Groceries,54.20"), no cards: every "answer" an amount, of money by
    its column's name ("Amount", "Betrag") or a currency in most of them ("$3.50"), no
    "question" that asks. (A card's answer can be a number: "What is 6×7?,42",
    "Berlin Wall falls,1989", "Pi to two decimals,3.14"; not every one a price.)"""
    answers = [_cell(r, layout.answer).strip() for r in records]
    money = folded_name(layout.names.get(layout.answer, "")) in _AMOUNT_NAMES or (
        sum(bool(_CURRENCY_RE.search(a)) for a in answers) * 2 > len(answers)
    )
    return (
        bool(answers)
        and money
        and all(_AMOUNT_RE.fullmatch(a) for a in answers)
        and not any(is_question_phrased(_cell(r, layout.question)) for r in records)
    )


def _anki_layout(anki: AnkiHeader) -> _Layout:
    layout = _Layout()
    roles = anki.role_columns
    layout.tags = roles.get("tags", -1)
    layout.topic = roles.get("deck", -1)
    layout.ignored = {roles[key] for key in ("notetype", "guid") if key in roles}
    layout.key = roles.get("guid", -1)
    if anki.columns:
        named = _header_layout(anki.columns)
        if named is not None:
            for role in ("question", "answer", "tags", "topic"):
                if getattr(layout, role) < 0:
                    setattr(layout, role, getattr(named, role))
            layout.names = named.names
    return layout


def _layout_fields(layout: _Layout | None) -> dict:
    if layout is None:
        return {}
    return {
        "question": layout.question,
        "answer": layout.answer,
        "tags": layout.tags,
        "topic": layout.topic,
        "deck": layout.deck,
        "ignored": set(layout.ignored),
        "names": dict(layout.names),
        "key": layout.key,
    }


def _merge(anki_layout: _Layout, header: _Layout) -> _Layout:
    for role in ("question", "answer", "tags", "topic"):
        if getattr(anki_layout, role) < 0:
            setattr(anki_layout, role, getattr(header, role))
    anki_layout.names = header.names
    return anki_layout
