"""A sheet's "Deck" column: the deck's name where every row holds the same one (StudyApp's
own CSV export writes its deck's name on each row, so importing it again gives the same
deck, its name too); where rows hold several decks, each row's deck sorts it as a topic
(above its topic where another column names topics). A sheet without one is named by
its file, as before."""

from __future__ import annotations

from studyapp.core.parse import parse_path


def parsed(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def test_a_deck_column_of_one_value_names_the_deck_and_the_topic_column_sorts(tmp_path):
    doc = parsed(
        tmp_path,
        "stats.csv",
        "question,answer,topic,deck\n"
        "What is a p-value?,The chance of data this extreme under H0.,Statistics,"
        "Stats & Probabilités — révisions\n"
        'What is Bayes\' theorem?,"P(A|B) = P(B|A) P(A) / P(B)",Probability::Bayes,'
        "Stats & Probabilités — révisions\n",
    )
    assert doc.deck_name == "Stats & Probabilités — révisions"
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("What is a p-value?", ("Statistics",)),
        ("What is Bayes' theorem?", ("Probability", "Bayes")),
    ]
    assert "deck" not in doc.questions[0].answer_markdown.lower()  # not an extra field


def test_a_sheet_from_elsewhere_whose_deck_column_holds_one_deck(tmp_path):
    # another app's export: the "Deck" column alone, one value; a "Category" too
    doc = parsed(
        tmp_path,
        "export_2026.tsv",
        "Front\tBack\tCategory\tDeck\n"
        "Was ist ein Index?\tEine Datenstruktur für schnelle Suche.\tDatenbanken\tInformatik\n"
        "Was ist TCP?\tEin verbindungsorientiertes Protokoll.\tNetze\tInformatik\n",
    )
    assert doc.deck_name == "Informatik"
    assert [q.topic_path for q in doc.questions] == [("Datenbanken",), ("Netze",)]


def test_a_deck_column_of_several_decks_sorts_the_rows_as_topics(tmp_path):
    doc = parsed(
        tmp_path,
        "cards.csv",
        "Question,Answer,Deck\n"
        "What is a closure?,A function with its captured variables.,Python\n"
        "What is MVCC?,Each transaction sees a snapshot.,Databases\n",
    )
    assert doc.deck_name == "cards"  # the file's name, as before
    assert [q.topic_path for q in doc.questions] == [("Python",), ("Databases",)]


def test_several_decks_beside_a_topic_column_go_above_the_topics(tmp_path):
    doc = parsed(
        tmp_path,
        "cards.csv",
        "question,answer,topic,deck\n"
        "What is a closure?,A function with its captured variables.,Functions,Python\n"
        "What is MVCC?,Each transaction sees a snapshot.,,Databases\n",
    )
    assert doc.deck_name == "cards"
    assert [q.topic_path for q in doc.questions] == [("Python", "Functions"), ("Databases",)]


def test_an_older_export_without_a_deck_column_is_named_by_its_file(tmp_path):
    doc = parsed(
        tmp_path,
        "stats.csv",
        "question,answer,topic\nWhat is a p-value?,The chance under H0.,Statistics\n",
    )
    assert doc.deck_name == "stats"
    assert doc.questions[0].topic_path == ("Statistics",)


def test_a_name_in_quotes_is_one_topic_in_a_sheet_and_a_notes_table(tmp_path):
    """As StudyApp's CSV export writes a topic whose name holds " / " or "::"; typed
    so in a sheet of one's own (a TSV here, its cell '"Networking / TCP" / Sockets'
    saved as a spreadsheet saves a cell with quotes) or a Markdown table's Topic
    column too."""
    sheet = parsed(
        tmp_path,
        "cards.tsv",
        "Question\tAnswer\tTopic\n"
        'What is a socket?\tAn endpoint.\t"""Networking / TCP"" / Sockets"\n'
        "What is a pipeline?\tStages.\tDevOps / CI/CD\n",
    )
    assert [q.topic_path for q in sheet.questions] == [
        ("Networking / TCP", "Sockets"),
        ("DevOps", "CI/CD"),
    ]
    table = parsed(
        tmp_path,
        "cards.md",
        "| Question | Answer | Topic |\n| --- | --- | --- |\n"
        '| When does a vector reallocate? | When size passes capacity. | "C++ / std::vector" |\n'
        "| What is RAII? | Lifetime-bound resources. | C++ / Idioms |\n",
    )
    assert [q.topic_path for q in table.questions] == [("C++ / std::vector",), ("C++", "Idioms")]
