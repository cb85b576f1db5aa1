"""Round 32's held-out set for key points, never tuned on.

Written before the round's fixes, in topics earlier held-out sets touch little:
databases and transactions (isolation levels, MVCC, B-tree indexes, deadlocks, OLTP and
OLAP), networking (NAT, HTTP/2, ARP), machine learning and statistics (imbalanced
classes, k-means, feature scaling, the bootstrap, data leakage), concurrency (condition
variables, compare-and-swap, thread pools, read-write locks), cloud and devops
(infrastructure as code, circuit breakers, retries with backoff, observability), data
structures (hash collisions, tries, a dynamic array's append) and behavioural questions
(a failure, prioritising). The model answers are notes as a person keeps them: a
numbered list of bold terms each with its explanation ("1. **Read committed**: …"), a
bulleted list, a table, a paragraph with bold phrases, plain prose.

Each question has two right answers, the first close to the notes' own words and the
second a paraphrase in a person's own words; one wrong answer that uses the right words
but gets them wrong (sides swapped, a claim reversed or denied); and one partly right
answer (one idea of the notes, the rest left out).

The expected judgement: a right answer earns at least half of the points and more than
the wrong one; a wrong one earns none; a partly right one earns less than the right ones
and more than the wrong one. `figures` (tests/core/test_keypoint_heldout25.py) and
`partly` (tests/core/test_keypoint_heldout31.py) give the figures; `close_and_paraphrased`
(tests/core/test_keypoint_heldout32.py) the right answers' coverage of each kind.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_SECOND_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "isolation-levels",
        "What are the SQL transaction isolation levels?",
        "1. **Read uncommitted**: a transaction can see other transactions' uncommitted"
        " changes (dirty reads)\n"
        "2. **Read committed**: only committed data is seen, but a row read twice can"
        " change\n"
        "3. **Repeatable read**: rows already read stay the same; new rows can still appear"
        " (phantoms)\n"
        "4. **Serializable**: transactions behave as if run one after another",
        (
            "Read uncommitted lets you see dirty, uncommitted data; read committed only shows"
            " committed data but rereading a row may give a new value; repeatable read keeps"
            " rows you've read stable though phantom rows can appear; serializable acts as if"
            " transactions ran one at a time.",
            "From weakest to strongest: the lowest lets you read other transactions'"
            " unfinished writes; the next only shows what's been committed, though a second"
            " read of the same row might differ; then one where rows you've read don't change"
            " but new matching rows may show up; and the strictest, where the result is the"
            " same as running them one by one.",
        ),
        (
            "Serializable lets a transaction see uncommitted changes; read uncommitted runs"
            " transactions one after another; repeatable read allows dirty reads.",
        ),
        ("Read committed only shows committed data.",),
    ),
    HeldOut(
        "mvcc",
        "How does MVCC work?",
        "**Multi-version concurrency control** keeps **several versions of each row**. Each"
        " transaction reads a **snapshot** as of when it started, so **readers don't block"
        " writers** and writers don't block readers. Old versions are **cleaned up later**"
        " (VACUUM in PostgreSQL).",
        (
            "The database keeps multiple versions of a row; a transaction sees a snapshot"
            " from its start, so reads and writes don't block each other, and old versions"
            " get garbage-collected later by vacuum.",
            "Instead of locking, every update writes a new copy of the row; each query looks"
            " at the data as it was when its transaction began, so reading never waits on"
            " writing, and stale copies are purged in the background.",
        ),
        (
            "MVCC keeps one version of each row and locks it, so readers block writers until"
            " the transaction commits; old versions are never cleaned up.",
        ),
        ("Each transaction reads a snapshot of the data.",),
    ),
    HeldOut(
        "btree-index",
        "Why are most database indexes B-trees?",
        "- A **B-tree is balanced**, so every lookup takes **O(log n)** steps\n"
        "- Each node holds **many keys**, so the tree is **shallow** and needs **few disk"
        " reads**\n"
        "- Keys are **kept sorted**, so it also serves **range queries** and ORDER BY",
        (
            "It stays balanced so lookups are O(log n); nodes have many keys each so the tree"
            " is shallow and needs few disk reads; and keys stay sorted so range scans and"
            " ORDER BY work.",
            "Because the tree never gets lopsided, finding a key is logarithmic; each page"
            " fits hundreds of keys, so it's only a few levels deep and a search touches only"
            " a handful of pages on disk; and since entries are in order you can scan a range"
            " like BETWEEN.",
        ),
        (
            "A B-tree is unbalanced and each node holds one key, so it is deep and needs many"
            " disk reads; keys are stored in hash order, so range queries need a full scan.",
        ),
        ("Lookups are O(log n).",),
    ),
    HeldOut(
        "db-deadlock",
        "What is a database deadlock and how do you avoid it?",
        "- Two transactions each **hold a lock the other needs**, so neither can go on\n"
        "- The database **detects the cycle** and **aborts one** as the victim\n"
        "- Avoid it by **locking rows in the same order** everywhere and keeping"
        " **transactions short**",
        (
            "Two transactions each hold a lock the other one wants; the DB notices the cycle"
            " and kills one of them, and you avoid it by always taking locks in a consistent"
            " order and keeping transactions short.",
            "Each transaction waits on something the other has locked, forever. The engine"
            " spots the wait-for loop and rolls one back; to prevent it, acquire rows in the"
            " same sequence in every code path and don't keep transactions open long.",
        ),
        (
            "A deadlock is when one transaction runs too long; the database never detects it,"
            " and you avoid it by locking rows in random order and making transactions"
            " longer.",
        ),
        ("The database picks one transaction and aborts it.",),
    ),
    HeldOut(
        "oltp-olap",
        "What is the difference between OLTP and OLAP?",
        "| | OLTP | OLAP |\n"
        "|---|---|---|\n"
        "| Workload | many **short transactions** (inserts, updates) | **complex analytical"
        " queries** over history |\n"
        "| Storage | **row-oriented**, normalised | **column-oriented**, denormalised (star"
        " schema) |\n"
        "| Optimised for | **low latency** per write | **scanning large volumes** of data |",
        (
            "OLTP handles lots of short transactions like inserts and updates, row-oriented"
            " and normalised, optimised for low-latency writes; OLAP runs complex analytical"
            " queries over historical data, stored in columns and denormalised, optimised for"
            " scanning lots of data.",
            "OLTP is the app's operational database: loads of small reads and writes, each"
            " needs to be quick, data stored row by row. OLAP is the warehouse for reporting:"
            " big aggregations over years of data, in columnar star schemas built to scan"
            " huge volumes.",
        ),
        (
            "OLTP is column-oriented and runs complex analytical queries; OLAP handles many"
            " short transactions in a row-oriented store.",
        ),
        ("OLAP is for complex analytical queries.",),
    ),
    HeldOut(
        "nat",
        "What does NAT do?",
        "**Network address translation** lets many devices on a **private network share one"
        " public IP address**. The router **rewrites the source address and port** of"
        " outgoing packets and **keeps a table** to send replies back to the right device.",
        (
            "NAT lets lots of devices in a private network share one public IP; the router"
            " rewrites the source address and port on the way out and remembers the mapping"
            " in a table so replies get back to the right machine.",
            "Your home router hides all the internal machines behind its single"
            " internet-facing address: it swaps their internal IP and port for its own when"
            " packets leave and keeps a lookup of those swaps so responses can be forwarded"
            " to whoever asked.",
        ),
        (
            "NAT gives every device on a private network its own public IP address, and the"
            " router never rewrites the packets' addresses.",
        ),
        ("Many devices share one public IP address.",),
    ),
    HeldOut(
        "http2",
        "What did HTTP/2 improve over HTTP/1.1?",
        "- **Multiplexing**: many requests and responses at once over **one TCP"
        " connection**\n"
        "- **Header compression** (HPACK)\n"
        "- A **binary framing layer** instead of text\n"
        "- It still suffers **head-of-line blocking at the TCP level**, which HTTP/3 (QUIC)"
        " removes",
        (
            "Multiplexing many requests over a single TCP connection, compressed headers with"
            " HPACK, binary framing instead of text. But TCP-level head-of-line blocking"
            " remains, which HTTP/3 over QUIC fixes.",
            "You can have lots of streams in flight on one connection instead of opening"
            " several; headers are squeezed; the protocol is binary frames rather than plain"
            " text. A lost packet still stalls everything on that connection though, which is"
            " why HTTP/3 moved to QUIC.",
        ),
        (
            "HTTP/2 opens a new TCP connection per request, sends headers as uncompressed"
            " text and removes all head-of-line blocking.",
        ),
        ("It multiplexes requests over one connection.",),
    ),
    HeldOut(
        "arp",
        "What does ARP do?",
        "ARP maps an IP address to a MAC address on a local network. A host broadcasts"
        ' "who has this IP?", the owner replies with its MAC address, and the answer is'
        " cached for a while.",
        (
            "ARP finds the MAC address for an IP on the LAN: it broadcasts asking who has the"
            " IP, the owner answers with its MAC, and the result is cached.",
            "To send a frame on the local network you need the hardware address, so the"
            " machine shouts to everyone 'whoever has 10.0.0.5, tell me', that machine"
            " responds with its hardware address, and it's remembered for a while.",
        ),
        ("ARP maps a domain name to an IP address by asking a DNS server; nothing is cached.",),
        ("It resolves an IP address to a MAC address.",),
    ),
    HeldOut(
        "imbalanced",
        "How do you handle an imbalanced dataset?",
        "- Use metrics that see the minority class: **precision, recall, F1, PR-AUC**, not"
        " accuracy\n"
        "- **Resample**: oversample the minority (e.g. **SMOTE**) or undersample the"
        " majority\n"
        "- Give the minority class a **higher weight in the loss**\n"
        "- **Tune the decision threshold**",
        (
            "Don't trust accuracy, look at precision/recall, F1 or PR-AUC; oversample the"
            " minority with something like SMOTE or undersample the majority; weight the rare"
            " class more in the loss; and move the decision threshold.",
            "Accuracy is misleading there, so judge with recall and precision. Either"
            " duplicate or synthesise rare examples, or throw away some common ones; make"
            " errors on the rare class cost more during training; and pick a cutoff other"
            " than 0.5.",
        ),
        (
            "Use accuracy as the metric, since it reflects the minority class; oversample the"
            " majority class and give it a higher weight in the loss.",
        ),
        ("Oversample the minority class.",),
    ),
    HeldOut(
        "kmeans",
        "How does k-means clustering work?",
        "1. **Initialise**: pick k centroids (e.g. with k-means++)\n"
        "2. **Assign**: each point goes to its nearest centroid\n"
        "3. **Update**: move each centroid to the mean of its points\n"
        "4. **Repeat** until the assignments stop changing",
        (
            "Pick k initial centroids, assign each point to the nearest centroid, recompute"
            " each centroid as the mean of its points, and repeat until assignments don't"
            " change.",
            "Start with k centres chosen somehow (k-means++ spreads them out), give every"
            " sample to whichever centre is closest, shift each centre to the average of its"
            " members, and loop until nothing moves.",
        ),
        (
            "Each point is assigned to the farthest centroid, and the centroids are moved to"
            " the median of all the points; it stops after one pass.",
        ),
        ("Each point is assigned to its closest centroid.",),
    ),
    HeldOut(
        "feature-scaling",
        "Why scale features before training?",
        "- **Gradient descent converges faster** when features have similar ranges\n"
        "- **Distance-based models** (k-NN, k-means, SVM) would otherwise be **dominated by"
        " large-valued features**\n"
        "- **Regularisation** penalises coefficients fairly only on a common scale\n"
        "- **Tree models don't need it**",
        (
            "Gradient descent converges faster with similar ranges; distance-based methods"
            " like kNN or SVM get dominated by features with big values; regularization is"
            " only fair on a common scale; trees don't need it.",
            "If one column is in the thousands and another between 0 and 1, the optimiser"
            " zig-zags and takes longer, and anything computing distances basically only sees"
            " the big column. The L2 penalty also hits coefficients unevenly. Decision trees"
            " split on thresholds, so they don't care.",
        ),
        (
            "Scaling makes tree models much more accurate, and distance-based models like"
            " k-NN are not affected by feature ranges; gradient descent converges slower.",
        ),
        ("So gradient descent converges faster.",),
    ),
    HeldOut(
        "bootstrap",
        "What is bootstrapping in statistics?",
        "**Resampling with replacement** from the observed sample, many times, to"
        " **estimate the sampling distribution** of a statistic. The spread of the statistic"
        " across resamples gives its **standard error** or a **confidence interval**,"
        " **without assuming a distribution**.",
        (
            "You resample your data with replacement many times, compute the statistic each"
            " time to estimate its sampling distribution, and use the spread for the standard"
            " error or a confidence interval, with no distributional assumption.",
            "Draw new datasets of the same size from your own data, allowing repeats,"
            " thousands of times; how much the mean varies across them tells you its"
            " uncertainty, e.g. a percentile interval, without needing normality.",
        ),
        (
            "Bootstrapping samples without replacement once and assumes the data is normally"
            " distributed to compute the standard error.",
        ),
        ("Sampling with replacement from the data.",),
    ),
    HeldOut(
        "data-leakage",
        "What is data leakage in machine learning?",
        "**Data leakage** is when information that **would not be available at prediction"
        " time** gets into training, so **validation scores look better than real"
        " performance**. Common causes: **fitting preprocessing on the whole dataset**"
        " before splitting, and **features derived from the target**.",
        (
            "Training on information you wouldn't have at prediction time, so validation"
            " looks better than reality; e.g. fitting a scaler on the whole dataset before"
            " the split, or features computed from the target.",
            "The model gets to peek at something it won't see in production, so offline"
            " metrics are inflated. Classic cases: normalising with statistics from train and"
            " test together, or a column that's basically the label in disguise.",
        ),
        (
            "Data leakage is when training data is lost during preprocessing, so validation"
            " scores are lower than real performance; fitting preprocessing on the whole"
            " dataset prevents it.",
        ),
        ("Validation scores look better than they really are.",),
    ),
    HeldOut(
        "condition-variable",
        "What is a condition variable?",
        "A **condition variable** lets a thread **wait until a condition becomes true**,"
        " **releasing its mutex while it waits**. Another thread changes the state and"
        " **signals (notifies)** it. The waiter must **re-check the condition in a loop**,"
        " because of **spurious wakeups**.",
        (
            "A thread waits on it until some condition holds, giving up the mutex while"
            " waiting; another thread notifies it after changing the state; you re-check the"
            " condition in a while loop because of spurious wakeups.",
            "It's a way to sleep until another thread tells you something changed: you block"
            " on it and the lock you held is let go meanwhile, the other side calls notify,"
            " and since you can be woken for no reason you test the predicate again in a"
            " loop.",
        ),
        (
            "A condition variable is a lock that a thread holds while it waits; it never"
            " releases the mutex, and a single if check is enough since wakeups only happen"
            " on a signal.",
        ),
        ("A thread waits until another one signals it.",),
    ),
    HeldOut(
        "cas",
        "What is compare-and-swap (CAS)?",
        "An **atomic instruction**: it **writes a new value only if the memory still holds"
        " the expected value**, and reports whether it did. **Lock-free** structures loop"
        " on it, **retrying** when another thread got there first. Beware the **ABA"
        " problem**.",
        (
            "An atomic CPU instruction that sets a new value only if the location still"
            " contains the expected old value, and tells you whether it succeeded; lock-free"
            " code retries it in a loop; watch out for ABA.",
            "Hardware does 'if it's still X, make it Y' in one indivisible step and says if"
            " it worked. Lock-free algorithms just try again if someone else changed it in"
            " between. The catch is a value going from A to B and back to A looks unchanged.",
        ),
        (
            "CAS takes a lock, always writes the new value whatever the memory holds, and"
            " never needs a retry; it is how a mutex blocks threads.",
        ),
        ("It's an atomic operation.",),
    ),
    HeldOut(
        "thread-pool",
        "Why use a thread pool?",
        "- **Reuses a fixed set of threads** instead of creating one per task, which is"
        " **expensive**\n"
        "- **Bounds concurrency**, so a burst of tasks can't exhaust memory or CPU\n"
        "- Tasks wait in a **queue** until a worker is free",
        (
            "It reuses a fixed number of threads rather than creating one per task, which is"
            " expensive; it caps concurrency so a burst can't exhaust resources; extra tasks"
            " wait in a queue for a free worker.",
            "Spawning a thread for every job is costly, so you keep some workers alive and"
            " hand them jobs; that also limits how many run at once so a flood of requests"
            " doesn't eat all the memory, and the rest line up until a worker frees up.",
        ),
        (
            "A thread pool creates a new thread for each task, so concurrency is unbounded"
            " and there is no queue.",
        ),
        ("It reuses threads instead of creating new ones.",),
    ),
    HeldOut(
        "rwlock",
        "What is a read-write lock?",
        "- **Many readers** can hold it **at the same time**\n"
        "- A **writer needs exclusive access**: no readers and no other writer\n"
        "- Good when **reads far outnumber writes**; a steady stream of readers can"
        " **starve writers**",
        (
            "Lots of readers can hold it concurrently, but a writer gets exclusive access"
            " with nobody else in; it pays off when reads vastly outnumber writes, though"
            " writers can be starved by constant readers.",
            "Readers share it, several at the same moment; whoever writes has to be alone in"
            " there. Worth it for read-heavy data, but if readers keep arriving the writer"
            " may never get in.",
        ),
        (
            "Only one reader at a time can hold it, while many writers can write at the same"
            " time; writers can never be starved.",
        ),
        ("Several readers can hold it at once.",),
    ),
    HeldOut(
        "iac",
        "What is infrastructure as code?",
        "Defining servers, networks and other infrastructure in **version-controlled"
        " files** (Terraform, CloudFormation) instead of clicking in a console. Changes are"
        " **reviewed like code**, environments are **reproducible**, and the tool **computes"
        " the diff** between the declared and the real state and applies it.",
        (
            "You describe servers and networks in files kept in version control (Terraform,"
            " CloudFormation) instead of clicking around the console; changes get code"
            " review, environments are reproducible, and the tool diffs the declared state"
            " against the real one and applies it.",
            "The cloud setup lives in git as config, so a pull request changes the infra and"
            " gets reviewed, you can stand up an identical copy any time, and running the"
            " plan shows what differs from what's deployed before applying.",
        ),
        (
            "Infrastructure as code means configuring servers by hand in the console and"
            " writing down what you did in a wiki; environments differ each time.",
        ),
        ("Infrastructure is defined in files in version control.",),
    ),
    HeldOut(
        "circuit-breaker",
        "What is a circuit breaker in microservices?",
        "- **Closed**: calls pass through; failures are counted\n"
        "- **Open**: after **too many failures**, calls **fail fast** without reaching the"
        " service\n"
        "- **Half-open**: after a **timeout**, a few **trial calls** decide whether to close"
        " it again",
        (
            "In the closed state requests go through and failures are counted; once failures"
            " pass a threshold it opens and calls fail immediately without hitting the"
            " service; after a timeout it goes half-open and lets a few test requests through"
            " to decide whether to close again.",
            "Normally traffic flows and errors are tallied. Too many errors and it trips:"
            " callers get an error straight away instead of waiting on a dead service. After"
            " a cool-down it lets a couple of probe requests through, and if they succeed"
            " things go back to normal.",
        ),
        (
            "When the breaker is open, calls pass through and failures are counted; when it"
            " is closed, every call fails fast. It never tries the service again.",
        ),
        ("After too many failures, calls fail fast.",),
    ),
    HeldOut(
        "backoff",
        "Why retry with exponential backoff and jitter?",
        "Exponential backoff doubles the wait after each failed attempt, so a struggling"
        " service gets time to recover instead of being hammered. Jitter adds randomness to"
        " the waits so that many clients don't retry in sync (a thundering herd). Cap the"
        " number of retries, and only retry idempotent operations.",
        (
            "Backoff doubles the delay after each failure so the overloaded service can"
            " recover rather than being hammered; jitter randomises the delays so clients"
            " don't all retry in sync; cap the retries and only retry idempotent calls.",
            "Waiting 1s, 2s, 4s between attempts gives the other side room to come back."
            " Adding a random offset stops every client from hitting it again at exactly the"
            " same instant. And don't retry forever, or retry things that aren't safe to"
            " repeat.",
        ),
        (
            "Exponential backoff retries immediately and as often as possible; jitter makes"
            " all clients retry in sync so the service recovers faster.",
        ),
        ("Wait longer after each failed attempt.",),
    ),
    HeldOut(
        "observability",
        "What are the three pillars of observability?",
        "- **Metrics**: numbers over time (rates, latencies), cheap to store, good for"
        " **alerting**\n"
        "- **Logs**: timestamped records of **discrete events**, with detail\n"
        "- **Traces**: follow **one request across services**, showing where the time goes",
        (
            "Metrics are numeric time series like error rate and latency, cheap, used for"
            " alerts; logs are timestamped records of events with detail; traces follow a"
            " single request through the services to show where time is spent.",
            "Counters and gauges you graph and alert on; text records of each thing that"
            " happened; and distributed tracing, which stitches one request's path through"
            " every service together so you see the slow hop.",
        ),
        (
            "Metrics follow one request across services; traces are numbers over time used"
            " for alerting; logs are not part of it.",
        ),
        ("Metrics, which are numbers over time used for alerting.",),
    ),
    HeldOut(
        "hash-collisions",
        "How does a hash table handle collisions?",
        "- **Separate chaining**: each bucket holds a **list of the entries** that hash to"
        " it\n"
        "- **Open addressing**: on a collision, **probe for another free slot** (linear,"
        " quadratic, double hashing)\n"
        "- Keep the **load factor** low by **resizing and rehashing**; lookups stay **O(1)"
        " on average**",
        (
            "With chaining each bucket keeps a list of the entries that hash there; with open"
            " addressing you probe for another free slot (linear or quadratic probing, double"
            " hashing); and you resize and rehash when the load factor gets high so lookups"
            " stay O(1) on average.",
            "Either every slot points to a little list of all the keys that landed there, or"
            " you go looking for another empty slot in the array itself. Either way you grow"
            " the table and re-insert everything once it gets too full, which keeps average"
            " lookups constant time.",
        ),
        (
            "On a collision the new entry overwrites the old one; the table never resizes,"
            " so lookups become O(n) on average.",
        ),
        ("Each bucket keeps a list of the colliding entries.",),
    ),
    HeldOut(
        "trie",
        "What is a trie and when would you use it?",
        "A **trie (prefix tree)** stores strings **one character per edge**, so words with a"
        " **common prefix share a path**. Looking up a word takes **O(length of the word)**,"
        " independent of how many words are stored. Used for **autocomplete** and **prefix"
        " search**.",
        (
            "A prefix tree: each edge is a character, words sharing a prefix share a path,"
            " lookup is O(length of the word) regardless of how many words are stored, used"
            " for autocomplete and prefix searches.",
            "A tree where you walk down letter by letter, so 'car' and 'cart' share the same"
            " first three nodes. Finding a key costs as many steps as it has characters, no"
            " matter how big the dictionary is. Good for search-box suggestions.",
        ),
        (
            "A trie stores each whole word in a hash bucket, so words with a common prefix"
            " share nothing; a lookup takes O(n) in the number of words stored.",
        ),
        ("It's a tree used for autocomplete.",),
    ),
    HeldOut(
        "dynamic-array",
        "Why is appending to a dynamic array amortised O(1)?",
        "A dynamic array **doubles its capacity** when it is full and **copies the"
        " elements** to the new storage. A copy costs O(n), but it happens so rarely that"
        " **n appends cost O(n) in total**: **amortised O(1)** each. Growing by a **constant"
        " amount** instead would make appends O(n) amortised.",
        (
            "When it's full it doubles its capacity and copies everything over; that copy is"
            " O(n) but rare enough that n appends cost O(n) in total, so O(1) amortised each."
            " Growing by a constant amount would make it O(n) per append.",
            "Most appends just write into spare room; occasionally the array runs out and"
            " reallocates twice as big, moving every element. Spread over all the appends"
            " that expensive step averages to constant time. Adding, say, 10 slots each time"
            " wouldn't give that.",
        ),
        (
            "Every append copies the whole array into a new one of size n + 1, so each"
            " append is O(1) in the worst case; doubling the capacity would make it O(n).",
        ),
        ("It doubles its capacity when it is full.",),
    ),
    HeldOut(
        "failure",
        "Tell me about a time you failed.",
        "- Pick a **real failure** with consequences, not a disguised strength\n"
        "- **Own your part** without blaming others\n"
        "- Say what you **learned** and what you **changed afterwards**, ideally with a"
        " later success",
        (
            "Choose a genuine failure that mattered, not a strength in disguise; own your"
            " part instead of blaming teammates; explain what you learned and what you"
            " changed afterwards, ideally showing it worked later.",
            "Tell a true story where something actually went wrong, admit what was on me"
            " rather than pointing at others, and finish with the lesson and how I've worked"
            " differently since.",
        ),
        (
            "Describe a strength dressed up as a failure, like working too hard, and explain"
            " that it was mostly the others' fault, so you had nothing to learn.",
        ),
        ("Say what you learned from it.",),
    ),
    HeldOut(
        "prioritise",
        "How do you prioritise when everything is urgent?",
        "1. **Clarify impact**: ask what each task affects and what the real deadlines"
        " are\n"
        "2. **Rank by impact and effort**, e.g. with an urgent/important matrix\n"
        "3. **Communicate trade-offs** to stakeholders and agree what waits\n"
        "4. **Revisit** the order as things change",
        (
            "First clarify the impact and the real deadlines of each task, rank them by"
            " impact versus effort (something like an urgent/important matrix), tell"
            " stakeholders about the trade-offs and agree what waits, and revisit the order"
            " as things change.",
            "I'd find out what actually breaks if each thing slips and when it's really due,"
            " order them by value against cost, be upfront with the people asking about what"
            " will have to wait, and re-plan when new information comes in.",
        ),
        (
            "Work on whatever arrived first, don't bother stakeholders with trade-offs, and"
            " never revisit the order once it is set.",
        ),
        ("Rank the tasks by impact.",),
    ),
]
