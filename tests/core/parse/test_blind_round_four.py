"""Shapes of notes a fourth blind importer round found misread: numbered items in
Chinese whose task ends with a full-width full stop, MkDocs admonitions that ask, a
question quoted with its mark over an answer below the quote, a Word document's
"Question 1" / "Answer" labels, and Confluence's "h2." headings in a text file."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_a_numbered_item_that_ends_with_a_full_width_full_stop_ends_its_title():
    notes = (
        "# 前端面试题\n\n"
        "1. 什么是闭包？\n   函数和它的词法环境的组合。\n\n"
        "2. 什么是事件循环？\n   调用栈清空后依次执行队列中的任务。\n\n"
        "3. 解释一下跨域。\n   同源策略限制不同源之间的请求，可以用 CORS 解决。\n\n"
        "4. 什么是防抖？\n   事件停止触发一段时间后才执行。\n"
    )
    assert pairs(notes) == [
        ("什么是闭包？", "函数和它的词法环境的组合。"),
        ("什么是事件循环？", "调用栈清空后依次执行队列中的任务。"),
        ("解释一下跨域。", "同源策略限制不同源之间的请求，可以用 CORS 解决。"),
        ("什么是防抖？", "事件停止触发一段时间后才执行。"),
    ]
    japanese = (
        "1. TCPとUDPの違いを説明してください。\n   TCPは信頼性があり、UDPは速い。\n"
        "2. DNSとは何ですか？\n   名前をIPアドレスに変換する仕組み。\n"
        "3. HTTPSの仕組みを述べよ．\n   TLSで通信を暗号化する。\n"
    )
    assert pairs(japanese) == [
        ("TCPとUDPの違いを説明してください。", "TCPは信頼性があり、UDPは速い。"),
        ("DNSとは何ですか？", "名前をIPアドレスに変換する仕組み。"),
        ("HTTPSの仕組みを述べよ．", "TLSで通信を暗号化する。"),
    ]


def test_a_word_documents_question_and_answer_labels_over_their_paragraphs():
    # pandoc's Markdown of a .docx: each label a bold paragraph of its own.
    notes = (
        "**Question 1**\n\nWhat is a REST API?\n\n**Answer**\n\n"
        "An API over HTTP that models resources with URLs.\n\n"
        "**Question 2**\n\nExplain the difference between PUT and PATCH.\n\n**Answer**\n\n"
        "PUT replaces the whole resource; PATCH changes part of it.\n\n"
        "**Question 3**\n\nWhat status code means the resource was created?\n\n**Answer:**\n\n"
        "201 Created.\n\nUsually with a Location header.\n"
    )
    assert pairs(notes) == [
        ("What is a REST API?", "An API over HTTP that models resources with URLs."),
        (
            "Explain the difference between PUT and PATCH.",
            "PUT replaces the whole resource; PATCH changes part of it.",
        ),
        (
            "What status code means the resource was created?",
            "201 Created.\n\nUsually with a Location header.",
        ),
    ]
    numbered = (
        "**Q1**\n\nTell me about a time you missed a deadline.\n\n**A1**\n\nI cut scope early.\n\n"
        "**Q2**\n\nDescribe your biggest mistake.\n\n**A2**\n\nA migration with no rollback.\n"
    )
    assert pairs(numbered) == [
        ("Tell me about a time you missed a deadline.", "I cut scope early."),
        ("Describe your biggest mistake.", "A migration with no rollback."),
    ]
    saved_as_text = (
        "Question 1\n\nWhat is a closure?\n\nAnswer\n\nA function with its scope.\n\n"
        "Question 2\n\nExplain event delegation.\n\nAnswer\n\nOne listener on the parent.\n"
    )
    assert pairs(saved_as_text, suffix=".txt") == [
        ("What is a closure?", "A function with its scope."),
        ("Explain event delegation.", "One listener on the parent."),
    ]


def test_questions_quoted_with_their_mark_answered_below_or_inside_the_quote():
    below = (
        "# React\n\n"
        "> **Q:** What is the virtual DOM?\n\nA copy of the DOM kept in memory.\n\n"
        "> **Q:** Why do lists need keys?\n\nSo React can match items between renders.\n\n"
        "> **Q:** When does useEffect run?\n\nAfter the render is committed.\n"
    )
    assert pairs(below) == [
        ("What is the virtual DOM?", "A copy of the DOM kept in memory."),
        ("Why do lists need keys?", "So React can match items between renders."),
        ("When does useEffect run?", "After the render is committed."),
    ]
    inside = (
        "# Security notes\n\n"
        "> Q: What is XSS?\n> A: Injecting script into a page other users load.\n\n"
        "> Q: What is CSRF?\n> A: A forged request riding on the victim's cookies.\n"
        "> Defend with SameSite cookies.\n\n"
        "Some prose between the quotes.\n\n"
        "> Q: What is SQL injection?\n> A: Input read as SQL.\n"
    )
    assert pairs(inside) == [
        ("What is XSS?", "Injecting script into a page other users load."),
        (
            "What is CSRF?",
            "A forged request riding on the victim's cookies.\nDefend with SameSite cookies.",
        ),
        ("What is SQL injection?", "Input read as SQL."),
    ]


def test_mkdocs_admonitions_that_ask_are_questions_and_a_note_between_them_is_not():
    notes = (
        "# Kubernetes questions\n\n"
        '??? question "What is a Pod?"\n'
        "    The smallest deployable unit: one or more containers that share\n"
        "    a network namespace.\n\n"
        '??? question "Deployment vs StatefulSet?"\n'
        "    A StatefulSet gives each pod a stable name.\n\n"
        "    ```yaml\n    kind: StatefulSet\n    ```\n\n"
        "!!! note\n    Practise `kubectl explain`.\n\n"
        '???+ note "How does a Service find its pods?"\n'
        "    By its label selector.\n\n"
        "!!! faq\n    What does a readiness probe do?\n\n"
        "    It takes a pod out of the endpoints until it answers.\n"
    )
    assert pairs(notes) == [
        (
            "What is a Pod?",
            "The smallest deployable unit: one or more containers that share\na network namespace.",
        ),
        (
            "Deployment vs StatefulSet?",
            "A StatefulSet gives each pod a stable name.\n\n```yaml\nkind: StatefulSet\n```",
        ),
        ("How does a Service find its pods?", "By its label selector."),
        (
            "What does a readiness probe do?",
            "It takes a pod out of the endpoints until it answers.",
        ),
    ]


def test_confluence_wiki_markup_headings_code_and_lists_read_as_markdown():
    from studyapp.core.parse import parse_text

    notes = (
        "h1. Platform team interview kit\n\n"
        "h2. Infrastructure\n\n"
        "h3. What is infrastructure as code?\n\n"
        "Managing servers with versioned files ({{terraform plan}}, then apply).\n\n"
        "h3. How do you roll back a bad deploy?\n\n"
        "# Stop the rollout\n# Redeploy the last good image\n## check the health probes\n\n"
        "{code:bash}\nkubectl rollout undo deploy/web\n# the previous ReplicaSet\n{code}\n\n"
        "h2. Observability\n\n"
        "h3. What is an SLO?\n\n"
        "A target for a service level indicator.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert parsed.deck_name == "Platform team interview kit"
    assert [(q.title, q.topic_path, q.source_line) for q in parsed.questions] == [
        ("What is infrastructure as code?", ("Infrastructure",), 5),
        ("How do you roll back a bad deploy?", ("Infrastructure",), 9),
        ("What is an SLO?", ("Observability",), 22),
    ]
    assert parsed.questions[0].answer_markdown == (
        "Managing servers with versioned files (`terraform plan`, then apply)."
    )
    assert parsed.questions[1].answer_markdown == (
        "1. Stop the rollout\n1. Redeploy the last good image\n   1. check the health probes\n\n"
        "```bash\nkubectl rollout undo deploy/web\n# the previous ReplicaSet\n```"
    )


def test_an_emoji_that_marks_every_answer_is_no_part_of_them():
    notes = (
        "📚 JavaScript notes\n\n"
        "❓ What is hoisting?\n💡 Declarations move to the top of their scope.\n\n"
        "❓ What is the difference between == and ===?\n💡 `==` converts types first.\n\n"
        "❓ What does `this` mean in an arrow function?\n💡 The enclosing scope's `this`.\n"
    )
    assert pairs(notes) == [
        ("What is hoisting?", "Declarations move to the top of their scope."),
        ("What is the difference between == and ===?", "`==` converts types first."),
        ("What does this mean in an arrow function?", "The enclosing scope's `this`."),
    ]
    # one answer that opens with an emoji of its own keeps it
    own = (
        "## What is a monorepo?\n\nOne repository for many projects.\n\n"
        "## Is it worth it?\n\n✅ For small teams, usually.\n\n"
        "## What tools help?\n\nBazel, Nx, Turborepo.\n"
    )
    assert pairs(own)[1] == ("Is it worth it?", "✅ For small teams, usually.")


def test_questions_in_italics_a_paragraph_each_where_nothing_is_bold():
    from studyapp.core.parse import parse_text

    notes = (
        "## Statistics\n\n"
        "*What is a p-value?*\n\nThe chance of a result at least this extreme under the null.\n\n"
        "*Explain the central limit theorem.*\n\nSample means tend to a normal distribution.\n\n"
        "*Type I vs type II error*\n\nA false positive against a false negative.\n\n"
        "## Probability\n\n"
        "_What is Bayes' rule?_\nP(A|B) = P(B|A) P(A) / P(B).\n"
    )
    parsed = parse_text(notes)
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a p-value?", ("Statistics",)),
        ("Explain the central limit theorem.", ("Statistics",)),
        ("Type I vs type II error", ("Statistics",)),
        ("What is Bayes' rule?", ("Probability",)),
    ]
    assert parsed.questions[3].answer_markdown == "P(A|B) = P(B|A) P(A) / P(B)."
    # beside bold questions, an italic line is the answer's own emphasis
    bold = (
        "**What is a mutex?**\n\nA lock one thread holds.\n\n*Note: not re-entrant.*\n\n"
        "**What is a semaphore?**\n\nA counter of permits.\n"
    )
    assert pairs(bold) == [
        ("What is a mutex?", "A lock one thread holds.\n\n*Note: not re-entrant.*"),
        ("What is a semaphore?", "A counter of permits."),
    ]


def test_numbers_a_word_processor_escaped_still_number_the_questions():
    # Google Docs writes a typed "1." as "1\." so that Markdown keeps it as typed.
    notes = (
        "1\\. What is a closure?\n\nA function with the scope it was made in\\.\n\n"
        "2\\. What does `map` return?\n\nA new array\\.\n\n"
        "3\\. Explain debouncing\\.\n\nRun once the events stop for a while\\.\n\n"
        "4\\) Throttling vs debouncing\n\nThrottling runs at most once per interval\\.\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "What is a closure?",
        "What does map return?",
        "Explain debouncing.",
        "Throttling vs debouncing",
    ]
    assert pairs(notes)[2][1] == "Run once the events stop for a while\\."


def test_a_toggle_that_only_says_answer_under_a_question_heading_leaves_its_label_out():
    notes = (
        "# Git\n\n"
        "### 1. What is the difference between merge and rebase?\n\n"
        "<details>\n<summary>Answer</summary>\n\nMerge keeps both histories.\n\n</details>\n\n"
        "### 2. What does `git reset --hard` do?\n\n"
        "<details>\n<summary><b>Click to see the answer</b></summary>\n\n"
        "Moves the branch and drops the changes.\n\n</details>\n\n"
        "### 3. How do you find the commit that broke a test?\n\n"
        "<details><summary>Hint: halve the range</summary>\n\n`git bisect`.\n\n</details>\n"
    )
    assert pairs(notes) == [
        ("What is the difference between merge and rebase?", "Merge keeps both histories."),
        ("What does git reset --hard do?", "Moves the branch and drops the changes."),
        (
            "How do you find the commit that broke a test?",
            "**Hint: halve the range**\n\n`git bisect`.",
        ),
    ]


def _notebook(cells: list[tuple[str, str]], **dump) -> str:
    import json

    return json.dumps(
        {
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True)}
                | ({"execution_count": None, "outputs": []} if kind == "code" else {})
                for kind, text in cells
            ],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        },
        **dump,
    )


def test_a_jupyter_notebook_gives_its_markdown_cells_questions_with_their_code():
    from studyapp.core.parse import parse_text

    cells = [
        ("markdown", "# Pandas questions\n\nRun each cell."),
        ("markdown", "## How do you drop duplicate rows?\n\nUse `drop_duplicates`."),
        ("code", "df.drop_duplicates(subset=['id'])"),
        ("markdown", "## loc vs iloc?\n\n`loc` by label, `iloc` by position."),
        ("code", "df.loc['a':'c']\ndf.iloc[0:3]"),
        ("code", ""),
    ]
    saved = _notebook(cells, indent=1, sort_keys=True)  # as Jupyter saves it
    parsed = parse_text(saved, suffix=".ipynb")
    assert parsed.deck_name == "Pandas questions"
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        (
            "How do you drop duplicate rows?",
            "Use `drop_duplicates`.\n\n```python\ndf.drop_duplicates(subset=['id'])\n```",
        ),
        (
            "loc vs iloc?",
            "`loc` by label, `iloc` by position.\n\n```python\ndf.loc['a':'c']\ndf.iloc[0:3]\n```",
        ),
    ]
    lines = saved.split("\n")
    first = parsed.questions[0].source_line
    assert "How do you drop duplicate rows?" in lines[first - 1]  # the file's own line
    # written on one line, the cells are read one after another
    compact = parse_text(_notebook(cells), suffix=".ipynb")
    assert [(q.title, q.answer_markdown) for q in compact.questions] == [
        (q.title, q.answer_markdown) for q in parsed.questions
    ]


def test_anki_clozes_written_in_markdown_are_cards_of_their_blanks():
    notes = (
        "# Networking clozes\n\n"
        "The default port of HTTPS is {{c1::443}}.\n\n"
        "TCP's handshake has {{c1::three}} steps: {{c2::SYN, SYN-ACK, ACK::the flags}}.\n\n"
        "- A /24 network has {{c1::256}} addresses.\n"
    )
    assert pairs(notes) == [
        ("The default port of HTTPS is […].", "The default port of HTTPS is 443."),
        (
            "TCP's handshake has […] steps: [the flags].",
            "TCP's handshake has three steps: SYN, SYN-ACK, ACK.",
        ),
        ("A /24 network has […] addresses.", "A /24 network has 256 addresses."),
    ]


def test_french_marks_with_a_space_before_the_colon_pair_up():
    notes = (
        "Q : Qu'est-ce qu'une fermeture ?\nR : Une fonction qui garde sa portée.\n\n"
        "Q : Quelle est la différence entre let et var ?\nR : let a une portée de bloc.\n\n"
        "Q : Qu'est-ce que le hoisting ?\nR : La remontée des déclarations.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Qu'est-ce qu'une fermeture ?", "Une fonction qui garde sa portée."),
        ("Quelle est la différence entre let et var ?", "let a une portée de bloc."),
        ("Qu'est-ce que le hoisting ?", "La remontée des déclarations."),
    ]


def test_question_labels_as_headings_or_over_the_question_in_one_paragraph():
    for label, answer in (("### Question {n}", "### Answer"), ("**Question {n}**", "**Answer**")):
        notes = "".join(
            f"{label.format(n=n)}\n{question}\n\n{answer}\n{reply}\n\n"
            for n, question, reply in (
                (1, "What is a REST API?", "An API over HTTP that models resources."),
                (2, "Explain idempotency.", "Twice has the effect of once."),
            )
        )
        assert pairs(notes) == [
            ("What is a REST API?", "An API over HTTP that models resources."),
            ("Explain idempotency.", "Twice has the effect of once."),
        ], label


def test_a_heading_that_names_deeper_questions_is_their_section_not_a_question():
    from studyapp.core.parse import parse_text

    notes = (
        "# Backend notes\n\n## Databases\n\n"
        "### What is an index?\n\nA structure that speeds up reads.\n\n"
        "### Transactions\n\n"
        "#### What is a dirty read?\n\nReading uncommitted rows.\n\n"
        "#### What is a phantom read?\n\nNew rows in a re-run range query.\n\n"
        "### What is MVCC?\n\nRow versions instead of read locks.\n\n"
        "## Caching\n\n### What is cache stampede?\n\nMany misses at once.\n"
    )
    parsed = parse_text(notes)
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is an index?", ("Databases",)),
        ("What is a dirty read?", ("Databases", "Transactions")),
        ("What is a phantom read?", ("Databases", "Transactions")),
        ("What is MVCC?", ("Databases",)),
        ("What is cache stampede?", ("Caching",)),
    ]
    assert parsed.questions[1].answer_markdown == "Reading uncommitted rows."


def test_headings_a_level_up_that_ask_with_their_own_answers_are_questions_too():
    from studyapp.core.parse import parse_text

    notes = (
        "# Algorithms\n\n"
        "## What is the time complexity of binary search?\n\nO(log n).\n\n"
        "## Sorting\n\n"
        "### Why is quicksort fast in practice?\n\nGood cache behaviour.\n\n"
        "### When is merge sort preferred?\n\nFor linked lists.\n\n"
        "### Is heapsort stable?\n\nNo.\n\n"
        "## What is amortised analysis?\n\nThe average cost over a worst-case sequence.\n"
    )
    parsed = parse_text(notes)
    assert [(q.title, q.answer_markdown, q.topic_path) for q in parsed.questions] == [
        ("What is the time complexity of binary search?", "O(log n).", ()),
        ("Why is quicksort fast in practice?", "Good cache behaviour.", ("Sorting",)),
        ("When is merge sort preferred?", "For linked lists.", ("Sorting",)),
        ("Is heapsort stable?", "No.", ("Sorting",)),
        ("What is amortised analysis?", "The average cost over a worst-case sequence.", ()),
    ]


def test_a_question_mark_named_in_a_title_keeps_its_spaces():
    from tests.helpers.parsing import titles

    notes = (
        "## What does the ? operator do in Rust?\n\nReturns early on an error.\n\n"
        "## Why is x ?? y different from x || y?\n\n`??` only skips null and undefined.\n\n"
        "## What is a closure ?\n\nA function with its scope.\n"
    )
    assert titles(notes) == [
        "What does the ? operator do in Rust?",
        "Why is x ?? y different from x || y?",
        "What is a closure?",
    ]


def test_obsidian_block_ids_and_comment_blocks_are_not_answer_text(tmp_path):
    from studyapp.core.parse import parse_path

    note = tmp_path / "rust.md"
    note.write_text(
        "# Rust notes\n\n"
        "## What is ownership?\n\nEach value has one owner. %%add the Box example%%\n\n"
        "%%\nTODO: rewrite after the book club\n%%\n\n"
        "## What is borrowing?\n\nTaking a reference: many `&T` or one `&mut T`. ^borrow-rules\n\n"
        "## What are the borrowing rules?\n\n- many shared references\n- or one mutable\n\n"
        "^rules-list\n",
        encoding="utf-8",
    )
    parsed = parse_path(note)
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        ("What is ownership?", "Each value has one owner."),
        ("What is borrowing?", "Taking a reference: many `&T` or one `&mut T`."),
        ("What are the borrowing rules?", "- many shared references\n- or one mutable"),
    ]


def test_lettered_options_under_a_bold_question_are_its_answer_not_questions():
    notes = (
        "# AWS practice quiz\n\n"
        "**1. Which service stores objects?**\nA) EBS\nB) S3\nC) EFS\nD) RDS\nCorrect answer: B\n\n"
        "**2. Which storage class is cheapest for archives?**\nA) S3 Standard\n"
        "B) S3 Glacier Deep Archive\nC) S3 One Zone-IA\nCorrect answer: B\n"
    )
    assert pairs(notes) == [
        ("Which service stores objects?", "A) EBS\nB) S3\nC) EFS\nD) RDS\nCorrect answer: B"),
        (
            "Which storage class is cheapest for archives?",
            "A) S3 Standard\nB) S3 Glacier Deep Archive\nC) S3 One Zone-IA\nCorrect answer: B",
        ),
    ]


def test_records_of_a_front_and_a_back_field_leave_the_backs_name_out():
    notes = (
        "Front: What does ACID stand for?\nBack: Atomicity, Consistency, Isolation, Durability.\n\n"
        "Front: What is a deadlock?\nBack: Two transactions waiting on each other's locks.\n\n"
        "Front: Optimistic vs pessimistic locking\nBack: Check at commit, or lock up front.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What does ACID stand for?", "Atomicity, Consistency, Isolation, Durability."),
        ("What is a deadlock?", "Two transactions waiting on each other's locks."),
        ("Optimistic vs pessimistic locking", "Check at commit, or lock up front."),
    ]
