"""Round 33's held-out set for key points, never tuned on.

Written before the round's fixes, on what a new user's notes showed: points whose
meaning is carried by a small word ("no partial dependency", "not thread-safe",
"without a server"), claims whose roles or quantities can be swapped ("the client
sends, the server answers"; "only one writer at a time"), and answers that say the
same thing twice, in another language and then in English. Subjects earlier sets touch
little: databases (normal forms, foreign keys, replication), operating systems (mutexes,
paging, zombie processes), web (CORS, cookies, REST), Python (immutability, generators),
statistics (p-values, correlation), networking (UDP, DHCP), machine learning (dropout,
stratified splits), security (hashing vs encryption) and two bilingual cards (Spanish,
German, Russian before English). The model answers are notes as a person keeps them: a
bulleted list of "Name: what it is", a numbered list, a line of prose, a short paragraph.

Each question has two right answers, the first close to the notes' words and the second
a paraphrase in a person's own words; two wrong ones in the notes' words, the first
denying or reversing a claim (a "no" dropped or added), the second swapping roles,
sides or quantities; and one partly right answer (one idea, the rest left out).

The expected judgement: a right answer earns at least half of the points and more than
the wrong ones; a wrong one earns none; a partly right one earns less than the right
ones. `figures` (tests/core/test_keypoint_heldout25.py), `partly`
(tests/core/test_keypoint_heldout31.py) and `close_and_paraphrased`
(tests/core/test_keypoint_heldout32.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_THIRD_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "first-normal-forms",
        "What do the first normal forms require?",
        "- 1NF: each column holds a single value\n"
        "- 2NF: no non-key column depends on part of a composite key\n"
        "- 3NF: no non-key column depends on another non-key column",
        (
            "1NF means a single value per column, 2NF means no non-key column depends on"
            " only part of a composite key, and 3NF means no non-key column depends on"
            " another non-key column.",
            "First normal form wants atomic values in each cell; second forbids attributes"
            " that hang off half of a composite key; third forbids attributes that are"
            " determined by other non-key attributes.",
        ),
        (
            "1NF lets a column hold a list of values, in 2NF a non-key column depends on"
            " part of a composite key, and in 3NF a non-key column depends on another"
            " non-key column.",
            "2NF: no non-key column depends on another non-key column; 3NF: no non-key"
            " column depends on part of a composite key.",
        ),
        ("1NF: each column holds a single value.",),
    ),
    HeldOut(
        "mutex",
        "What is a mutex?",
        "A lock that lets only one thread enter a critical section at a time; the thread"
        " that locked it must unlock it.",
        (
            "A lock so that only one thread at a time enters the critical section, and only"
            " the thread that locked it can unlock it.",
            "It guards a piece of code so threads take turns one by one, and whoever"
            " acquired it is the one who releases it.",
        ),
        (
            "A lock that lets many threads enter the critical section at the same time.",
            "A lock that any thread can unlock, letting several threads into the critical"
            " section at once.",
        ),
        ("It is a kind of lock.",),
    ),
    HeldOut(
        "udp",
        "How does UDP differ from TCP?",
        "- UDP: connectionless, no delivery guarantee, no ordering\n"
        "- TCP: connection-oriented, guarantees delivery and order",
        (
            "UDP is connectionless with no delivery guarantee and no ordering; TCP is"
            " connection-oriented and guarantees delivery and order.",
            "UDP just fires packets without a handshake and may lose or reorder them, while"
            " TCP sets up a connection and makes sure everything arrives in order.",
        ),
        (
            "UDP guarantees delivery and ordering; TCP has no delivery guarantee.",
            "UDP is connection-oriented and TCP is connectionless.",
        ),
        ("UDP is connectionless.",),
    ),
    HeldOut(
        "immutable-tuple",
        "Why can a tuple be a dict key but a list cannot?",
        "A tuple is immutable and hashable; a list is mutable and not hashable, so its"
        " hash could change after it is stored.",
        (
            "Tuples are immutable and hashable, lists are mutable and unhashable because"
            " their hash could change once stored.",
            "You can't change a tuple so its hash stays fixed, while a list can be modified,"
            " which would break the lookup, so Python refuses to hash it.",
        ),
        (
            "A list is immutable and hashable; a tuple is mutable and not hashable.",
            "A tuple is mutable but a list is hashable.",
        ),
        ("Tuples are immutable.",),
    ),
    HeldOut(
        "p-value",
        "What does a p-value mean?",
        "The probability of seeing data at least this extreme if the null hypothesis is"
        " true. It is not the probability that the null hypothesis is true.",
        (
            "The probability of data at least as extreme as observed assuming the null"
            " hypothesis is true; it is not the probability that the null is true.",
            "How likely results this extreme would be if there were really no effect, and"
            " it doesn't tell you the chance the null hypothesis holds.",
        ),
        (
            "It is the probability that the null hypothesis is true.",
            "The probability that the null hypothesis is true given data this extreme.",
        ),
        ("It's a probability computed assuming the null hypothesis.",),
    ),
    HeldOut(
        "cors",
        "What is CORS?",
        "A browser mechanism: the server sends headers that tell the browser which other"
        " origins may read its responses. It does not protect the server from requests.",
        (
            "A browser mechanism where the server sends headers telling the browser which"
            " other origins may read its responses; it doesn't protect the server from"
            " requests.",
            "The server's response headers list the foreign sites whose scripts the browser"
            " will let see the response; it's enforced by the browser, so it's no shield"
            " for the server itself.",
        ),
        (
            "The browser sends headers that tell the server which origins may read its responses.",
            "A server mechanism that protects the server from requests from other origins.",
        ),
        ("It's enforced by the browser.",),
    ),
    HeldOut(
        "hash-vs-encrypt",
        "What is the difference between hashing and encryption?",
        "Hashing is one-way: the input cannot be recovered. Encryption is two-way: with the"
        " key the ciphertext can be decrypted.",
        (
            "Hashing is one-way so the input can't be recovered; encryption is two-way, the"
            " ciphertext can be decrypted with the key.",
            "A hash can't be reversed to get the original back, but encrypted data can be"
            " turned back into plaintext by whoever holds the key.",
        ),
        (
            "Hashing is two-way and encryption is one-way.",
            "With the key the input of a hash can be recovered, while encryption cannot be"
            " decrypted.",
        ),
        ("Hashing is one-way.",),
    ),
    HeldOut(
        "zombie-process",
        "What is a zombie process?",
        "A process that has exited but whose parent has not yet called wait() to read its"
        " exit status; it keeps only its entry in the process table.",
        (
            "A process that has exited but whose parent hasn't called wait() to read its"
            " exit status, so it keeps its process table entry.",
            "A finished child the parent never reaped, so it lingers as a leftover row in"
            " the process table until someone collects its exit code.",
        ),
        (
            "A process whose parent has exited but which is still running.",
            "A process that has called wait() on its parent and still holds its memory.",
        ),
        ("A process that has already exited.",),
    ),
    HeldOut(
        "generators",
        "What is a Python generator?",
        "A function that uses yield: it produces values lazily, one at a time, without"
        " building the whole list in memory.",
        (
            "A function with yield that produces values lazily, one at a time, without"
            " building the whole list in memory.",
            "A function that hands back items on demand with yield instead of making the"
            " full list up front, which saves memory.",
        ),
        (
            "A function that builds the whole list in memory first and returns all values at once.",
            "A function that uses return to produce every value eagerly.",
        ),
        ("It uses yield.",),
    ),
    HeldOut(
        "replication",
        "What is leader-follower replication?",
        "All writes go to the leader; the followers copy the leader's log and serve reads.",
        (
            "All writes go to the leader, and the followers copy its log and serve reads.",
            "One primary node takes every write, and the replicas replay its changes and"
            " answer read queries.",
        ),
        (
            "All writes go to the followers; the leader copies the followers' log and"
            " serves reads.",
            "Writes go to any node and no log is copied.",
        ),
        ("Writes go to the leader.",),
    ),
    HeldOut(
        "correlation",
        "Does correlation imply causation?",
        "No: correlation does not imply causation. A third variable can drive both, or the"
        " cause can run the other way.",
        (
            "No, correlation does not imply causation; a third variable may drive both or"
            " the cause may run the other way.",
            "Not by itself: a hidden confounder could explain both, or it could be reverse"
            " causality.",
        ),
        (
            "Yes: correlation implies causation.",
            "Yes, correlation implies causation, and the cause always runs one way.",
        ),
        ("A confounding third variable can drive both.",),
    ),
    HeldOut(
        "dropout",
        "How does dropout work?",
        "During training it randomly zeroes a fraction of activations; at inference no"
        " units are dropped.",
        (
            "During training it randomly zeroes a fraction of the activations, and at"
            " inference no units are dropped.",
            "It switches off random neurons while the network learns, but uses all of them"
            " when making predictions.",
        ),
        (
            "At inference it randomly zeroes a fraction of activations; during training no"
            " units are dropped.",
            "It drops the same fixed units every step, both in training and at inference.",
        ),
        ("It randomly zeroes some activations.",),
    ),
    HeldOut(
        "dhcp",
        "What does DHCP do?",
        "The client broadcasts a request and a DHCP server assigns it an IP address for a"
        " lease time.",
        (
            "The client broadcasts a request and the DHCP server assigns it an IP address"
            " for a lease time.",
            "A new machine shouts on the network asking for an address, and a server hands"
            " it one that is valid for a limited time.",
        ),
        (
            "The server broadcasts a request and the client assigns it an IP address.",
            "The client assigns itself a permanent IP address without asking any server.",
        ),
        ("It assigns IP addresses.",),
    ),
    HeldOut(
        "rest-stateless",
        "What does it mean that REST is stateless?",
        "Each request carries everything needed to handle it; the server keeps no client"
        " session between requests.",
        (
            "Each request carries everything needed to handle it, and the server keeps no"
            " client session between requests.",
            "Every call is self-contained, so the server doesn't remember anything about the"
            " client from one call to the next.",
        ),
        (
            "The server keeps the client's session between requests, so a request need not"
            " carry everything.",
            "The client keeps a session on the server and each request depends on the one before.",
        ),
        ("Each request is self-contained.",),
    ),
    HeldOut(
        "stratified-split",
        "Why use a stratified split?",
        "It keeps the class proportions the same in the training and test sets, which"
        " matters when classes are imbalanced.",
        (
            "It keeps the class proportions the same in the train and test sets, which"
            " matters with imbalanced classes.",
            "So each split has the same mix of labels as the full data, important when one"
            " class is rare.",
        ),
        (
            "It makes the classes balanced in the test set even when they are imbalanced in"
            " training.",
            "It changes the class proportions between the training and test sets.",
        ),
        ("It matters when classes are imbalanced.",),
    ),
    HeldOut(
        "paging-bilingual",
        "¿Qué es la paginación? / What is paging?",
        "La memoria se divide en páginas de tamaño fijo. Memory is split into fixed-size"
        " pages mapped to physical frames by a page table.",
        (
            "Memory is split into fixed-size pages mapped to physical frames by a page table.",
            "The address space is cut into equal blocks, and a page table says which"
            " physical frame holds each one.",
        ),
        (
            "Memory is split into variable-size segments with no page table.",
            "Physical frames are mapped to pages by the program itself, and the pages have"
            " any size.",
        ),
        ("Memory is divided into pages.",),
    ),
    HeldOut(
        "cookie-bilingual",
        "Was ist ein HttpOnly-Cookie? (What is an HttpOnly cookie?)",
        "Ein Cookie, das JavaScript nicht lesen kann. A cookie that JavaScript cannot"
        " read; the browser still sends it with requests.",
        (
            "A cookie that JavaScript cannot read, though the browser still sends it with"
            " requests.",
            "Scripts on the page can't access it, but it still goes along with every request"
            " to the server.",
        ),
        (
            "A cookie that only JavaScript can read and the browser never sends.",
            "A cookie that the browser cannot send but JavaScript can read.",
        ),
        ("Scripts can't read it.",),
    ),
    HeldOut(
        "deadlock-russian",
        "Что такое взаимная блокировка (deadlock)?",
        "Два потока ждут друг друга, и ни один не может продолжить. Two threads each wait"
        " for a lock the other holds, so neither can proceed.",
        (
            "Two threads each wait for a lock the other holds, so neither can proceed.",
            "Each thread is stuck holding something the other one needs, and both wait forever.",
        ),
        (
            "One thread holds every lock and the others proceed without waiting.",
            "Two threads share a lock and both proceed at once.",
        ),
        ("Threads waiting for each other.",),
    ),
]
