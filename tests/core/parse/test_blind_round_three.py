"""Shapes of notes a third blind importer round found misread: a glossary of bold terms a
paragraph each, a two-column table of terms and their explanations, questions typed in
capitals, and cards parted by `---` lines in a plain-text file."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_a_glossary_of_bold_terms_a_paragraph_each_is_one_question_a_term():
    notes = (
        "# Distributed systems glossary\n\n"
        "**CAP theorem** — a store can guarantee at most two of consistency, availability "
        "and partition tolerance.\n\n"
        "**Quorum** — the minimum number of replicas that must acknowledge an operation.\n\n"
        "**Idempotency** — performing an operation twice has the same effect as once.\n"
    )
    assert pairs(notes) == [
        (
            "CAP theorem",
            "a store can guarantee at most two of consistency, availability and partition "
            "tolerance.",
        ),
        ("Quorum", "the minimum number of replicas that must acknowledge an operation."),
        ("Idempotency", "performing an operation twice has the same effect as once."),
    ]


def test_a_glossary_of_bold_terms_with_the_colon_inside_the_bold():
    notes = (
        "__Mutex:__ a lock only one thread holds at a time.\n"
        "__Semaphore:__ a counter of permits threads take and give back.\n"
        "__Deadlock:__ threads waiting on each other forever.\n"
        "__Livelock:__ threads busy reacting to each other, none progressing.\n"
    )
    assert pairs(notes, suffix=".md") == [
        ("Mutex", "a lock only one thread holds at a time."),
        ("Semaphore", "a counter of permits threads take and give back."),
        ("Deadlock", "threads waiting on each other forever."),
        ("Livelock", "threads busy reacting to each other, none progressing."),
    ]


def test_a_cheat_sheet_table_of_concepts_and_their_explanations_is_one_question_a_row():
    notes = (
        "# Kubernetes cheat sheet\n\n"
        "| Concept | Explanation |\n"
        "| --- | --- |\n"
        "| Pod | The smallest deployable unit of containers. |\n"
        "| Service | A stable virtual IP in front of a set of pods. |\n"
        "| Ingress | HTTP routing from outside the cluster. |\n"
    )
    assert pairs(notes) == [
        ("Pod", "The smallest deployable unit of containers."),
        ("Service", "A stable virtual IP in front of a set of pods."),
        ("Ingress", "HTTP routing from outside the cluster."),
    ]


def test_a_table_of_terms_and_their_meanings_is_one_question_a_row():
    notes = (
        "| Term | Meaning |\n"
        "|------|---------|\n"
        "| Epoch | One pass over the training set. |\n"
        "| Batch | The examples of one gradient step. |\n"
        "| Learning rate | How far a step moves the weights. |\n"
    )
    assert pairs(notes) == [
        ("Epoch", "One pass over the training set."),
        ("Batch", "The examples of one gradient step."),
        ("Learning rate", "How far a step moves the weights."),
    ]


def test_a_table_of_concepts_inside_an_answer_stays_in_it():
    notes = (
        "## What are the parts of a transformer?\n\n"
        "| Concept | Description |\n"
        "| --- | --- |\n"
        "| Attention | Weighs the tokens. |\n"
        "| FFN | Mixes features per token. |\n\n"
        "## What is dropout?\n\n"
        "Zeroing random activations while training.\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "What are the parts of a transformer?",
        "What is dropout?",
    ]


def test_lines_that_ask_over_bullet_points_are_the_questions_not_the_points():
    notes = (
        "# Networking\n\n"
        "What is a socket?\n"
        "- An endpoint of a connection\n"
        "- Named by an address and a port\n\n"
        "Why does TCP need a handshake?\n"
        "- Both sides agree on sequence numbers\n"
        "- Old duplicate requests are told apart\n"
    )
    assert pairs(notes) == [
        ("What is a socket?", "- An endpoint of a connection\n- Named by an address and a port"),
        (
            "Why does TCP need a handshake?",
            "- Both sides agree on sequence numbers\n- Old duplicate requests are told apart",
        ),
    ]


def test_questions_in_capitals_over_typed_bullets_in_a_text_note():
    notes = (
        "iOS interview\n\n"
        "WHAT IS ARC?\n"
        "•\tAutomatic Reference Counting\n"
        "•\tThe compiler inserts retain and release calls\n\n"
        "WHAT IS A RETAIN CYCLE?\n"
        "•\tTwo objects holding strong references to each other\n"
        "•\tBreak it with weak or unowned\n"
    )
    assert [title for title, _ in pairs(notes, suffix=".txt")] == [
        "WHAT IS ARC?",
        "WHAT IS A RETAIN CYCLE?",
    ]
    assert "Break it with weak or unowned" in pairs(notes, suffix=".txt")[1][1]


def test_cards_parted_by_dashes_right_under_their_answers():
    notes = (
        "What is a closure?\n"
        "A function with the variables of the scope it was made in.\n"
        "---\n"
        "What is event bubbling?\n"
        "An event on an element goes up through its ancestors.\n"
        "---\n"
        "What is the difference between let and var?\n"
        "let is block-scoped; var is function-scoped.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is a closure?", "A function with the variables of the scope it was made in."),
        ("What is event bubbling?", "An event on an element goes up through its ancestors."),
        (
            "What is the difference between let and var?",
            "let is block-scoped; var is function-scoped.",
        ),
    ]


def test_a_rule_right_under_an_answers_last_lines_does_not_make_them_a_heading():
    notes = (
        "## What is a mutex?\n\n"
        "A lock only one thread holds at a time;\n"
        "others wait for it.\n"
        "---\n"
        "## What is a semaphore?\n\n"
        "A counter of permits\n"
        "threads take and give back.\n"
        "---\n"
        "## What is a deadlock?\n\n"
        "Threads waiting on each other\n"
        "forever.\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "What is a mutex?",
        "What is a semaphore?",
        "What is a deadlock?",
    ]
    assert pairs(notes)[0][1].startswith("A lock only one thread holds at a time;")


def test_both_block_readers_part_lines_over_dashes_or_equals_signs_alike():
    from studyapp.core.parse.tree import build

    text = (
        "a\nb\n---\nc\n\nTitle\n---\n  - x\n    y\n    ---\n> p\n> q\n> ---\n\nr\ns\n--\n\n"
        "Top\n===\nt\nu\n=====\n"
    )

    def shape(doc):
        return [(b.kind, b.start, b.end) for b in doc.blocks]

    assert shape(build(text, fast=True)) == shape(build(text, fast=False))
    assert ("hr", 3, 3) in shape(build(text, fast=False))
    assert ("heading", 6, 7) in shape(build(text, fast=False))
    assert ("hr", 23, 23) in shape(build(text, fast=False))


def test_cards_parted_by_lines_of_equals_signs():
    notes = (
        "What is a hash table?\n"
        "An array of buckets\n"
        "indexed by a hash of the key.\n"
        "=====\n"
        "What is a heap?\n"
        "A tree whose root is the min or max.\n"
        "=====\n"
        "What is a trie?\n"
        "A tree of characters, each path a prefix.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is a hash table?", "An array of buckets\nindexed by a hash of the key."),
        ("What is a heap?", "A tree whose root is the min or max."),
        ("What is a trie?", "A tree of characters, each path a prefix."),
    ]


def test_a_dokuwiki_page_saved_as_text_is_split_at_its_question_headings():
    notes = (
        "====== Linux interview ======\n\n"
        "===== What does the sticky bit do? =====\n"
        "Only a file's owner can delete it from the directory.\n\n"
        "===== What is an inode? =====\n"
        "The structure that holds a file's metadata.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert [(q.title, q.answer_markdown.strip()) for q in parsed.questions] == [
        ("What does the sticky bit do?", "Only a file's owner can delete it from the directory."),
        ("What is an inode?", "The structure that holds a file's metadata."),
    ]
    assert parsed.deck_name == "Linux interview"


def test_mediawiki_headings_in_a_text_note_give_sections_and_questions():
    notes = (
        "== Networking ==\n"
        "=== What is a subnet mask? ===\n"
        "It tells the network part of an address from the host part.\n\n"
        "=== What does ARP do? ===\n"
        "It finds the MAC address for an IP address on the local network.\n\n"
        "== Security ==\n"
        "=== What is a salt? ===\n"
        "Random data added to a password before hashing.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a subnet mask?", ("Networking",)),
        ("What does ARP do?", ("Networking",)),
        ("What is a salt?", ("Security",)),
    ]


def test_questions_underlined_as_restructuredtext_does_in_a_text_note():
    notes = (
        "Machine learning basics\n"
        "=======================\n\n"
        "What is overfitting?\n"
        "~~~~~~~~~~~~~~~~~~~~\n\n"
        "The model learns noise and does worse on new data.\n\n"
        "Why scale features?\n"
        "~~~~~~~~~~~~~~~~~~~\n\n"
        "Gradient descent converges faster.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert [(q.title, q.answer_markdown.strip()) for q in parsed.questions] == [
        ("What is overfitting?", "The model learns noise and does worse on new data."),
        ("Why scale features?", "Gradient descent converges faster."),
    ]
    assert parsed.deck_name == "Machine learning basics"


def test_restructuredtext_titles_overlined_and_three_levels_deep():
    notes = (
        "==========\n"
        "  Python\n"
        "==========\n\n"
        "Data model\n"
        "----------\n\n"
        "What is __slots__ for?\n"
        "^^^^^^^^^^^^^^^^^^^^^^\n"
        "It stops each instance from having a dict.\n\n"
        "What is a descriptor?\n"
        "^^^^^^^^^^^^^^^^^^^^^\n"
        "An object with a __get__ method.\n\n"
        "Concurrency\n"
        "-----------\n\n"
        "What is the GIL?\n"
        "^^^^^^^^^^^^^^^^\n"
        "A lock letting one thread run bytecode at a time.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is __slots__ for?", ("Data model",)),
        ("What is a descriptor?", ("Data model",)),
        ("What is the GIL?", ("Concurrency",)),
    ]
    assert parsed.questions[2].answer_markdown.strip() == (
        "A lock letting one thread run bytecode at a time."
    )


def test_a_glossary_list_with_the_colon_inside_the_bold_term():
    notes = (
        "# ML glossary\n\n"
        "1. **Precision:** of the items flagged positive, the share that are.\n"
        "2. **Recall:** of the positive items, the share flagged.\n"
        "3. **F1:** the harmonic mean of precision and recall.\n"
    )
    assert pairs(notes) == [
        ("Precision", "of the items flagged positive, the share that are."),
        ("Recall", "of the positive items, the share flagged."),
        ("F1", "the harmonic mean of precision and recall."),
    ]


def test_a_bulleted_glossary_with_the_colon_inside_underscored_bold():
    notes = (
        "- __Latency:__ the time one request takes.\n"
        "- __Throughput:__ requests served per second.\n"
        "- __Tail latency:__ the slowest percentiles, p99 and up.\n"
    )
    assert [title for title, _ in pairs(notes)] == ["Latency", "Throughput", "Tail latency"]


def test_bold_labelled_points_under_a_question_heading_stay_in_its_answer():
    notes = (
        "## Should you shard early?\n\n"
        "- **Pros:** headroom for growth.\n"
        "- **Cons:** cross-shard queries get hard.\n"
        "- **Verdict:** only when one node cannot cope.\n"
    )
    assert [title for title, _ in pairs(notes)] == ["Should you shard early?"]
