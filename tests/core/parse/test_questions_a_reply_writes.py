"""A chat turn that asks for questions ("Can you give me 5 machine learning interview
questions with answers?", "Quiz me on statistics") and a reply that writes them as
headings, bold lines or numbered lines with an answer under each: each of the reply's
questions is a question of its own (reply_units.py). Before, the whole reply was one
card titled with the request. A turn asking one question whose reply has sub-headings
that do not ask reads whole, as before."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown.strip()) for q in parse_text(text).questions]


def test_a_chatgpt_export_asked_for_questions_gives_the_replys_questions():
    note = (
        "# ChatGPT Conversation: DS prep\n\n"
        "## User\n\n"
        "Can you give me 3 machine learning interview questions with answers?\n\n"
        "## Assistant\n\n"
        "Sure! Here are 3 common questions, with concise answers:\n\n"
        "### 1. **What is the bias-variance tradeoff?**\n\n"
        "Bias is error from simple assumptions; variance from sensitivity to the data.\n\n"
        "### 2. **How do you handle imbalanced classes?**\n\n"
        "Several options:\n\n"
        "1. Resample the classes.\n2. Use class weights.\n\n"
        "### 3. **Explain the difference between L1 and L2 regularization.**\n\n"
        "L1 makes weights sparse; L2 keeps them small.\n\n"
        "Would you like me to go deeper on any of these?\n\n"
        "## User\n\n"
        "Can you expand on the bias-variance one?\n\n"
        "## Assistant\n\n"
        "The expected squared error is bias squared plus variance plus noise.\n\n"
        "## User\n\n"
        "now give me 2 sql questions\n\n"
        "## Assistant\n\n"
        "Sure! Here are 2 SQL questions:\n\n"
        "**1. What is the difference between WHERE and HAVING?**\n\n"
        "`WHERE` filters rows before grouping; `HAVING` filters groups.\n\n"
        "**2. How would you find the second highest salary?**\n\n"
        "```sql\nSELECT MAX(salary) FROM employees\n"
        "WHERE salary < (SELECT MAX(salary) FROM employees);\n```\n\n"
        "Hope this helps! Good luck with your interview! 🍀\n"
    )
    assert _read(note) == [
        (
            "What is the bias-variance tradeoff?",
            "Bias is error from simple assumptions; variance from sensitivity to the data.",
        ),
        (
            "How do you handle imbalanced classes?",
            "Several options:\n\n1. Resample the classes.\n2. Use class weights.",
        ),
        (
            "Explain the difference between L1 and L2 regularization.",
            "L1 makes weights sparse; L2 keeps them small.",
        ),
        (
            "Can you expand on the bias-variance one?",
            "The expected squared error is bias squared plus variance plus noise.",
        ),
        (
            "What is the difference between WHERE and HAVING?",
            "`WHERE` filters rows before grouping; `HAVING` filters groups.",
        ),
        (
            "How would you find the second highest salary?",
            "```sql\nSELECT MAX(salary) FROM employees\n"
            "WHERE salary < (SELECT MAX(salary) FROM employees);\n```",
        ),
    ]


def test_a_quiz_of_numbered_bold_questions_with_indented_answers():
    note = (
        "**You:**\n\nQuiz me on statistics. Give questions and answers.\n\n"
        "**ChatGPT:**\n\nAbsolutely — here are some.\n\n"
        "1. **What is a p-value?**\n"
        "   The probability of a result at least as extreme, if the null is true.\n\n"
        "2. **Explain the Central Limit Theorem.**\n"
        "   Means of many samples are about normal.\n\n"
        "Let me know if you want more!\n\n"
        "**You:**\n\nok and what's Simpson's paradox?\n\n"
        "**ChatGPT:**\n\nA trend in groups that reverses when they are combined.\n"
    )
    assert _read(note) == [
        (
            "What is a p-value?",
            "The probability of a result at least as extreme, if the null is true.",
        ),
        ("Explain the Central Limit Theorem.", "Means of many samples are about normal."),
        ("What's Simpson's paradox?", "A trend in groups that reverses when they are combined."),
    ]


def test_a_fresh_kubernetes_quiz_with_heading_questions_in_a_user_assistant_chat():
    note = (
        "User: I have a platform interview on Monday. Test me on Kubernetes, with answers.\n\n"
        "Assistant: Here you go.\n\n"
        "#### Q1. What is a pod?\n"
        "The smallest deployable unit: one or more containers sharing a network namespace.\n\n"
        "#### Q2. Why use a Deployment rather than a bare pod?\n"
        "It keeps the wanted number of replicas running and rolls out new versions.\n\n"
        "#### Q3. How does a Service find its pods?\n"
        "By a label selector; kube-proxy routes its virtual IP to the matching pods.\n\n"
        "User: What is a namespace?\n\n"
        "Assistant: A scope for names, quotas and access rules inside one cluster.\n"
    )
    assert [title for title, _ in _read(note)] == [
        "What is a pod?",
        "Why use a Deployment rather than a bare pod?",
        "How does a Service find its pods?",
        "What is a namespace?",
    ]
    assert _read(note)[2][1] == (
        "By a label selector; kube-proxy routes its virtual IP to the matching pods."
    )


def test_a_plain_text_chat_log_of_numbered_questions():
    note = (
        "You said:\ngive me 3 deep learning interview questions w/ answers, short\n\n"
        "ChatGPT said:\nSure! Here are 3 deep learning questions:\n\n"
        "1. What is the vanishing gradient problem?\n"
        "Gradients shrink through many layers, so early layers learn slowly.\n\n"
        "2. Why do we use dropout?\n"
        "It zeroes activations at random while training: a regulariser.\n\n"
        "3. Explain attention in transformers.\n"
        "Each token weighs every value by softmax(QK^T/sqrt(d)).\n\n"
        "Would you like code examples for any of these?\n\n"
        "You said:\nwhat is layer norm?\n\n"
        "ChatGPT said:\nIt normalises over a token's features instead of the batch.\n"
    )
    assert _read(note) == [
        (
            "What is the vanishing gradient problem?",
            "Gradients shrink through many layers, so early layers learn slowly.",
        ),
        (
            "Why do we use dropout?",
            "It zeroes activations at random while training: a regulariser.",
        ),
        (
            "Explain attention in transformers.",
            "Each token weighs every value by softmax(QK^T/sqrt(d)).",
        ),
        ("What is layer norm?", "It normalises over a token's features instead of the batch."),
    ]


def test_a_fresh_reply_with_two_bold_questions_that_ask_splits_without_a_request():
    note = (
        "Me: I'm revising networking.\n\n"
        "Bot: Two classics to know:\n\n"
        "**What happens when you type a URL into a browser?**\n\n"
        "DNS lookup, TCP and TLS handshakes, then the HTTP request.\n\n"
        "**Why is TCP slower to start than UDP?**\n\n"
        "Its three-way handshake costs a round trip before any data.\n\n"
        "Me: What is a CDN?\n\n"
        "Bot: Servers near the users that cache content.\n"
    )
    # (the person's turn asks nothing: it is no question, as a request is none)
    assert [title for title, _ in _read(note)] == [
        "What happens when you type a URL into a browser?",
        "Why is TCP slower to start than UDP?",
        "What is a CDN?",
    ]


def test_one_question_whose_reply_has_sub_headings_that_do_not_ask_reads_whole():
    note = (
        "User: What is overfitting?\n\n"
        "Assistant: Overfitting is when a model learns the noise of its training data.\n\n"
        "### Definition\n\nLow training error, high test error.\n\n"
        "### How to avoid it?\n\nRegularise, get more data, stop early.\n\n"
        "### Summary\n\nSimpler models generalise better.\n\n"
        "User: What is underfitting?\n\n"
        "Assistant: A model too simple to catch the signal.\n"
    )
    found = _read(note)
    assert [title for title, _ in found] == ["What is overfitting?", "What is underfitting?"]
    assert "### How to avoid it?" in found[0][1] and "Simpler models" in found[0][1]


def test_numbered_steps_of_one_answer_stay_in_it_even_asked_for_questions():
    note = (
        "User: Give me questions on A/B testing. First, how do I size an experiment?\n\n"
        "Assistant: Steps:\n\n"
        "1. Choose the minimum detectable effect.\n"
        "2. Pick alpha and power.\n"
        "3. Estimate the baseline rate.\n\n"
        "User: What is a guardrail metric?\n\n"
        "Assistant: A metric you must not hurt while moving another.\n"
    )
    found = _read(note)
    assert len(found) == 2
    assert "3. Estimate the baseline rate." in found[0][1]


def test_yes_for_one_of_the_offered_questions_goes_on_with_its_answer():
    note = (
        "You said:\ngive me 2 deep learning interview questions w/ answers\n\n"
        "ChatGPT said:\nSure!\n\n"
        "1. Why do we use dropout?\n"
        "It zeroes activations at random while training: a regulariser.\n\n"
        "2. Explain attention in transformers.\n"
        "Each token weighs every value by softmax(QK^T/sqrt(d)).\n\n"
        "Would you like code examples for any of these?\n\n"
        "You said:\nyes for attention\n\n"
        "ChatGPT said:\nHere's a minimal version:\n\n"
        "scores = q @ k.T / math.sqrt(d)\n"
    )
    found = _read(note)
    assert [title for title, _ in found] == [
        "Why do we use dropout?",
        "Explain attention in transformers.",
    ]
    # (the code the reply introduces, pasted without its fence, is fenced: chat_code.py)
    assert found[1][1].endswith("```\nscores = q @ k.T / math.sqrt(d)\n```")


def test_a_fresh_pick_of_the_question_just_answered_in_a_bold_labelled_chat():
    note = (
        "**You:** What does the CAP theorem say?\n\n"
        "**ChatGPT:** A distributed store cannot be consistent, available and partition\n"
        "tolerant all at once.\n\n"
        "Want me to give an example for it?\n\n"
        "**You:** sure, the CAP one please\n\n"
        "**ChatGPT:** During a partition, a bank ledger refuses writes to stay consistent.\n\n"
        "**You:** What is eventual consistency?\n\n"
        "**ChatGPT:** Replicas agree once writes stop.\n"
    )
    found = _read(note)
    assert [title for title, _ in found] == [
        "What does the CAP theorem say?",
        "What is eventual consistency?",
    ]
    assert found[0][1].endswith("a bank ledger refuses writes to stay consistent.")


def test_bold_questions_with_their_answer_on_the_line_or_under_a_bullet():
    on_the_line = (
        "User: Give me 3 Python interview questions.\n\n"
        "Assistant: Here you go:\n\n"
        "1. **What is a decorator?** A function that wraps another to add behaviour.\n"
        "2. **What is the GIL?** A lock letting one thread run Python bytecode at a time.\n"
        "3. **What is a generator?** A function that yields values lazily.\n\n"
        "User: What is a metaclass?\n\n"
        "Assistant: The class of a class.\n"
    )
    under_bullets = (
        "User: Give me 2 Python interview questions.\n\n"
        "Assistant: Here you go:\n\n"
        "- **What is a decorator?**\n  A function that wraps another to add behaviour.\n"
        "- **What is the GIL?**\n  A lock letting one thread run Python bytecode at a time.\n\n"
        "User: What is a metaclass?\n\n"
        "Assistant: The class of a class.\n"
    )
    assert (
        _read(on_the_line)[:2]
        == _read(under_bullets)[:2]
        == [
            ("What is a decorator?", "A function that wraps another to add behaviour."),
            ("What is the GIL?", "A lock letting one thread run Python bytecode at a time."),
        ]
    )
    assert len(_read(on_the_line)) == 4


def test_bold_leads_of_an_answers_list_are_no_questions():
    note = (
        "User: What is the bias-variance tradeoff?\n\n"
        "Assistant: Two sources of error pull against each other:\n\n"
        "- **Bias**: error from overly simple assumptions.\n"
        "- **Variance**: error from sensitivity to the training set.\n\n"
        "User: What is regularization?\n\n"
        "Assistant: A penalty on large weights.\n"
    )
    found = _read(note)
    assert [title for title, _ in found] == [
        "What is the bias-variance tradeoff?",
        "What is regularization?",
    ]
    assert "- **Variance**: error from sensitivity to the training set." in found[0][1]


def test_the_subject_asked_for_is_the_topic_of_the_replys_questions_as_the_reply_writes_it():
    note = (
        "## User\n\nnow give me 2 sql questions\n\n"
        "## Assistant\n\nSure! Here are 2 SQL questions:\n\n"
        "**1. What is the difference between WHERE and HAVING?**\n\n"
        "`WHERE` filters rows; `HAVING` filters groups.\n\n"
        "**2. What does a LEFT JOIN keep?**\n\n"
        "Every row of the left table.\n\n"
        "## User\n\nTest me on Kubernetes, with answers.\n\n"
        "## Assistant\n\n"
        "#### Q1. What is a pod?\nThe smallest deployable unit.\n\n"
        "#### Q2. What is a Service?\nA stable address for a set of pods.\n\n"
        "## User\n\nWhat is a namespace?\n\n"
        "## Assistant\n\nA scope for names inside one cluster.\n"
    )
    found = [(q.title, q.topic_path) for q in parse_text(note).questions]
    assert found == [
        ("What is the difference between WHERE and HAVING?", ("SQL",)),
        ("What does a LEFT JOIN keep?", ("SQL",)),
        ("What is a pod?", ("Kubernetes",)),
        ("What is a Service?", ("Kubernetes",)),
        ("What is a namespace?", ()),
    ]


def test_a_fresh_plain_text_log_of_q_numbered_questions_with_answers_over_two_lines():
    note = (
        "You said:\nCan you ask me a few Docker questions and give the answers too?\n\n"
        "ChatGPT said:\nOf course! Here are a few Docker questions:\n\n"
        "Q1) How is a container different from a virtual machine?\n"
        "A container shares the host kernel; a VM runs its own kernel.\n\n"
        "Q2) Why keep images small?\n"
        "Faster pulls and fewer packages to patch.\n"
        "Multi-stage builds help.\n\n"
        "Q3) What does a volume store?\n"
        "Data that outlives the container.\n\n"
        "Want me to quiz you on Kubernetes next?\n\n"
        "You said:\nno thanks. what is a dangling image?\n\n"
        "ChatGPT said:\nAn image no tag points to any more.\n"
    )
    found = [(q.topic_path, q.title, q.answer_markdown) for q in parse_text(note).questions]
    assert found == [
        (
            ("Docker",),
            "How is a container different from a virtual machine?",
            "A container shares the host kernel; a VM runs its own kernel.",
        ),
        (
            ("Docker",),
            "Why keep images small?",
            "Faster pulls and fewer packages to patch.\nMulti-stage builds help.",
        ),
        (("Docker",), "What does a volume store?", "Data that outlives the container."),
        ((), "What is a dangling image?", "An image no tag points to any more."),
    ]
