"""Round 40's held-out set for key points, never tuned on.

Written before the round's fixes and before reading the rules, across the domains a
mock interview asks about: SQL, operating systems, networking, machine learning,
system design, Python and behavioural questions. The model answers are short notes as
a person keeps them (prose, a bulleted list, a list of commands each followed by a dash
and what it does).

Each question has two right answers, the first close to the notes' words and the second
in a person's own words (some with the typos a person makes in a timed mock: "aplied",
"relase", "garantees", "trainig", "multiprocesing"); one wrong answer that reuses the
notes' words but gets them wrong, in one of three ways: a negation ("does not",
"never", "no"), the two compared terms swapped (WHERE and HAVING, mutex and semaphore,
L1 and L2, layer 4 and layer 7), or the key word of a claim missing or replaced by its
opposite ("each one commits on its own", "share the stack"); and one partly right answer
that gives one claim of the notes.

The expected verdict per point: a right answer ticks every point it states (so at least
half of the points, and more than the wrong one); the wrong answer ticks none; the partly
right one ticks only the point(s) of the claim it gives, so less than the right ones.
`figures` (tests/core/test_keypoint_heldout25.py), `partly`
(tests/core/test_keypoint_heldout31.py) and `close_and_paraphrased`
(tests/core/test_keypoint_heldout32.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

FORTIETH_HELD_OUT: list[HeldOut] = [
    # SQL
    HeldOut(
        "sql-where-having",
        "What is the difference between WHERE and HAVING?",
        "WHERE filters rows before grouping; HAVING filters groups after GROUP BY, so it can"
        " use aggregates like COUNT(*).",
        (
            "WHERE filters the rows before the grouping, HAVING filters the groups after GROUP"
            " BY and can use aggregates such as COUNT(*).",
            "where is applied to individual rows before they get grouped; having is aplied to"
            " the grouped results afterwards, which is why you can put aggregate functions in"
            " it.",
        ),
        (
            "HAVING filters rows before grouping; WHERE filters groups after GROUP BY, so"
            " WHERE can use aggregates like COUNT(*).",
        ),
        ("WHERE filters rows before grouping.",),
    ),
    HeldOut(
        "sql-inner-left-join",
        "What is the difference between an INNER JOIN and a LEFT JOIN?",
        "An INNER JOIN returns only the rows that match in both tables. A LEFT JOIN returns"
        " every row of the left table, with NULLs where the right table has no match.",
        (
            "An inner join returns only rows that match in both tables, and a left join"
            " returns every row of the left table with NULLs where the right one has no match.",
            "inner join keeps just the matching pairs; left join keeps all rows from the left"
            " side and fills the right side's columns with null when nothing matches.",
        ),
        (
            "An INNER JOIN does not return only the matching rows, and a LEFT JOIN never keeps"
            " the rows of the left table that have no match.",
        ),
        ("Inner join gives only the rows that match in both tables.",),
    ),
    HeldOut(
        "sql-index-low-cardinality",
        "Does an index on a low-cardinality column help?",
        "An index on a column with few distinct values (like a boolean) rarely helps: the"
        " planner reads most of the table anyway, and the index still slows down every write.",
        (
            "An index on a column with few distinct values such as a boolean rarely helps,"
            " since the planner reads most of the table anyway, and the index still slows"
            " down writes.",
            "If the column only has a handful of values, like true/false, the index is mostly"
            " useless: the query scans most rows anyway, and you still pay for it on every"
            " insert and update.",
        ),
        (
            "An index on a column with few distinct values always helps: the planner reads"
            " only a few rows, and the index speeds up every write.",
        ),
        ("It rarely helps, because most of the table is read anyway.",),
    ),
    HeldOut(
        "sql-transaction",
        "What does a database transaction guarantee?",
        "A transaction groups statements so they all commit or none do; if one fails,"
        " ROLLBACK undoes the changes made so far.",
        (
            "A transaction groups the statements so that they all commit or none do, and if"
            " one fails a ROLLBACK undoes the changes made so far.",
            "It bundles several statements into one unit: either every one of them is saved"
            " or nothing is. When something fails you roll back and the earlier changes are"
            " undone.",
        ),
        (
            "A transaction groups statements so each one commits on its own; if one fails,"
            " the changes made so far are kept.",
        ),
        ("All the statements commit or none do.",),
    ),
    HeldOut(
        "sql-primary-foreign-key",
        "What is the difference between a primary key and a foreign key?",
        "A primary key uniquely identifies each row of its table and cannot be NULL. A"
        " foreign key is a column that references the primary key of another table,"
        " enforcing referential integrity.",
        (
            "A primary key uniquely identifies each row in its table and can't be NULL; a"
            " foreign key is a column referencing another table's primary key, which enforces"
            " referential integrity.",
            "The PK is the unique identifier of a row in that table, never null. An FK points"
            " at another table's PK so you can't reference rows that don't exist.",
        ),
        (
            "A foreign key uniquely identifies each row of its table and cannot be NULL. A"
            " primary key is a column that references the foreign key of another table.",
        ),
        ("A primary key uniquely identifies each row.",),
    ),
    # Operating systems
    HeldOut(
        "os-deadlock-conditions",
        "What conditions are needed for a deadlock?",
        "A deadlock needs four conditions at once: mutual exclusion, hold and wait, no"
        " preemption, and circular wait. Breaking any one of them prevents it.",
        (
            "Deadlock needs all four conditions at once: mutual exclusion, hold and wait, no"
            " preemption and circular wait; breaking any one of them prevents it.",
            "You get deadlock only when all four hold together: resources are exclusive, a"
            " thread holds one while waiting for another, nothing can be taken away by force,"
            " and there's a cycle of waiting. Remove any one and it can't happen.",
        ),
        (
            "A deadlock needs just one of them: mutual exclusion, hold and wait, preemption"
            " or circular wait, and breaking one of them does not prevent it.",
        ),
        ("Mutual exclusion and circular wait.",),
    ),
    HeldOut(
        "os-deadlock-avoid",
        "How do you avoid deadlocks in practice?",
        "- Acquire locks in one global order\n"
        "- Use timeouts when acquiring a lock\n"
        "- Hold locks for as short a time as possible\n"
        "- Prefer higher-level structures such as queues",
        (
            "Acquire the locks in one global order, use timeouts when acquiring a lock, hold"
            " locks for as short a time as possible, and prefer higher-level structures such"
            " as queues.",
            "Always take the locks in the same order everywhere, give up after a timeout"
            " instead of waiting forever, keep the critical sections short, and use queues"
            " rather than raw locks.",
        ),
        (
            "Two threads each hold a lock and wait for the other's lock, so they both wait"
            " forever; take locks in any order you like.",
        ),
        ("Acquire locks in a consistent order.",),
    ),
    HeldOut(
        "os-virtual-memory",
        "What is virtual memory?",
        "Virtual memory gives each process its own address space, mapped to physical memory"
        " by the page table. Pages not in RAM are loaded from disk on a page fault.",
        (
            "Virtual memory gives every process its own address space, which the page table"
            " maps to physical memory; pages that aren't in RAM are loaded from disk on a page"
            " fault.",
            "Every process sees a private address space; the MMU translates those addresses"
            " through page tables to real RAM, and when a page isn't resident a page fault"
            " brings it in from disk.",
        ),
        (
            "Virtual memory makes all processes share one address space, and the page table"
            " maps disk to CPU registers; a page fault deletes the page from RAM.",
        ),
        ("Each process has its own address space.",),
    ),
    HeldOut(
        "os-mutex-semaphore",
        "What is the difference between a mutex and a semaphore?",
        "A mutex lets only one thread into the critical section and must be released by the"
        " thread that locked it. A semaphore keeps a counter and lets up to N threads in; any"
        " thread can signal it.",
        (
            "A mutex lets only one thread into the critical section and has to be released by"
            " the thread that locked it; a semaphore keeps a counter, lets up to N threads in,"
            " and any thread can signal it.",
            "mutex = exclusive, one thread at a time, and only the owner can unlock it."
            " semaphore has a count so up to N threads can enter, and any thread may relase"
            " it.",
        ),
        (
            "A semaphore lets only one thread into the critical section and must be released"
            " by the thread that locked it. A mutex keeps a counter and lets up to N threads"
            " in.",
        ),
        ("A mutex allows one thread at a time.",),
    ),
    HeldOut(
        "os-fork",
        "What does fork() do?",
        "fork() creates a child process that is a copy of the parent; both continue from the"
        " point of the call. It returns 0 in the child and the child's PID in the parent.",
        (
            "fork() creates a child process that's a copy of the parent, and both continue"
            " from the point of the call; it returns 0 in the child and the child's PID in"
            " the parent.",
            "It clones the calling process; parent and child both resume right after fork."
            " The child gets 0 back, the parent gets the child's pid.",
        ),
        (
            "fork() returns 0 in the parent and the child's PID in the child, and the child"
            " starts from the beginning of the program.",
        ),
        ("fork creates a copy of the parent process.",),
    ),
    HeldOut(
        "os-thread-share",
        "What do the threads of one process share?",
        "Threads of one process share the heap, the globals and the open files, but each"
        " thread has its own stack and registers.",
        (
            "The threads of a process share the heap, the globals and the open files, while"
            " every thread has its own stack and registers.",
            "Inside a process the threads all see the same heap, global variables and file"
            " descriptors; only the stack and register set are per thread.",
        ),
        (
            "Threads of one process share the stack and the registers, but each thread has"
            " its own heap and open files.",
        ),
        ("Threads share the heap.",),
    ),
    # Networking
    HeldOut(
        "net-tcp-udp",
        "What is the difference between TCP and UDP?",
        "TCP is connection-oriented and reliable: it retransmits lost segments and delivers"
        " bytes in order. UDP is connectionless and sends datagrams with no delivery or"
        " ordering guarantee, so it has lower latency.",
        (
            "TCP is connection-oriented and reliable, it retransmits lost segments and"
            " delivers the bytes in order; UDP is connectionless, sends datagrams with no"
            " delivery or ordering guarantee, and so has lower latency.",
            "TCP sets up a connection, resends whatever gets lost and keeps the order; UDP"
            " just fires off datagrams without garantees about arrival or order, which makes"
            " it faster.",
        ),
        (
            "TCP does not retransmit lost segments and does not keep the order; UDP"
            " guarantees delivery and ordering.",
        ),
        ("TCP is reliable and keeps the order.",),
    ),
    HeldOut(
        "net-dns-resolution",
        "How does DNS resolution work?",
        "The resolver first checks its cache; on a miss it asks a root server, which refers"
        " it to the TLD server, which refers it to the domain's authoritative server, which"
        " returns the IP address. The answer is cached for its TTL.",
        (
            "The resolver checks its cache first; on a miss it asks a root server, which"
            " refers it to the TLD server, which refers it to the authoritative server of the"
            " domain, which returns the IP address. The answer is cached for its TTL.",
            "Check the local cache; if it's not there, ask the root, then the .com (TLD)"
            " servers, then the authoritative name server that gives back the IP. The result"
            " is kept until the TTL runs out.",
        ),
        (
            "The authoritative server refers it to the root server, which returns the IP"
            " address; answers are never cached.",
        ),
        ("It checks the cache, then asks a root server.",),
    ),
    HeldOut(
        "net-http-4xx-5xx",
        "What is the difference between 4xx and 5xx HTTP status codes?",
        "4xx status codes mean the client made an error (404 Not Found, 401 Unauthorized);"
        " 5xx mean the server failed to handle a valid request (500, 503).",
        (
            "4xx codes mean the client made an error, like 404 Not Found or 401 Unauthorized;"
            " 5xx codes mean the server failed to handle a valid request, like 500 or 503.",
            "A 4xx is the caller's fault, like a missing page (404) or no auth (401). A 5xx is"
            " the server's fault on a request that was fine, e.g. 500 or 503.",
        ),
        ("4xx codes mean the server failed; 5xx codes mean the client made an error.",),
        ("4xx means the client made an error.",),
    ),
    HeldOut(
        "net-tls-handshake",
        "What happens in a TLS handshake?",
        "The server sends its certificate, the client verifies it against trusted CAs, and"
        " both sides agree on a symmetric session key; the data is then encrypted with that"
        " symmetric key.",
        (
            "The server sends its certificate, the client verifies it against the trusted"
            " CAs, both sides agree on a symmetric session key, and then the data is"
            " encrypted with that key.",
            "The server shows its cert, the client checks it's signed by a CA it trusts, they"
            " derive a shared session key, and from then on traffic is encrypted"
            " symmetrically.",
        ),
        (
            "The client sends its certificate and the server verifies it; the data is then"
            " encrypted with the server's private key, not with a symmetric key.",
        ),
        ("The server sends its certificate and the client verifies it.",),
    ),
    HeldOut(
        "net-l4-l7",
        "What is the difference between a layer 4 and a layer 7 load balancer?",
        "A layer 4 load balancer routes by IP address and port without reading the request."
        " A layer 7 load balancer reads the HTTP request and can route by path, header or"
        " cookie.",
        (
            "A layer 4 load balancer routes by IP address and port without reading the"
            " request; a layer 7 one reads the HTTP request and can route by path, header or"
            " cookie.",
            "L4 only looks at addresses and ports and never opens the payload; L7 understands"
            " HTTP, so it can send /api somewhere else or route on headers and cookies.",
        ),
        (
            "A layer 7 load balancer routes by IP address and port without reading the"
            " request; a layer 4 one reads the HTTP request and routes by path or cookie.",
        ),
        ("Layer 4 routes by IP address and port.",),
    ),
    # Machine learning
    HeldOut(
        "ml-bias-variance",
        "What is the difference between high bias and high variance?",
        "High bias means the model is too simple and underfits: it does badly on training and"
        " test data. High variance means it overfits: it does well on training data but badly"
        " on new data.",
        (
            "High bias means the model is too simple and underfits, doing badly on both"
            " training and test data; high variance means it overfits, doing well on training"
            " data but badly on new data.",
            "Bias = too simple a model, underfitting, bad even on the trainig set. Variance ="
            " overfitting, great on training but poor on unseen data.",
        ),
        (
            "High variance means the model is too simple and underfits; high bias means it"
            " overfits, doing well on training data but badly on new data.",
        ),
        ("High bias means underfitting.",),
    ),
    HeldOut(
        "ml-precision-recall",
        "What are precision and recall?",
        "Precision is the share of predicted positives that are really positive. Recall is"
        " the share of actual positives the model finds. Raising the threshold usually raises"
        " precision and lowers recall.",
        (
            "Precision is the share of the predicted positives that are really positive,"
            " recall is the share of the actual positives that the model finds, and raising"
            " the threshold usually raises precision and lowers recall.",
            "Precision: of everything flagged positive, how much is correct. Recall: of all"
            " the real positives, how many we caught. A higher threshold tends to trade"
            " recall for precision.",
        ),
        (
            "Recall is the share of predicted positives that are really positive; precision"
            " is the share of actual positives the model finds. Raising the threshold raises"
            " recall.",
        ),
        ("Precision is the fraction of predicted positives that are correct.",),
    ),
    HeldOut(
        "ml-l1-l2",
        "What is the difference between L1 and L2 regularisation?",
        "L1 adds the sum of absolute weights to the loss and drives some weights to exactly"
        " zero, so it selects features. L2 adds the sum of squared weights and shrinks all"
        " weights smoothly without zeroing them.",
        (
            "L1 adds the sum of the absolute weights to the loss and drives some weights to"
            " exactly zero, so it selects features; L2 adds the sum of the squared weights"
            " and shrinks all of them smoothly without zeroing them.",
            "Lasso penalises |w| and ends up with sparse weights, some exactly 0, which acts"
            " as feature selection; ridge penalises w² and just makes every weight smaller,"
            " none become zero.",
        ),
        (
            "L2 drives some weights to exactly zero and selects features; L1 shrinks all"
            " weights smoothly without zeroing them.",
        ),
        ("L1 makes some weights exactly zero.",),
    ),
    HeldOut(
        "ml-data-leakage",
        "What is data leakage?",
        "Data leakage is when information from the test set or the future gets into training,"
        " for example scaling before the train/test split. It makes validation scores look"
        " better than real performance.",
        (
            "Data leakage is when information from the test set or from the future gets into"
            " training, for example scaling before the train/test split, and it makes the"
            " validation scores look better than the real performance.",
            "Leakage means the model sees something during training it wouldn't have at"
            " prediction time, like fitting the scaler on the full data before splitting. Your"
            " validation numbers end up overly optimistic.",
        ),
        (
            "Data leakage does not make validation scores look better, and scaling before the"
            " train/test split never leaks information.",
        ),
        ("Test data leaking into training.",),
    ),
    HeldOut(
        "ml-vanishing-gradients",
        "What are vanishing gradients?",
        "In deep networks with sigmoid or tanh, gradients shrink as they are multiplied back"
        " through the layers, so early layers barely learn. ReLU, residual connections and"
        " careful initialisation help.",
        (
            "In deep networks with sigmoid or tanh the gradients shrink as they are multiplied"
            " back through the layers, so the early layers barely learn; ReLU, residual"
            " connections and careful initialisation help.",
            "Backprop multiplies many small derivatives, so by the first layers the gradient"
            " is nearly zero and they stop learning; fixes are ReLU activations, skip"
            " connections and good init.",
        ),
        (
            "Gradients grow as they go back through the layers, so the last layers barely"
            " learn; sigmoid and tanh fix it.",
        ),
        ("Use ReLU or residual connections.",),
    ),
    # System design
    HeldOut(
        "sd-cache-aside",
        "How does the cache-aside pattern work?",
        "With cache-aside the application reads the cache first; on a miss it reads the"
        " database and writes the result into the cache. On a write it updates the database"
        " and invalidates the cache entry.",
        (
            "The application reads the cache first; on a miss it reads the database and"
            " writes the result into the cache. On a write it updates the database and"
            " invalidates the cache entry.",
            "App checks the cache; if it's a miss, it loads from the DB and puts the value in"
            " cache. Writes go to the DB and the cached key is deleted.",
        ),
        (
            "The application reads the database first and only on a miss reads the cache; on"
            " a write it updates the cache and never touches the database.",
        ),
        ("Read the cache first and fall back to the database on a miss.",),
    ),
    HeldOut(
        "sd-sharding",
        "What is sharding and what does it cost?",
        "Sharding splits the data across several databases by a shard key, so each holds a"
        " subset and writes scale out. Cross-shard queries and rebalancing become harder.",
        (
            "Sharding splits the data across several databases by a shard key, so each one"
            " holds a subset and writes scale out; cross-shard queries and rebalancing get"
            " harder.",
            "You partition rows over many DB servers using some key, each one owning part of"
            " the data, which lets writes scale horizontally; the price is painful"
            " cross-shard joins and moving data around when you add shards.",
        ),
        (
            "Sharding copies the whole data set to every database so each holds all of it,"
            " and cross-shard queries become easier.",
        ),
        ("Split the data across databases by a key.",),
    ),
    HeldOut(
        "sd-idempotency-key",
        "How do idempotency keys make retries safe?",
        "The client sends a unique idempotency key with each request; the server stores the"
        " key with the result, and a retried request with the same key gets the stored result"
        " instead of running again.",
        (
            "The client sends a unique idempotency key with every request, the server stores"
            " the key with the result, and a retry with the same key gets the stored result"
            " instead of running again.",
            "Each call carries a unique id; the server remembers id -> response, so if the"
            " client retries with that same id it just returns the saved response rather"
            " than charging twice.",
        ),
        (
            "The server makes a new key for every retry, so a retried request runs again and"
            " never gets the stored result.",
        ),
        ("The client sends a unique key with each request.",),
    ),
    HeldOut(
        "sd-message-queue",
        "Why put a message queue between two services?",
        "A message queue decouples producers from consumers: producers keep sending while"
        " consumers are slow or down, and the queue buffers bursts. Delivery is usually"
        " at-least-once, so consumers must be idempotent.",
        (
            "A message queue decouples the producers from the consumers: producers keep"
            " sending while consumers are slow or down, and the queue buffers bursts. Delivery"
            " is usually at-least-once, so the consumers must be idempotent.",
            "It puts a buffer between senders and workers, so senders don't wait on workers"
            " and spikes get absorbed; a message may arrive twice (at least once), hence the"
            " handlers have to be idempotent.",
        ),
        (
            "A message queue couples producers to consumers: producers block until consumers"
            " finish, and delivery is exactly-once, so consumers need not be idempotent.",
        ),
        ("It decouples producers from consumers.",),
    ),
    HeldOut(
        "sd-cap",
        "What does the CAP theorem say?",
        "During a network partition a distributed system must choose between consistency and"
        " availability: a CP system refuses some requests, an AP system answers with possibly"
        " stale data.",
        (
            "During a network partition a distributed system has to choose between"
            " consistency and availability: a CP system refuses some requests and an AP"
            " system answers with possibly stale data.",
            "When the network splits you can't have both: stay consistent by rejecting"
            " requests (CP), or stay available and maybe serve stale reads (AP).",
        ),
        (
            "During a partition an AP system refuses some requests and a CP system answers"
            " with possibly stale data.",
        ),
        ("In a partition you choose between consistency and availability.",),
    ),
    # Python
    HeldOut(
        "py-gil",
        "What is the GIL and what does it mean for threads?",
        "The GIL lets only one thread execute Python bytecode at a time, so threads do not"
        " speed up CPU-bound code; they still help for I/O-bound work because the GIL is"
        " released while waiting. Use multiprocessing for CPU-bound tasks.",
        (
            "The GIL lets only one thread execute Python bytecode at a time, so threads don't"
            " speed up CPU-bound code, but they still help for I/O-bound work because the GIL"
            " is released while waiting. Use multiprocessing for CPU-bound tasks.",
            "Only one thread runs python bytecode at once, so threading won't make CPU-heavy"
            " code faster, but it's fine for I/O since the lock is dropped while blocking. For"
            " CPU work use multiprocesing.",
        ),
        (
            "The GIL does not stop threads from running bytecode in parallel, so threads"
            " speed up CPU-bound code; multiprocessing never helps.",
        ),
        ("Only one thread runs Python bytecode at a time.",),
    ),
    HeldOut(
        "py-mutable-default",
        "Why is a mutable default argument a problem in Python?",
        "A default argument is evaluated once, when the function is defined, so a mutable"
        " default like a list is shared between calls. Use None as the default and create the"
        " list inside.",
        (
            "A default argument is evaluated once, when the function is defined, so a mutable"
            " default such as a list is shared between calls; use None as the default and"
            " create the list inside.",
            "Defaults are built a single time at def time; a list default therefore keeps its"
            " contents across calls. Write `def f(x=None)` and make a new list in the body.",
        ),
        (
            "A default argument is evaluated on every call, so a list default is fresh each"
            " time and never shared between calls.",
        ),
        ("The default is evaluated once, when the function is defined.",),
    ),
    HeldOut(
        "py-generator",
        "What is a generator?",
        "A generator produces values lazily with `yield`, one at a time, keeping its state"
        " between calls; it uses constant memory and can be iterated only once.",
        (
            "A generator produces its values lazily with yield, one at a time, and keeps its"
            " state between calls; it uses constant memory and can only be iterated once.",
            "A function with yield hands back items on demand and pauses in between, so it"
            " doesn't build the whole list in memory; once it's exhausted you can't loop over"
            " it again.",
        ),
        (
            "A generator computes all its values up front and stores them in a list, so it"
            " can be iterated many times.",
        ),
        ("It yields values lazily.",),
    ),
    HeldOut(
        "py-is-eq",
        "What is the difference between `is` and `==` in Python?",
        "`==` compares values by calling `__eq__`; `is` checks whether two names refer to the"
        " same object. Use `is` only for singletons like None.",
        (
            "== compares values by calling __eq__, while is checks whether two names refer to"
            " the same object; use is only for singletons like None.",
            "== asks whether the contents are equal (via __eq__), is asks whether both are"
            " literally the same object in memory; keep is for None and similar singletons.",
        ),
        (
            "`is` compares values by calling `__eq__`; `==` checks whether two names refer to"
            " the same object. Use `==` for None.",
        ),
        ("is checks identity, whether it is the same object.",),
    ),
    HeldOut(
        "py-env-commands",
        "Which commands set up a Python project's environment?",
        "Useful commands:\n"
        "- `python -m venv .venv` - creates a virtual environment\n"
        "- `pip install -e .` - installs the project in editable mode\n"
        "- `pip freeze` - lists the installed packages with their versions",
        (
            "python -m venv .venv creates a virtual environment, pip install -e . installs the"
            " project in editable mode, and pip freeze lists the installed packages with their"
            " versions.",
            "`python -m venv .venv` makes the venv, `pip install -e .` installs your package"
            " as editable, `pip freeze` shows every installed package and its version.",
        ),
        (
            "pip freeze creates a virtual environment, and python -m venv .venv lists the"
            " installed packages with their versions.",
        ),
        ("python -m venv .venv creates a virtual environment.",),
    ),
    # Behavioural
    HeldOut(
        "beh-conflict",
        "Tell me about a conflict with a teammate.",
        "Use STAR: describe the situation and your task, the actions you took (listening to"
        " their view, finding common ground, agreeing on a plan), and the result. Show that"
        " you stayed respectful and focused on the goal.",
        (
            "Use STAR: the situation and my task, the actions I took (listening to their view,"
            " finding common ground, agreeing on a plan) and the result, showing that I stayed"
            " respectful and focused on the goal.",
            "Structure it as situation, task, action, result: I heard my colleague out, we"
            " found what we both wanted, agreed on next steps, and say how it turned out. Keep"
            " it respectful and about the project, not personal.",
        ),
        (
            "Describe how you proved the teammate wrong and escalated to the manager without"
            " listening to their view, and skip the result.",
        ),
        ("Use the STAR structure.",),
    ),
    HeldOut(
        "beh-weakness",
        "What is your greatest weakness?",
        "Name a real weakness that is not core to the role, give a concrete example, and"
        " explain the steps you are taking to improve it. Avoid disguised strengths like"
        " 'I work too hard'.",
        (
            "Name a real weakness that isn't core to the role, give a concrete example, and"
            " explain the steps you're taking to improve it; avoid disguised strengths like"
            " working too hard.",
            "Pick an honest weak spot that doesn't sink you for this job, back it with an"
            " actual example, and say what you're doing to get better. Don't use fake ones"
            " like perfectionism.",
        ),
        (
            "Name a disguised strength like working too hard, never give an example, and say"
            " you have no plan to improve it.",
        ),
        ("Give a real weakness and how you are improving it.",),
    ),
    HeldOut(
        "beh-failure",
        "Tell me about a time you failed.",
        "Pick a real failure, own your part in it without blaming others, and focus on what"
        " you learned and what you changed afterwards.",
        (
            "Pick a real failure, own your part in it without blaming others, and focus on"
            " what you learned and what you changed afterwards.",
            "Choose a genuine mistake, take responsibility rather than pointing at others, and"
            " spend most of the answer on the lesson and how you work differently now.",
        ),
        (
            "Pick a failure that was someone else's fault, explain how the others caused it,"
            " and say you would not change anything.",
        ),
        ("Talk about what you learned.",),
    ),
]
