"""A chat log saved as plain text loses its code fences: the code in a reply is lines
of the reply. Where they are clearly code (a chat page's "python" / "Copy code" label
over them, or lines that each read as code after the sentence that introduces them),
they are fenced, so the answer shows them as code with their indents, not as lines
of text. Prose around them stays prose."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from studyapp.core.render import render_markdown


def _answers(chat: str) -> list[str]:
    return [q.answer_markdown for q in parse_text(chat, suffix=".txt").questions]


def test_code_copied_from_a_chat_page_with_its_language_label_is_fenced():
    chat = (
        "You said:\nhow do I read a csv with pandas and keep only two columns?\n\n"
        "ChatGPT said:\nRead it, then pick the columns:\n\n"
        "python\nCopy code\n"
        "import pandas as pd\n\n"
        'df = pd.read_csv("sales.csv")\n'
        'df = df[["region", "total"]]\n'
        "print(df.head())\n\n"
        "This keeps the order you list them in.\n\n"
        "You said:\nand how do I find the top 5 regions by total in sql?\n\n"
        "ChatGPT said:\nGroup and sort:\n\n"
        "sql\nCopy code\n"
        "SELECT region, SUM(total) AS total\nFROM sales\nGROUP BY region\n"
        "ORDER BY total DESC\nLIMIT 5;\n\n"
        "Use LIMIT in Postgres and MySQL; SQL Server uses TOP.\n"
    )
    pandas, sql = _answers(chat)
    assert pandas == (
        "Read it, then pick the columns:\n\n```python\nimport pandas as pd\n\n"
        'df = pd.read_csv("sales.csv")\ndf = df[["region", "total"]]\nprint(df.head())\n'
        "```\n\nThis keeps the order you list them in."
    )
    assert "Copy code" not in sql and "```sql\nSELECT region" in sql
    assert sql.endswith("LIMIT 5;\n```\n\nUse LIMIT in Postgres and MySQL; SQL Server uses TOP.")
    assert "<code>" in render_markdown(sql)


def test_fresh_shell_lines_a_reply_introduces_are_fenced_and_its_prose_is_not():
    """Another log, "User:"/"Assistant:", the code unlabelled: one command after "Use
    wc:", a pipeline after "Or, per word:"; a Python function with its indents."""
    chat = (
        "User: how do I count words in a file from the shell?\n"
        "Assistant: Use wc:\n\n"
        "wc -w notes.txt\n\n"
        "Or, per word:\n\n"
        "tr -s ' ' '\\n' < notes.txt | sort | uniq -c | sort -rn\n\n"
        "User: and in python?\n"
        "Assistant: Split and count:\n\n"
        "from collections import Counter\n"
        "def count_words(path):\n"
        "    with open(path) as f:\n"
        "        return Counter(f.read().split())\n\n"
        "Counter keeps the counts in a dict.\n\n"
        "User: why is the shell one faster?\n"
        "Assistant: Where possible, the shell streams the file.\n"
        "Sort the words first, then count them.\n"
        "cd and ls are no part of it. It has:\n\n"
        "- lower memory;\n- no temporary files;\n\n"
        "| tool | streams |\n| --- | --- |\n| wc | yes |\n"
    )
    shell, python, prose = _answers(chat)
    assert "```" not in prose
    assert shell == (
        "Use wc:\n\n```\nwc -w notes.txt\n```\n\nOr, per word:\n\n"
        "```\ntr -s ' ' '\\n' < notes.txt | sort | uniq -c | sort -rn\n```"
    )
    assert python == (
        "Split and count:\n\n```\nfrom collections import Counter\n"
        "def count_words(path):\n    with open(path) as f:\n"
        "        return Counter(f.read().split())\n```\n\n"
        "Counter keeps the counts in a dict."
    )
