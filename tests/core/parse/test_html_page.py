"""A web page of questions saved as HTML ("Save page as…", an exported wiki page):
its headings, paragraphs and list items read as the Markdown they show, line for
line; the page's head, scripts and styles are no part of any question, and code in
<pre> stays code."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _read(page: str, suffix: str = ".html") -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(page, suffix=suffix).questions]


def test_a_saved_page_of_heading_questions_gives_them_with_their_answers():
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Git</title>\n'
        "<style>\nh3 { color: navy; }\n</style>\n</head>\n<body>\n"
        "<h2>Git questions</h2>\n"
        "<h3>What does git rebase do?</h3>\n"
        "<p>It replays commits on top of another <em>base</em> commit.</p>\n"
        "<h3>How do you undo the last commit but keep the changes?</h3>\n"
        "<pre><code>git reset --soft HEAD~1\n</code></pre>\n"
        "<h3>What is a detached HEAD?</h3>\n"
        "<p>HEAD points at a commit &amp; not a branch.</p>\n"
        "<ul>\n<li>Commits made there belong to no branch.</li>\n</ul>\n"
        "<script>\nconsole.log('hi');\n</script>\n"
        "</body>\n</html>\n"
    )
    assert _read(page) == [
        ("What does git rebase do?", "It replays commits on top of another *base* commit."),
        (
            "How do you undo the last commit but keep the changes?",
            "```\ngit reset --soft HEAD~1\n```",  # (a fence: no <pre> left open)
        ),
        (
            "What is a detached HEAD?",
            "HEAD points at a commit & not a branch.\n\n- Commits made there belong to no branch.",
        ),
    ]


def test_a_pages_contents_links_are_no_questions_and_its_code_is_fenced():
    page = (
        '<html lang="en">\n<body>\n<div class="page">\n'
        "<h1>SQL interview notes</h1>\n"
        "<ul>\n"
        '<li><a href="#q1">What is a primary key?</a></li>\n'
        '<li><a href="#q2">What does GROUP BY do?</a></li>\n'
        "</ul>\n"
        '<h2 id="q1">What is a primary key?</h2>\n'
        "<p>A column, or columns, that identify each row uniquely.</p>\n"
        "<p>It cannot be <code>NULL</code>.</p>\n"
        '<h2 id="q2">What does GROUP BY do?</h2>\n'
        "<p>It folds rows that share values into one row per group:</p>\n"
        "\n"
        '<pre><code class="language-sql">SELECT dept, count(*)\n'
        "FROM staff GROUP BY dept;\n"
        "</code></pre>\n"
        "</div>\n</body>\n</html>\n"
    )
    parsed = parse_text(page, suffix=".htm")
    assert [(q.title, q.answer_markdown, q.source_line) for q in parsed.questions] == [
        (
            "What is a primary key?",
            # two paragraphs on the page, two in the answer (not one run on)
            "A column, or columns, that identify each row uniquely.\n\nIt cannot be `NULL`.",
            9,
        ),
        (
            "What does GROUP BY do?",
            "It folds rows that share values into one row per group:\n"
            "```sql\nSELECT dept, count(*)\nFROM staff GROUP BY dept;\n```",
            12,
        ),
    ]


def test_a_page_of_bold_questions_each_in_its_paragraph_without_blank_lines():
    page = (
        "<html><body>\n<h1>Astronomy</h1>\n"
        "<p><strong>What is a light-year?</strong></p>\n"
        "<p>The distance light travels in a year.</p>\n"
        "<p><strong>Why is Mars red?</strong></p>\n"
        "<p>Iron oxide on its surface.</p>\n"
        "</body></html>\n"
    )
    assert _read(page, suffix=".htm") == [
        ("What is a light-year?", "The distance light travels in a year."),
        ("Why is Mars red?", "Iron oxide on its surface."),
    ]


def test_a_pages_definition_list_gives_a_card_a_term():
    page = (
        "<!DOCTYPE html>\n<html>\n<body>\n<h1>Sailing</h1>\n<dl>\n"
        "<dt>Port</dt>\n<dd>The left side of a boat, facing forward.</dd>\n"
        "<dt>Tack</dt>\n<dd>To turn the bow through the wind.</dd>\n"
        "</dl>\n</body>\n</html>\n"
    )
    assert _read(page) == [
        ("Port", "The left side of a boat, facing forward."),
        ("Tack", "To turn the bow through the wind."),
    ]


def _named(page: str, deck: str, titles: list[str]):
    doc = parse_text(page, name="saved-page", suffix=".html")
    assert (doc.deck_name, [q.title for q in doc.questions]) == (deck, titles)
    return doc


def test_a_note_apps_title_in_a_div_names_the_deck_and_is_no_intro():
    """Google Keep's page: the note's title in a '<div class="title">' over its text,
    "Q:" lines parted by <br>. It was read as a line of the intro, the deck named by
    the file."""
    page = (
        "<!DOCTYPE html><html><head><title>Cloud quiz</title></head><body>\n"
        '<div class="note"><div class="title">Cloud quiz</div><div class="content">\n'
        "<b>Q: What is a region?</b><br>A set of data centres in one area.<br><br>\n"
        "<b>Q: What is an availability zone?</b><br>One or more data centres in a region.<br>\n"
        "</div></div></body></html>\n"
    )
    doc = _named(page, "Cloud quiz", ["What is a region?", "What is an availability zone?"])
    assert {r.reason for r in doc.skipped if r.start_line == 2} == {"title"}


def test_a_pages_title_in_its_head_names_the_deck_where_its_text_gives_none():
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        "<title>Networking &amp; TCP drills</title>\n</head>\n<body>\n"
        "<p><b>What is TCP?</b></p>\n<p>A reliable stream.</p>\n"
        "<p><b>What is UDP?</b></p>\n<p>Datagrams, no guarantees.</p>\n</body>\n</html>\n"
    )
    _named(page, "Networking & TCP drills", ["What is TCP?", "What is UDP?"])
    # a page whose text has its own title (an <h1>) is named by it, as before
    headed = page.replace("<body>\n", "<body>\n<h1>Transport layer</h1>\n")
    assert parse_text(headed, name="saved-page", suffix=".html").deck_name == "Transport layer"
