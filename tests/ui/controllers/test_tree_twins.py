"""Rows of one title in one topic of the tree told apart: a quiz's notes give most
questions one title ("What's the output?" for 108 of 155 questions in a well-known
JavaScript quiz), and the tree listed rows no one could tell apart. Each such row
shows the first words of its question's body muted after its title
(core.title_hints), as the Weak Topics list and a mock's summary do; a title its
topic lists once shows none (two topics' rows are told apart by their topics)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.ui.main_window import K_LAST_QUESTION
from studyapp.ui.recent_folders import data_key
from tests.ui.window_helpers import QT_WARNINGS_FAIL, tree_index

pytestmark = QT_WARNINGS_FAIL

OUTPUT = "What's the output?"
EXPLAIN = "Explain this query"
KEYWORD = "Which keyword declares a block-scoped constant?"

# Quiz notes as such a quiz writes them: a numbered small heading, the code whose
# output is asked for, options A–D and "#### Answer: X" in a toggle (what follows it
# is the answer). The SQL topic holds a second kind of twin: a query to explain,
# its answer after "Answer:".
NOTES = """\
# JavaScript

###### 1. What's the output?

```javascript
const shape = { radius: 10 };
console.log(typeof shape.radius);
```

- A: `"number"`
- B: `"object"`
- C: `"string"`
- D: `undefined`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: A

`radius` holds a number.

</p>
</details>

###### 2. What's the output?

```javascript
let a = 3;
let b = new Number(3);
console.log(a === b);
```

- A: `true`
- B: `false`
- C: `TypeError`
- D: `undefined`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

`new Number` makes an object, and `===` compares types too.

</p>
</details>

###### 3. What's the output?

```javascript
console.log([1, 2, 3].map(parseInt));
```

- A: `[1, 2, 3]`
- B: `[1, NaN, NaN]`
- C: `[NaN, NaN, NaN]`
- D: `TypeError`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

`parseInt` gets the index as its radix.

</p>
</details>

###### 4. Which keyword declares a block-scoped constant?

- A: `var`
- B: `let`
- C: `const`
- D: `static`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: C

`const` is block-scoped and cannot be reassigned.

</p>
</details>

# SQL

## Explain this query

```sql
SELECT name FROM users WHERE age > 30 ORDER BY name;
```

Answer: the names of the users older than 30, sorted.

## Explain this query

```sql
SELECT dept, count(*) FROM staff GROUP BY dept HAVING count(*) > 5;
```

