"""Round 29's held-out set for key points, never tuned on.

Written before the round's fixes, in topics no earlier held-out set has: operating
systems (processes and threads, a mutex and a semaphore, virtual memory's swapping),
networking (TCP and UDP, DNS), security (XSS and CSRF, hashing and encryption), Go's
channels, Rust's borrowing, Java's checked exceptions, statistics (type I and type II
errors) and a system-design trade-off (scaling up and scaling out). The model answers
are notes as a person keeps them: bullets, a bold phrase, a line of code, a table.

Each question has two right answers in a person's own words, and two wrong ones that
reuse the notes' words but get them wrong: two sides swapped, a direction reversed, a
negation, a condition turned round.

The expected judgement: every right answer earns at least half of the points and more
than either wrong answer of its question; a wrong answer earns none. `figures` (in
tests/core/test_keypoint_heldout25.py) gives the mean coverage of the right answers, of
the wrong ones and the share of (right, wrong) pairs where the right one covers more.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

TWENTY_NINTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "process-thread",
        "What is the difference between a process and a thread?",
        "- A process has its **own address space**; processes share nothing by default\n"
        "- Threads of one process **share the same memory** and open files\n"
        "- A thread is cheaper to create and to switch than a process",
        (
            "Each process gets a separate memory space of its own, while threads inside a"
            " process all see the same heap and file handles. Spawning and context"
            " switching threads costs less.",
            "process = isolated memory; threads = shared memory within the process,"
            " lighter to start and switch.",
        ),
        (
            "Threads have their own address space and processes share the same memory; a"
            " process is cheaper to create than a thread.",
            "A thread is a process that runs on another machine.",
        ),
    ),
    HeldOut(
        "mutex-semaphore",
        "What is the difference between a mutex and a semaphore?",
        "A **mutex** lets **only one thread** into the critical section, and only the thread"
        " that locked it may unlock it. A **semaphore** keeps a **counter** and lets up to"
        " N threads in at once; any thread can signal it.",
        (
            "A mutex is exclusive ownership: a single holder, and the owner is the one who"
            " releases it. A semaphore is a count of permits, so several threads up to the"
            " limit can enter, and a different thread may post it.",
            "mutex: one at a time, owner unlocks. semaphore: counter, N at a time, anyone"
            " can release.",
        ),
        (
            "A semaphore lets only one thread into the critical section and only the thread"
            " that locked it may unlock it; a mutex keeps a counter and lets N threads in.",
            "A mutex is faster because it never blocks.",
        ),
    ),
    HeldOut(
        "tcp-udp",
        "How do TCP and UDP differ?",
        "| | TCP | UDP |\n"
        "|---|---|---|\n"
        "| Connection | connection-oriented (handshake) | connectionless |\n"
        "| Delivery | **reliable, in order**, retransmits lost packets | no guarantee,"
        " packets may be lost or reordered |\n"
        "| Use | web, email, file transfer | video calls, games, DNS |",
        (
            "TCP sets up a connection first and guarantees every byte arrives, in sequence,"
            " resending what was dropped; UDP just fires datagrams with no setup and no"
            " promise they arrive or keep their order, which suits real-time voice and"
            " gaming.",
            "TCP: handshake, reliable ordered delivery, resends. UDP: no connection,"
            " best effort, can drop or reorder; good for live streaming and games.",
        ),
        (
            "UDP is connection-oriented and reliable, in order, and retransmits lost"
            " packets; TCP is connectionless and packets may be lost or reordered.",
            "TCP is used for video calls and games because it never retransmits.",
        ),
    ),
    HeldOut(
        "xss-csrf",
        "What is the difference between XSS and CSRF?",
        "- **XSS**: the attacker **injects a script** into a page that other users load;"
        " it runs in the victim's browser with the site's privileges. Fix: escape"
        " output, CSP.\n"
        "- **CSRF**: a malicious site makes the victim's browser **send a request** to a"
        " site where they are logged in, riding on their cookies. Fix: CSRF tokens,"
        " SameSite cookies.",
        (
            "Cross-site scripting smuggles attacker JavaScript into the site itself, so"
            " it executes for visitors as if the site wrote it; you prevent it by encoding"
            " what you output and a content security policy. Cross-site request forgery"
            " tricks a logged-in user's browser into firing a request elsewhere with their"
            " session cookie; you stop it with anti-forgery tokens and SameSite.",
            "XSS = attacker's code runs in the victim's browser (escape output). CSRF ="
            " forged request using the victim's session (tokens, SameSite).",
        ),
        (
            "CSRF injects a script into a page that other users load; XSS makes the"
            " victim's browser send a request to a site where they are logged in.",
            "XSS and CSRF are both fixed by hashing passwords.",
        ),
    ),
    HeldOut(
        "hash-encrypt",
        "What is the difference between hashing and encryption?",
        "Hashing is **one-way**: you cannot get the input back from the hash, so it is"
        " used to store passwords. Encryption is **reversible** with the key: whoever"
        " holds the key can decrypt the data.",
        (
            "A hash can't be undone, there is no way back to the original, which is why"
            " passwords are kept as hashes; encrypted data can be turned back into"
            " plaintext by anyone with the right key.",
            "hash: irreversible, for passwords. encryption: two-way, decrypt with the key.",
        ),
        (
            "Encryption is one-way: you cannot get the input back, so it is used to store"
            " passwords; hashing is reversible with the key.",
            "Hashing is reversible with the key, and you can get the input back from the hash.",
        ),
    ),
    HeldOut(
        "go-channels",
        "What is the difference between a buffered and an unbuffered channel in Go?",
        "```go\nch := make(chan int)     // unbuffered\nbuf := make(chan int, 3) // buffered\n```\n"
        "- Unbuffered: a send **blocks until a receiver** takes the value (a handoff)\n"
        "- Buffered: a send only blocks **when the buffer is full**",
        (
            "With no buffer the sender waits for a goroutine to receive, the two meet;"
            " with a capacity the sender can go on until the capacity is used up, and"
            " only then waits.",
            "unbuffered = synchronous handoff, send waits for the receive. buffered ="
            " send waits only if full.",
        ),
        (
            "An unbuffered send only blocks when the buffer is full; a buffered send"
            " blocks until a receiver takes the value.",
            "A buffered channel never blocks when the buffer is full.",
        ),
    ),
    HeldOut(
        "rust-borrowing",
        "What are Rust's borrowing rules?",
        "At any time you can have **either one mutable reference or any number of"
        " immutable references** to a value, not both. References must never outlive the"
        " value they point to. The borrow checker enforces this at **compile time**.",
        (
            "Many shared `&T` borrows or exactly one `&mut T`, never a mix; a borrow can't"
            " live longer than its owner. The compiler checks all of it before the program"
            " runs.",
            "Several readers or a single writer, not both at once; no dangling references;"
            " checked statically by the compiler.",
        ),
        (
            "You can have any number of mutable references or one immutable reference, and"
            " the borrow checker enforces this at run time.",
            "References may outlive the value they point to, and the borrow checker allows"
            " mutable and immutable references together.",
        ),
    ),
    HeldOut(
        "java-checked",
        "What is the difference between checked and unchecked exceptions in Java?",
        "- **Checked** (e.g. `IOException`): the compiler forces you to **catch or declare**"
        " them with `throws`\n"
        "- **Unchecked** (`RuntimeException` and its subclasses, e.g."
        " `NullPointerException`): **not enforced** by the compiler, usually programming"
        " errors",
        (
            "For a checked exception like an I/O error the code won't compile unless you"
            " handle it in a try/catch or list it in the method's throws clause. Runtime"
            " exceptions such as an NPE need neither, since they tend to be bugs.",
            "checked: must handle or add to throws, compile error otherwise. unchecked:"
            " RuntimeException family, optional to handle, signal bugs.",
        ),
        (
            "Unchecked exceptions must be caught or declared with throws; checked ones like"
            " IOException are not enforced by the compiler.",
            "Checked exceptions are checked at run time and unchecked ones at compile time.",
        ),
    ),
    HeldOut(
        "type-errors",
        "What are type I and type II errors?",
        "- **Type I** (false positive): rejecting the null hypothesis **when it is true**;"
        " its rate is α\n"
        "- **Type II** (false negative): failing to reject the null **when it is false**;"
        " its rate is β, and power = 1 − β",
        (
            "A type I error is a false alarm, concluding there is an effect when in fact"
            " there is none, with probability alpha. A type II error is a miss, keeping the"
            " null although it is wrong, with probability beta; power is one minus beta.",
            "I = false positive, wrongly reject a true H0 (alpha). II = false negative, fail"
            " to reject a false H0 (beta, power 1 - beta).",
        ),
        (
            "Type I is rejecting the null hypothesis when it is false; type II is failing to"
            " reject the null when it is true.",
            "A type II error is a false positive and its rate is alpha.",
        ),
    ),
    HeldOut(
        "scale-up-out",
        "Scaling up or scaling out: what are the trade-offs?",
        "**Vertical scaling** (scale up): a **bigger machine**. Simple, no code changes, but"
        " it has a hard ceiling and stays a single point of failure.\n\n"
        "**Horizontal scaling** (scale out): **more machines** behind a load balancer."
        " Almost no limit and survives a node failing, but the app must be stateless or"
        " handle distributed data.",
        (
            "Scaling up means buying a more powerful server: easy, the code stays as it"
            " is, but you hit the largest box available and one box can still take you"
            " down. Scaling out adds servers behind a load balancer: it grows much further"
            " and tolerates losing one, at the cost of keeping state out of the app"
            " servers.",
            "Up = beefier single box, easy but capped and a SPOF. Out = add nodes, near"
            " unlimited and fault tolerant, needs stateless services.",
        ),
        (
            "Horizontal scaling is a bigger machine with a hard ceiling and a single point"
            " of failure; vertical scaling is more machines behind a load balancer.",
            "Vertical scaling adds more machines and needs no load balancer, and it has no"
            " ceiling.",
        ),
    ),
    HeldOut(
        "dns",
        "What happens in a DNS lookup?",
        "1. The resolver checks its **cache**\n"
        "2. If the name is not cached, it asks a **root server**, which points to the TLD"
        " server\n"
        "3. The TLD server points to the domain's **authoritative server**, which returns"
        " the IP address\n"
        "4. The resolver caches the answer for its **TTL**",
        (
            "The recursive resolver first looks in what it has stored; on a miss it goes to"
            " a root name server, gets referred to the .com (top-level) servers, then to"
            " the authoritative name server that gives back the address, and it keeps that"
            " record for as long as the TTL says.",
            "cache first, else root -> TLD -> authoritative, which answers with the IP;"
            " result cached until the TTL expires.",
        ),
        (
            "The authoritative server checks its cache and asks the resolver, which points"
            " to the root server; the root server returns the IP address and never caches"
            " it.",
            "DNS encrypts the traffic between the browser and the server.",
        ),
    ),
]
