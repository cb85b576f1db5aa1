"""Round 34's held-out set for key points, never tuned on.

Written before the round's fixes, on what a tester's decks showed: cards in two
languages laid out in other ways than earlier sets (the English in parentheses after
each line, after a slash, on its own line below, English first then the other language,
the question itself bilingual); points whose meaning a small word carries ("no index",
"not stateful", "never blocks"); claims with two sides that can be swapped (left/right,
parent/child, sender/receiver, before/after); and questions whose own words come back in
the answer ("In a binary search tree, where are smaller keys?" answered "Smaller keys go
to the left subtree"), where cutting the question's words out of a point can lose its
subject or its negation. Subjects: databases (joins, indexes, transactions), data
structures (heaps, linked lists, BSTs), networking (HTTP, DNS), Python (the GIL, default
arguments), machine learning (underfitting, k-means), operating systems (threads,
processes), security (salts), Git (rebase) and statistics (medians). The model answers
are notes as a person keeps them: bullets, numbered lines, a line of prose.

Each question has two right answers, the first close to the notes' words and the second
a paraphrase in a person's own words; two wrong ones, the first denying or reversing a
claim (a "no" dropped or added), the second swapping roles, sides or quantities; and one
partly right answer (one idea, the rest left out).

The expected judgement: a right answer earns at least half of the points and more than
the wrong ones; a wrong one earns none; a partly right one earns less than the right
ones. `figures` (tests/core/test_keypoint_heldout25.py), `partly`
(tests/core/test_keypoint_heldout31.py) and `close_and_paraphrased`
(tests/core/test_keypoint_heldout32.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_FOURTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "index-fr-parenthesised",
        "Qu'est-ce qu'une transaction ? (What is a transaction?)",
        "- Une transaction est atomique. (A transaction is atomic.)\n"
        "- Elle ne laisse pas de changement partiel. (It leaves no partial change.)\n"
        "- Un rollback annule tout. (A rollback undoes everything.)",
        (
            "A transaction is atomic: it leaves no partial change, and a rollback undoes"
            " everything.",
            "It is all or nothing, so you never see half of the changes; rolling back"
            " reverts the whole of it.",
        ),
        (
            "A transaction is not atomic; it can leave a partial change, and a rollback"
            " keeps everything.",
            "A rollback is atomic and a transaction undoes everything.",
        ),
        ("A transaction is atomic.",),
    ),
    HeldOut(
        "underfitting-de-slash",
        "Was ist Underfitting? / What is underfitting?",
        "- Das Modell ist zu einfach. / The model is too simple.\n"
        "- Es hat einen hohen Bias. / It has high bias.\n"
        "- Mehr Merkmale helfen. / More features help.",
        (
            "The model is too simple, it has high bias, and more features help.",
            "The model can't capture the pattern because it's too simple: high bias."
            " Adding features helps.",
        ),
        (
            "The model is too complex, it has low bias, and more features do not help.",
            "It has high variance and more data helps.",
        ),
        ("The model is too simple.",),
    ),
    HeldOut(
        "dns-es-lines-below",
        "¿Qué hace el DNS? (What does DNS do?)",
        "El DNS traduce nombres a direcciones IP.\n"
        "DNS translates names to IP addresses.\n\n"
        "Las respuestas se guardan en caché.\n"
        "Answers are cached.",
        (
            "DNS translates names to IP addresses, and answers are cached.",
            "It turns a host name into its IP address; the results get cached.",
        ),
        (
            "DNS translates IP addresses to names, and answers are never cached.",
            "DNS encrypts the traffic between names.",
        ),
        ("DNS translates names to IP addresses.",),
    ),
    HeldOut(
        "gil-english-first",
        "What does the GIL do? / Que fait le GIL ?",
        "- Only one thread runs Python bytecode at a time. / Un seul thread exécute du"
        " bytecode Python à la fois.\n"
        "- It does not stop threads that wait on I/O. / Il n'empêche pas les threads qui"
        " attendent des E/S.",
        (
            "Only one thread runs Python bytecode at a time, but it does not stop threads"
            " that wait on I/O.",
            "Just one thread executes bytecode at once; threads blocked on I/O still make"
            " progress.",
        ),
        (
            "Many threads run Python bytecode at the same time, and it stops threads that"
            " wait on I/O.",
            "Only one process runs at a time.",
        ),
        ("Only one thread runs Python bytecode at a time.",),
    ),
    HeldOut(
        "heap-parent-child",
        "In a min-heap, how does a parent compare with its children?",
        "- A parent is never larger than its children.\n"
        "- The smallest key is at the root.\n"
        "- The heap is not sorted beyond that.",
        (
            "A parent is never larger than its children, so the smallest key is at the"
            " root; the heap is not sorted beyond that.",
            "Each parent is at most its children's value; the minimum sits at the top and"
            " the rest is only partly ordered.",
        ),
        (
            "A parent is always larger than its children, and the largest key is at the root.",
            "A child is never larger than its parent, and the smallest key is at a leaf.",
        ),
        ("The smallest key is at the root.",),
    ),
    HeldOut(
        "linked-list-insert",
        "Why is inserting into a linked list cheap?",
        "- Inserting needs no shifting of other elements.\n"
        "- You only relink two pointers.\n"
        "- Finding the position is still O(n).",
        (
            "Inserting needs no shifting of elements, you only relink two pointers, but"
            " finding the position is still O(n).",
            "Nothing has to move: you just change a couple of pointers. Getting to the spot"
            " takes linear time though.",
        ),
        (
            "Inserting needs shifting of all other elements, and finding the position is O(1).",
            "You relink every pointer and the elements shift.",
        ),
        ("You only relink two pointers.",),
    ),
    HeldOut(
        "bst-larger-keys",
        "In a binary search tree, where do larger keys go?",
        "Larger keys go to the right subtree; smaller keys go to the left subtree. An"
        " in-order walk visits keys in ascending order.",
        (
            "Larger keys go to the right subtree and smaller keys go to the left subtree;"
            " an in-order walk visits them in ascending order.",
            "Bigger keys are placed right, smaller ones left, and walking it in order gives"
            " them sorted.",
        ),
        (
            "Larger keys go to the left subtree and smaller keys go to the right subtree.",
            "An in-order walk visits keys in descending order and larger keys go left.",
        ),
        ("Larger keys go to the right subtree.",),
    ),
    HeldOut(
        "http-stateless",
        "Is HTTP stateless?",
        "- HTTP is stateless: the server keeps no memory of earlier requests.\n"
        "- Sessions are built on top with cookies.\n"
        "- HTTP/2 is still stateless.",
        (
            "Yes, HTTP is stateless; the server keeps no memory of earlier requests."
            " Sessions are built on top with cookies, and HTTP/2 is still stateless.",
            "Each request stands alone, the server remembers nothing between them; cookies"
            " carry the session.",
        ),
        (
            "HTTP is stateful: the server keeps a memory of earlier requests, and HTTP/2"
            " is not stateless.",
            "Cookies are built on top with sessions.",
        ),
        ("The server keeps no memory of earlier requests.",),
    ),
    HeldOut(
        "default-arguments",
        "Why are mutable default arguments a trap in Python?",
        "1. The default is evaluated once, when the function is defined.\n"
        "2. Every call without the argument shares the same object.\n"
        "3. Use None as the default and build the object inside.",
        (
            "The default is evaluated once, when the function is defined, so every call"
            " without the argument shares the same object; use None and build the object"
            " inside.",
            "Python builds the default a single time at def time, so all calls reuse that"
            " one list; default to None instead.",
        ),
        (
            "The default is evaluated on every call, so each call gets a new object.",
            "Build the object as the default and use None inside.",
        ),
        ("Use None as the default.",),
    ),
    HeldOut(
        "kmeans",
        "What does k-means need from you?",
        "- You must choose k before it runs.\n"
        "- It does not find the number of clusters itself.\n"
        "- Its result depends on the starting centroids.",
        (
            "You must choose k before it runs, since it does not find the number of"
            " clusters itself, and its result depends on the starting centroids.",
            "You pick k up front because it can't work out how many clusters there are;"
            " different initial centroids give different results.",
        ),
        (
            "It finds the number of clusters itself, so you need not choose k, and the"
            " result does not depend on the starting centroids.",
            "You must choose the starting centroids after it runs.",
        ),
        ("You must choose k before it runs.",),
    ),
    HeldOut(
        "thread-vs-process",
        "Threads vs processes?",
        "- Threads share the memory of their process.\n"
        "- Processes do not share memory by default.\n"
        "- A crash in one thread can bring down the whole process.",
        (
            "Threads share the memory of their process, processes do not share memory by"
            " default, and a crash in one thread can bring down the whole process.",
            "Threads live in one address space; separate processes each get their own"
            " memory, and one bad thread can kill all of them.",
        ),
        (
            "Threads do not share memory, and processes share memory by default.",
            "Processes share the memory of their threads, and a crash in one process"
            " brings down every thread.",
        ),
        ("Threads share the memory of their process.",),
    ),
    HeldOut(
        "salt",
        "Why add a salt to a password hash?",
        "A salt makes equal passwords hash differently, so precomputed rainbow tables do"
        " not work. The salt is not secret; it is stored next to the hash.",
        (
            "A salt makes equal passwords hash differently so rainbow tables do not work;"
            " the salt is not secret and is stored next to the hash.",
            "Two users with the same password get different hashes, which defeats"
            " precomputed tables; the salt itself can be public, kept with the hash.",
        ),
        (
            "A salt makes equal passwords hash the same, and the salt must be kept secret.",
            "The hash is stored next to the rainbow table.",
        ),
        ("Rainbow tables do not work.",),
    ),
    HeldOut(
        "rebase-before-after",
        "What does git rebase do to your branch?",
        "- Your commits are replayed after the new base.\n"
        "- The old commits are not changed; new ones with new hashes are made.\n"
        "- Do not rebase commits others already pulled.",
        (
            "Your commits are replayed after the new base; the old commits are not changed,"
            " new ones with new hashes are made. Do not rebase commits others already"
            " pulled.",
            "It re-applies your work on top of the target, creating fresh commits with"
            " different hashes; never rebase shared history.",
        ),
        (
            "Your commits keep their hashes, and it is fine to rebase commits others"
            " already pulled.",
            "The new base is replayed after your commits.",
        ),
        ("Your commits are replayed after the new base.",),
    ),
    HeldOut(
        "median-outliers",
        "Why is the median robust to outliers?",
        "- The median depends only on the middle value.\n"
        "- One extreme value does not move it.\n"
        "- The mean, by contrast, is pulled by outliers.",
        (
            "The median depends only on the middle value, so one extreme value does not"
            " move it, while the mean is pulled by outliers.",
            "Only the middle of the sorted data counts; a single huge number leaves it"
            " where it is, unlike the average.",
        ),
        (
            "The median is pulled by outliers, and the mean depends only on the middle value.",
            "One extreme value moves the median a lot.",
        ),
        ("The median depends only on the middle value.",),
    ),
    HeldOut(
        "inner-vs-outer-join",
        "Inner join vs outer join?",
        "- An inner join keeps only matching rows.\n"
        "- An outer join also keeps rows without a match.\n"
        "- Missing values are filled with NULL.",
        (
            "An inner join keeps only matching rows, an outer join also keeps rows without"
            " a match, and missing values are filled with NULL.",
            "Inner returns just the pairs that match; outer adds the unmatched ones too,"
            " with NULLs where nothing matched.",
        ),
        (
            "An inner join also keeps rows without a match, and an outer join keeps only"
            " matching rows.",
            "Missing values are dropped and never filled with NULL.",
        ),
        ("An inner join keeps only matching rows.",),
    ),
    HeldOut(
        "tcp-sender-receiver",
        "How does TCP flow control work?",
        "- The receiver advertises a window.\n"
        "- The sender never has more unacknowledged data than that window.\n"
        "- A zero window makes the sender wait.",
        (
            "The receiver advertises a window and the sender never has more unacknowledged"
            " data than that window; a zero window makes the sender wait.",
            "The receiving side says how much room it has, and the sending side keeps its"
            " unacked bytes under that; at zero it pauses.",
        ),
        (
            "The sender advertises a window and the receiver never has more unacknowledged"
            " data than that window.",
            "A zero window makes the receiver wait, and the sender has more unacknowledged"
            " data than the window.",
        ),
        ("The receiver advertises a window.",),
    ),
]