Answer: the departments of more than five people, with their head counts.
"""


@pytest.fixture
def quiz_store(tmp_path) -> Iterator[Store]:
    notes = tmp_path / "quiz.md"
    notes.write_text(NOTES, encoding="utf-8")
    with Store.open(tmp_path / "quiz.sqlite3") as store:
        import_file(store, notes)
        yield store


def ids(store: Store, title: str, topic: str | None = None) -> list[str]:
    """The ids of the questions of `title` (in `topic`, if given), in file order."""
    topics = {t.id: t.name for d in store.decks() for t in store.topics(d.id)}
    return [
        q.id
        for q in store.questions()
        if q.title == title and (topic is None or topics[q.topic_id] == topic)
    ]


def shown(window, qid: str) -> str:
    return tree_index(window, qid).data(Qt.ItemDataRole.DisplayRole)


def tip(window, qid: str) -> str:
    return tree_index(window, qid).data(Qt.ItemDataRole.ToolTipRole)


def test_twins_of_a_topic_show_their_code_and_a_title_listed_once_shows_none(
    make_window, quiz_store
):
    window = make_window(store=quiz_store)
    outputs = ids(quiz_store, OUTPUT, "JavaScript")
    rows = [shown(window, qid) for qid in outputs]
    assert rows == [
        "What's the output? — const shape = { radius: 10 }; console.log(typeof…",
        "What's the output? — let a = 3; let b = new Number(3); console.log(a…",
        "What's the output? — console.log([1, 2, 3].map(parseInt)); A: [1, 2…",
    ]
    assert len({tip(window, qid) for qid in outputs}) == 3
    assert tip(window, outputs[2]).startswith(rows[2] + "\n")
    # The second kind of twin: a query to explain, told apart by its query.
    queries = [shown(window, qid) for qid in ids(quiz_store, EXPLAIN)]
    assert queries == [
        "Explain this query — SELECT name FROM users WHERE age > 30 ORDER BY…",
        "Explain this query — SELECT dept, count(*) FROM staff GROUP BY dept…",
    ]
    # Listed once: the title alone.
    [keyword] = ids(quiz_store, KEYWORD)
    assert shown(window, keyword) == KEYWORD
    assert tip(window, keyword).startswith(KEYWORD + "\n")


def test_the_rows_of_twins_look_different(qtbot, make_window, quiz_store):
    window = make_window(store=quiz_store, show=True)
    window.resize(1100, 700)
    browse = window.controllers["browse"]
    browse.show_question(ids(quiz_store, KEYWORD)[0])  # no twin row selected
    window.controllers["browse"].expand_tree()
    tree = window.tree

    def picture(qid: str):
        index = tree_index(window, qid)
        tree.scrollTo(index)
        rect = tree.visualRect(index)
        rect.setLeft(0)
        rect.setRight(tree.viewport().width() - 1)
        return tree.viewport().grab(rect).toImage()

    first, second, third = (picture(qid) for qid in ids(quiz_store, OUTPUT, "JavaScript"))
    assert first != second and second != third and first != third
    one, two = (picture(qid) for qid in ids(quiz_store, EXPLAIN))
    assert one != two


def test_a_search_keeps_the_hint_of_the_twin_it_finds(make_window, quiz_store):
    window = make_window(store=quiz_store)
    window.controllers["browse"].apply_search("parseInt")
    found = ids(quiz_store, OUTPUT, "JavaScript")[2]
    assert window.tree.accepts(found)
    assert not window.tree.accepts(ids(quiz_store, OUTPUT, "JavaScript")[0])
    assert shown(window, found).endswith("console.log([1, 2, 3].map(parseInt)); A: [1, 2…")


def test_only_the_twins_answers_are_read_for_their_hints(make_window, quiz_store, monkeypatch):
    asked: list[set[str]] = []
    read = quiz_store.questions_by_id
    monkeypatch.setattr(
        quiz_store, "questions_by_id", lambda qids: asked.append(set(qids)) or read(qids)
    )
    make_window(store=quiz_store)
    twins = ids(quiz_store, OUTPUT, "JavaScript") + ids(quiz_store, EXPLAIN)
    assert asked == [set(twins)]  # not the keyword question's


def test_a_question_moved_away_from_its_twins_shows_its_title_alone(make_window, quiz_store):
    window = make_window(store=quiz_store)
    first, second, third = ids(quiz_store, OUTPUT, "JavaScript")
    sql_topic = quiz_store.question(ids(quiz_store, EXPLAIN)[0]).topic_id
    assert window.controllers["editing"].move_question(third, sql_topic)
    # Alone of its title in SQL: its topic tells it apart from the JavaScript ones.
    assert shown(window, third) == OUTPUT
    # The two left in JavaScript are still told apart.
    assert shown(window, first) != shown(window, second) != OUTPUT
    # Moved back among them, it shows its code again.
    js_topic = quiz_store.question(first).topic_id
    assert window.controllers["editing"].move_question(third, js_topic)
    assert shown(window, third).endswith("console.log([1, 2, 3].map(parseInt)); A: [1, 2…")


def test_after_the_first_frame_the_twins_are_told_apart(
    qtbot, make_window, quiz_store, settings_path
):
    # The first frame shows the topics and the question last open; the hints come
    # with the other rows, once it is out (BrowseController.finish_tree).
    first = ids(quiz_store, OUTPUT, "JavaScript")[0]
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue(data_key(quiz_store.path, K_LAST_QUESTION), first)
    settings.sync()
    window = make_window(store=quiz_store, progress_after_paint=True)
    window.show()
    qtbot.waitUntil(window.model.complete)
    assert window.current_qid == first
    assert shown(window, first).startswith(f"{OUTPUT} — const shape")
    assert shown(window, ids(quiz_store, EXPLAIN)[1]).startswith(f"{EXPLAIN} — SELECT dept")


def test_the_bundled_decks_twins_are_told_apart_by_their_answers_not_a_line(
    make_window, default_store
):
    """The sample deck's two "What is a GAN?" read "— line 1059" and "— line 1666":
    lines of a file the person does not have. Their answers' first words tell them
    apart instead; a deck of the person's own notes keeps its lines (next test)."""
    window = make_window(store=default_store)
    gans = [q.id for q in default_store.questions() if q.title == "What is a GAN?"]
    assert len(gans) == 2
    rows = [shown(window, qid) for qid in gans]
    assert all(row.startswith("What is a GAN? — ") for row in rows), rows
    assert not any("line" in row for row in rows), rows
    assert rows[0] != rows[1]
    assert "GAN stands for Generative Adversarial Network" in rows[1]


def test_a_notes_files_twins_without_a_body_still_say_their_line(make_window, tmp_path):
    notes = tmp_path / "gans.md"
    notes.write_text(
        "# Models\n\n## What is a GAN?\n\nTwo networks.\n\n## What is a GAN?\n\nA generator.\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "gans.sqlite3") as store:
        import_file(store, notes)
        window = make_window(store=store)
        rows = [shown(window, q.id) for q in store.questions()]
        assert rows == ["What is a GAN? — line 3", "What is a GAN? — line 7"]
        window.close()
