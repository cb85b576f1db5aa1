"""Round 31's held-out set for key points, never tuned on.

Written before the round's fixes, in topics no earlier held-out set has: security
(salting passwords, CSRF, XSS, least privilege, TLS, OAuth), operating systems (a
process and a thread, virtual memory, a context switch, deadlock, a system call, a page
fault), the frontend (event bubbling, the virtual DOM, CSS specificity, debounce and
throttle), statistics (the p-value, a confidence interval, type I and type II errors,
the central limit theorem), system design (write-through and write-back caches, a
token bucket, a CDN, a load balancer's health checks) and behavioural questions (the
STAR method, a disagreement with a colleague). The model answers are notes as a person
keeps them: a bold word with its explanation in a list, a table, a numbered list, a
short paragraph.

Each question has one right answer in a person's own words (paraphrased, sometimes
terse), one wrong one (a plausible misconception, two terms swapped, a negation) and one
partly right one (part of the notes said, the rest left out).

The expected judgement: a right answer earns at least half of the points and more than
the wrong one; a wrong one earns none; a partly right one earns less than the right one
and more than the wrong one. `figures` (in tests/core/test_keypoint_heldout25.py) gives
the mean coverage of the right answers, of the wrong ones and the share of questions
where the right one covers more; `partly` (in tests/core/test_keypoint_heldout31.py)
the partly right answers' mean coverage.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_FIRST_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "salt",
        "Why do we salt passwords before hashing them?",
        "- A **salt** is a random value stored beside each password and mixed into its hash\n"
        "- Two users with the same password get **different hashes**\n"
        "- It defeats **precomputed rainbow tables**",
        (
            "You add a random per-user string to the password before hashing, so identical"
            " passwords don't produce identical hashes and attackers can't use lookup tables"
            " computed in advance.",
        ),
        (
            "The salt is a secret key shared by all users, so the same password always gives"
            " the same hash and rainbow tables work faster.",
        ),
        ("It stops rainbow-table attacks.",),
    ),
    HeldOut(
        "csrf",
        "What is CSRF and how do you prevent it?",
        "**Cross-site request forgery**: another site makes the victim's browser send a"
        " request to your site, and the browser attaches the victim's cookies. Prevent it"
        " with an **anti-CSRF token** in each form and **SameSite cookies**.",
        (
            "A malicious page gets the user's browser to fire a request at our app, and the"
            " session cookie goes along automatically. Fix: a per-form random token the"
            " server checks, plus SameSite on the cookies.",
        ),
        (
            "CSRF is when an attacker injects a script into your page that runs in other"
            " users' browsers; you prevent it by escaping output.",
        ),
        ("Another site tricks the browser into sending a request with the user's cookies.",),
    ),
    HeldOut(
        "xss",
        "What is cross-site scripting (XSS)?",
        "An attacker gets their **script to run in another user's browser** on your site,"
        " usually through input that is shown **without escaping**. Defend with output"
        " encoding and a **Content Security Policy**.",
        (
            "Untrusted input is rendered into the page unescaped, so someone's JavaScript"
            " executes for other visitors. Escape/encode what you output and set a CSP"
            " header.",
        ),
        (
            "XSS is when another site makes the victim's browser send a forged request with"
            " their cookies; a CSRF token stops it.",
        ),
        ("Injected JavaScript runs in other users' browsers.",),
    ),
    HeldOut(
        "least-privilege",
        "What is the principle of least privilege?",
        "Give each user, process or service **only the permissions it needs** for its job,"
        " and no more, so a compromised account **limits the damage**.",
        (
            "Grant the minimum access needed to do the task; if something is breached, the"
            " attacker can do little beyond it.",
        ),
        (
            "Give every service admin rights so it never fails for lack of permission;"
            " breaches are handled by monitoring.",
        ),
        ("Only the permissions a job needs.",),
    ),
    HeldOut(
        "tls-handshake",
        "What happens in a TLS handshake?",
        "1. The client and server agree on a **cipher suite**\n"
        "2. The server sends its **certificate**, which the client verifies\n"
        "3. They run a **key exchange** (e.g. ECDHE) to derive a shared **session key**\n"
        "4. The rest of the connection is encrypted with that symmetric key",
        (
            "They negotiate which ciphers to use, the server presents a cert the client"
            " checks against trusted CAs, then a Diffie-Hellman exchange gives both sides the"
            " same symmetric key, and traffic is encrypted with it from then on.",
        ),
        (
            "The client sends its certificate to the server, and all the traffic is then"
            " encrypted with the server's private key.",
        ),
        ("The server shows its certificate and the client checks it.",),
    ),
    HeldOut(
        "oauth-authz",
        "What is the difference between OAuth 2.0 and OpenID Connect?",
        "| | OAuth 2.0 | OpenID Connect |\n"
        "|---|---|---|\n"
        "| Purpose | **authorization**: delegated access to an API | **authentication**:"
        " who the user is |\n"
        "| Gives | an **access token** | an **ID token** (a JWT) as well |",
        (
            "OAuth is about authorisation, letting an app call an API on my behalf with an"
            " access token. OIDC sits on top of it for logging in: it tells you who the user"
            " is with an ID token, a JWT.",
        ),
        (
            "OAuth 2.0 is for authentication and returns an ID token; OpenID Connect is for"
            " authorization and only returns access tokens.",
        ),
        ("OAuth gives an access token to call APIs for the user.",),
    ),
    HeldOut(
        "process-thread",
        "What is the difference between a process and a thread?",
        "- A **process** has its **own address space**; processes are isolated from each"
        " other\n"
        "- **Threads** of one process **share its memory** and open files\n"
        "- Switching threads is cheaper than switching processes",
        (
            "Each process gets a separate memory space, isolated. Threads live inside a"
            " process and all see the same heap and file handles; a switch between threads"
            " costs less than between processes.",
        ),
        (
            "Threads each have their own address space, while processes share memory, so"
            " switching processes is cheaper.",
        ),
        ("Processes don't share memory with each other.",),
    ),
    HeldOut(
        "virtual-memory",
        "What is virtual memory?",
        "Each process sees its own **virtual address space**; the MMU **translates virtual"
        " addresses to physical ones** through **page tables**, and pages not in RAM can be"
        " kept on disk.",
        (
            "Every process gets a private range of addresses; the hardware maps them to real"
            " RAM using page tables, and pages can be swapped out to disk.",
        ),
        (
            "Virtual memory is the part of the disk the CPU uses as a faster cache in front"
            " of RAM; all processes share one address space.",
        ),
        ("Page tables map virtual addresses to physical memory.",),
    ),
    HeldOut(
        "context-switch",
        "What happens during a context switch?",
        "The kernel **saves the registers and program counter** of the running thread,"
        " **picks the next one** with the scheduler and **restores its saved state**. It"
        " costs time and **flushes caches and the TLB** (between processes).",
        (
            "The OS stores the current thread's CPU state (registers, PC), the scheduler"
            " chooses who runs next, and that thread's state is loaded back. It's overhead,"
            " and switching process also throws away TLB entries and cold caches.",
        ),
        (
            "A context switch copies the whole memory of the process to disk and is free,"
            " since caches are kept.",
        ),
        ("The CPU's registers are saved and the next thread's loaded.",),
    ),
    HeldOut(
        "deadlock",
        "What are the conditions for a deadlock?",
        "The four **Coffman conditions**, all needed at once:\n"
        "- **Mutual exclusion**: a resource is held by one thread at a time\n"
        "- **Hold and wait**: a thread holds one resource while waiting for another\n"
        "- **No preemption**: a resource cannot be taken away\n"
        "- **Circular wait**: a cycle of threads each waiting on the next",
        (
            "All four together: resources are exclusive, a thread keeps what it has while"
            " asking for more, nobody can forcibly take a lock back, and there is a loop of"
            " threads each waiting for the next one's resource.",
        ),
        (
            "A deadlock needs only one of them: resources can be shared, a thread releases"
            " everything before waiting, and resources can be preempted.",
        ),
        ("Mutual exclusion and a circular wait.",),
    ),
    HeldOut(
        "syscall",
        "What is a system call?",
        "A **request from a user program to the kernel** for something it may not do"
        " itself (I/O, memory, processes). The CPU **switches from user mode to kernel"
        " mode**, runs the handler and returns.",
        (
            "It's how an application asks the OS to do privileged work like reading a file:"
            " a trap into kernel mode, the kernel does it, then back to user mode.",
        ),
        (
            "A system call is a normal library function that runs in user mode, with no"
            " switch to the kernel.",
        ),
        ("A program asking the kernel to do I/O for it.",),
    ),
    HeldOut(
        "page-fault",
        "What is a page fault?",
        "An exception raised when a program touches a page that is **not in physical"
        " memory**. The OS **loads the page from disk** and retries the instruction; an"
        " access to an **invalid address** ends in a segmentation fault.",
        (
            "The program accessed a page that isn't currently in RAM, so the kernel fetches"
            " it from disk/swap and reruns the instruction. If the address isn't mapped at"
            " all you get a segfault.",
        ),
        (
            "A page fault means the program has a bug and is always killed with a"
            " segmentation fault.",
        ),
        ("The page isn't in RAM, so the OS loads it.",),
    ),
    HeldOut(
        "event-bubbling",
        "What is event bubbling in the DOM?",
        "An event fired on an element **runs its handlers and then its ancestors'**, up to"
        " the document. `stopPropagation()` stops it. **Event delegation** uses it: one"
        " listener on a parent handles its children's events.",
        (
            "The event goes up from the target through each parent; you can halt it with"
            " stopPropagation, and it's what lets you put a single handler on a container"
            " for all its children.",
        ),
        (
            "Bubbling means the event goes down from the document to the target, and"
            " preventDefault stops it from reaching the children.",
        ),
        ("It travels up through the parents.",),
    ),
    HeldOut(
        "virtual-dom",
        "What is the virtual DOM?",
        "- An **in-memory tree** describing the UI\n"
        "- On a change, the new tree is **diffed against the old** one\n"
        "- Only the **differences are applied to the real DOM**",
        (
            "A lightweight JS copy of the page structure; when state changes React compares"
            " the new copy with the previous one and patches just what changed in the"
            " browser's DOM.",
        ),
        (
            "The virtual DOM is a second browser DOM; on each change the whole real DOM is"
            " thrown away and rebuilt.",
        ),
        ("A copy of the UI kept in memory.",),
    ),
    HeldOut(
        "css-specificity",
        "How does CSS specificity work?",
        "When rules conflict, the more specific selector wins: **inline styles** beat"
        " **IDs**, IDs beat **classes, attributes and pseudo-classes**, and those beat"
        " **element selectors**. On a tie, the **rule that comes last** wins;"
        " `!important` overrides them all.",
        (
            "Inline style > id > class/attribute/pseudo-class > tag. If two are equally"
            " specific the later one in the stylesheet applies, and !important trumps"
            " everything.",
        ),
        ("Element selectors beat classes and classes beat IDs; on a tie the first rule wins.",),
        ("An ID selector beats a class.",),
    ),
    HeldOut(
        "debounce-throttle",
        "What is the difference between debounce and throttle?",
        "- **Debounce**: run the function only after the calls **stop for a given delay**"
        " (search-as-you-type)\n"
        "- **Throttle**: run it **at most once per interval** while calls keep coming"
        " (scroll handlers)",
        (
            "Debouncing waits until the user has been quiet for N ms and then fires once,"
            " good for a search box. Throttling lets it fire regularly, no more than once"
            " every N ms, good for scroll events.",
        ),
        (
            "Debounce runs the function at most once per interval while events keep coming;"
            " throttle waits until the events stop for a delay.",
        ),
        ("Debounce waits for a pause in the calls before running.",),
    ),
    HeldOut(
        "p-value",
        "What is a p-value?",
        "The **probability of seeing data at least as extreme** as what was observed,"
        " **assuming the null hypothesis is true**. It is **not** the probability that the"
        " null hypothesis is true.",
        (
            "If H0 held, how likely you'd get a result this extreme or more. It doesn't tell"
            " you the chance that H0 itself is true.",
        ),
        ("The p-value is the probability that the null hypothesis is true given the data.",),
        ("How likely results this extreme are.",),
    ),
    HeldOut(
        "confidence-interval",
        "What does a 95% confidence interval mean?",
        "If you **repeated the sampling many times**, **95% of the intervals** built this"
        " way would **contain the true parameter**. It does not say there is a 95% chance"
        " the parameter lies in this one interval.",
        (
            "It's about the procedure: over lots of repeated samples, 95 out of 100 such"
            " intervals capture the real value. It is not a 95% probability for this"
            " particular interval.",
        ),
        (
            "There is a 95% probability that the true parameter lies inside this particular"
            " interval.",
        ),
        ("Repeat the sampling and most intervals contain the true value.",),
    ),
    HeldOut(
        "type-errors",
        "What are type I and type II errors?",
        "- **Type I**: a **false positive**, rejecting a null hypothesis that is true; its"
        " rate is α\n"
        "- **Type II**: a **false negative**, failing to reject a false null hypothesis; its"
        " rate is β, and power is 1 − β",
        (
            "Type 1 = false alarm, you reject H0 though it's true, probability alpha. Type 2"
            " = a miss, you keep H0 though it's false, probability beta; power = 1 - beta.",
        ),
        (
            "A type I error is a false negative, failing to reject a false null; a type II"
            " error is a false positive, with rate α.",
        ),
        ("Type I is a false positive.",),
    ),
    HeldOut(
        "clt",
        "What does the central limit theorem say?",
        "The **mean of many independent samples** from almost any distribution with finite"
        " variance is **approximately normally distributed**, and the approximation"
        " **improves as the sample size grows**.",
        (
            "Averages of enough i.i.d. draws look Gaussian whatever the shape of the"
            " original distribution (as long as the variance is finite), and more so the"
            " bigger n gets.",
        ),
        (
            "It says the data itself becomes normally distributed once you collect enough"
            " samples, only if the original distribution was normal.",
        ),
        ("Sample means end up roughly normal.",),
    ),
    HeldOut(
        "write-through-back",
        "What is the difference between a write-through and a write-back cache?",
        "| | Write-through | Write-back |\n"
        "|---|---|---|\n"
        "| Writes | to the **cache and the store at once** | to the **cache only**;"
        " the store later, on eviction |\n"
        "| Risk | slower writes | **data lost** if the cache fails before the flush |",
        (
            "Write-through updates the cache and the database together, so writes are"
            " slower but nothing is lost. Write-back only updates the cache and writes to"
            " the database when the entry is evicted, fast but you can lose data if the"
            " cache dies first.",
        ),
        (
            "Write-back writes to the cache and the store at once; write-through writes to"
            " the cache only and can lose data.",
        ),
        ("Write-through writes both the cache and the database at the same time.",),
    ),
    HeldOut(
        "token-bucket",
        "How does a token bucket rate limiter work?",
        "Tokens are **added at a fixed rate** up to the **bucket's capacity**; each request"
        " **takes a token** and is **rejected when the bucket is empty**. The capacity"
        " allows **short bursts**.",
        (
            "A bucket refills with tokens at a steady rate, capped at a max; every request"
            " spends one, and if none are left it's refused (429). Because tokens pile up to"
            " the cap, you can absorb bursts.",
        ),
        (
            "Each request adds a token to the bucket and requests are rejected when the"
            " bucket is empty; it never allows bursts.",
        ),
        ("Every request uses up a token.",),
    ),
    HeldOut(
        "cdn",
        "What does a CDN do?",
        "A **content delivery network** keeps **copies of static content on edge servers**"
        " near users, so requests are served **from a nearby location**: lower latency and"
        " **less load on the origin**.",
        (
            "It caches static assets on servers spread around the world close to the users,"
            " so they're served from somewhere near: faster, and the origin server gets"
            " fewer hits.",
        ),
        (
            "A CDN is a single central server that all users go to, which raises latency"
            " but keeps the content consistent.",
        ),
        ("It caches static files on edge servers.",),
    ),
    HeldOut(
        "health-checks",
        "How does a load balancer use health checks?",
        "The load balancer **probes each backend periodically** (e.g. an HTTP /health"
        " endpoint); a backend that fails is **taken out of rotation** and **put back when"
        " it passes again**.",
        (
            "It pings every server on a schedule; if one stops answering OK it stops"
            " sending it traffic, and once it's healthy again it gets requests again.",
        ),
        (
            "Health checks restart a failing backend; the load balancer keeps sending it"
            " traffic meanwhile.",
        ),
        ("Unhealthy servers stop getting traffic.",),
    ),
    HeldOut(
        "star",
        "How should you structure an answer to a behavioural question?",
        "Use **STAR**:\n"
        "1. **Situation**: the context\n"
        "2. **Task**: what you were responsible for\n"
        "3. **Action**: what *you* did, in detail\n"
        "4. **Result**: the outcome, with numbers if you can, and what you learned",
        (
            "Set the scene, say what my responsibility was, then spend most of the time on"
            " the steps I personally took, and end with the measurable outcome and the"
            " lesson.",
        ),
        (
            "Talk about what the team did rather than yourself and skip the outcome; the"
            " situation is all that matters.",
        ),
        ("Explain the context and then what I did.",),
    ),
    HeldOut(
        "disagreement",
        "Tell me about a time you disagreed with a colleague.",
        "- Pick a **real, professional disagreement**, not a personal one\n"
        "- Show you **listened to their view** and argued with **data, not opinions**\n"
        "- Say how it was **resolved** and that the **relationship stayed good**",
        (
            "I'd choose an actual technical disagreement, show I heard them out and used"
            " evidence rather than gut feeling, and explain how we settled it and kept"
            " working well together.",
        ),
        (
            "Say you have never disagreed with anyone, or show how you won the argument by"
            " insisting on your opinion.",
        ),
        ("Show that you listened to the other person.",),
    ),
]
