"""An evaluation set for key points: questions, model answers in the shapes people write
them, one correct answer phrased differently and one wrong answer (a plausible
misconception, often in the topic's own words).

Written fresh for the key-point checks (tests/core/test_keypoint_cases.py); the first
eight are the cases a new user reported. Each case is (id, question, model answer,
correct typed answer, wrong typed answer).
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    question: str
    answer: str
    right: str
    wrong: str
    partial: str = ""  # a partly right answer (the sets that give one, from round 22)


CASES: list[Case] = [
    # --- the report (one or two sentences, a formula) --------------------------------
    Case(
        "overfitting",
        "What is overfitting?",
        "The model fits noise in the training data.\n"
        "It does well on training data and badly on new data.",
        "It memorizes the noise of the training set so it performs well in training but"
        " poorly on unseen data.",
        "Overfitting is when training takes too long.",
    ),
    Case(
        "race-condition",
        "What is a race condition?",
        "A race condition happens when the result depends on the timing of threads. Two\n"
        "threads reading and writing the same variable without a lock can lose updates.",
        "The outcome depends on which thread runs first; unsynchronized reads and writes to"
        " shared data can lose updates.",
        "A race condition is a bug in a for loop that runs forever.",
    ),
    Case(
        "gil",
        "What is the GIL?",
        "The Global Interpreter Lock lets only one thread execute Python bytecode at a time.\n"
        "It makes CPU-bound threads not run in parallel.",
        "It's a global lock in CPython: one thread at a time runs bytecode, so CPU-heavy"
        " threads can't run in parallel.",
        "The GIL is Python's garbage collector.",
    ),
    Case(
        "docker-image",
        "What is a Docker image?",
        "A read-only template with the filesystem and metadata used to create containers.",
        "An immutable template containing a filesystem plus metadata from which containers"
        " are started.",
        "A picture file format used by Docker.",
    ),
    Case(
        "consistent-hashing",
        "What is consistent hashing?",
        "A hashing scheme where adding or removing a node moves only about 1/n of the keys.\n"
        "It uses a ring of hash values.",
        "Keys and nodes sit on a hash ring; adding or removing a node moves only about 1/n"
        " of the keys.",
        "Using MD5 everywhere.",
    ),
    Case(
        "precision-recall",
        "What is precision, and what is recall?",
        "Precision = TP / (TP + FP)\nRecall = TP / (TP + FN)",
        "Precision is true positives over predicted positives (TP/(TP+FP)); recall is TP"
        " over actual positives (TP/(TP+FN)).",
        "Precision is accuracy and recall is memory.",
    ),
    Case(
        "deadlock",
        "How do you prevent deadlock?",
        "Acquire locks in a fixed global order, use timeouts, or avoid holding several"
        " locks at once.",
        "Always take locks in the same order, add timeouts, and don't hold multiple locks"
        " simultaneously.",
        "Use more threads.",
    ),
    Case(
        "event-loop",
        "What is the event loop?",
        "It runs callbacks from the task queue when the call stack is empty.",
        "When the call stack is empty it takes the next callback from the task queue and runs it.",
        "A for loop over events in HTML.",
    ),
    # --- the report's other short answers ---------------------------------------------
    Case(
        "yield",
        "What does yield do in Python?",
        "It turns a function into a generator that produces values lazily.",
        "A function with yield becomes a generator; values are produced lazily, one at a time.",
        "Yield returns the final value of a function and ends it.",
    ),
    Case(
        "sharding",
        "What is sharding?",
        "Splitting data across databases by a key.",
        "Partitioning the rows over several databases using a shard key.",
        "Sharding is making a copy of the whole database on every server.",
    ),
    # --- machine learning -------------------------------------------------------------
    Case(
        "dropout",
        "What does dropout do in a neural network?",
        "During training it randomly zeroes a fraction of the activations, which stops"
        " units from co-adapting and reduces overfitting. At inference time every unit is"
        " kept.",
        "It switches off random activations while training so neurons can't co-adapt,"
        " which fights overfitting; at inference nothing is dropped.",
        "Dropout removes whole layers to make the network run faster.",
    ),
    Case(
        "gradient-descent",
        "How does gradient descent work?",
        "It repeatedly moves the parameters a small step against the gradient of the loss."
        " The learning rate sets the step size.",
        "Step the weights in the direction opposite to the loss gradient again and again;"
        " the step size is the learning rate.",
        "Gradient descent picks the parameters at random and keeps the best ones.",
    ),
    Case(
        "bias-variance",
        "What is the bias-variance trade-off?",
        "- **Bias**: error from overly simple assumptions; the model underfits.\n"
        "- **Variance**: error from sensitivity to the training set; the model overfits.\n"
        "- Lowering one usually raises the other.",
        "Bias is error from simplistic assumptions and leads to underfitting; variance is"
        " error from sensitivity to the training set and leads to overfitting. Reduce one"
        " and the other usually goes up.",
        "Bias is when the dataset has more men than women, and variance is the spread of"
        " the labels.",
    ),
    Case(
        "regularization",
        "Why do we use regularization?",
        "It adds a penalty on large weights to the loss, which keeps the model simpler and"
        " reduces overfitting.",
        "Penalising big weights in the loss function gives a simpler model that overfits less.",
        "Regularization normalizes the input features to zero mean.",
    ),
    Case(
        "kfold",
        "What is k-fold cross-validation?",
        "The data is split into k folds; the model is trained on k-1 folds and validated"
        " on the remaining one, k times, and the scores are averaged.",
        "Divide the dataset into k parts, train on all but one part and test on the held"
        " out part, rotate k times and average the results.",
        "Training k different models on the full data and keeping the best one.",
    ),
    Case(
        "softmax",
        "What does softmax do?",
        "softmax(z)_i = exp(z_i) / sum_j exp(z_j)\n\n"
        "It turns a vector of scores into probabilities that sum to one.",
        "It exponentiates each logit and normalizes by the total, giving a probability"
        " distribution that adds up to 1.",
        "Softmax picks the largest score and sets the others to zero.",
    ),
    Case(
        "batchnorm",
        "What is batch normalization?",
        "Batch normalization normalizes each layer's inputs over the mini-batch to zero"
        " mean and unit variance, then applies a learned scale and shift. It stabilizes"
        " and speeds up training.",
        "It standardizes activations per mini-batch (mean 0, variance 1) followed by a"
        " learnable scale and shift, making training faster and more stable.",
        "Batch normalization means training on the whole dataset in one batch.",
    ),
    Case(
        "f1",
        "What is the F1 score?",
        "F1 = 2 * precision * recall / (precision + recall)\n\n"
        "It is the harmonic mean of precision and recall.",
        "The harmonic mean of precision and recall: 2PR/(P+R).",
        "F1 is the accuracy on the first class.",
    ),
    # --- statistics -------------------------------------------------------------------
    Case(
        "p-value",
        "What is a p-value?",
        "The probability of getting a result at least as extreme as the one observed,"
        " assuming the null hypothesis is true.",
        "Assuming the null hypothesis holds, it's the chance of seeing data as extreme as"
        " what we observed or more extreme.",
        "The p-value is the probability that the null hypothesis is true.",
    ),
    Case(
        "clt",
        "What does the central limit theorem say?",
        "The mean of many independent samples is approximately normally distributed,"
        " whatever the distribution of the population, as the sample size grows.",
        "With a large enough sample size, sample means follow roughly a normal"
        " distribution regardless of the underlying population distribution.",
        "It says that all data in nature is normally distributed.",
    ),
    Case(
        "confidence-interval",
        "What does a 95% confidence interval mean?",
        "If we repeated the sampling many times, about 95% of the intervals built this way"
        " would contain the true parameter.",
        "Over many repeated samples, 95 percent of such intervals would cover the true"
        " parameter value.",
        "There is a 95% chance that the sample mean lies inside the interval.",
    ),
    Case(
        "correlation-causation",
        "Why does correlation not imply causation?",
        "Two variables can move together because of a confounder or by chance. Only an"
        " experiment or a causal design shows that one causes the other.",
        "A hidden confounding variable or pure chance can make them move together; you"
        " need a randomized experiment to show causality.",
        "Because correlation is only measured on small samples.",
    ),
    Case(
        "type-errors",
        "What are type I and type II errors?",
        "- Type I error: rejecting a true null hypothesis (a false positive).\n"
        "- Type II error: failing to reject a false null hypothesis (a false negative).",
        "Type I is a false positive, we reject the null when it is actually true; type II"
        " is a false negative, we keep the null although it is false.",
        "Type I errors are bugs in the code and type II errors are bugs in the data.",
    ),
    # --- Python -----------------------------------------------------------------------
    Case(
        "list-tuple",
        "What is the difference between a list and a tuple?",
        "A list is mutable and a tuple is immutable, so a tuple can be hashed and used as a"
        " dictionary key.",
        "Tuples cannot be changed, which makes them hashable and usable as dict keys;"
        " lists can change.",
        "A list holds numbers and a tuple holds strings.",
    ),
    Case(
        "decorator",
        "What is a decorator in Python?",
        "```python\n@timed\ndef work():\n    ...\n```\n\n"
        "A decorator is a function that takes a function and returns a wrapped version that"
        " adds behaviour around it.",
        "A callable that receives a function and gives back a wrapper adding extra"
        " behavior, applied with the @ syntax.",
        "A decorator is a comment that documents a class.",
    ),
    Case(
        "context-manager",
        "What is a context manager?",
        "An object used with the with statement: __enter__ sets up a resource and __exit__"
        " releases it, even when an exception is raised.",
        "Something you use in a with block; it acquires a resource on enter and frees it"
        " on exit even if an exception happens.",
        "A context manager keeps the global variables of a program.",
    ),
    Case(
        "mutable-default",
        "Why is a mutable default argument dangerous?",
        "```python\ndef add(item, items=[]):\n    items.append(item)\n```\n\n"
        "The default is evaluated once, when the function is defined, so every call shares"
        " the same list.",
        "Default values are created only once at definition time, so all calls reuse and"
        " mutate the same list object.",
        "Because lists are slower than tuples as arguments.",
    ),
    Case(
        "gc",
        "How does Python manage memory?",
        "CPython frees most objects by reference counting. A cyclic garbage collector"
        " finds reference cycles that counting cannot free.",
        "Each object keeps a count of references and is freed when it drops to zero;"
        " a separate cycle collector handles cycles.",
        "Python asks the programmer to call free on every object.",
    ),
    # --- JavaScript -------------------------------------------------------------------
    Case(
        "closure",
        "What is a closure in JavaScript?",
        "A function that keeps access to the variables of the scope where it was defined,"
        " even after that outer function has returned.",
        "An inner function remembers the variables of its enclosing scope after the outer"
        " function has finished.",
        "A closure is a function that closes the browser window.",
    ),
    Case(
        "hoisting",
        "What is hoisting?",
        "Declarations are moved to the top of their scope before the code runs, so a var"
        " can be used before its line, as undefined.",
        "Before execution the engine lifts declarations to the top of the scope; a var"
        " read early is undefined.",
        "Hoisting means loading scripts from a CDN.",
    ),
    Case(
        "promise",
        "What is a Promise?",
        "An object that represents the eventual result of an asynchronous operation: it is"
        " pending, then fulfilled with a value or rejected with an error.",
        "A placeholder for the future outcome of async work; it starts pending and later"
        " resolves with a value or rejects with an error.",
        "A promise is a function that runs on another thread.",
    ),
    Case(
        "equality",
        "What is the difference between == and === in JavaScript?",
        "== compares after type coercion, while === compares without converting types, so"
        " the value and the type must both match.",
        "Double equals coerces the types before comparing; triple equals does not convert,"
        " so both type and value have to be equal.",
        "=== is only used for comparing strings and == for numbers.",
    ),
    # --- SQL and databases ------------------------------------------------------------
    Case(
        "index",
        "What is a database index?",
        "A separate data structure, usually a B-tree, that lets the database find rows"
        " without scanning the whole table. It speeds up reads but slows down writes.",
        "A B-tree structure on a column so lookups avoid full table scans; queries get"
        " faster while inserts and updates get slower.",
        "An index is the primary key column that numbers every row.",
    ),
    Case(
        "joins",
        "What is the difference between INNER JOIN and LEFT JOIN?",
        "- INNER JOIN returns only the rows that match in both tables.\n"
        "- LEFT JOIN returns every row of the left table, with NULLs where the right"
        " table has no match.",
        "Inner keeps only matching rows from both sides; left keeps all rows of the left"
        " table and fills NULL where the right side has no match.",
        "INNER JOIN is faster and LEFT JOIN sorts the result.",
    ),
    Case(
        "acid",
        "What does ACID mean?",
        "Atomicity, Consistency, Isolation and Durability: a transaction is all or"
        " nothing, keeps the data valid, does not see other transactions' partial work, and"
        " survives a crash once committed.",
        "Atomicity (all or nothing), consistency (valid state), isolation (concurrent"
        " transactions don't interfere) and durability (committed data survives crashes).",
        "ACID is a kind of SQL injection attack on the database.",
    ),
    Case(
        "normalization",
        "What is database normalization?",
        "Organizing tables so each fact is stored once, which removes redundancy and"
        " avoids update anomalies.",
        "Structuring the schema so data is not duplicated, every fact lives in one place,"
        " preventing update anomalies.",
        "Normalization scales every column to the range 0 to 1.",
    ),
    # --- networking -------------------------------------------------------------------
    Case(
        "tcp-udp",
        "What is the difference between TCP and UDP?",
        "TCP is connection-oriented and guarantees ordered, reliable delivery with"
        " retransmission. UDP is connectionless and sends datagrams with no delivery"
        " guarantee, so it has less overhead.",
        "TCP sets up a connection and makes sure data arrives reliably and in order,"
        " resending lost packets; UDP just fires datagrams without guarantees and is"
        " lighter.",
        "TCP is used for web pages and UDP is used for email.",
    ),
    Case(
        "dns",
        "What does DNS do?",
        "It translates domain names into IP addresses, asking resolvers and name servers"
        " and caching the answers.",
        "DNS resolves a hostname to its IP address through recursive resolvers and"
        " authoritative name servers, with caching.",
        "DNS encrypts the traffic between the browser and the server.",
    ),
    Case(
        "https",
        "How does HTTPS protect traffic?",
        "TLS encrypts the connection after a handshake in which the server proves its"
        " identity with a certificate and both sides agree on session keys.",
        "A TLS handshake checks the server's certificate and negotiates session keys, then"
        " everything is encrypted.",
        "HTTPS hides the IP address of the user from the website.",
    ),
    # --- OS and concurrency -----------------------------------------------------------
    Case(
        "process-thread",
        "What is the difference between a process and a thread?",
        "A process has its own address space; threads run inside a process and share its"
        " memory, so they are cheaper to create but need synchronization.",
        "Threads live inside one process and share its memory, which makes them lighter"
        " to start but needing locks; each process gets a separate address space.",
        "A thread is a process that runs on the GPU.",
    ),
    Case(
        "virtual-memory",
        "What is virtual memory?",
        "Each process sees its own address space, which the OS maps to physical pages and"
        " can back with disk when RAM runs out.",
        "The OS gives every process a private address space mapped onto physical memory"
        " pages, paging to disk when RAM is full.",
        "Virtual memory is the memory of a virtual machine.",
    ),
    Case(
        "mutex-semaphore",
        "What is the difference between a mutex and a semaphore?",
        "A mutex lets one thread at a time into a critical section and only its owner can"
        " release it. A semaphore keeps a counter and lets up to N threads in.",
        "A semaphore counts and admits up to N threads, while a mutex admits a single"
        " thread and must be unlocked by the thread holding it.",
        "A mutex is for processes and a semaphore is for network sockets.",
    ),
    # --- system design ----------------------------------------------------------------
    Case(
        "cap",
        "What is the CAP theorem?",
        "During a network partition a distributed system must choose between consistency"
        " and availability.",
        "When the network is partitioned you can keep either consistency or availability"
        " in a distributed database, not both.",
        "CAP says a system should cache, authenticate and paginate.",
    ),
    Case(
        "load-balancer",
        "What does a load balancer do?",
        "It spreads incoming requests across several servers and stops sending traffic to"
        " servers that fail health checks.",
        "Distributes requests over a pool of backend servers, taking unhealthy ones out"
        " based on health checks.",
        "A load balancer compresses the responses to reduce their size.",
    ),
    Case(
        "caching",
        "What are the common cache invalidation strategies?",
        "- Time to live: entries expire after a fixed time.\n"
        "- Write-through: the cache is updated on every write.\n"
        "- Explicit eviction: the application deletes the key when the data changes.",
        "Give entries a TTL so they expire, write through to the cache on each write, or"
        " delete the cached key whenever the data changes.",
        "Make the cache bigger so nothing is ever stale.",
    ),
    Case(
        "rate-limiting",
        "How would you implement rate limiting?",
        "Use a token bucket per client: tokens refill at a fixed rate, each request spends"
        " one, and requests are rejected when the bucket is empty.",
        "Each client gets a bucket of tokens that refills steadily; a request takes a"
        " token and is refused with 429 when none are left.",
        "Add more servers so every request can be handled.",
    ),
    # --- behavioural ------------------------------------------------------------------
    Case(
        "star",
        "How do you structure an answer to a behavioural question?",
        "Use STAR: describe the Situation, the Task you had, the Action you took and the"
        " Result, with numbers where you can.",
        "I describe the situation and my task, then the actions I took and the measurable result.",
        "I keep it short and say that I have no weaknesses.",
    ),
    Case(
        "conflict",
        "Tell me about a time you disagreed with a teammate.",
        "Describe the disagreement briefly, show that you listened to their view, explain"
        " how you reached a decision with data, and say what you learned.",
        "I explain what we disagreed on, how I listened to their reasons, how we used data"
        " to decide, and my lessons from it.",
        "I would say I never disagree with anyone at work.",
    ),
    Case(
        "failure",
        "Tell me about a failure.",
        "Pick a real failure, own your part in it without blaming others, and explain what"
        " you changed afterwards to prevent it.",
        "Choose a genuine mistake, take responsibility instead of blaming the team, and"
        " show the changes you made so it does not happen again.",
        "Talk about a failure of your manager and how it affected you.",
    ),
    # --- contrary words of degree, frequency and order (written with the rule: tuned on)
    Case(
        "index-write-cost",
        "How do indexes affect writes?",
        "Every index makes inserts and updates slower, because each one must be updated"
        " too; reads on the indexed columns get faster.",
        "Writes slow down since every index has to be maintained on insert and update,"
        " while lookups on those columns speed up.",
        "Indexes make inserts and updates faster, and reads on the indexed columns get slower.",
    ),
    Case(
        "generational-gc",
        "What is the idea behind generational garbage collection?",
        "Most objects die young, so the young generation is collected often and the old"
        " generation rarely.",
        "Since most objects die young, the collector scans the young generation frequently"
        " and the old one only seldom.",
        "Most objects live long, so the old generation is collected often and the young"
        " generation rarely.",
    ),
    Case(
        "tcp-slow-start",
        "What does TCP slow start do?",
        "The congestion window starts small and grows exponentially with each round trip"
        " until a loss occurs; after a loss the window shrinks.",
        "cwnd begins at a few segments and doubles every RTT, until packets get lost, then"
        " it's cut back.",
        "The congestion window starts large and shrinks with each round trip; after a loss"
        " the window grows.",
    ),
    # --- one bold verb, used as a verb ("to **distribute**") (written with the rule: tuned on)
    Case(
        "balancer-bold-verb",
        "What does a load balancer do?",
        "A **load balancer** sits in front of a pool of servers and is used to"
        " **distribute** incoming requests. It runs **health checks** and stops sending"
        " traffic to servers that fail them, and it can **terminate TLS** for the backends.",
        "It spreads incoming requests over several servers, checks their health and skips"
        " unhealthy ones, and can handle TLS termination.",
        "It is used to distribute things.",
    ),
    # --- one bold verb, used as a verb ("can **absorb**") (tuned on)
    Case(
        "autoscaling",
        "What is autoscaling?",
        "**Autoscaling** lets a cloud service **add** or remove instances as load changes,"
        " so it can **absorb** traffic spikes and save money when demand drops. It reacts"
        " to **metrics** such as CPU usage or queue length.",
        "Automatically adding or removing servers depending on load, to handle spikes and"
        " cut costs when traffic is low, driven by metrics like CPU or queue depth.",
        "Autoscaling means you add things and absorb stuff.",
    ),
]

# Written after the key points were tuned on the cases above, and measured once before
# any further change: a check that the figures hold on answers not looked at.
HELD_OUT: list[Case] = [
    Case(
        "roc-auc",
        "What does ROC AUC measure?",
        "The probability that the model ranks a random positive above a random negative.",
        "How likely a randomly chosen positive example gets a higher score than a randomly"
        " chosen negative one.",
        "The share of predictions that are correct.",
    ),
    Case(
        "vanishing-gradient",
        "What is the vanishing gradient problem?",
        "In deep networks the gradients shrink as they are propagated back through many"
        " layers, so the early layers barely learn. ReLU activations and residual"
        " connections help.",
        "Backpropagated gradients get smaller layer after layer, so the first layers hardly"
        " update; skip connections and ReLU mitigate it.",
        "It is when the learning rate is set to zero by mistake.",
    ),
    Case(
        "ab-test",
        "How do you run an A/B test?",
        "- Randomly split users into a control and a treatment group.\n"
        "- Pick one primary metric and the sample size in advance.\n"
        "- Run until the planned sample is reached, then test for significance.",
        "Randomize users into control and treatment, fix the main metric and sample size"
        " beforehand, and check significance only once the planned sample is in.",
        "Show the new version to everyone and see whether revenue goes up.",
    ),
    Case(
        "generator-expression",
        "What is the difference between a list comprehension and a generator expression?",
        "A list comprehension builds the whole list in memory at once; a generator"
        " expression yields items lazily, one at a time.",
        "The generator version produces values lazily on demand, while the list"
        " comprehension creates the full list in memory immediately.",
        "A generator expression is just a list comprehension that runs faster.",
    ),
    Case(
        "async-await",
        "What does await do in JavaScript?",
        "It pauses the async function until the promise settles and then returns its"
        " resolved value, without blocking the main thread.",
        "Suspends the async function until the promise resolves and gives back the value;"
        " the main thread keeps running.",
        "Await makes the code run on a separate thread in parallel.",
    ),
    Case(
        "sql-having",
        "What is the difference between WHERE and HAVING?",
        "WHERE filters rows before grouping; HAVING filters groups after the aggregation.",
        "HAVING applies conditions to aggregated groups, WHERE applies them to individual"
        " rows before GROUP BY.",
        "HAVING is an older spelling of WHERE that some databases still accept.",
    ),
    Case(
        "transaction-isolation",
        "What is a dirty read?",
        "Reading data that another transaction has written but not yet committed.",
        "When a transaction sees uncommitted changes made by another transaction.",
        "Reading data from a table that has no index.",
    ),
    Case(
        "tcp-handshake",
        "Describe the TCP three-way handshake.",
        "The client sends SYN, the server answers SYN-ACK, and the client replies ACK;"
        " then the connection is established.",
        "SYN from the client, SYN-ACK back from the server, then a final ACK from the"
        " client opens the connection.",
        "The client sends the data three times to make sure it arrives.",
    ),
    Case(
        "cdn",
        "What is a CDN for?",
        "It caches static content on servers close to users, which lowers latency and"
        " takes load off the origin server.",
        "Edge servers near the users keep copies of static files, so responses are faster"
        " and the origin gets less traffic.",
        "A CDN is a database that stores user sessions.",
    ),
    Case(
        "context-switch",
        "What is a context switch?",
        "The OS saves the state of the running thread (registers, program counter) and"
        " restores the state of another one so it can run on the CPU.",
        "The kernel stores the current thread's registers and program counter and loads"
        " another thread's saved state to run it.",
        "A context switch is when the user changes between two windows.",
    ),
    Case(
        "idempotency",
        "What does idempotent mean for an API?",
        "Repeating the same request has the same effect as sending it once, so clients can"
        " retry safely.",
        "Sending the identical request several times leaves the system as if it was sent"
        " once, which makes retries safe.",
        "An idempotent API returns the same response time for every request.",
    ),
    Case(
        "message-queue",
        "Why put a message queue between two services?",
        "It decouples the producer from the consumer: messages are buffered when the"
        " consumer is slow or down, and load spikes are smoothed out.",
        "The queue buffers messages so the producer does not depend on the consumer being"
        " up, and it absorbs bursts of load.",
        "So that messages are encrypted between the services.",
    ),
    Case(
        "weakness",
        "What is your greatest weakness?",
        "Name a real weakness that does not disqualify you, give an example, and show the"
        " concrete steps you are taking to improve it.",
        "Pick a genuine but not critical weakness, illustrate it with an example and"
        " explain what you are doing to get better.",
        "Say you work too hard and are a perfectionist.",
    ),
    Case(
        "standard-deviation",
        "What is the standard deviation?",
        "sd = sqrt(sum((x - mean)^2) / n)\n\n"
        "It measures how spread out the values are around the mean.",
        "The square root of the variance; it tells how far values typically spread from the mean.",
        "The standard deviation is the most frequent value in the data.",
    ),
    Case(
        "python-slots",
        "What does __slots__ do?",
        "```python\nclass Point:\n    __slots__ = ('x', 'y')\n```\n\n"
        "It replaces the per-instance __dict__ with fixed attribute slots, which saves"
        " memory and prevents adding new attributes.",
        "Instances get fixed slots instead of a __dict__, using less memory, and you can't"
        " add arbitrary attributes.",
        "__slots__ makes the class methods run faster by compiling them.",
    ),
    # A glossary (bold names, each with what it means), written after the glossary fix
    # as a check, not tuned on: the wrong answer names every pillar with a wrong meaning.
    Case(
        "oop-pillars-glossary",
        "What are the four pillars of object-oriented programming?",
        "The four pillars:\n\n"
        "- **Encapsulation**: an object hides its state and exposes it only through methods.\n"
        "- **Abstraction**: callers use a simple interface without knowing the implementation"
        " details.\n"
        "- **Inheritance**: a class reuses and extends the behaviour of a parent class.\n"
        "- **Polymorphism**: one interface works with objects of different types.\n",
        "Encapsulation keeps an object's data private, reachable only via its methods."
        " Abstraction hides the implementation behind a simple interface. Inheritance lets a"
        " subclass reuse and extend its parent class. Polymorphism means the same interface"
        " or call works for different types of objects.",
        "Encapsulation means putting code in packages, abstraction means using abstract"
        " classes only, inheritance means copying code between files, polymorphism means a"
        " function can have many names.",
    ),
    # Kinds named by a shared last word ("… pools"), written after the kinds fix as a
    # check, not tuned on: the right answer names two of three kinds without "pools".
    Case(
        "concurrency-kinds",
        "Which ways of running Python code concurrently are there?",
        "- **Thread pools** for I/O-bound work.\n"
        "- **Process pools** for CPU-bound work.\n"
        "- **Async event loops** for many network connections.\n",
        "Threads and processes, or asyncio.",
        "Using pools of GPUs and distributed clusters.",
    ),
    # Two instructions with their relations swapped in the wrong answer, written after
    # the fix for swapped relations as a check, not tuned on.
    Case(
        "sessions-orders-stores",
        "Where would you store sessions and where orders?",
        "Use Redis for session data that can expire. Use PostgreSQL for orders that must be"
        " durable and consistent.",
        "Sessions go in Redis since they can expire; orders belong in PostgreSQL because"
        " they must be durable and consistent.",
        "Use Redis for orders that must be durable and consistent and PostgreSQL for"
        " session data that can expire.",
    ),
    # Complexities in bold, the right answer saying them in words; written after the
    # complexity fix as a check, not tuned on.
    Case(
        "heap-insert-complexity",
        "What is the time complexity of inserting into a binary heap?",
        "Insertion into a binary heap is **O(log n)**: the new element sifts up at most the"
        " height of the tree. Reading the minimum is **O(1)**.",
        "Logarithmic, since the new item bubbles up through the tree's height; peeking at"
        " the min is constant time.",
        "O(n) because the heap must be re-sorted after every insert.",
    ),
    # Written to check the denial rules (keydenial) after they were made; not tuned on.
    Case(
        "cdn",
        "What does a CDN do?",
        "A CDN caches static content on edge servers close to the users. Requests are"
        " served from the nearest edge instead of the origin.",
        "It keeps copies of static files on servers near the users, so a request is"
        " answered by a nearby edge rather than the origin server.",
        "Static content is never cached on edge servers close to users.",
    ),
    Case(
        "foreign-key",
        "What is a foreign key?",
        "A foreign key references the primary key of another table. It keeps references"
        " between tables valid.",
        "A column pointing at another table's primary key, so the links between the tables"
        " stay valid.",
        "A foreign key never references the primary key of another table.",
    ),
    # Written to check the rule for steps told as short clauses after it was made; not
    # tuned on.
    Case(
        "k8s-rollout",
        "How does a Kubernetes deployment roll out?",
        "The controller creates a new ReplicaSet, the scheduler places pods on nodes, and"
        " the kubelet starts containers.",
        "A new ReplicaSet is created by the controller, pods get placed onto nodes by the"
        " scheduler, then the kubelet on each node starts the containers.",
        "The kubelet creates a new ReplicaSet, the controller places pods on nodes, and the"
        " scheduler starts containers.",
    ),
    Case(
        "merge-request",
        "How does a git merge request get in?",
        "The author opens a request. The reviewer leaves comments. The maintainer merges changes.",
        "Someone opens the merge request as author, a reviewer comments on it, and a"
        " maintainer merges the changes in.",
        "The maintainer opens a request, the author leaves comments, and the reviewer"
        " merges changes.",
    ),
    # Written to check sides named by a word that is also a verb ("store"); not tuned on.
    Case(
        "cache-store",
        "What is the difference between a cache and a store?",
        "A cache keeps a temporary copy of data for fast reads. A store holds the durable"
        " source of truth.",
        "The cache holds short-lived copies so reads are quick, while the store keeps the"
        " permanent, authoritative data.",
        "A store keeps a temporary copy of data for fast reads. A cache holds the durable"
        " source of truth.",
    ),
    # Written to check the phrase list (keysynonyms._PHRASES) after it was made; not
    # tuned on.
    Case(
        "scaling",
        "What is the difference between vertical and horizontal scaling?",
        "Vertical scaling adds CPU and memory to one server. Horizontal scaling adds more"
        " servers and spreads the load across them.",
        "Scaling up means a bigger machine with more CPU and RAM; scaling out means more"
        " nodes sharing the load.",
        "Vertical scaling adds more servers and spreads the load across them. Horizontal"
        " scaling adds CPU and memory to one server.",
    ),
    Case(
        "mutex",
        "What is a mutex?",
        "A mutex lets only one thread enter the critical section at a time, so shared data"
        " is never modified simultaneously.",
        "A lock that lets threads into the critical section one after another, so two"
        " threads never change the shared data at the same time.",
        "A mutex lets all threads enter the critical section simultaneously.",
    ),
    # A behavioural answer in STAR shape, written to check the change that reads STAR
    # labels as labels; not tuned on.
    Case(
        "star-deadline",
        "Describe a time you missed a deadline.",
        "- **Situation**: Our mobile release depended on a payment SDK that shipped late.\n"
        "- **Task**: I owned the release date and had to tell stakeholders early.\n"
        "- **Action**: I warned product two weeks ahead, cut two minor features, and added a"
        " feature flag for payments.\n"
        "- **Result**: We shipped one week late instead of four, and I now track vendor"
        " dependencies in the risk log.",
        "A vendor's payment SDK came late and blocked our app release. I was responsible for"
        " the date, so I told product two weeks in advance, dropped two small features and"
        " put payments behind a flag. We were only a week late, and since then I keep"
        " third-party dependencies in a risk register.",
        "I worked overtime and the release was on time.",
    ),
    # A comparison table, written to check the change that puts each cell on its
    # column's side; not tuned on.
    Case(
        "tcp-udp-table",
        "Compare TCP and UDP.",
        "| | TCP | UDP |\n|---|---|---|\n"
        "| Connection | connection-oriented | connectionless |\n"
        "| Delivery | reliable, ordered | best effort, unordered |\n"
        "| Speed | slower | faster |",
        "TCP sets up a connection and delivers reliably and in order, so it is slower; UDP"
        " is connectionless, best effort and unordered, but faster.",
        "TCP is connectionless and faster; UDP is connection-oriented, reliable and ordered.",
    ),
    # Written to check that a side is named by its own word, not a synonym; not tuned on.
    Case(
        "producer-consumer",
        "What do the producer and the consumer do in a message queue?",
        "The producer publishes messages to the queue. The consumer reads messages from the"
        " queue and processes them.",
        "The sender publishes messages onto the queue; the receiver reads them off the queue"
        " and processes them.",
        "The consumer publishes messages to the queue. The producer reads messages from the"
        " queue and processes them.",
    ),
    # --- chat-export answers with sections of tools and uses (written after the rule for
    # illustrations, not tuned on) ------------------------------------------------------
    Case(
        "chat-kafka",
        "What is Apache Kafka?",
        "**Apache Kafka** is a distributed **event streaming platform**: producers append"
        " events to an **append-only log** split into **partitions**, and consumers read"
        " them at their own pace.\n\n---\n\n"
        "### 🧠 **Definition**\n\n"
        "> Kafka stores streams of records **durably** and **in order within a partition**,"
        " so many consumers can replay them.\n\n---\n\n"
        "### 🧩 **Key Concepts**\n\n"
        "| Concept | Meaning |\n| --- | --- |\n"
        "| **Topic** | A named stream of events |\n"
        "| **Partition** | An ordered, replicated slice of a topic |\n"
        "| **Consumer group** | Consumers that share a topic's partitions |\n"
        "| **Offset** | A consumer's position in a partition |\n\n---\n\n"
        "### 🏭 **Real-World Use Cases**\n\n"
        "| Industry | Examples |\n| --- | --- |\n"
        "| 🛒 E-commerce | Order events, clickstreams |\n"
        "| 🏦 Banking | Fraud alerts, payments |\n\n---\n\n"
        "### 🛠️ Popular Tools in the Ecosystem\n\n"
        "* **Kafka Connect**: Debezium, JDBC sink\n"
        "* **Stream processing**: Kafka Streams, Flink, ksqlDB\n"
        "* **Managed**: Confluent Cloud, Amazon MSK",
        "Kafka is a distributed log for event streams: topics are split into partitions that"
        " keep events in order and durable, consumer groups share the partitions and each"
        " consumer tracks its offset so it can replay.",
        "Kafka is used by banks and shops; tools are Kafka Connect, Flink, ksqlDB and"
        " Confluent Cloud.",
    ),
    Case(
        "chat-docker",
        "What is a Docker container?",
        "A **container** is a lightweight, isolated process that packages an application"
        " with its **dependencies**, sharing the **host kernel** instead of running a full"
        " guest OS.\n\n"
        "### 📌 **Definition**\n\n"
        "> A container runs from an **image**: read-only **layers** plus a thin writable"
        " layer on top.\n\n"
        "### ⚖️ **Container vs Virtual Machine**\n\n"
        "| Feature | Container | Virtual Machine |\n| --- | --- | --- |\n"
        "| Isolation | Namespaces and cgroups | Hypervisor |\n"
        "| Startup | Seconds | Minutes |\n\n"
        "### 🧰 Example Commands & Tools\n\n"
        "* **docker run**: start a container\n"
        "* **Docker Compose**, **Podman**, **Kubernetes**\n\n"
        "### 🚀 Where It's Used\n\n"
        "* CI pipelines, microservices, local development",
        "A container is an isolated process built from an image of read-only layers; it"
        " shares the host kernel through namespaces and cgroups, so it starts in seconds"
        " unlike a virtual machine with its own OS and hypervisor.",
        "Docker is a tool like Podman and Docker Compose, used in CI pipelines and microservices.",
    ),
    # --- short relations of mirrored sides (written after the rule, not tuned on) -----
    Case(
        "mirrored-cache-writes",
        "What is the difference between write-through and write-back caching?",
        "Both keep a cache in front of slower storage. Write-through updates storage"
        " immediately; write-back updates storage later.",
        "With write-through the storage is updated immediately on each write, while"
        " write-back updates storage later, when the line is evicted.",
        "Write-through updates storage later and write-back updates storage immediately.",
    ),
    # --- steps of four words or more swapped between actors (written after the rule) --
    Case(
        "kafka-flow",
        "How does a message travel through Kafka?",
        "The producer writes records to a topic partition, the broker replicates the"
        " partition to followers, and the consumer commits its offset after processing.",
        "Producers append records to a partition of a topic; brokers copy each partition to"
        " follower replicas; consumers process records and then commit their offsets.",
        "The consumer writes records to a topic partition, the producer replicates the"
        " partition to followers, and the broker commits its offset after processing.",
    ),
    # --- sub-headings that only set a scope ("For Development") (written after the rule)
    Case(
        "logging-per-environment",
        "How should logging differ between environments?",
        "#### For Development\n* Log at **DEBUG level** with full stack traces.\n\n"
        "#### For Production\n* Log at **INFO level** or above, as **structured JSON**, and"
        " never log secrets.\n\n"
        "#### During Incidents\n* Raise verbosity for a while with a **dynamic log level**.",
        "In dev use debug level with stack traces; in prod info and above as JSON lines"
        " without secrets; during an incident you can bump the log level at runtime.",
        "It differs for development, for production and during incidents.",
    ),
    # --- bold examples in an item that says something else (written after the rule) --
    Case(
        "index-benefits",
        "Why add an index to a database table?",
        "An **index** lets the database find rows without scanning the whole table.\n\n"
        "### Why it helps\n\n"
        "* Speeds up lookups on **email**, **user id**, **order date** columns\n"
        "* Makes **joins** and **sorting** cheaper\n"
        "* Costs extra writes and disk space for **inserts, updates**, deletes",
        "It lets the database locate rows without a full table scan, so lookups are faster"
        " and joins and sorts cost less; the price is slower writes and more storage.",
        "You index the email, user id and order date columns, and inserts and updates.",
    ),
    # --- contrary words of degree, frequency and order (written after the rule) -------
    Case(
        "cors-preflight",
        "When does a browser send a CORS preflight?",
        "Before a cross-origin request with a non-simple method or custom headers, the"
        " browser sends an OPTIONS request and waits for the server to allow it.",
        "For cross-origin calls using methods like PUT or custom headers, the browser first"
        " sends OPTIONS and only proceeds once the server permits it.",
        "After a cross-origin request with a non-simple method, the browser sends an"
        " OPTIONS request, and the server rarely needs to allow it.",
    ),
    Case(
        "bloom-filter",
        "What can a Bloom filter tell you?",
        "It answers 'definitely not in the set' or 'possibly in the set': false positives"
        " happen occasionally, false negatives never happen. Adding more items increases"
        " the false-positive rate.",
        "Either the item is surely absent or it might be present; it can give false"
        " positives but never false negatives, and the false-positive rate rises as you"
        " insert more elements.",
        "False negatives happen occasionally but false positives never happen, and adding"
        " more items decreases the false-positive rate.",
    ),
    # --- one bold verb, used as a verb (written after the rule) ---------------------
    Case(
        "cdn-update",
        "How do you update content served by a CDN?",
        "You **purge** the cached objects or give files **versioned names**, so edge"
        " servers must fetch the new copy from the origin. Short **TTLs** let changes show"
        " up sooner.",
        "Invalidate the cache at the edge or use fingerprinted filenames so the edges pull"
        " the fresh file from origin; a low TTL makes updates appear faster.",
        "You purge it.",
    ),
    # --- a long clause that ends on two names an "and" joins (written after the rule) --
    Case(
        "pca",
        "What does PCA do?",
        "PCA projects the data onto the few orthogonal directions that capture the most"
        " variance, called principal components. It is used for compression and"
        " visualization.",
        "It finds orthogonal axes of maximum variance, the principal components, and"
        " projects the data onto them to reduce dimensions, e.g. for plotting.",
        "PCA is a clustering algorithm that groups similar points.",
    ),
    Case(
        "gradient-clipping",
        "What is gradient clipping?",
        "Gradient clipping rescales the gradients whenever their norm exceeds a threshold"
        " during backpropagation so that updates stay bounded and training stays stable,"
        " especially in recurrent networks with long sequences and exploding gradients.",
        "If the gradient norm gets larger than some limit you scale it down, which keeps"
        " the updates bounded; it matters for RNNs where gradients explode.",
        "Gradient clipping removes the smallest gradients to make the model sparse.",
    ),
    # Written with the fifth key-point round (acronyms said in words, technical words
    # said in plain ones, a point's polarity flipped) and measured once before the
    # fixes; not tuned on.
    Case(
        "dns-acronyms",
        "How does name resolution work on the internet?",
        "DNS maps domain names to IP addresses. Resolvers cache each answer for the record's TTL.",
        "The domain name system turns host names into internet protocol addresses, and"
        " resolvers keep the answers cached for their time to live.",
        "Every browser keeps a full list of all websites and their passwords.",
    ),
    Case(
        "read-replica-plain",
        "What is a read replica?",
        "A copy of the primary database that serves read queries. It is read-only and"
        " may lag behind the primary.",
        "It's a copy of the main database that answers reads; you cannot write to it and"
        " it can be a little behind the main one.",
        "A second database that takes all the writes so the main one only serves reads.",
    ),
    Case(
        "virtual-memory-polarity",
        "What does virtual memory give each process?",
        "Each process gets its own address space, so processes cannot read each other's memory.",
        "Every process has a private address space and can't access another process's memory.",
        "All processes share one address space, so any process can read each other's memory.",
    ),
    Case(
        "http-stateless-polarity",
        "Is HTTP stateful?",
        "HTTP is stateless: the server does not remember earlier requests. Cookies or"
        " tokens carry the state between requests.",
        "No, each request stands alone and the server keeps no memory of previous ones;"
        " state travels in cookies or tokens.",
        "Yes, the server remembers earlier requests, so cookies or tokens are never needed.",
    ),
]

# Written after a new user's report (bold on a small word, answers in other languages,
# TeX formulas, tables), in the shapes of that report but not its answers; measured
# before and after the fixes (tests/core/test_keypoint_cases.py).
REPORTED_KINDS: list[Case] = [
    Case(
        "es-foreign-key",
        "¿Qué es una clave foránea?",
        "Una columna que referencia la clave primaria de otra tabla. Garantiza la integridad"
        " referencial: no se puede insertar un valor que no exista en la tabla referenciada.",
        "Es una columna que apunta a la clave primaria de otra tabla y asegura la integridad"
        " referencial, impidiendo valores que no existen en la otra tabla.",
        "Es un índice que acelera las búsquedas por texto.",
    ),
    Case(
        "de-mutex",
        "Was ist ein Mutex?",
        "Ein Mutex ist eine Sperre, die nur ein Thread gleichzeitig halten kann. Nur der"
        " Besitzer darf ihn wieder freigeben.",
        "Eine Sperre, die immer nur ein Thread hält; freigeben kann ihn nur der Thread, der"
        " ihn besitzt.",
        "Ein Mutex ist ein Speicherbereich für globale Variablen.",
    ),
    Case(
        "fr-isolation-levels",
        "Quels sont les niveaux d'isolation SQL ?",
        "Read Uncommitted, Read Committed, Repeatable Read et Serializable. Plus le niveau"
        " est élevé, moins il y a d'anomalies.",
        "Read uncommitted, read committed, repeatable read, serializable ; plus c'est strict,"
        " moins il y a d'anomalies.",
        "Il y a un seul niveau : les transactions sont toujours isolées.",
    ),
    Case(
        "pt-overfitting",
        "O que é overfitting?",
        "O modelo decora o ruído dos dados de treino. Vai bem no treino e mal em dados novos.",
        "Quando o modelo memoriza o ruído do treino e generaliza mal para dados novos.",
        "É quando o treino demora demais.",
    ),
    Case(
        "it-lru",
        "Cos'è una cache LRU?",
        "Una cache che, quando è piena, scarta l'elemento usato meno di recente. Si"
        " implementa con una mappa hash e una lista doppiamente collegata.",
        "Quando è piena butta via l'elemento usato meno di recente; si fa con una mappa hash"
        " più una lista doppiamente collegata.",
        "Una cache che scarta un elemento a caso.",
    ),
    Case(
        "nl-sharding",
        "Wat is sharding?",
        "Sharding verdeelt de rijen van een database over meerdere servers, elk met een eigen"
        " deel van de data. Zo schaalt het schrijven horizontaal.",
        "De rijen worden verdeeld over meerdere servers zodat elke server een deel van de"
        " data heeft; schrijven schaalt horizontaal.",
        "Sharding is een back-up maken van de database.",
    ),
    Case(
        "emphasis-idempotency",
        "What is idempotency?",
        "An operation is idempotent when doing it **twice** has the *same* effect as doing it"
        " once. PUT and DELETE are idempotent; POST is **not**.",
        "Repeating the call leaves the same effect as calling it once, like PUT or DELETE,"
        " unlike POST.",
        "It means the operation is fast because its result is cached.",
    ),
    Case(
        "emphasis-pool",
        "Why use a connection pool?",
        "Opening a database connection is __expensive__, so a pool keeps connections open"
        " and hands them out again. It **also** caps how many connections reach the"
        " database at once.",
        "Creating connections costs a lot, so the pool reuses open ones and limits how many"
        " hit the database concurrently.",
        "A pool encrypts every connection to the database.",
    ),
    Case(
        "tex-cross-entropy",
        "What is cross-entropy loss?",
        r"For a true class $y$ and predicted probabilities $p$, $L = -\sum_i y_i \log p_i$."
        " It punishes confident wrong predictions heavily and is the usual loss for"
        " classification.",
        "Minus the sum of the true label times the log of the predicted probability; it"
        " punishes confident wrong predictions hard and is the standard classification loss.",
        "It is the squared difference between the prediction and the target.",
    ),
    Case(
        "tex-sgd",
        "What is the SGD update rule?",
        r"$\theta \leftarrow \theta - \eta \nabla_\theta L$: each step moves the weights"
        r" against the gradient, scaled by the learning rate $\eta$.",
        "Every step subtracts the gradient times the learning rate from the weights.",
        "Add the loss to the weights until the model converges.",
    ),
    Case(
        "table-l1-l2",
        "How do L1 and L2 regularization differ?",
        "| | L1 (Lasso) | L2 (Ridge) |\n|---|---|---|\n"
        "| Penalty | sum of absolute weights | sum of squared weights |\n"
        "| Effect | sparse weights, feature selection | small weights, none exactly zero |",
        "Lasso adds the absolute weights and zeroes some out, so it selects features; ridge"
        " adds squared weights and shrinks them without making them exactly zero.",
        "L1 and L2 are the first and second layers of the network.",
    ),
    Case(
        "table-figures-hash-bst",
        "Compare hash tables and balanced BSTs.",
        "Hash tables give average O(1) lookups but keep no order; balanced BSTs keep keys"
        " sorted with O(log n) lookups.\n\n"
        "| Structure | Lookup | Ordered |\n|---|---|---|\n"
        "| Hash table | O(1) | no |\n| Balanced BST | O(log n) | yes |",
        "A hash table looks up in constant time on average but is unordered; a balanced BST"
        " keeps the keys sorted and looks up in logarithmic time.",
        "A BST stores values in a hash table.",
    ),
    Case(
        "layer-norm",
        "What is layer normalization?",
        "Layer normalization normalizes the activations of each sample across its features"
        " to zero mean and unit variance, then applies a learned scale and shift. Unlike"
        " batch normalization it does not depend on the batch, so it suits RNNs and"
        " transformers.",
        "It standardizes each example over its own features (mean 0, variance 1) with a"
        " learned scale and shift, independent of the batch, which is why transformers use"
        " it.",
        "It normalizes each feature across the batch, so it needs large batches.",
    ),
]


# The fifth key-point report (acronyms against their spelled-out words, technical words
# said in plain ones, a point said with its polarity flipped): the user's three, with
# the half of each the user did not give written for it, then fresh cases of the same
# kinds in other fields (tuned on).
FIFTH_REPORT: list[Case] = [
    Case(
        "confusion-matrix-acronyms",
        "What is a confusion matrix?",
        "A table of predicted vs actual classes: TP, FP, FN, TN.",
        "a table of predicted against actual classes with true positives, false positives,"
        " false negatives and true negatives",
        "A chart of the model's accuracy over the training epochs.",
    ),
    Case(
        "list-tuple-plain",
        "What is the difference between a list and a tuple?",
        "Lists are mutable, tuples are immutable. Tuples can be dict keys if their items"
        " are hashable. Tuples are slightly faster and use less memory.",
        "a list can be changed after it is made, a tuple cannot; tuples are a bit faster"
        " and smaller",
        "A tuple can be changed after it is made and a list cannot; lists are faster.",
    ),
    Case(
        "gil-polarity",
        "What does the GIL do?",
        "The Global Interpreter Lock lets only one thread execute Python bytecode at a"
        " time. CPU-bound threads don't run in parallel; use multiprocessing instead.",
        "Only one thread at a time may run Python bytecode, so CPU-heavy threads can't run"
        " in parallel; you'd use multiprocessing for that.",
        "threads run in parallel on all cores so you never need multiprocessing",
    ),
    Case(
        "tls-acronym-reverse",
        "What does HTTPS add over plain HTTP?",
        "Transport Layer Security encrypts the connection, and the server's certificate"
        " proves its identity.",
        "TLS encrypts the traffic and the cert proves who the server is.",
        "It compresses the pages so that they load faster.",
    ),
    Case(
        "regression-metrics-acronyms",
        "How do you choose an error metric for regression?",
        "RMSE punishes large errors more; MAE is more robust to outliers.",
        "Root mean squared error penalizes big errors more, while mean absolute error is"
        " more robust against outliers.",
        "Mean absolute error punishes large errors more; root mean squared error is"
        " robust to outliers.",
    ),
    Case(
        "frozen-layer-plain",
        "What does freezing a layer mean in fine-tuning?",
        "The layer's weights are immutable during fine-tuning; only the new head is trained.",
        "Its weights cannot be changed while fine-tuning, just the new head learns.",
        "The layer's weights can be changed freely during fine-tuning.",
    ),
    Case(
        "jwt-plain",
        "Why use a JWT instead of server-side sessions?",
        "The token is self-contained, so the server stays stateless and scales horizontally.",
        "All the info is inside the token, so the server keeps no session state and you"
        " can add more servers easily.",
        "The token is encrypted so nobody can read it.",
    ),
    Case(
        "udp-polarity",
        "Does UDP guarantee delivery?",
        "UDP does not guarantee delivery or ordering; use TCP when you need reliability.",
        "No, UDP doesn't guarantee delivery or order, so use TCP when reliability is needed.",
        "UDP guarantees delivery and ordering, so you never need TCP for reliability.",
    ),
    Case(
        "index-scan-polarity",
        "When does a query avoid a full table scan?",
        "When an index covers the filtered column, the database does not scan the whole"
        " table; it jumps straight to the matching rows.",
        "If the filtered column has an index, the database skips reading the entire table"
        " and goes directly to the matching rows.",
        "Even with an index on the filtered column the database scans the whole table"
        " and never jumps to the matching rows.",
    ),
]


# The sixth round (pairs of opposite words, a claim dismissed as "never needed", sides
# named by acronyms swapped in full, a two-letter acronym by chance): fresh cases of the
# kinds the fifth round left, in other fields (tuned on).
SIXTH_ROUND: list[Case] = [
    Case(
        "warmup-opposites",
        "What does learning-rate warmup do?",
        "Warmup increases the learning rate gradually over the first steps, so early"
        " updates stay small and training stays stable.",
        "The learning rate is raised slowly during the first few steps, which keeps the"
        " early updates small and the training stable.",
        "Warmup decreases the learning rate gradually over the first steps so the model"
        " converges faster.",
    ),
    Case(
        "wal-opposites",
        "How does write-ahead logging make a database durable?",
        "Each change is written to the log before the data page is updated. After a"
        " crash the database replays the log.",
        "The change goes into the log first, before the page itself is modified, and"
        " after a crash the log is replayed.",
        "Each change is written to the log after the data page is updated, and a crash"
        " simply loses the log.",
    ),
    Case(
        "salt-dismissed",
        "Why add a salt when hashing passwords?",
        "A unique salt per password makes identical passwords hash differently and"
        " defeats precomputed rainbow tables.",
        "With a random salt for each password, two users with the same password get"
        " different hashes, so rainbow tables built in advance are useless.",
        "A salt is not needed with a strong hash like SHA-256; precomputed rainbow"
        " tables are not required to crack it.",
    ),
    Case(
        "stack-heap-opposites",
        "What do threads of one process share?",
        "Threads of one process share the heap. Each thread gets its own stack.",
        "All the threads use the same heap, while every thread has a private stack.",
        "Each thread gets its own heap, and the threads all share one stack.",
    ),
    Case(
        "sla-acronyms-swapped",
        "How do SLOs and SLAs differ?",
        "An SLO sets the internal reliability target; an SLA promises customers a refund"
        " when it is missed.",
        "The service level objective is the internal reliability target, and the service"
        " level agreement promises customers money back when it is missed.",
        "The service level agreement sets the internal reliability target; the service"
        " level objective promises customers a refund when it is missed.",
    ),
    Case(
        "ci-acronym-chance",
        "What is continuous integration?",
        "Developers merge into the main branch several times a day, and every merge"
        " triggers an automated build and tests.",
        "People integrate their work into main often, many times daily, and each merge"
        " runs an automatic build with the test suite.",
        "CI means code inspection: a reviewer checks each branch once before a release.",
    ),
]

# Written with the sixth round and measured once before its fixes; never tuned on.
SIXTH_HELD_OUT: list[Case] = [
    Case(
        "write-through-opposites",
        "What is a write-through cache?",
        "Every write goes to the cache and to the database together, so the cache never"
        " serves stale data.",
        "Each write updates both the cache and the backing database at once, which keeps"
        " cached data from going stale.",
        "Every read goes to the cache and the database together; writes skip the cache,"
        " so stale data is served.",
    ),
    Case(
        "venv-dismissed",
        "Why use a virtual environment in Python?",
        "A virtual environment isolates each project's dependencies, so different"
        " projects can pin different package versions.",
        "It keeps every project's packages separate, so two projects can depend on"
        " different versions of the same library.",
        "Virtual environments are not needed any more; isolating dependencies is"
        " unnecessary because pip keeps every version side by side.",
    ),
]

# The seventh report: a lead label before a colon ("Fixes:", "Steps:", "Why:") kept
# as a word to say, a name written as one word ("singleflight"), everyday technical
# synonyms ("leader" for "primary", "mutex" for "lock"). The user's case and two more
# tuned on; measured before the fixes (see test_keypoint_cases.py).
SEVENTH_ROUND: list[Case] = [
    Case(
        "cache-stampede-label",
        "What is cache stampede and how do you prevent it?",
        "Many requests miss at once and hammer the DB. Fixes: request coalescing (single"
        " flight), early probabilistic expiration, locks.",
        "When a hot key expires, lots of requests miss together and overload the"
        " database. Prevent it with request coalescing (singleflight), probabilistic"
        " early expiration and a mutex.",
        "A cache stampede is when the cache is too small; prevent it by adding more"
        " memory to the cache server.",
    ),
    Case(
        "replication-leader",
        "How does database replication with a single writer work?",
        "All writes go to the primary, which streams its log to the replicas. Replicas"
        " serve reads and may lag behind.",
        "Every write hits the leader, and it ships its log to the followers; followers"
        " handle reads and can be a bit behind.",
        "Every node takes writes and merges them later with last-write-wins.",
    ),
    Case(
        "retry-steps-label",
        "How do you make retries safe against a flaky downstream service?",
        "Retry with exponential backoff. Steps: cap the attempts, make requests"
        " idempotent, add a circuit breaker.",
        "Back off exponentially between tries, limit how many attempts you make, keep"
        " requests idempotent and put a circuit breaker in front.",
        "Retry at once in a tight loop until it works; more tries get through faster.",
    ),
]

# Written with the seventh round and measured once before its fixes; never tuned on.
SEVENTH_HELD_OUT: list[Case] = [
    Case(
        "counter-pool-why",
        "How would you run many small jobs concurrently while they update one counter?",
        "Submit the jobs to a thread pool and guard the counter with a lock. Why: the"
        " increment is a read-modify-write, so threads can lose updates.",
        "Push the jobs into a worker pool and wrap the counter update in a mutex, since"
        " += reads then writes and two workers can overwrite each other's update.",
        "Start a new thread per job; the counter needs no guard because integers are atomic.",
    ),
]

# The eighth report (SQL and system-design notes in Markdown): wrong answers that say
# the opposite relation or give a side's words to the other side, right answers in
# other words against points cut mid-phrase, lists of examples and definition lists of
# terms. The user's six, with the model answers written as in interview notes, the
# user's write-through table as it was, and a cache-aside answer for the point cut
# after "miss it reads from the database" (tuned on).
EIGHTH_ROUND: list[Case] = [
    Case(
        "left-join-inner",
        "What does a LEFT JOIN return?",
        "A `LEFT JOIN` returns **all rows from the left table**, plus the matching rows"
        " from the right table.\n\n- Where there is no match, the right table's columns"
        " are `NULL`.",
        "Every row of the first table comes back, joined with the matching rows of the"
        " second one; when nothing matches, the second table's columns are filled with NULL.",
        "It returns only the rows that have a match in both tables; rows without a match"
        " on the right side are dropped.",
    ),
    Case(
        "where-having-swapped",
        "What is the difference between WHERE and HAVING?",
        "- **WHERE** filters rows *before* grouping.\n- **HAVING** filters groups *after*"
        " `GROUP BY`, so it can use aggregates like `COUNT(*)`.",
        "WHERE is applied to single rows before they are grouped; HAVING is applied to"
        " the groups once GROUP BY has run, which is why it can test aggregates such as"
        " COUNT.",
        "HAVING filters rows before grouping, and WHERE filters groups after GROUP BY so"
        " WHERE can use aggregates like COUNT.",
    ),
    Case(
        "write-back-swapped",
        "When would you use write-through vs write-back caching?",
        "**Write-through**: every write goes to the cache and the database at once."
        " Writes are slower, but nothing is lost on a crash.\n\n**Write-back**: writes go"
        " to the cache only and are flushed to the database later. Writes are fast, but"
        " data is lost if the cache dies.\n\nUse write-through when consistency matters,"
        " write-back for write-heavy workloads.",
        "Write-through updates the cache and the DB together, so writes are slower but a"
        " crash loses nothing. Write-back only writes the cache and flushes it to the DB"
        " afterwards: quicker writes, but you can lose data if the cache node fails. Pick"
        " write-through for consistency and write-back when there are lots of writes.",
        "Use write-back when consistency matters because it never loses data, and"
        " write-through for write-heavy workloads since it has lower write latency.",
    ),
    Case(
        "write-back-table-swapped",
        "When would you use write-through vs write-back caching?",
        "| Strategy | Write latency | Risk |\n|---|---|---|\n| Write-through | higher | none"
        " on crash |\n| Write-back | lower | data loss if cache dies |\n\nUse write-through"
        " when consistency matters, write-back for write-heavy workloads.",
        "Write-through writes to both, so writes are slower but nothing is lost on a crash;"
        " write-back writes faster but you lose data if the cache dies. Write-through when"
        " consistency matters, write-back when the workload is write-heavy.",
        "Use write-back when consistency matters because it never loses data, and"
        " write-through for write-heavy workloads since it has lower write latency.",
    ),
    Case(
        "acid-terms",
        "What is ACID?",
        "The guarantees of a database transaction:\n\n- **Atomicity**: all or nothing.\n-"
        " **Consistency**: constraints always hold.\n- **Isolation**: concurrent"
        " transactions don't see each other's partial work.\n- **Durability**: committed"
        " data survives a crash.",
        "A transaction either fully happens or not at all. The database moves from one"
        " valid state to another and its rules are never violated. Transactions running"
        " in parallel don't see each other's unfinished changes. Once committed, changes"
        " are kept even if the server loses power.",
        "Atomicity means each statement runs on a single CPU core, consistency means the"
        " replicas agree eventually, isolation means each table sits on its own disk and"
        " durability means the disks last for years.",
    ),
    Case(
        "consistent-hashing-ring",
        "How does consistent hashing work?",
        "Nodes and keys are hashed onto a **ring**; a key belongs to the next node"
        " clockwise. Adding or removing a node only moves the keys of its neighbour.\n\n-"
        " Virtual nodes smooth the load\n- Used by Dynamo, Cassandra",
        "Both servers and keys are placed on a hash circle; each key goes to the first"
        " server going clockwise, so when a server joins or leaves only the adjacent keys"
        " get remapped. Virtual nodes balance the load.",
        "Each key is hashed modulo the number of servers, so adding a server moves almost"
        " every key; virtual nodes are spare copies of the real ones.",
    ),
    Case(
        "window-function-examples",
        "What is a window function?",
        "A function like `ROW_NUMBER()` or `SUM() OVER (PARTITION BY ...)` that computes"
        " across a set of rows related to the current row **without collapsing them** into"
        " one.\n\nExample: `RANK()` for leaderboards.",
        "Computes a value over a set of related rows, like a running total with SUM OVER"
        " PARTITION BY, but keeps every row.",
        "It is an aggregate like SUM with GROUP BY that collapses the rows of each group"
        " into a single row.",
    ),
    Case(
        "cache-aside-steps",
        "What is the cache-aside pattern?",
        "The application manages the cache itself:\n\n1. Read from the cache first.\n2. On"
        " a miss it reads from the database and writes the result into the cache.\n3. On"
        " a write it updates the database and invalidates the cached entry.",
        "The app looks in the cache first; if the value isn't there it loads it from the"
        " DB and stores it in the cache. Writes go to the DB and the cached entry is deleted.",
        "The database pushes every change into the cache by itself, and the app only"
        " ever talks to the cache.",
    ),
]

# Written with the eighth round and measured once before its fixes; never tuned on.
EIGHTH_HELD_OUT: list[Case] = [
    Case(
        "union-all-swapped",
        "What is the difference between UNION and UNION ALL?",
        "- **UNION** removes duplicate rows, so it has to sort or hash the result.\n-"
        " **UNION ALL** keeps every row, including duplicates, and is faster.",
        "UNION drops the duplicates, which costs a sort or a hash step; UNION ALL returns"
        " all rows with the duplicates and is quicker.",
        "UNION ALL removes duplicate rows, so it has to sort the result; UNION keeps every"
        " row and is faster.",
    ),
    Case(
        "cap-terms",
        "Explain the CAP theorem.",
        "A distributed store can guarantee at most two of:\n\n- **Consistency**: every"
        " read sees the latest write.\n- **Availability**: every request gets a"
        " response.\n- **Partition tolerance**: the system keeps working when the network"
        " splits.",
        "Reads always return the most recent write, every request is answered, and the"
        " system carries on when the network is cut in two; you can only have two of them.",
        "Consistency means all nodes run the same version, availability means the servers"
        " have spare capacity, and partition tolerance means the disk is partitioned.",
    ),
    Case(
        "optimistic-locking-swapped",
        "Optimistic vs pessimistic locking?",
        "**Pessimistic**: lock the row before reading it, so others wait.\n\n"
        "**Optimistic**: no lock; check a version number when writing and retry if it"
        " changed. Good when conflicts are rare.",
        "Pessimistic locking takes the lock up front, before the read, and other"
        " transactions wait. Optimistic locking holds no lock but compares a version at"
        " write time and retries on a change; it suits rare conflicts.",
        "Optimistic locking takes the lock before reading the row so others wait;"
        " pessimistic locking checks a version number when writing and retries.",
    ),
    Case(
        "load-balancer-examples",
        "What does a load balancer do?",
        "It spreads incoming requests across several servers and stops sending traffic"
        " to servers that fail their health checks.\n\n- e.g. Nginx, HAProxy, AWS ELB",
        "It distributes the incoming traffic over a pool of servers and takes unhealthy"
        " ones out of the rotation when their health checks fail.",
        "It caches responses so the servers get fewer requests.",
    ),
    Case(
        "index-reads-writes",
        "What is the trade-off of adding an index?",
        "An index makes reads faster because lookups skip the full scan, but it slows"
        " down writes, since every insert or update must also change the index.",
        "Lookups get quicker as they avoid scanning the whole table, while inserts and"
        " updates get slower because the index has to be maintained too.",
        "An index makes writes faster, since inserts go straight to the right place, but"
        " reads get slower because they must also read the index.",
    ),
]

# Ninth round: a side's name inside another's ("UNION" in "UNION ALL"), a point said in
# a common paraphrase ("kept even if the server loses power" for "survives a crash"),
# and a relation whose nouns alone are said ("keys hashed … nodes" for "… onto a ring").
NINTH_ROUND: list[Case] = [
    Case(
        "read-write-lock-swapped",
        "What is the difference between a lock and a read-write lock?",
        "- **Lock**: only one thread holds it at a time, whether it reads or writes.\n-"
        " **Read-write lock**: many readers can hold it at once, but a writer holds it"
        " alone.",
        "A plain lock lets a single thread in at a time, reader or writer; a read-write"
        " lock lets many readers share it, while a writer gets it exclusively.",
        "A lock lets many readers hold it at once while a writer holds it alone; a"
        " read-write lock lets only one thread hold it at a time.",
    ),
    Case(
        "replication-paraphrase",
        "Why replicate a database?",
        "Replicas keep copies of the data on other machines, so committed data survives a"
        " crash of one node, and reads can be spread across the replicas.",
        "Copies live on several servers, so committed data is still there after one"
        " server dies, and read traffic is shared out among the copies.",
        "Replication compresses the data so that every query reads fewer pages from disk.",
    ),
    Case(
        "distinct-paraphrase",
        "What does DISTINCT do in a SQL query?",
        "DISTINCT removes duplicate rows from the result, so each row appears only once.",
        "It drops the repeated rows from what the query returns, so no row shows up twice.",
        "DISTINCT sorts the rows of the result by every column.",
    ),
    Case(
        "nat-relation",
        "What does NAT do?",
        "NAT rewrites private IP addresses to one public address at the router, so many"
        " hosts share one IP.",
        "The router translates the private addresses into a single public IP, so lots of"
        " devices can share it.",
        "NAT rewrites private IP addresses inside each packet so hosts cannot be tracked.",
    ),
]

# Written with the ninth round, measured only after its fixes; never tuned on.
NINTH_HELD_OUT: list[Case] = [
    Case(
        "cross-join-swapped",
        "What is the difference between JOIN and CROSS JOIN?",
        "- **JOIN** (an inner join) returns only the pairs of rows that match the ON"
        " condition.\n- **CROSS JOIN** returns every combination of rows, with no"
        " condition at all.",
        "A plain JOIN keeps just the row pairs that satisfy the ON condition, while a CROSS"
        " JOIN gives every possible combination of the rows without any condition.",
        "A CROSS JOIN returns only the pairs of rows that match the ON condition, and a"
        " JOIN returns every combination of rows.",
    ),
    Case(
        "fsync-paraphrase",
        "What does fsync guarantee?",
        "When fsync returns, the written data survives a crash: it is on the disk, not"
        " only in the page cache.",
        "Once it returns the data is on the disk itself and is still there after a power"
        " outage, not just sitting in the OS cache.",
        "fsync makes writes faster by keeping them in the page cache until later.",
    ),
    Case(
        "hash-table-relation",
        "How does a hash table find the value for a key?",
        "The key's hash is mapped to a bucket index, and the value is looked up in that bucket.",
        "It hashes the key, turns the hash into the number of a bucket, and searches that"
        " bucket for the value.",
        "The key is hashed with SHA-256, and the value is looked up in a sorted list.",
    ),
]


# Tenth round: four fresh questions from networking, operating systems, Python and
# machine learning, each with a right answer in other words and a plausible wrong one.
TENTH_ROUND: list[Case] = [
    Case(
        "tcp-handshake-bold",
        "What happens in the TCP three-way handshake?",
        "The client sends a **SYN**, the server answers with a **SYN-ACK**, and the client"
        " replies with an **ACK**; then the connection is open and both sides know the"
        " other's initial sequence number.",
        "First the client asks to connect with SYN, the server acknowledges and sends its"
        " own SYN back (SYN-ACK), and the client confirms with ACK. After that both ends"
        " have agreed on starting sequence numbers and data can flow.",
        "The server sends a SYN, the client answers with a SYN-ACK and the server replies"
        " with an ACK; then the connection is encrypted.",
    ),
    Case(
        "page-fault",
        "What is a page fault?",
        "A page fault happens when a process touches a page that is not in physical"
        " memory. The OS traps, loads the page from disk into a free frame, updates the"
        " page table and resumes the process.",
        "It's the trap you get when a program accesses a virtual page that isn't currently"
        " in RAM; the kernel brings it in from disk, fixes the page table entry and lets"
        " the program continue.",
        "A page fault is when a process writes past the end of its array and the OS kills"
        " it with a segmentation fault.",
    ),
    Case(
        "python-is-vs-eq",
        "What is the difference between `is` and `==` in Python?",
        "- `==` compares **values**: it calls `__eq__`.\n- `is` compares **identity**: it"
        " is true only if both names refer to the same object.",
        "== checks whether the two values are equal (through __eq__), while `is` checks"
        " whether both refer to the very same object in memory.",
        "`is` compares the values of two objects and == checks whether they are the same"
        " object in memory.",
    ),
    Case(
        "dropout-ml",
        "How does dropout reduce overfitting?",
        "During training, dropout randomly turns off a fraction of the neurons at each"
        " step, so the network cannot rely on any single neuron and learns redundant"
        " features. At inference all neurons are used and the activations are scaled.",
        "While training it switches off random units each step, which stops the network"
        " from depending on one particular unit, so it learns more robust, redundant"
        " features; at test time nothing is dropped and the outputs are rescaled.",
        "Dropout removes the layers that overfit after training, so the final network is"
        " smaller and runs faster at inference.",
    ),
]


# Eleventh round: four more fresh questions, from security, git, statistics and
# databases.
ELEVENTH_ROUND: list[Case] = [
    Case(
        "salted-hash",
        "Why should passwords be stored with a salt?",
        "A **salt** is a random value stored next to each password and mixed into its hash."
        " Identical passwords then get different hashes, so precomputed rainbow tables"
        " are useless and one cracked hash does not reveal the others.",
        "Each password gets its own random string added before hashing, so two users with"
        " the same password end up with different hashes; attackers can't use lookup"
        " tables built in advance, and cracking one doesn't give away the rest.",
        "The salt encrypts the password so the server can decrypt it later and compare it"
        " with what the user types.",
    ),
    Case(
        "git-rebase-merge",
        "What is the difference between git merge and git rebase?",
        "`git merge` joins two branches with a **merge commit** and keeps the history as it"
        " happened. `git rebase` replays your commits on top of the other branch, giving a"
        " **linear history**, but it rewrites the commits, so don't rebase shared branches.",
        "Merging ties the branches together with an extra merge commit and leaves the past"
        " untouched; rebasing re-applies your commits onto the tip of the other branch so"
        " the history is a straight line, but since the commits are rewritten you"
        " shouldn't do it on branches others use.",
        "Rebase creates a merge commit and keeps the history as it happened, while merge"
        " rewrites your commits into a linear history.",
    ),
    Case(
        "p-value",
        "What does a p-value mean?",
        "The p-value is the probability of seeing data at least as extreme as what was"
        " observed, assuming the null hypothesis is true. It is not the probability that"
        " the null hypothesis is true.",
        "Assuming H0 holds, it's how likely you'd get a result as extreme as yours or more;"
        " it doesn't tell you how likely H0 itself is.",
        "The p-value is the probability that the null hypothesis is true, so p = 0.03 means"
        " a 3 % chance the null is right.",
    ),
    Case(
        "db-index-btree",
        "How does a B-tree index speed up a query?",
        "The index keeps the keys sorted in a balanced tree, so a lookup walks from the"
        " root down to a leaf in O(log n) steps instead of scanning every row.",
        "Keys are kept in order in a shallow balanced tree; finding one means going from"
        " the top to a leaf, logarithmic in the table size, rather than a full table scan.",
        "The index stores a copy of every row in memory so the query never touches the"
        " disk, and each lookup scans the whole copy quickly.",
    ),
]


# Twelfth round: a new user's notes from a Word document. A compound subject cut to its
# head ("ball has corners on the axes" for "The L1 ball …"), a point whose object a wrong
# answer does not say ("normalizes the weights" for "normalizes layer inputs"), a
# filtering said as "is applied to" with its phrase turned round ("aggregated groups"
# for "groups after aggregation"), a "less X" point said as "lowering X", and lines of
# code as points. The user's cases, each with a second fresh one of its kind.
TWELFTH_ROUND: list[Case] = [
    Case(
        "l1-ball-subject",
        "Why does L1 regularization give sparse weights?",
        "The L1 ball has corners on the axes, so the optimum often lands where weights are zero.",
        "Its constraint region, the L1 ball, is a diamond with corners on the axes, and the"
        " optimum usually touches a corner, where some weights are exactly zero.",
        "L1 shrinks every weight by the same factor, so the weights get small but never"
        " reach zero.",
    ),
    Case(
        "batch-norm-object",
        "What does batch normalization do?",
        "Batch norm normalizes layer inputs over the mini-batch. It then applies a learned"
        " scale and shift, which stabilizes training and allows higher learning rates.",
        "It standardizes the inputs of each layer using the mini-batch mean and variance,"
        " then a learned scale and shift are applied; training gets more stable and can"
        " use larger learning rates.",
        "It normalizes the weights of each layer to unit norm so they cannot explode. Used"
        " mostly in RNNs.",
    ),
    Case(
        "congestion-window-subject",
        "How does TCP congestion control work?",
        "Congestion window grows by one segment every round trip and halves when a packet"
        " is lost. Slow start doubles it each round trip until a threshold.",
        "The congestion window increases by one segment each round trip and is cut in half"
        " when a packet is lost; during slow start it doubles every round trip until it"
        " reaches a threshold.",
        "The congestion window is the number of packets the receiver can buffer, and it"
        " never shrinks.",
    ),
    Case(
        "reverse-proxy-object",
        "What does a reverse proxy do?",
        "A reverse proxy forwards client requests to backend servers and returns their responses.",
        "It takes the requests from clients and passes them on to the servers behind it,"
        " then sends their replies back to the clients.",
        "It forwards the client's IP address to the backend servers so they can log it.",
    ),
    Case(
        "where-having-applied",
        "What is the difference between WHERE and HAVING?",
        "WHERE filters rows before grouping; HAVING filters groups after aggregation.",
        "WHERE is applied to individual rows before aggregation; HAVING is applied to the"
        " aggregated groups.",
        "HAVING is only an older spelling of WHERE that some databases still accept.",
    ),
    Case(
        "where-qualify-applied",
        "What is the difference between WHERE and QUALIFY?",
        "WHERE filters rows before the window functions run; QUALIFY filters rows after windowing.",
        "WHERE is applied to the input rows before any window function; QUALIFY is applied"
        " to the windowed rows.",
        "QUALIFY is the same as HAVING: it filters the groups after GROUP BY.",
    ),
    Case(
        "cdn-less-load",
        "What does a CDN do?",
        "A CDN caches content on edge servers near the users.\n\n- Lower latency\n- Less"
        " origin load\n- Absorbs traffic spikes",
        "It keeps cached copies on edge servers close to the users, lowering latency and"
        " origin load, and it soaks up sudden spikes of traffic.",
        "A CDN is a database that replicates user sessions across regions.",
    ),
    Case(
        "batch-writes-fewer",
        "Why batch database writes?",
        "- Fewer round trips\n- Less disk I/O per row\n- Higher throughput",
        "Grouping the writes cuts the round trips to the server and reduces the disk I/O"
        " per row, so throughput goes up.",
        "Batching makes every single write reach the disk sooner, so no write waits.",
    ),
    Case(
        "dropout-code-lines",
        "How do you implement inverted dropout?",
        "Zero each activation with probability p during training and scale the survivors"
        " by 1/(1-p), so nothing changes at test time.\nmask = (np.random.rand(*x.shape) >"
        " p)\nreturn x * mask / (1 - p)",
        "While training, drop every unit with probability p and divide the kept ones by"
        " 1 - p; at test time the layer does nothing.",
        "Remove p of the layers at random after training and keep the rest unchanged.",
    ),
    Case(
        "memoize-code-lines",
        "How do you memoize a function in Python?",
        "Keep a dict of results keyed by the arguments and return the stored result when"
        " the same arguments come again.\ncache = {}\ndef fib(n):\n    if n in cache:"
        " return cache[n]\n    cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)\n   "
        " return cache[n]\nOr use functools.lru_cache.",
        "Store each result in a dictionary under its arguments and look it up before"
        " computing again; functools.lru_cache does that for you.",
        "Memoizing means writing the function's code into memory so that it compiles faster.",
    ),
]

# Written with the twelfth round before its fixes, one case per kind; measured only at
# the end of the round, never tuned on.
TWELFTH_HELD_OUT: list[Case] = [
    Case(
        "connection-pool-subject",
        "Why use a connection pool?",
        "Connection pooling reuses open database connections instead of opening one per"
        " request, which saves the cost of the TCP and authentication handshake.",
        "The app keeps a set of DB connections open and hands them out again, so a request"
        " doesn't pay for a new connection and its login handshake.",
        "A connection pool lets more users connect at once by raising the database's"
        " maximum number of connections.",
    ),
    Case(
        "layer-norm-object",
        "What does layer normalization do?",
        "Layer norm normalizes each example's features across the layer, so it does not"
        " depend on the batch size.",
        "For every single example it standardizes the features over the whole layer, which"
        " makes it independent of how big the batch is.",
        "It normalizes every feature over the examples of the batch, so it needs large batches.",
    ),
    Case(
        "trigger-before-after-applied",
        "What is the difference between a BEFORE trigger and an AFTER trigger?",
        "A BEFORE trigger runs before the row is written and can change its values; an"
        " AFTER trigger runs after the write and sees the stored row.",
        "A BEFORE trigger fires ahead of the write, so it can modify the new row's values;"
        " an AFTER trigger fires once the row has been written and sees the stored result.",
        "A BEFORE trigger runs once per statement and an AFTER trigger runs once per row.",
    ),
    Case(
        "cache-fewer-queries",
        "Why put a cache in front of a database?",
        "- Faster reads\n- Fewer database queries\n- Less load on the primary",
        "Reads come back quicker from memory, it cuts the number of queries to the"
        " database and it reduces the load on the primary.",
        "It makes writes durable, because every write is stored twice.",
    ),
    Case(
        "linked-list-code-lines",
        "How do you reverse a linked list?",
        "Walk the list and point each node's next back at the previous node.\nprev ="
        " None\nwhile node:\n    nxt = node.next\n    node.next = prev\n    prev, node ="
        " node, nxt\nreturn prev",
        "Go through it keeping the previous node, and flip each node's next pointer to the"
        " previous one; the old tail becomes the head.",
        "Copy the values into an array, sort the array, and build a new list from it.",
    ),
]

# A new user's mock: a model answer that is a comma-separated pipeline of short noun
# phrases ("DNS lookup, TCP handshake, …") lost one step and merged two; a typed answer
# saying a step by its name and a verb of its process ("resolves DNS" for "DNS lookup")
# left it unticked. The user's case, and a second fresh one of each kind.
THIRTEENTH_ROUND: list[Case] = [
    Case(
        "url-pipeline",
        "What happens when you type a URL into a browser?",
        "DNS lookup, TCP handshake, TLS handshake, HTTP request, server response, rendering.",
        "The browser resolves DNS, then opens a TCP connection and sends HTTP.",
        "DNS is not involved: the browser reads the page from a file on the disk.",
    ),
    Case(
        "transformer-pipeline",
        "What are the stages of a transformer's forward pass?",
        "Tokenization, embedding, attention, feed-forward, softmax.",
        "The text is split into tokens, each token gets an embedding, self-attention mixes"
        " them, a feed-forward layer transforms each one, and a softmax gives the next-token"
        " probabilities.",
        "It runs a convolution over the pixels, then max pooling picks the class.",
    ),
    Case(
        "spa-data-process",
        "What happens when a single-page app loads a user's orders?",
        "JWT check, API call, SQL query, JSON response.",
        "The client calls the API, the backend verifies the JWT, queries SQL for the rows"
        " and returns JSON.",
        "The page reads the orders from cookies; no API or SQL is involved.",
    ),
]

# Written with the thirteenth round before its fixes, never tuned on.
THIRTEENTH_HELD_OUT: list[Case] = [
    Case(
        "email-pipeline",
        "What happens when you send an email?",
        "MX lookup, SMTP handshake, message transfer, spam filtering, and delivery to the inbox.",
        "The mail server looks up the MX record, connects over SMTP and transfers the"
        " message; the receiver filters spam and delivers it to the inbox.",
        "The email goes over HTTP to the recipient's browser, which keeps it in cookies.",
    ),
    Case(
        "compiler-pipeline",
        "What are the phases of a compiler?",
        "Lexing, parsing, semantic analysis, optimization, then code generation.",
        "It splits the source into tokens, parses them into a tree, checks types,"
        " optimizes, and generates machine code.",
        "The compiler runs the program line by line and prints each result.",
    ),
    Case(
        "feed-process",
        "How does a mobile app show a user's feed?",
        "REST call, Redis lookup, SQL query on a miss, JSON response.",
        "The app calls the REST API; the server looks in Redis, queries SQL when the cache"
        " misses, and returns JSON.",
        "The app reads the feed from a local file; no network or server is involved.",
    ),
]

# Fourteenth round: four fresh questions from web security (a field the sets had not
# asked about), written before the round's fixes. Right answers in other words; wrong
# answers that reuse the topic's words for a misconception: another action on the same
# things, the roles of the attacker, browser and server turned, the keys swapped.
FOURTEENTH_ROUND: list[Case] = [
    Case(
        "xss",
        "What is cross-site scripting (XSS)?",
        "An attacker injects a malicious script into a page that other users view, so the"
        " script runs in the victim's browser with the site's privileges. Escaping output"
        " and a Content Security Policy prevent it.",
        "The attacker gets their own JavaScript embedded in a site's page; when someone"
        " else opens it, the code executes in that person's browser as if it came from the"
        " site. You stop it by encoding what you output and with a CSP.",
        "The attacker sends malicious scripts to the server, which runs them on the"
        " database with admin privileges; a Content Security Policy encrypts the page.",
    ),
    Case(
        "csrf",
        "What is a CSRF attack and how do you prevent it?",
        "A malicious site makes the victim's browser send a request to another site where"
        " the victim is logged in; the browser attaches the session cookie, so the request"
        " is trusted. Anti-CSRF tokens and SameSite cookies prevent it.",
        "Another website tricks your browser into firing a request at a site you're signed"
        " into, and since your cookies go along automatically, that site accepts it."
        " Defend with a secret token in each form and SameSite cookies.",
        "The attacker steals the session cookie from the victim's browser and logs in to"
        " the site with it; tokens make the cookie expire sooner.",
    ),
    Case(
        "sql-injection",
        "How does SQL injection work, and how do you prevent it?",
        "User input is concatenated into the SQL string, so crafted input changes the"
        " query's structure. Parameterized queries send the input separately as data, so"
        " it is never parsed as SQL.",
        "If you paste what the user typed straight into the query text, they can type SQL"
        " that alters what the statement does. Prepared statements with bound parameters"
        " pass the values apart from the query, so they are treated as plain values and"
        " never run as code.",
        "SQL injection floods the database with too many queries at once; parameterized"
        " queries fix it by caching the SQL string so the input is parsed faster.",
    ),
    Case(
        "symmetric-asymmetric",
        "What is the difference between symmetric and asymmetric encryption?",
        "Symmetric encryption uses one shared key to encrypt and decrypt; it is fast."
        " Asymmetric encryption uses a key pair: the public key encrypts and only the"
        " private key decrypts; it is slower, so it is mostly used to exchange a symmetric"
        " key.",
        "With symmetric crypto both sides hold the same secret key for locking and"
        " unlocking, and it's quick. Asymmetric uses two keys: anyone can encrypt with the"
        " public one, but only the holder of the private one can decrypt; it is much"
        " slower, so it's mainly used to agree on a symmetric key.",
        "Symmetric encryption uses a key pair where the private key encrypts and the public"
        " key decrypts; asymmetric uses one shared key and is faster, so it is used for"
        " bulk data.",
    ),
]

# Round fifteen: a new user's "mutex versus channel" right answer scored low; its
# question and a second fresh one of its kind (when to use which of two tools).
FIFTEENTH_ROUND: list[Case] = [
    Case(
        "go-mutex-channel",
        "Mutex versus channel in Go: when do you use which?",
        "A sync.Mutex protects a critical section: one goroutine at a time reads or writes"
        " the shared variables. A channel is a typed conduit: a send transfers a value, and"
        " its ownership, to the receiving goroutine. Mutexes suit caches and counters;"
        " channels suit producer-consumer pipelines and worker pools.",
        "a mutex guards shared memory so one goroutine at a time touches it; channels pass"
        " ownership of data between goroutines by communicating; use a mutex for simple"
        " shared state like a counter or cache, channels for pipelines and handing off work",
        "A mutex sends values between goroutines and a channel locks shared memory;"
        " channels are faster for a simple counter.",
    ),
    Case(
        "rest-grpc",
        "REST versus gRPC: when do you use which?",
        "REST exposes resources over HTTP with JSON, which any browser can call and"
        " caches understand. gRPC sends binary Protocol Buffers over HTTP/2 and generates"
        " typed client stubs from a schema. REST suits public APIs; gRPC suits fast"
        " internal calls between services and streaming.",
        "REST is plain HTTP plus JSON on resources, so browsers and proxies handle it"
        " easily; gRPC encodes messages as compact protobuf over HTTP/2 and builds the"
        " client code for you from the .proto file. Pick REST for an API the public"
        " uses, gRPC for quick service-to-service traffic and streams.",
        "gRPC uses JSON over HTTP/1.1 so browsers can call it directly, and REST needs"
        " generated stubs; REST is the one for streaming between internal services.",
    ),
]

# Written before the fifteenth round's fixes and never tuned on: operating systems.
FIFTEENTH_HELD_OUT: list[Case] = [
    Case(
        "os-process-thread",
        "What is the difference between a process and a thread?",
        "A process has its own address space and resources; threads of one process share"
        " its memory and open files. Creating and switching threads is cheaper, but a bug"
        " in one thread can corrupt the memory of the others.",
        "Each process gets a separate memory space, while the threads inside a process all"
        " see the same memory and file handles. Threads are lighter to start and to switch"
        " between, but one misbehaving thread can trash data the other threads rely on.",
        "A thread has its own address space and a process shares memory with other"
        " processes; switching processes is cheaper than switching threads.",
    ),
    Case(
        "os-context-switch",
        "What happens in a context switch?",
        "The kernel saves the registers and program counter of the running task and loads"
        " those of the next one. Switching between processes also changes the page tables,"
        " which flushes the TLB, so it costs more than switching threads.",
        "The OS stores the CPU state of the current task (its registers and instruction"
        " pointer) and restores the saved state of another. Between processes it must"
        " swap the page tables too, so the TLB is cleared and the switch is costlier than"
        " between threads.",
        "The kernel copies the whole memory of the running process to disk and loads the"
        " next process from disk; switching threads also flushes the TLB.",
    ),
    Case(
        "os-system-call",
        "What is a system call?",
        "A system call is how a user program asks the kernel for a service such as"
        " reading a file. The CPU traps into kernel mode, the kernel does the work with"
        " full privileges, and control returns to user mode.",
        "It is the interface through which an application requests something from the"
        " operating system kernel, like opening a file: a trap switches the processor to"
        " privileged mode, the kernel handles it, then execution goes back to the program"
        " in user mode.",
        "A system call is a function in the C standard library that runs entirely in user"
        " mode without involving the kernel.",
    ),
    Case(
        "os-thrashing",
        "What is thrashing?",
        "Thrashing happens when the working sets of the running processes do not fit in"
        " RAM, so the system spends most of its time paging memory in and out of disk"
        " instead of doing useful work.",
        "When programs together need more memory than physically exists, the OS keeps"
        " swapping pages to and from disk, and the CPU sits mostly idle waiting on those"
        " page faults rather than getting real work done.",
        "Thrashing is when the CPU overheats and the scheduler slows every process down to"
        " cool it.",
    ),
    Case(
        "os-fork-cow",
        "How does fork use copy-on-write?",
        "After fork, parent and child share the same physical pages marked read-only. A"
        " page is copied only when one of them writes to it, so fork is fast and memory"
        " is saved.",
        "The child initially maps the parent's pages instead of duplicating them, with"
        " writes disallowed; the first write by either side triggers a private copy of"
        " just that page, which makes forking quick and cheap on memory.",
        "Fork copies every page of the parent into the child right away, and the copies"
        " are written back to the parent when the child exits.",
    ),
    Case(
        "os-zombie",
        "What is a zombie process?",
        "A zombie is a process that has exited but whose parent has not yet called wait"
        " to read its exit status, so its entry stays in the process table.",
        "It's a child that already terminated, but its parent never collected its exit"
        " code with wait(), so the kernel keeps its slot in the process table.",
        "A zombie process is a process that keeps running after its parent is killed and"
        " uses all the CPU.",
    ),
]

# Never tuned on: twelve computer-architecture questions (a field no earlier set asked
# about), written in the sixteenth round before any of its fixes. The wrong answers swap
# a comparison's sides, name a part doing something it does not do, or mistake the term.
SIXTEENTH_HELD_OUT: list[Case] = [
    Case(
        "arch-cache-line",
        "What is a cache line?",
        "A cache line is the unit of data moved between memory and the cache, usually 64"
        " bytes. Reading one byte loads the whole line, so accessing neighbouring addresses"
        " is fast.",
        "The block the cache transfers to and from memory at once, typically 64 bytes;"
        " touching a single byte brings in its entire line, which is why sequential access"
        " to nearby data is quick.",
        "A cache line is a queue of instructions waiting for the CPU; each line holds one"
        " instruction.",
    ),
    Case(
        "arch-sram-dram",
        "What is the difference between SRAM and DRAM?",
        "SRAM stores each bit in a flip-flop of six transistors and needs no refresh; DRAM"
        " stores each bit as charge in a capacitor that must be refreshed periodically. SRAM"
        " is faster but more expensive and less dense, so it is used for CPU caches, while"
        " DRAM is used for main memory.",
        "Static RAM keeps a bit in a six-transistor latch with no refreshing; dynamic RAM"
        " holds it as a charge on a capacitor that leaks and has to be refreshed. Static RAM"
        " is quicker but costs more per bit and packs fewer bits, which is why caches use it"
        " and main memory uses DRAM.",
        "DRAM is faster than SRAM and needs no refresh, so DRAM is used for CPU caches, while"
        " SRAM stores bits in capacitors and is used for main memory.",
    ),
    Case(
        "arch-pipelining",
        "What is instruction pipelining?",
        "Pipelining splits each instruction into stages such as fetch, decode, execute and"
        " write-back, and overlaps the stages of different instructions. It raises"
        " throughput but not the latency of a single instruction; hazards can stall the"
        " pipeline.",
        "The CPU breaks instruction processing into steps like fetching, decoding, executing"
        " and writing results, and works on several instructions at once, each at a"
        " different step. More instructions finish per cycle, though each one takes as long"
        " as before, and dependencies between instructions can force bubbles.",
        "Pipelining means running each instruction on several cores at once, which makes a"
        " single instruction finish faster.",
    ),
    Case(
        "arch-branch-prediction",
        "What is branch prediction?",
        "The branch predictor guesses the outcome of a conditional jump before it is known,"
        " so the pipeline keeps fetching instructions speculatively. A misprediction"
        " flushes the speculative work and costs many cycles.",
        "The CPU guesses which way an if will go before the condition is computed and keeps"
        " filling the pipeline along that guess; if the guess was wrong it throws the"
        " speculated instructions away, paying a penalty of a dozen or more cycles.",
        "The branch predictor waits until the condition is computed and then picks the"
        " faster branch; a wrong guess costs nothing because the results are kept.",
    ),
    Case(
        "arch-false-sharing",
        "What is false sharing?",
        "False sharing happens when threads on different cores write to different"
        " variables that sit on the same cache line. The coherence protocol bounces the"
        " line between the cores, so performance drops although no data is actually"
        " shared. Padding the variables onto separate lines fixes it.",
        "Two cores keep updating separate variables that happen to live in one cache line,"
        " so the line ping-pongs between their caches through the coherence traffic and"
        " things get slow even though they never touch each other's data; adding padding"
        " so each variable gets its own line solves it.",
        "False sharing is when two threads write to the same variable without a lock, so"
        " one update is lost; padding the variable with a mutex fixes it.",
    ),
    Case(
        "arch-cache-coherence",
        "What does a cache coherence protocol do?",
        "A cache coherence protocol such as MESI keeps the copies of a memory location in"
        " the private caches of several cores consistent. When one core writes a line, the"
        " copies in other caches are invalidated.",
        "It makes sure every core sees the same value for an address even though each has"
        " its own cache (MESI is an example); a write by one core invalidates the other"
        " cores' copies of that line.",
        "It keeps the cache consistent with the disk by writing every change to disk"
        " immediately; MESI is a disk scheduling algorithm.",
    ),
    Case(
        "arch-risc-cisc",
        "What is the difference between RISC and CISC?",
        "RISC uses a small set of simple fixed-length instructions, most of which take one"
        " cycle, and only loads and stores access memory. CISC has many complex"
        " variable-length instructions that can operate on memory directly. RISC needs more"
        " instructions for the same program but is easier to pipeline.",
        "A reduced instruction set has few, simple instructions of a fixed size that"
        " usually run in a single cycle, with memory touched only by load/store; a complex"
        " instruction set offers lots of elaborate instructions of varying length that can"
        " work on memory operands. Reduced sets need more instructions per program yet"
        " pipeline more easily.",
        "CISC uses a small set of simple fixed-length instructions and RISC has many"
        " complex variable-length instructions; CISC is easier to pipeline.",
    ),
    Case(
        "arch-memory-barrier",
        "What is a memory barrier?",
        "A memory barrier is an instruction that forces the CPU to complete the memory"
        " operations before it before starting those after it. It prevents the processor"
        " and compiler from reordering loads and stores across it, which lock-free code"
        " needs.",
        "A fence instruction: loads and stores issued before it must finish before any"
        " after it begin, so neither the hardware nor the compiler can move memory accesses"
        " across it; lock-free algorithms rely on that.",
        "A memory barrier is a region of memory that one process cannot read from another"
        " process, like a firewall between address spaces.",
    ),
    Case(
        "arch-endianness",
        "What is endianness?",
        "Endianness is the order in which the bytes of a multi-byte value are stored in"
        " memory. Little-endian stores the least significant byte at the lowest address, as"
        " on x86; big-endian stores the most significant byte first, as in network byte"
        " order.",
        "It's the byte order of values wider than a byte in memory: little-endian machines"
        " like x86 put the lowest-order byte at the smallest address, while big-endian,"
        " which network protocols use, puts the highest-order byte first.",
        "Endianness is the order of bits in a byte; big-endian stores the least significant"
        " byte at the lowest address, as on x86.",
    ),
    Case(
        "arch-simd",
        "What is SIMD?",
        "SIMD (single instruction, multiple data) applies one instruction to several data"
        " elements at once, using wide vector registers such as AVX. It speeds up loops"
        " over arrays, like adding two vectors element by element.",
        "One instruction operates on many values in parallel, packed in wide vector"
        " registers (SSE, AVX); that makes array loops, such as element-wise addition of"
        " vectors, much faster.",
        "SIMD means several instructions run on several cores, each on its own data, like"
        " threads in a thread pool.",
    ),
    Case(
        "arch-out-of-order",
        "What is out-of-order execution?",
        "An out-of-order CPU executes instructions as soon as their operands are ready"
        " instead of in program order, so a slow load does not stall independent work."
        " Results are retired in program order through the reorder buffer, so the program"
        " sees the original order.",
        "The processor runs whichever instructions have their inputs available rather than"
        " strictly following the program's sequence, so independent instructions proceed"
        " while a load waits on memory; a reorder buffer then commits the results in the"
        " original order so software can't tell.",
        "Out-of-order execution means the compiler shuffles the instructions randomly, and"
        " results are retired in whatever order they finish, so the program sees a"
        " different order.",
    ),
    Case(
        "arch-cache-hierarchy",
        "Why do CPUs have several levels of cache?",
        "A small cache is fast and a large one is slow, so CPUs use a hierarchy: L1 is the"
        " smallest and fastest, L2 and L3 are larger and slower, and L3 is shared by the"
        " cores. Most accesses hit in L1, so the average access time stays close to L1's"
        " latency.",
        "Because a cache can't be both big and quick: the L1 is tiny but has the lowest"
        " latency, L2 and L3 get bigger and slower, and all cores share the L3. Since the"
        " bulk of accesses are served by L1, the average memory access time ends up near"
        " L1's.",
        "L3 is the smallest and fastest cache and L1 is the largest and slowest, shared by"
        " all cores; most accesses go to L3.",
    ),
]

# Never tuned on: ten networking questions, written in the seventeenth round before any
# of its fixes. Some model answers give a term's other name ("also known as"); the wrong
# answers give a named thing an action the model answer does not say, swap two sides or
# mistake the term.
SEVENTEENTH_HELD_OUT: list[Case] = [
    Case(
        "net-arp",
        "What does ARP do?",
        "ARP (Address Resolution Protocol) maps an IP address to a MAC address on the local"
        " network. A host broadcasts a request asking who has the IP, and the owner replies"
        " with its MAC address, which the host caches in its ARP table.",
        "It finds the hardware (MAC) address belonging to an IP on the same LAN: the machine"
        " broadcasts 'who has this IP?', the machine with that IP answers with its MAC, and"
        " the answer is kept in the ARP cache.",
        "ARP assigns IP addresses to hosts when they join the network, and the router stores"
        " them in its routing table.",
    ),
    Case(
        "net-dhcp",
        "How does DHCP work?",
        "A new client broadcasts a DHCPDISCOVER, a server answers with an offer of an IP"
        " address, the client requests it, and the server acknowledges. The address is leased"
        " for a limited time and must be renewed.",
        "The client sends a broadcast discover message, a DHCP server offers an address, the"
        " client asks for that address and the server confirms it; the lease expires unless"
        " the client renews it.",
        "The router translates the hostname into an IP address and caches it permanently, so"
        " the client never has to ask again.",
    ),
    Case(
        "net-tls-handshake",
        "What happens in a TLS handshake?",
        "TLS, also known as SSL, starts with the client hello listing supported cipher"
        " suites. The server replies with its certificate, the client verifies it against"
        " trusted certificate authorities, and both sides derive a shared session key used"
        " for symmetric encryption.",
        "Client sends a hello with the ciphers it supports; the server sends back its"
        " certificate, which the client checks against the CAs it trusts, and then they"
        " agree on a session key so the rest of the traffic is encrypted symmetrically.",
        "The certificate authority encrypts every packet between client and server, and the"
        " client sends its password in the first message.",
    ),
    Case(
        "net-nat",
        "What is NAT?",
        "Network address translation, also called IP masquerading, lets many devices on a"
        " private network share one public IP address. The router rewrites the source"
        " address and port of outgoing packets and keeps a table to map replies back to the"
        " right device.",
        "NAT/IP masquerading: the home router swaps the private source IP and port of each"
        " outgoing packet for its single public address and remembers the mapping so it can"
        " send responses to the right internal host.",
        "NAT encrypts the traffic of private devices so nobody on the internet can read it,"
        " and gives each device its own public IP address.",
    ),
    Case(
        "net-tcp-congestion",
        "How does TCP congestion control work?",
        "TCP keeps a congestion window that limits unacknowledged data in flight. Slow start"
        " grows the window exponentially until a threshold, then it grows linearly; on"
        " packet loss the sender cuts the window.",
        "The sender tracks a congestion window capping how much unacknowledged data can be"
        " outstanding; it doubles it each round trip in slow start, then increases it by one"
        " segment per RTT, and shrinks it sharply when a packet is lost.",
        "The receiver tells the sender to slow down when its buffer is full; slow start means"
        " the window grows linearly from the beginning, and packet loss makes the sender"
        " double its window.",
    ),
    Case(
        "net-l4-l7",
        "What is the difference between layer 4 and layer 7 load balancing?",
        "A layer 4 load balancer routes by IP address and port without reading the payload,"
        " so it is fast. A layer 7 load balancer reads the HTTP request and can route by URL"
        " path, headers or cookies, and can terminate TLS.",
        "L4 just looks at IPs and ports and forwards the packets without inspecting their"
        " content, which is cheap; L7 parses the HTTP message so it can send requests to"
        " different backends by path, header or cookie, and it can do TLS termination.",
        "A layer 4 load balancer reads the HTTP headers and routes by URL, while layer 7"
        " only looks at IP addresses and ports.",
    ),
    Case(
        "net-bgp",
        "What is BGP?",
        "BGP (Border Gateway Protocol) is the routing protocol between autonomous systems on"
        " the internet. Routers advertise the IP prefixes they can reach, and each path"
        " carries the list of autonomous systems it crosses, which prevents loops and lets"
        " operators apply routing policies.",
        "It's how networks run by different organisations (ASes) exchange routes: each"
        " announces the address prefixes it can reach, with the AS path attached so loops"
        " are detected and policy decides which route to prefer.",
        "BGP assigns IP addresses to autonomous systems and always picks the shortest route"
        " by latency, measured with ping.",
    ),
    Case(
        "net-websocket",
        "What is a WebSocket?",
        "A WebSocket is a persistent, full-duplex connection over a single TCP connection."
        " It starts as an HTTP request with an Upgrade header, and after that both the"
        " client and the server can send messages at any time without polling.",
        "A long-lived two-way channel on one TCP connection: the client opens it with an"
        " HTTP Upgrade handshake, and from then on either side can push messages whenever it"
        " wants, no polling needed.",
        "A WebSocket is an HTTP request that the client repeats every few seconds to check"
        " for new messages; only the client can send data.",
    ),
    Case(
        "net-mtu",
        "What is the MTU and what happens when a packet exceeds it?",
        "The maximum transmission unit is the largest packet a link can carry, 1500 bytes on"
        " Ethernet. A larger IPv4 packet is fragmented, or dropped with an ICMP error when"
        " the don't-fragment bit is set; path MTU discovery, also known as PMTUD, uses those"
        " errors to find the smallest MTU along the route.",
        "MTU is the biggest frame payload a link accepts (1500 bytes for Ethernet); a packet"
        " over it gets split into fragments, or if DF is set it's dropped and an ICMP"
        " 'fragmentation needed' comes back, which PMTUD uses to learn the smallest MTU on"
        " the path.",
        "The MTU is the maximum number of packets a router can queue; when it is exceeded"
        " the router compresses the packet, and path MTU discovery finds the fastest route.",
    ),
    Case(
        "net-head-of-line",
        "What is head-of-line blocking and how do HTTP/2 and QUIC address it?",
        "Head-of-line blocking, also known as HOL blocking, happens when one lost or slow"
        " item holds up everything queued behind it. HTTP/2 multiplexes streams over one TCP"
        " connection, which removes it at the HTTP level, but a lost TCP packet still stalls"
        " all streams; QUIC runs over UDP with independent streams, so a loss only stalls"
        " its own stream.",
        "HOL blocking: the first item in line is stuck and everything behind it waits."
        " HTTP/2 interleaves many streams on a single TCP connection, fixing it for"
        " requests, yet one dropped TCP segment still blocks every stream; QUIC, built on"
        " UDP, keeps streams independent so a loss affects only that stream.",
        "Head-of-line blocking is when the server answers requests out of order. HTTP/2"
        " fixes it completely by opening a new TCP connection per request, and QUIC adds TCP"
        " retransmission on top of UDP so all streams wait for lost packets.",
    ),
]

# Never tuned on: nine Kubernetes and cloud questions, written in the eighteenth round
# before its fixes (figures in tests/core/test_keypoint_cases.py).
EIGHTEENTH_HELD_OUT: list[Case] = [
    Case(
        "k8s-pod",
        "What is a pod in Kubernetes?",
        "A pod is the smallest deployable unit in Kubernetes: one or more containers that"
        " share a network namespace and storage volumes and are always scheduled together on"
        " the same node. Pods are ephemeral and get a new IP address when they are recreated.",
        "It's the basic unit Kubernetes runs, a group of one or more containers that share"
        " the same IP and volumes and always land on one node together; pods are disposable,"
        " and a replacement pod comes up with a different IP.",
        "A pod is a virtual machine that runs exactly one container; each container in it"
        " gets its own IP address, and a pod keeps its IP forever.",
    ),
    Case(
        "k8s-probes",
        "What is the difference between a liveness probe and a readiness probe?",
        "A failing liveness probe makes the kubelet restart the container. A failing"
        " readiness probe only removes the pod from the service's endpoints, so it stops"
        " receiving traffic until the probe passes again.",
        "If liveness fails, the kubelet kills and restarts the container; if readiness fails,"
        " the pod is taken out of the service's endpoints and gets no requests until it is"
        " ready again, without a restart.",
        "A failing readiness probe makes the kubelet restart the container, while a failing"
        " liveness probe only stops traffic to the pod.",
    ),
    Case(
        "k8s-service",
        "What does a Kubernetes Service do?",
        "A Service gives a set of pods, chosen by a label selector, one stable virtual IP"
        " and DNS name. kube-proxy load-balances traffic sent to that IP across the healthy"
        " pods, so clients do not need to track pod IPs that change.",
        "It puts a fixed cluster IP and a DNS name in front of the pods that match its"
        " labels, and kube-proxy spreads the requests over the ready pods, so callers never"
        " deal with changing pod addresses.",
        "A Service is a container that runs on every node and stores the pods' logs; it"
        " sends all traffic to the first pod that was created.",
    ),
    Case(
        "k8s-statefulset",
        "When would you use a StatefulSet instead of a Deployment?",
        "Use a StatefulSet for stateful workloads such as databases: each pod gets a stable"
        " name and its own persistent volume that follows it when it is rescheduled, and"
        " pods are started and stopped in order. A Deployment treats its pods as"
        " interchangeable.",
        "For things like databases that keep state: a StatefulSet gives every replica a"
        " fixed identity (db-0, db-1) and its own volume that stays with it across restarts,"
        " and it brings pods up and down one by one in order, whereas Deployment replicas"
        " are identical and replaceable.",
        "A StatefulSet is for stateless web servers because all its pods share one volume"
        " and start in random order; a Deployment gives each pod a stable name.",
    ),
    Case(
        "k8s-hpa",
        "How does the Horizontal Pod Autoscaler work?",
        "The HPA periodically reads metrics such as average CPU utilization from the metrics"
        " server and changes the number of replicas of a Deployment to keep the metric near"
        " its target, within the configured minimum and maximum.",
        "Every so often it checks the pods' average CPU (or another metric) from the metrics"
        " API and scales the Deployment's replica count up or down toward the target value,"
        " never beyond the min and max you set.",
        "The HPA gives each pod more CPU and memory when it is busy, and adds new nodes to"
        " the cluster without any limit.",
    ),
    Case(
        "k8s-configmap-secret",
        "What is the difference between a ConfigMap and a Secret?",
        "Both hold configuration that pods read as environment variables or mounted files."
        " A Secret is meant for sensitive data such as passwords and tokens; its values are"
        " only base64-encoded, not encrypted, unless encryption at rest is enabled.",
        "They both feed config to pods through env vars or volume files; Secrets are for"
        " credentials like passwords and API tokens, but they're merely base64 encoded, so"
        " you need encryption at rest turned on for real protection.",
        "A Secret is encrypted with the cluster's private key automatically, so it is safe"
        " to commit; a ConfigMap can only be used as environment variables.",
    ),
    Case(
        "k8s-etcd",
        "What is etcd's role in a Kubernetes cluster?",
        "etcd is a consistent, distributed key-value store that holds the whole cluster"
        " state. Only the API server talks to it directly, and it uses the Raft consensus"
        " algorithm, so it needs a majority of its members to accept writes.",
        "It's the cluster's database: a replicated key-value store with all the objects and"
        " their state; everything goes through the API server to reach it, and since it runs"
        " Raft, writes need a quorum of etcd nodes.",
        "etcd is the container runtime on each node; every kubelet writes to it directly,"
        " and it keeps working for writes even when only one member is left.",
    ),
    Case(
        "k8s-taints",
        "What are taints and tolerations?",
        "A taint on a node repels pods: the scheduler does not place a pod there unless the"
        " pod has a matching toleration. Tolerations allow scheduling onto tainted nodes but"
        " do not force it; node affinity is what attracts pods to nodes.",
        "You taint a node to keep pods off it, and only pods that tolerate that taint may be"
        " scheduled there; a toleration just permits it, it doesn't pull the pod to the node,"
        " for that you use node affinity.",
        "A toleration forces a pod onto the tainted node, and a taint on a pod stops other"
        " pods from running next to it.",
    ),
    Case(
        "cloud-serverless-cold-start",
        "What is a cold start in serverless functions?",
        "A cold start happens when a request arrives and no warm instance is available, so"
        " the platform must create a new execution environment, load the code and run its"
        " initialization first, which adds latency. Keeping instances provisioned or warm"
        " avoids it.",
        "When no idle instance exists the provider has to spin up a fresh container, pull in"
        " your function code and run the init code before handling the request, so that"
        " first call is slow; provisioned concurrency keeps instances warm to prevent it.",
        "A cold start is when the function runs on a cold data center to save energy; it"
        " makes every request slower, and adding more memory is the only way to avoid it.",
    ),
]

# Never tuned on: nine Git questions, written in the nineteenth round before its fixes
# (figures in tests/core/test_keypoint_cases.py).
NINETEENTH_HELD_OUT: list[Case] = [
    Case(
        "git-push",
        "What does git push do?",
        "git push uploads your local commits to the remote repository and updates the"
        " remote branch. It is rejected when the remote has commits you don't have, unless"
        " you force it.",
        "It sends the commits I made locally up to the remote and moves the branch there;"
        " if someone pushed before me it's refused until I pull, or I use --force.",
        "git push deletes the remote repository and replaces it with your local copy; it"
        " never fails.",
    ),
    Case(
        "git-fetch-pull",
        "What is the difference between git fetch and git pull?",
        "git fetch downloads new commits and branches from the remote but leaves your"
        " working branch untouched. git pull runs a fetch and then merges the fetched"
        " branch into your current branch.",
        "Fetch only downloads what's new on the remote and doesn't touch my branch; pull"
        " does a fetch and then merges the result into the branch I'm on.",
        "git pull downloads the commits but leaves your branch untouched, while git fetch"
        " merges them into your current branch.",
    ),
    Case(
        "git-reset-revert",
        "How do git reset and git revert differ?",
        "- **git reset** moves the branch pointer back to an earlier commit, rewriting"
        " history; unsafe on shared branches.\n"
        "- **git revert** creates a new commit that undoes the changes of an earlier one,"
        " keeping history intact; safe to use on shared branches.",
        "Reset moves the branch back to an older commit so history is rewritten, which you"
        " shouldn't do on a shared branch. Revert adds a new commit that cancels an old"
        " commit's changes and keeps the history, so it's fine on shared branches.",
        "git revert moves the branch pointer back and rewrites history, and git reset"
        " creates a new commit that undoes the changes.",
    ),
    Case(
        "git-stash",
        "What is git stash for?",
        "git stash saves your uncommitted changes on a stack and resets the working"
        " directory to the last commit, so you can switch branches. git stash pop"
        " reapplies the saved changes later.",
        "It shelves the changes I haven't committed yet and gives me a clean working tree"
        " so I can change branch; later stash pop brings them back.",
        "git stash commits your changes to a hidden branch on the remote so other people"
        " can see them.",
    ),
    Case(
        "git-cherry-pick",
        "What does git cherry-pick do?",
        "It applies the changes of one existing commit onto the current branch as a new"
        " commit with a different hash.",
        "Takes a single commit from somewhere else and replays its changes on my branch,"
        " creating a new commit (new hash).",
        "It moves the whole branch onto another branch and deletes the original commits.",
    ),
    Case(
        "git-detached-head",
        "What is a detached HEAD?",
        "HEAD points directly at a commit instead of at a branch. New commits made there"
        " belong to no branch and can be lost once you check out something else, unless"
        " you create a branch for them.",
        "HEAD refers to a specific commit rather than a branch name, so commits you make"
        " aren't on any branch and may be garbage collected after you switch away, unless"
        " you make a branch.",
        "A detached HEAD means the remote branch was deleted, so you can't commit until you"
        " push again.",
    ),
    Case(
        "git-bisect",
        "How does git bisect find a bug?",
        "You mark one commit as good and one as bad, and git bisect checks out the commit"
        " halfway between them. After each test you mark it good or bad, halving the range"
        " until the first bad commit is found.",
        "You tell it a known good and a known bad commit; it keeps checking out the middle"
        " commit, you say good or bad, and the range is cut in half each time until it lands"
        " on the commit that introduced the bug.",
        "git bisect runs the test suite on every commit from the newest to the oldest and"
        " reports the ones that fail.",
    ),
    Case(
        "git-workflows",
        "Where are Git branching workflows used?",
        "### 1. Feature branches\n\n"
        "Each change is developed on its own branch and merged by pull request.\n\n"
        "* GitHub flow\n* Open-source projects\n* Small web teams\n\n"
        "### 2. Release branches\n\n"
        "A branch is cut for each release and only gets fixes.\n\n"
        "* Mobile apps\n* Packaged desktop software\n* Libraries with versions\n\n"
        "### 3. Trunk-based development\n\n"
        "Everyone commits small changes to main several times a day behind feature flags.\n\n"
        "* Large tech companies\n* Continuous deployment\n* Monorepos\n",
        "Teams use feature branches that get merged through pull requests, release branches"
        " that are cut per version and only take fixes, and trunk-based development where"
        " everyone commits to main often.",
        "Workflows are used in GitHub, GitLab and Bitbucket, mostly by open-source projects.",
    ),
    Case(
        "git-hooks",
        "What are Git hooks?",
        "Git hooks are scripts in .git/hooks that Git runs automatically at certain events,"
        " such as pre-commit or pre-push. A hook that exits with a non-zero status aborts"
        " the action.",
        "Scripts Git calls by itself at points like before a commit or before a push; if"
        " the script fails (non-zero exit), the commit or push is stopped.",
        "Git hooks are links to other repositories that Git downloads when you clone.",
    ),
]


# Round twenty, never tuned on: nine database questions (transactions, locking, indexes,
# backups, kinds of store), written before the twentieth round's fixes. Wrong answers
# reuse the answer's words wrongly; three swap two names that share a word ("dirty
# read" and "phantom read", "clustered" and "non-clustered index"), one model answer is
# a numbered list whose items each hold a sub-list of examples.
TWENTIETH_HELD_OUT: list[Case] = [
    Case(
        "db-mvcc",
        "How does MVCC keep readers and writers from blocking each other?",
        "Each write creates a new version of the row instead of overwriting it. A reader"
        " sees a snapshot: the versions committed before its transaction started. So"
        " readers never wait for writers' locks, and old versions are cleaned up later by"
        " vacuum.",
        "Updates add a fresh copy of the row rather than changing it in place; every"
        " transaction reads from a snapshot of what was committed when it began, so reads"
        " don't have to wait on write locks. Stale copies get garbage collected afterwards.",
        "Each reader locks the row version it reads so writers wait until the snapshot is"
        " committed; old versions are overwritten in place.",
    ),
    Case(
        "db-two-phase-locking",
        "What is two-phase locking?",
        "A transaction acquires all its locks in a growing phase and releases them in a"
        " shrinking phase; once it releases one lock it can't acquire any new lock. This"
        " guarantees serializable schedules but can cause deadlocks.",
        "First the transaction only takes locks, then it only gives them up: after the"
        " first unlock it may not lock anything else. That makes the interleaving"
        " equivalent to some serial order, though transactions may deadlock.",
        "The transaction releases all its locks in the growing phase and acquires new locks"
        " in the shrinking phase, which prevents deadlocks.",
    ),
    Case(
        "db-dirty-phantom-read",
        "What is the difference between a dirty read and a phantom read?",
        "A dirty read sees data another transaction has written but not yet committed. A"
        " phantom read runs the same range query twice and gets new rows that another"
        " transaction inserted in between.",
        "Dirty: you read changes someone else hasn't committed yet (they may roll back)."
        " Phantom: repeating a query with a WHERE range returns extra rows because a"
        " concurrent transaction added matching rows and committed.",
        "A phantom read sees data another transaction has written but not yet committed,"
        " while a dirty read runs the same range query twice and gets new rows.",
    ),
    Case(
        "db-clustered-index",
        "What is the difference between a clustered and a non-clustered index?",
        "A clustered index stores the table's rows themselves in the order of the index"
        " key, so a table can have only one. A non-clustered index is a separate structure"
        " holding the key and a pointer to the row, and a table can have many.",
        "With a clustered index the data rows are physically sorted by the key, which is"
        " why there's just one per table. A non-clustered one lives apart from the data,"
        " keeping keys plus references to the rows, and you can create several.",
        "A non-clustered index stores the rows themselves in key order, so a table can"
        " have only one, while a clustered index is a separate structure with pointers,"
        " and a table can have many.",
    ),
    Case(
        "db-deadlock",
        "How does a database deal with deadlocks between transactions?",
        "The lock manager keeps a wait-for graph of which transaction waits for which. When"
        " it finds a cycle, it aborts one transaction as the victim and rolls it back so"
        " the others can proceed; the application should retry it.",
        "It tracks who's waiting on whom, and if the waits form a loop it picks one"
        " transaction, kills it and undoes its work so the rest can continue; your code"
        " then has to run it again.",
        "The database waits until the deadlocked transactions commit on their own, then"
        " retries the wait-for graph; no transaction is ever rolled back.",
    ),
    Case(
        "db-savepoint",
        "What does a savepoint do?",
        "A savepoint marks a point inside a transaction. ROLLBACK TO SAVEPOINT undoes only"
        " the work done after it, while the transaction stays open and the earlier work is"
        " kept.",
        "It's a named marker in the middle of a transaction; rolling back to it discards"
        " just what came after the marker, leaving the earlier changes and the transaction"
        " itself still going.",
        "A savepoint commits the transaction up to that point, so a later rollback cannot"
        " undo the earlier work and the transaction is closed.",
    ),
    Case(
        "db-nosql-kinds",
        "What kinds of NoSQL databases are there?",
        "1. Key-value stores: look up a value by its key\n"
        "   - Redis\n"
        "   - DynamoDB\n"
        "2. Document stores: keep JSON-like documents\n"
        "   - MongoDB\n"
        "   - CouchDB\n"
        "3. Wide-column stores: rows with flexible columns, spread over many nodes\n"
        "   - Cassandra\n"
        "   - HBase\n"
        "4. Graph databases: nodes and edges for connected data\n"
        "   - Neo4j\n"
        "   - JanusGraph\n",
        "Key-value stores where you fetch by key, document databases holding JSON"
        " documents, wide-column stores with flexible columns across nodes, and graph"
        " databases of nodes and edges.",
        "NoSQL means Redis, MongoDB and Cassandra, which are all just faster versions of MySQL.",
    ),
    Case(
        "db-pg-dump-basebackup",
        "What is the difference between pg_dump and pg_basebackup?",
        "pg_dump writes a logical backup of one database as SQL statements or an archive,"
        " which can be restored into another Postgres version. pg_basebackup copies the"
        " cluster's data files byte for byte, a physical backup used to start replicas or"
        " for point-in-time recovery.",
        "The first exports a single database as a logical dump you can load into a"
        " different Postgres version; the second takes a physical copy of the whole"
        " cluster's files, used to set up a standby or for PITR.",
        "pg_basebackup writes SQL statements for one database, while pg_dump copies the"
        " whole cluster's data files to start replicas.",
    ),
    Case(
        "db-covering-index",
        "What is a covering index?",
        "An index that contains all the columns a query needs, so the query is answered"
        " from the index alone without reading the table (an index-only scan).",
        "When every column the query touches is in the index, the database can answer from"
        " the index without visiting the table rows.",
        "An index that covers every table in the database, so queries need no joins.",
    ),
]

# Round 21: what two new users found with the app's own sample deck and with their own
# notes, in compact cases of each kind (the sample deck's own answers are checked as the
# app reads them in tests/core/test_keysample_answers.py).
TWENTY_FIRST_ROUND: list[Case] = [
    Case(
        "velocity-own-words",
        "What is velocity in big data?",
        "**Velocity** refers to the **speed** at which data is generated and processed; it"
        " describes how **fast data flows** from sources into a system.",
        "It is about how fast data arrives and how quickly you have to handle it.",
        "It is about how many different formats the data comes in.",
    ),
    Case(
        "expansion-one-word-replaced",
        "What does LSTM stand for?",
        "LSTM stands for **Long Short-Term Memory**, a recurrent network whose gates decide"
        " what its cell keeps and forgets.",
        "Long short-term memory: a recurrent net with gates that pick what the cell keeps"
        " or forgets.",
        "Long Short-Term Network, a recurrent net that trains faster than others.",
    ),
    Case(
        "claim-said-the-same",
        "What is a non-idempotent request?",
        "A **non-idempotent request** means that **sending the same request several times"
        " can create different records** on the server.",
        "If you send the same request again and again it may create different records.",
        "Sending the same request several times always creates the same record; you get"
        " different records only with a new form.",
    ),
    Case(
        "formula-by-its-head",
        "What is the bias-variance tradeoff?",
        "Bias is error from wrong assumptions (underfitting); variance is error from"
        " sensitivity to the training set (overfitting). Total expected error = bias² +"
        " variance + irreducible noise.",
        "Bias is error from wrong assumptions, so underfitting; variance is error from"
        " sensitivity to the training data, so overfitting; error = bias^2 + variance +"
        " noise.",
        "Bias is overfitting and variance is underfitting; error = bias + variance.",
    ),
    Case(
        "formula-alone",
        "What is the expected value of a fair die?",
        "$E[X] = \\sum_{i=1}^{6} i \\cdot \\frac{1}{6} = 3.5$",
        "It is 3.5, the mean of the faces 1 to 6.",
        "It is 3, the middle face.",
    ),
]

# Round 22, never tuned on: ten statistics and probability questions (a field no earlier
# held-out set asked about), written before the round's fixes and measured before and
# after them (figures in tests/core/test_keypoint_cases.py). The model answers are notes
# as people keep them: bullets, bold terms, formulas in code or TeX. Each case has a
# right answer in other words (shorter, reordered, formulas said in words), a partly right
# one (some of the points, nothing false) and a wrong one in the answer's own words
# (sides swapped, a relation negated or turned round).
TWENTY_SECOND_HELD_OUT: list[Case] = [
    Case(
        "stats-standard-error",
        "What is the standard error of the mean?",
        "The standard deviation of the sample mean across repeated samples.\n\n"
        "`SE = σ / √n`\n\n"
        "It shrinks as the sample size grows, so bigger samples give more precise"
        " estimates of the mean.",
        "It's how much the sample mean would vary from sample to sample, sigma over the"
        " square root of n; with more data it gets smaller and the estimate is more precise.",
        "The standard deviation of the data itself; it grows as the sample size grows, so"
        " bigger samples give less precise estimates.",
        partial="Sigma divided by root n.",
    ),
    Case(
        "stats-bayes",
        "What does Bayes' theorem say?",
        "It updates a prior belief with evidence:\n\n"
        "$$P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}$$\n\n"
        "- **Prior** P(A): belief before seeing the data\n"
        "- **Likelihood** P(B|A): how probable the evidence is if A holds\n"
        "- **Posterior** P(A|B): updated belief after the evidence",
        "The probability of A given B equals the probability of B given A times the"
        " probability of A, divided by the probability of B. You start from a prior, weigh"
        " it by the likelihood of what you saw, and end with a posterior.",
        "The posterior is the belief before seeing the data and the prior is the updated"
        " belief afterwards; P(A|B) equals P(B|A).",
        partial="You combine the prior with the likelihood of the evidence to get the posterior.",
    ),
    Case(
        "stats-law-large-numbers",
        "What is the law of large numbers?",
        "As the number of trials grows, the sample average converges to the expected"
        " value. It says nothing about the short run: after a streak of losses a win is"
        " not more likely (gambler's fallacy).",
        "With more and more trials the average of the results gets close to the"
        " expectation. It doesn't mean a win is due after a losing streak.",
        "After a streak of losses a win becomes more likely, because the sample average"
        " must converge to the expected value in the short run.",
        partial="The average of many trials approaches the expected value.",
    ),
    Case(
        "stats-mean-median",
        "When would you report the median instead of the mean?",
        "- The **median** is robust to outliers; the **mean** is pulled by extreme values.\n"
        "- On skewed data (incomes, latencies) the mean lies toward the long tail, so the"
        " median describes a typical value better.",
        "When the data is skewed or has outliers, like salaries or response times: a few"
        " extreme values drag the mean toward the tail, while the median barely moves.",
        "The mean is robust to outliers while the median is pulled by extreme values, so"
        " on skewed data report the mean.",
        partial="When there are outliers, since the median isn't affected much by them.",
    ),
    Case(
        "stats-variance-sum",
        "What is the variance of a sum of two random variables?",
        "Var(X + Y) = Var(X) + Var(Y) + 2 Cov(X, Y)\n\n"
        "If X and Y are independent the covariance is zero, so the variances simply add."
        " Standard deviations do not add.",
        "It's the variance of X plus the variance of Y plus twice their covariance; for"
        " independent variables the covariance term drops out and you just add the"
        " variances, but not the standard deviations.",
        "Var(X + Y) = Var(X) + Var(Y) always, because the covariance is never zero; for"
        " independent variables the standard deviations add.",
        partial="For independent variables you add the variances.",
    ),
    Case(
        "stats-mle",
        "What is maximum likelihood estimation?",
        "Pick the parameter values that make the observed data most probable under the"
        " model. In practice you maximize the **log-likelihood**, because the log turns a"
        " product of probabilities into a sum.",
        "You choose the parameters under which the data you actually saw is most likely."
        " Usually you work with the log of the likelihood, since a sum is easier to handle"
        " than a product.",
        "Pick the data that makes the parameter values most probable; the log turns a sum"
        " of probabilities into a product.",
        partial="Choosing parameters that make the observed data most likely.",
    ),
    Case(
        "stats-bonferroni",
        "How does the Bonferroni correction work?",
        "When running m tests, compare each p-value against α / m instead of α. This keeps"
        " the family-wise error rate (the chance of at least one false positive) at most α,"
        " at the cost of power.",
        "Divide the significance level by the number of tests you run and use that as the"
        " threshold for each one; the chance of any false positive across all of them then"
        " stays under alpha, but you lose power.",
        "Multiply the significance level by the number of tests, which raises the"
        " family-wise error rate but gains power.",
        partial="You split alpha by the number of tests.",
    ),
    Case(
        "stats-power",
        "What is statistical power and what increases it?",
        "**Power** = 1 − β: the probability of rejecting the null hypothesis when a real"
        " effect exists.\n\n"
        "Increases with:\n"
        "- a larger sample size\n"
        "- a larger effect size\n"
        "- a higher significance level α",
        "It's the chance that the test detects an effect that really is there, one minus"
        " beta. More data, a bigger effect or a looser alpha all raise it.",
        "Power is the probability of rejecting the null hypothesis when no effect exists;"
        " it increases with a smaller sample size and a smaller effect size.",
        partial="The probability of detecting a true effect; more samples increase it.",
    ),
    Case(
        "stats-bootstrap",
        "What is bootstrapping?",
        "Resample the data **with replacement**, many times, each resample the size of the"
        " original sample. Compute the statistic on each resample; the spread of those"
        " values estimates its standard error or a confidence interval.",
        "You draw samples of the same size from your own data with replacement, thousands"
        " of times, compute the statistic each time, and use how much it varies to get an"
        " interval or a standard error.",
        "You resample the data without replacement, once, and the resample's mean is the"
        " true value of the statistic.",
        partial="Sampling your data again with replacement lots of times and recomputing the statistic.",
    ),
    Case(
        "stats-simpsons-paradox",
        "What is Simpson's paradox?",
        "A trend that appears in every group reverses (or disappears) when the groups are"
        " combined. It happens when a confounding variable, such as group size, is unevenly"
        " distributed across the groups.",
        "When you pool subgroups, a pattern each of them shows can flip direction, because"
        " a lurking confounder is spread unevenly between them.",
        "A trend that appears in the combined data reverses in every group, which happens"
        " when there is no confounding variable.",
        partial="The direction of a trend flips when you merge the groups.",
    ),
]


# Round 23: what a new user found in mocks on the app's own sample deck (resources/decks),
# the stored answers as the deck gives them (tuned on). A point the answer names only as
# what the thing is not ("Train from Scratch" beside fine-tuning, GANs beside
# autoencoders) earned by an answer that says it; a negated central claim ("does not
# imply") that was no point; a fragment cut from "**Temperature = 0** → Makes output
# deterministic"; "vast" not heard as "big".
TWENTY_THIRD_ROUND: list[Case] = [
    Case(
        "sample-fine-tuning",
        "What Does It Mean to Fine-Tune a Model?",
        "**Fine-tuning** is the process of **taking a pre-trained model** and **training it further on a new (usually smaller) dataset** to adapt it for a **specific task or domain**.\n"
        "\n"
        "---\n"
        "\n"
        "### 🚀 Why Fine-Tune Instead of Train from Scratch?\n"
        "\n"
        "| Feature                   | Train from Scratch | Fine-Tuning                            |\n"
        "| ------------------------- | ------------------ | -------------------------------------- |\n"
        "| 🔋 Requires Big Data      | ✅ Yes              | ❌ No (can use small dataset)           |\n"
        "| 🕒 Training Time          | Long               | Shorter                                |\n"
        "| 🧠 Needs Huge Compute     | Yes                | Less (especially if you freeze layers) |\n"
        "| 🎯 Task-Specific Accuracy | Hard to achieve    | Easier to get high accuracy            |\n"
        "\n"
        "---\n"
        "\n"
        "### 🧠 How Fine-Tuning Works\n"
        "\n"
        "Let’s say you're fine-tuning a **language model** like GPT or a **vision model** like ResNet or CLIP:\n"
        "\n"
        "1. **Start with a Pretrained Model**\n"
        "\n"
        "   * Trained on large data (e.g., GPT trained on Common Crawl)\n"
        "\n"
        "2. **Replace / Add Task-Specific Head**\n"
        "\n"
        "   * Example: Add a classification layer or decoder\n"
        "\n"
        "3. **Freeze or Unfreeze Layers**\n"
        "\n"
        "   * Freeze early layers (general features)\n"
        "   * Fine-tune later layers (task-specific features)\n"
        "\n"
        "4. **Train on Your Custom Dataset**\n"
        "\n"
        "   * Few epochs, lower learning rate\n"
        "\n"
        "5. **Evaluate & Save Model**\n"
        "\n"
        "---\n"
        "\n"
        "### 🛠️ Where It's Used\n"
        "\n"
        "| Domain              | Fine-Tuning Example                                         |\n"
        "| ------------------- | ----------------------------------------------------------- |\n"
        "| 🖼️ Computer Vision | Image classification (e.g., fine-tune ResNet on dog breeds) |\n"
        "| 📚 NLP              | Sentiment analysis, Q\\&A (fine-tune BERT, GPT)              |\n"
        "| 🧬 Bioinformatics   | Protein sequence prediction                                 |\n"
        "| 🗣️ Speech          | Fine-tune Whisper or Wav2Vec on dialects                    |\n"
        "| 🤖 Chatbots         | Fine-tune LLaMA, Mistral, GPT models for domain-specific QA |\n"
        "\n"
        "---\n"
        "\n"
        "### 📦 Common Frameworks\n"
        "\n"
        "* **Hugging Face Transformers** (NLP, vision, audio)\n"
        "* **PyTorch / TensorFlow**\n"
        "* **Keras**\n"
        "* **OpenVINO / ONNX** (for optimized deployment)\n"
        "\n"
        "---\n"
        "\n"
        "### 📚 Example (NLP – Hugging Face BERT)\n"
        "\n"
        "```python\n"
        "from transformers import BertForSequenceClassification, Trainer, TrainingArguments\n"
        "\n"
        'model = BertForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)\n'
        "\n"
        "training_args = TrainingArguments(\n"
        '    output_dir="./results",\n'
        "    num_train_epochs=3,\n"
        "    per_device_train_batch_size=8,\n"
        "    learning_rate=2e-5\n"
        ")\n"
        "\n"
        "trainer = Trainer(\n"
        "    model=model,\n"
        "    args=training_args,\n"
        "    train_dataset=my_train_dataset,\n"
        "    eval_dataset=my_eval_dataset\n"
        ")\n"
        "\n"
        "trainer.train()\n"
        "```\n"
        "\n"
        "---\n"
        "\n"
        "### 🎯 Tips for Effective Fine-Tuning\n"
        "\n"
        '* 🔍 **Use a low learning rate** (e.g., `2e-5`) to avoid "forgetting" pre-trained knowledge\n'
        "* 🧊 **Freeze layers** you don’t need to update\n"
        "* 🧪 **Use validation** to avoid overfitting\n"
        "* 📉 **Monitor loss** — sharp drops can mean overfitting\n"
        "\n"
        "---\n"
        "\n"
        "### ✅ Summary\n"
        "\n"
        "| Term        | Meaning                                         |\n"
        "| ----------- | ----------------------------------------------- |\n"
        "| Fine-Tuning | Re-training a pre-trained model on a new task   |\n"
        "| Benefits    | Saves time, needs less data, better performance |\n"
        "| Used In     | NLP, vision, audio, tabular, biomedical, etc.   |\n"
        "| Tools       | Hugging Face, PyTorch, TensorFlow, Keras        |",
        "You take a model that was already pretrained and keep training it on a smaller dataset for your specific task, rather than training from scratch.",
        "Training from scratch with random weights on your data.",
    ),
    Case(
        "sample-correlation",
        "Correlation vs Causation in Data Analysis",
        "![alt text](img/a3be24c8-6c20-4dbc-b1c2-3571ecb4c37c.png)\n"
        "\n"
        "---\n"
        "\n"
        "## 🔹 **1. Correlation – Detailed Explanation**\n"
        "\n"
        "### ✅ **Definition**\n"
        "\n"
        "Correlation refers to a **statistical relationship** or **association** between two or more variables. It measures how closely the variables move in relation to each other.\n"
        "\n"
        "* It **does not imply** that one variable causes the other.\n"
        "* Expressed through a **correlation coefficient** (e.g., Pearson’s *r*), which ranges from -1 to 1:\n"
        "\n"
        "  * +1 = perfect positive correlation\n"
        "  * -1 = perfect negative correlation\n"
        "  * 0 = no correlation\n"
        "\n"
        "### ✅ **Example**\n"
        "\n"
        "> Ice cream sales increase ⬆️ as drowning incidents increase ⬆️.\n"
        "\n"
        "**But does ice cream cause drowning?** No. A third factor — hot weather — is likely influencing both.\n"
        "\n"
        "### ✅ **Types of Correlation**\n"
        "\n"
        "* **Positive Correlation**: Both variables increase together (e.g., height and weight).\n"
        "* **Negative Correlation**: One variable increases while the other decreases (e.g., exercise vs. body fat).\n"
        "* **Zero Correlation**: No relationship (e.g., shoe size and IQ).\n"
        "\n"
        "---\n"
        "\n"
        "## 🔸 **2. Causation – Detailed Explanation**\n"
        "\n"
        "### ✅ **Definition**\n"
        "\n"
        "Causation (or **causality**) implies that **a change in one variable directly results in a change in another**. It's a **cause-effect** relationship.\n"
        "\n"
        "* Requires **more rigorous testing** than correlation.\n"
        "* Typically determined through:\n"
        "\n"
        "  * Controlled experiments\n"
        "  * Randomized control trials (RCTs)\n"
        "  * Statistical modeling (e.g., regression with controls)\n"
        "  * A/B testing\n"
        "\n"
        "### ✅ **Example**\n"
        "\n"
        "> Smoking **causes** lung cancer.\n"
        "> This is **proven** through decades of medical studies, not just because smokers and cancer patients show a statistical link.\n"
        "\n"
        "---\n"
        "\n"
        "## 🔗 **Correlation vs. Causation: Relationship**\n"
        "\n"
        "### ✅ **Key Differences**\n"
        "\n"
        "| Factor              | Correlation                   | Causation                          |\n"
        "| ------------------- | ----------------------------- | ---------------------------------- |\n"
        "| **Connection Type** | Statistical association       | Cause-and-effect                   |\n"
        "| **Evidence Needed** | Observational data            | Experimental or statistical proof  |\n"
        "| **Directionality**  | No implied direction          | One variable **affects** the other |\n"
        "| **Risk**            | Can lead to false conclusions | Requires stronger validation       |\n"
        "\n"
        "---\n"
        "\n"
        "### ⚠️ **Why This Matters in Data Analysis**\n"
        "\n"
        "* **Beginners often mistake correlation for causation.**\n"
        "\n"
        "  * E.g., finding a correlation between social media usage and depression does **not** mean social media causes depression — it could be the reverse, or due to a third variable.\n"
        "\n"
        "* Making **business or policy decisions** based on correlation **without establishing causation** can lead to **wrong investments or outcomes**.\n"
        "\n"
        "---\n"
        "\n"
        "### ✅ **How to Move From Correlation to Causation**\n"
        "\n"
        "* Run **experiments** (A/B testing, RCTs)\n"
        "* Use **control variables** in regression\n"
        "* Apply **Granger causality** in time-series data\n"
        "* Leverage **domain expertise** to hypothesize real causes\n"
        "* Be **cautious with observational data**\n"
        "\n"
        "---\n"
        "\n"
        "### 🎯 Final Summary\n"
        "\n"
        '> **Correlation** tells you **"these things move together."**\n'
        '> **Causation** tells you **"this causes that."**\n'
        "\n"
        "They are **not the same**, but correlation can be a **first step** to discovering causation — if tested and validated carefully.",
        "Correlation is a statistical relationship, an association between variables that move together; it does not imply that one causes the other. Causation is a cause-effect relationship, shown with controlled experiments or A/B testing.",
        "Correlation implies causation: when two variables have a statistical relationship, one causes the other.",
    ),
    Case(
        "sample-non-deterministic",
        "What is Non-Deterministic Output?",
        "**Non-deterministic output** means that **running the same input multiple times can produce different results**.\n"
        "\n"
        "---\n"
        "\n"
        "### 💡 Examples\n"
        "\n"
        "1. **Generative AI** (like ChatGPT, DALL·E, etc.):\n"
        "\n"
        "   * You give the same prompt twice → you might get different responses.\n"
        "   * Why? Because models like GPT use **probabilistic sampling** (e.g., top-k, top-p, temperature) instead of always choosing the highest-likelihood token.\n"
        "\n"
        "2. **Image Generators (e.g., Stable Diffusion)**:\n"
        "\n"
        "   * Even with the same prompt, the random noise seed might vary → leading to a different image each time.\n"
        "\n"
        "3. **Voice Synthesizers**:\n"
        "\n"
        "   * Same text input → slight variation in intonation, timing, or emotion if randomness is allowed.\n"
        "\n"
        "---\n"
        "\n"
        "### 🔧 Why Use Non-Determinism?\n"
        "\n"
        "* **Creativity**: Promotes variety and novelty.\n"
        "* **Human-like behavior**: Adds unpredictability and richness to outputs.\n"
        "* **Exploration**: Useful in brainstorming, art, writing, and design tools.\n"
        "\n"
        "---\n"
        "\n"
        "### 📌 How to Control It (Make it Deterministic)?\n"
        "\n"
        "Most AI tools allow settings like:\n"
        "\n"
        "* **Temperature = 0** → Makes output deterministic (always same result).\n"
        "* **Seed** in image/audio generation → Fixing the seed ensures repeatability.\n"
        "\n"
        "---\n"
        "\n"
        "### ✅ Summary\n"
        "\n"
        "| Term                  | Meaning                                                     |\n"
        "| --------------------- | ----------------------------------------------------------- |\n"
        "| **Deterministic**     | Same input → same output, every time.                       |\n"
        "| **Non-Deterministic** | Same input → different output possible (due to randomness). |",
        "Sending the same prompt twice can give a different result each time, because the model samples. To make it repeatable, set temperature to 0 or fix the seed.",
        "The model always returns the same answer for the same prompt; temperature only changes the speed.",
    ),
    Case(
        "sample-gpt",
        "What does GPT stand for?",
        "* **Generative** ✍️: Designed to generate text—complete sentences, answers, stories, code, and more.\n"
        "* **Pre-trained**: Initially trained on vast amounts of data (books, websites, articles) before being fine-tuned for specific tasks.\n"
        '* **Transformer**: Refers to the neural network architecture introduced by Google in 2017 ("Attention Is All You Need"), which enables models to process and understand sequences of words efficiently.\n'
        "\n"
        "So in full, GPT is a **Generative Pre-trained Transformer**—a model that’s pre-trained to generate coherent and context-aware text using transformer architecture.",
        "Generative Pretrained Transformer: a transformer pretrained on a big corpus of books and web pages, generating text.",
        "General Purpose Technology, a rule-based search engine.",
    ),
    Case(
        "sample-autoencoder",
        "What is an Autoencoder in Generative AI?",
        "An **Autoencoder** is a type of **neural network** used to **compress and reconstruct data**, often images or text. It’s widely used in **generative models** to learn efficient representations and generate new data.\n"
        "\n"
        "---\n"
        "\n"
        "### 🔍 Structure of an Autoencoder\n"
        "\n"
        "| Component           | Purpose                                                      |\n"
        "| ------------------- | ------------------------------------------------------------ |\n"
        "| 🔽 **Encoder**      | Compresses the input into a small latent vector (bottleneck) |\n"
        "| 🧠 **Latent Space** | A compressed version of the input (representation)           |\n"
        "| 🔼 **Decoder**      | Reconstructs the original input from the latent vector       |\n"
        "\n"
        "---\n"
        "\n"
        "### 🧪 Autoencoder Architecture\n"
        "\n"
        "```\n"
        "Input Image → [Encoder] → Latent Vector → [Decoder] → Reconstructed Image\n"
        "```\n"
        "\n"
        "---\n"
        "\n"
        "### 📦 Use Cases in Generative AI\n"
        "\n"
        "| Use Case                               | Explanation                                                                      |\n"
        "| -------------------------------------- | -------------------------------------------------------------------------------- |\n"
        "| 🖼️ **Image Generation**               | Train an autoencoder to generate images from noise or compressed representations |\n"
        "| 🧽 **Denoising Autoencoders**          | Remove noise from corrupted input (e.g., blurry or noisy images)                 |\n"
        "| 🧬 **Variational Autoencoders (VAEs)** | Generate entirely new data similar to the training set                           |\n"
        "| 📉 **Dimensionality Reduction**        | Learn compressed representations (like PCA, but nonlinear)                       |\n"
        "| **Face & Object Reconstruction**    | Reconstruct missing or distorted parts of an image                               |\n"
        "\n"
        "---\n"
        "\n"
        "### 🧠 Difference Between AE & VAE\n"
        "\n"
        "| Feature            | Autoencoder (AE)             | Variational Autoencoder (VAE)           |\n"
        "| ------------------ | ---------------------------- | --------------------------------------- |\n"
        "| Type               | Deterministic                | Probabilistic (adds noise)              |\n"
        "| Generation Ability | Limited                      | Good for **new sample generation**      |\n"
        "| Latent Space       | Fixed vector                 | Learned distribution (usually Gaussian) |\n"
        "| Use in Gen AI      | Basic compression, denoising | True **generative** capability          |\n"
        "\n"
        "---\n"
        "\n"
        "### 💡 Autoencoders vs GANs\n"
        "\n"
        "| Feature        | Autoencoder            | GAN                              |\n"
        "| -------------- | ---------------------- | -------------------------------- |\n"
        "| Main Goal      | Compress & reconstruct | Generate **realistic** samples   |\n"
        "| Output Quality | Blurry                 | High-quality, sharp              |\n"
        "| Training Type  | Self-supervised        | Adversarial (two models compete) |\n"
        "| Stability      | More stable            | Often unstable to train          |\n"
        "\n"
        "---\n"
        "\n"
        "### ✅ Real-World Examples\n"
        "\n"
        "| Application              | Description                                                      |\n"
        "| ------------------------ | ---------------------------------------------------------------- |\n"
        "| 🧠 **FaceNet**           | Uses encoders to represent faces as vectors for recognition      |\n"
        "| 🧹 **Image Cleanup**     | Autoencoders used in Adobe tools to restore old photos           |\n"
        "| 💡 **Data Compression**  | Compress medical images, satellite data, etc.                    |\n"
        "| 🔬 **Anomaly Detection** | Reconstruct normal behavior — anomalies are poorly reconstructed |\n"
        "\n"
        "---\n"
        "\n"
        "### 📌 Summary\n"
        "\n"
        "| 🔍 Feature       | 🔢 Autoencoder                              |\n"
        "| ---------------- | ------------------------------------------- |\n"
        "| Invented For     | Unsupervised feature learning               |\n"
        "| Main Components  | Encoder, Decoder, Latent Space              |\n"
        "| Used In          | Compression, generation, denoising          |\n"
        "| Gen AI Use       | Variational Autoencoders (VAEs) are popular |\n"
        "| Compared To GANs | Easier to train, lower output fidelity      |",
        "A neural network that compresses the input into a small latent vector with an encoder and reconstructs it with a decoder.",
        "A GAN: a generator and a discriminator trained against each other, so the generator learns to make realistic fake images.",
    ),
]


# Round 24: a tester's own data-engineering notes (/tmp/tester1/notes: mixed_sql.md,
# notion_toggles.md), the stored answers verbatim (tuned on). A main clause denied
# ("does not skip partitions") beside a point whose relative clause says "cannot"; a
# list item's subject ("Sinks") never said while its words were, of exactly-once; a
# table of values whose rows are the names the question asks about (no point at all);
# a point cut at "e.g". Two more of the tester's questions, unreported, beside them.
TWENTY_FOURTH_ROUND: list[Case] = [
    Case(
        "tester-partition-pruning",
        "What is partition pruning?",
        "The engine skips partitions whose key cannot match the WHERE filter, e.g."
        " `WHERE dt = '2026-01-01'` reads one folder.",
        "The engine skips any partition whose key can't match the filter in the WHERE"
        " clause, so a filter on the date reads one folder.",
        "The engine does not skip partitions; it reads every partition and filters the rows"
        " afterwards.",
    ),
    Case(
        "tester-delivery",
        "Exactly-once vs at-least-once delivery?",
        "- At-least-once: retries may duplicate records\n"
        "- Exactly-once: idempotent producer + transactions\n"
        "- Sinks must be idempotent or transactional too",
        "At-least-once can duplicate records when it retries; exactly-once needs an"
        " idempotent producer plus transactions, and the sinks must be idempotent or"
        " transactional too.",
        "Exactly-once may duplicate records on retries, while at-least-once uses an"
        " idempotent producer and transactions.",
        partial="At least once may duplicate records on retries. Exactly once needs an"
        " idempotent producer and transactions.",
    ),
    Case(
        "tester-ranks",
        "ROW_NUMBER vs RANK vs DENSE_RANK?",
        "For ties (scores 10, 10, 8):\n"
        "\n"
        "| function | result |\n"
        "|---|---|\n"
        "| ROW_NUMBER | 1, 2, 3 |\n"
        "| RANK | 1, 1, 3 |\n"
        "| DENSE_RANK | 1, 1, 2 |",
        "With scores 10, 10 and 8, ROW_NUMBER gives 1, 2, 3, RANK gives 1, 1, 3 (a gap after"
        " the tie) and DENSE_RANK gives 1, 1, 2.",
        "ROW_NUMBER gives 1, 1, 2, RANK gives 1, 2, 3 and DENSE_RANK gives 1, 1, 3.",
    ),
    Case(
        "tester-broadcast-join",
        "When should you use a broadcast join?",
        "When one side is small (< ~10 MB by default in Spark). The small table is copied to"
        " every executor, avoiding a shuffle.\n"
        "\n"
        "```python\n"
        "from pyspark.sql.functions import broadcast\n"
        'big.join(broadcast(small), "id")\n'
        "```",
        "Use it when one table is small, under about 10 MB by default; Spark copies the small"
        " table to each executor so no shuffle is needed.",
        "When both tables are huge; the big table is copied to every executor, which forces a"
        " shuffle.",
    ),
    Case(
        "tester-index-writes",
        "Why can an index make writes slower?",
        "Every INSERT/UPDATE must also update each index: more I/O and locking.",
        "Each insert or update has to change every index too, which means extra I/O and more"
        " locking.",
        "Because the whole table is rewritten on every read.",
    ),
]

# Round 26: a new user's timed mock interviews on data engineering (Kafka, Spark), the
# model answers verbatim from their notes, the right answers as they typed them, the
# wrong ones written after the round's fixes in the topic's own words.
TWENTY_SIXTH_ROUND: list[Case] = [
    Case(
        "tester-kafka-eos",
        "How does Kafka achieve exactly-once semantics?",
        "Idempotent producers (producer id + sequence numbers), transactions across"
        ' partitions, and consumers with isolation.level="read_committed".',
        "Producers are idempotent: each has a producer id and sequence numbers so retries"
        " are deduplicated by the broker. Transactions let you write atomically across"
        " several partitions, and consumers set isolation.level=read_committed so they only"
        " see committed messages.",
        "Consumers are idempotent: they drop duplicate sequence numbers themselves, and"
        " producers set isolation.level=read_uncommitted to read everything.",
    ),
    Case(
        "tester-kafka-eos-replicas",
        "How does Kafka achieve exactly-once semantics?",
        "Idempotent producers (producer id + sequence numbers), transactions across"
        ' partitions, and consumers with isolation.level="read_committed".',
        "Each producer is idempotent (a producer id plus sequence numbers), writes go into"
        " transactions that span partitions, and consumers read with"
        " isolation.level=read_committed.",
        "Kafka gets exactly-once by replicating every partition three times, and consumers"
        " commit their offsets before processing.",
    ),
    Case(
        "tester-consumer-group",
        "What is a consumer group?",
        "Consumers sharing a group.id split the partitions of a topic; each partition is"
        " read by exactly one consumer in the group.",
        "A consumer group is a set of consumers that share the same group id. The topic's"
        " partitions are divided among them, so each partition is consumed by only one"
        " consumer in the group, which gives parallelism. If a consumer dies the group"
        " rebalances.",
        "Each partition is read by every consumer in the group.",
    ),
    Case(
        "tester-aqe",
        "What is Adaptive Query Execution?",
        "AQE re-optimizes the plan at runtime using shuffle statistics: coalesces"
        " partitions, switches join strategies, and splits skewed partitions.",
        "Spark re-optimizes the query plan while it runs using shuffle statistics: it merges"
        " small shuffle partitions, converts sort-merge joins to broadcast joins, and splits"
        " skewed partitions.",
        "It splits small shuffle partitions into more partitions and merges the skewed ones,"
        " and always uses sort-merge joins.",
    ),
]

# Round 27: a new user's mocks on their own notes (a ChatGPT dump in Markdown, notes copied
# from Word, a sheet's CSV), the typed answers as the screenshots show them; the right
# answer of a case the report gives only a wrong one for (and the other way round) is
# written in the same spirit.
BIAS_VARIANCE_NOTES = (
    "- **Bias**: error from wrong assumptions in the model; high bias underfits.\n"
    "- **Variance**: error from sensitivity to small changes in the training data; high"
    " variance overfits.\n"
    "- **Tradeoff**: more complex models lower bias but raise variance; total error is\n\n"
    "$$\n\\mathbb{E}[(y-\\hat f)^2] = \\text{Bias}^2 + \\text{Var} + \\sigma^2\n$$"
)
TWENTY_SEVENTH_ROUND: list[Case] = [
    Case(
        "tester-copy",
        "What is the difference between deepcopy and copy?",
        "copy.copy makes a shallow copy: a new outer object, but the inner objects are"
        " shared. copy.deepcopy recursively copies the inner objects too.",
        "copy.copy is shallow: it duplicates only the top-level container and the nested"
        " objects are still the same references. copy.deepcopy clones everything"
        " recursively so nested objects are independent.",
        "copy.deepcopy makes a shallow copy: a new outer object but the inner objects are"
        " shared. copy.copy recursively copies the inner objects too.",
    ),
    Case(
        "tester-gradient-descent",
        "What is gradient descent?",
        "An optimisation algorithm that updates parameters in the direction of the negative"
        " gradient: θ ← θ − η ∇L(θ).\nLearning rate η controls the step size.",
        "An optimisation algorithm that moves the parameters against the gradient, downhill"
        " on the loss, step by step. The learning rate sets how big each step is.",
        "An optimisation algorithm that updates parameters in the direction of the positive"
        " gradient to climb the loss. The learning rate controls the number of epochs.",
    ),
    Case(
        "tester-closure",
        "What is a closure?",
        "A nested function that remembers variables from the enclosing scope even after the"
        " outer function has returned.",
        "An inner function that keeps access to the variables of the function around it,"
        " even once that outer function has returned.",
        "A nested function that forgets the variables from the enclosing scope once the"
        " outer function has returned.",
    ),
    Case(
        "tester-precision-recall",
        "What is precision vs recall?",
        "Precision is TP / (TP + FP): of the things we flagged, how many were right. Recall"
        " is TP / (TP + FN): of the real positives, how many we found. Increasing the"
        " threshold usually raises precision and lowers recall.",
        "Precision = true positives / (true positives + false positives), i.e. how many of"
        " our positive predictions are correct. Recall = true positives / (true positives +"
        " false negatives), how many actual positives we caught. Higher threshold: more"
        " precision, less recall.",
        "Precision is TP over TP plus FN and recall is TP over TP plus FP. Raising the"
        " threshold lowers precision and raises recall.",
    ),
    Case(
        "tester-gil",
        "What is the GIL?",
        "The Global Interpreter Lock is a mutex in CPython that lets only one thread execute"
        " Python bytecode at a time. It makes CPU-bound threads not run in parallel, but"
        " I/O-bound threads are fine because the GIL is released while waiting on I/O. Use"
        " multiprocessing for CPU-bound work.",
        "It's CPython's global lock: only one thread can run Python code at any moment. So"
        " threads don't speed up CPU-heavy work, but they're still useful for I/O since the"
        " lock is dropped during blocking I/O. For CPU-heavy work use processes"
        " (multiprocessing).",
        "The GIL lets many threads execute Python bytecode in parallel,\nso CPU-bound threads"
        " run in parallel; the GIL is held while waiting on I/O. No need for"
        " multiprocessing.",
    ),
    Case(
        "tester-decorators",
        "Explain decorators",
        "A decorator is a function that takes a function and returns a new function that"
        " wraps it, adding behaviour without changing its code. `@functools.wraps` keeps the"
        " name and docstring.",
        "A higher-order function: it receives a function and gives back a wrapper function"
        " around it, so you can extend behaviour (logging, caching) without editing the"
        " original. Use functools.wraps to preserve __name__ and the docstring.",
        "A decorator is a class that takes a function and returns the same function"
        " unchanged, changing its code. functools.wraps removes the name and docstring.",
    ),
    Case(
        "tester-cap",
        "What is the CAP theorem?",
        "The CAP theorem says a distributed data store can only guarantee two of the three:"
        " **Consistency** (every read sees the latest write), **Availability** (every"
        " request gets a non-error response) and **Partition tolerance** (the system keeps"
        " working when the network drops messages between nodes). Since partitions happen"
        " anyway, in practice you choose between CP and AP during a partition.\n\n"
        "| System | Choice |\n|---|---|\n| Cassandra | AP |\n| HBase | CP |\n"
        "| Spanner | CP (effectively CA) |",
        "You can only have two of consistency, availability and partition tolerance, and"
        " since partitions happen you really pick CP or AP. Cassandra is AP, HBase is CP.",
        "You only get two out of consistency, availability and partition tolerance."
        " Cassandra is CP.",
    ),
    Case(
        "tester-generator",
        "What is a Python generator?",
        "A function that uses yield; it returns an iterator that produces values lazily, one"
        " at a time, keeping its state between calls.",
        "You define it with yield instead of return. Calling it gives back a lazy iterator"
        " that computes each item on demand and pauses in between, remembering where it"
        " was.",
        "A function that uses return to build the whole list eagerly in memory; it loses its"
        " state between calls.",
    ),
    Case(
        "tester-idempotency",
        "Explain idempotency",
        "An operation is idempotent if applying it twice has the same effect as applying it"
        " once.\nUse idempotency keys on POST so retries don't double-charge.",
        "Doing the same request several times leaves the system in the same state as doing"
        " it once, so retries are safe. Clients send a unique request key with payments so"
        " the server can dedupe a retried charge. Also PUT and DELETE are idempotent",
        "An operation is idempotent if applying it twice has a different effect from"
        " applying it once. POST is idempotent, so retries never need a key.",
    ),
    Case(
        "tester-sort",
        "What is the time complexity of sorting in Python?",
        "Python's `sorted()` uses **Timsort**, a hybrid of merge sort and insertion sort."
        " Worst case is $O(n \\log n)$, best case $O(n)$ on already-sorted data. It is"
        " **stable**.\n\n$$\nT(n) = 2T(n/2) + O(n) \\Rightarrow O(n \\log n)\n$$",
        "sorted() and list.sort() use Timsort (merge sort + insertion sort). O(n log n) in"
        " the worst case, linear when the data is already in order, and equal elements keep"
        " their original order.",
        "sorted() uses quicksort: O(n^2) in the worst case, and it is not stable.",
    ),
    Case(
        "tester-message-queue",
        "What is a message queue?",
        "A message queue decouples producers from consumers.\nProducers send messages, the"
        " broker stores them, and consumers process them asynchronously.\nExamples: Kafka,"
        " RabbitMQ, SQS.",
        "A buffer between services so they are loosely coupled: the sender puts messages on"
        " it, a broker keeps them, and the receivers pull them off later at their own pace,"
        " not in the request path. E.g. Kafka or RabbitMQ.",
        "A message queue couples producers to consumers: consumers send messages and the"
        " producers process them synchronously, in the request path.",
    ),
    Case(
        "tester-bias-variance",
        "What is the bias-variance tradeoff?",
        BIAS_VARIANCE_NOTES,
        "Bias is the error from overly simple assumptions, so the model underfits. Variance"
        " is how much the model changes with different training samples, so it overfits."
        " Making the model more complex reduces bias and increases variance; expected error"
        " = bias squared + variance + irreducible noise.",
        "Bias is error from sensitivity to small changes in the training data; high bias"
        " overfits. Variance is error from wrong assumptions; high variance underfits. More"
        " complex models raise bias and lower variance.",
    ),
    Case(
        "tester-eventual-consistency",
        'What does "eventual consistency" mean?',
        "If no new writes happen, all replicas eventually converge to the same value.\nReads"
        " may return stale data in the meantime.",
        "Once writes stop, every replica ends up with the same value after a while; until"
        " then a read can return an old value.",
        "All replicas converge to the same value immediately on every write, so reads never"
        " return stale data, even while new writes happen.",
    ),
    Case(
        "tester-args-kwargs",
        "What are *args and **kwargs?",
        "*args collects extra positional arguments into a tuple; **kwargs collects extra"
        " keyword arguments into a dict.",
        "*args gathers any additional positional arguments as a tuple, and **kwargs gathers"
        " additional keyword arguments as a dict.",
        "*args collects extra keyword arguments into a dict; **kwargs collects extra"
        " positional arguments into a tuple.",
    ),
]

# Round 28: a frontend developer's mocks on their own notes (a GitHub README of questions,
# topic files, an Anki export, a sheet with a "Notes" column), the typed answers as the
# screenshots show them; where the report gives only a right or only a wrong answer, the
# other is written in the same spirit.
TWENTY_EIGHTH_ROUND: list[Case] = [
    Case(
        "tester-usememo-usecallback",
        "What is the difference between `useMemo` and `useCallback`?",
        "- `useMemo` caches a **computed value**\n"
        "- `useCallback` caches a **function reference**\n"
        "- Both recompute only when their **dependency array** changes\n\n"
        "```tsx\nconst total = useMemo(() => items.reduce((s, i) => s + i.price, 0), [items]);\n"
        "const onAdd = useCallback((id: string) => add(id), [add]);\n```",
        "useMemo caches a computed value (the result of calling the function), useCallback"
        " caches the function reference itself. Both recompute only when something in the"
        " dependency array changes.",
        "useMemo caches a function reference while useCallback caches a computed value. Both"
        " only recompute when the deps array changes.",
    ),
    Case(
        "tester-interface-type",
        "What is the difference between `interface` and `type`?",
        "Interfaces can be **reopened (declaration merging)** and extended with `extends`;"
        " type aliases can express **unions, intersections and mapped types**. For object"
        " shapes either works.",
        "An interface can be reopened later (declaration merging) and extended with extends."
        " A type alias can express unions, intersections and mapped types.",
        "Type aliases can be reopened (declaration merging); interfaces can express unions,"
        " intersections and mapped types.",
    ),
    Case(
        "tester-react-memo",
        "What does `React.memo` do?",
        "It **memoizes a component**: React skips re-rendering it when its **props are"
        " shallowly equal** to the previous props.\n\n"
        "```tsx\nconst Row = React.memo(function Row({ item }: { item: Item }) {\n"
        "  return <li>{item.name}</li>;\n});\n```",
        "It wraps a component so React reuses its last render and does not render it again"
        " if the new props are shallowly equal to the old ones.",
        "It is like useMemo for values: it forces a re-render even when the props are"
        " shallowly equal.",
    ),
    Case(
        "tester-closure-lexical",
        "What is a closure?",
        "A function together with the **lexical scope** it was created in; it keeps access"
        " to those variables after the outer function returns.",
        "A function bundled with the scope where it was defined, so it can still read and"
        " write those variables once the function that made it has returned.",
        "A function that loses access to the outer function's variables after the outer"
        " function returns; only global scope stays.",
    ),
    Case(
        "tester-notes-column",
        "What is idempotency?",
        "An operation is idempotent when applying it twice has the same effect as applying"
        " it once.\n\n**Notes:** asked at Stripe",
        "An operation is idempotent when applying it twice has the same effect as applying"
        " it once.",
        "An operation is idempotent when applying it twice has a different effect from"
        " applying it once.",
    ),
]
