"""Round 35's held-out set for key points, never tuned on.

Written before the round's fixes, on what two testers' decks showed: bullets that open
with a bold label ("- **liveness**: restarts …", "- **Situation** – …"), some beside a
bullet with a plain label ("- gotcha: …") or with none; questions that ask for an
acronym or name a term by it ("What does RAID stand for?", "What is a CDN?"), where a
typed answer that only says the acronym again must earn nothing; and answers in a
person's own words, with a point's noun said another way ("a neural network" typed
as "a network of neurons", "a model that was already trained" for "a pre-trained
model"). Subjects: Kubernetes, SRE and incidents, behavioural (STAR), storage,
networking, databases, machine learning and LLMs, security.

Each question has two right answers, the first close to the notes' words and the second
in a person's own words; two wrong ones, the first reversing or denying a claim, the
second only restating the question or its acronym; and one partly right answer.

The expected judgement: a right answer earns at least half of the points and more than
the wrong ones; a wrong one earns none; a partly right one earns less than the right
ones. `figures` (tests/core/test_keypoint_heldout25.py), `partly`
(tests/core/test_keypoint_heldout31.py) and `close_and_paraphrased`
(tests/core/test_keypoint_heldout32.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_FIFTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "hpa-vpa-bold-labels",
        "Explain HPA vs VPA vs cluster autoscaler",
        "- **HPA**: adds or removes pod replicas based on CPU or custom metrics\n"
        "- **VPA**: changes the CPU/memory requests of pods (restarts them)\n"
        "- **cluster autoscaler**: adds nodes when pods are unschedulable\n"
        "- note: don't run HPA and VPA on the same CPU metric",
        (
            "HPA adds or removes pod replicas based on CPU. VPA changes the memory and CPU"
            " requests of the pods. The cluster autoscaler adds nodes when pods are"
            " unschedulable.",
            "Horizontal scales the number of pods; vertical resizes each pod's requests;"
            " the cluster autoscaler brings in new machines when pods can't be placed.",
        ),
        (
            "HPA changes the CPU requests of pods, VPA adds pod replicas, and the cluster"
            " autoscaler removes pods.",
            "HPA vs VPA vs cluster autoscaler are the three autoscalers.",
        ),
        ("HPA adds pod replicas based on CPU.",),
    ),
    HeldOut(
        "git-merge-rebase-bold-dash",
        "git merge vs git rebase?",
        "- **merge** – keeps history as it happened, adds a merge commit\n"
        "- **rebase** – rewrites commits on top of the target, linear history\n"
        "- rule: never rebase commits others already pulled",
        (
            "Merge keeps history as it happened and adds a merge commit; rebase rewrites"
            " the commits on top of the target for a linear history. Never rebase commits"
            " others already pulled.",
            "Merging ties the branches together with an extra commit and leaves the past"
            " alone; rebasing replays your commits onto the other branch so the log is a"
            " straight line. Don't rebase shared work.",
        ),
        (
            "Merge rewrites the commits into a linear history and rebase adds a merge commit.",
            "git merge vs git rebase: two git commands.",
        ),
        ("Rebase gives a linear history.",),
    ),
    HeldOut(
        "star-deadline",
        "Tell me about a time you missed a deadline",
        "STAR: Situation - the billing migration was due before the quarter end. Task - I"
        " owned the data backfill. Action - flagged the slip two weeks early, cut scope to"
        " the top 3 customers, paired with finance on reconciliation. Result - shipped"
        " 10 days late with no billing errors; we now estimate backfills with a buffer.",
        (
            "The billing migration was due before quarter end and I owned the backfill. I"
            " flagged the slip two weeks early, cut scope to the top 3 customers and paired"
            " with finance on reconciliation. We shipped 10 days late with no billing"
            " errors, and now estimate backfills with a buffer.",
            "We had to move billing before the quarter closed; the backfill was mine. I"
            " warned people early that it would be late, narrowed it to our three biggest"
            " customers, and worked with finance to reconcile. It landed ten days late but"
            " without mistakes, and we pad those estimates now.",
        ),
        (
            "I hid the slip until the deadline, kept the whole scope, and the billing"
            " migration shipped with errors.",
            "A time I missed a deadline: I missed a deadline once.",
        ),
        ("I flagged the slip two weeks early.",),
    ),
    HeldOut(
        "incident-roles-bold-bullets",
        "What roles do you assign during a major incident?",
        "- **Incident commander**: owns decisions and coordination, not debugging\n"
        "- **Communications lead**: posts status updates to stakeholders on a cadence\n"
        "- **Ops / subject expert**: investigates and applies the fix\n"
        "- **Scribe**: keeps the timeline for the postmortem",
        (
            "An incident commander owns decisions and coordination, a communications lead"
            " posts status updates to stakeholders, the ops expert investigates and applies"
            " the fix, and a scribe keeps the timeline for the postmortem.",
            "Someone runs the incident and makes the calls without debugging; someone else"
            " keeps stakeholders updated regularly; the engineers who know the system dig"
            " in and fix it; and one person writes down what happened when.",
        ),
        (
            "The incident commander debugs and applies the fix, and nobody keeps a timeline.",
            "You assign roles during a major incident.",
        ),
        ("An incident commander coordinates.",),
    ),
    HeldOut(
        "tls-handshake-bold-steps",
        "Walk through a TLS handshake",
        "- **ClientHello**: supported ciphers and a random\n"
        "- **ServerHello + certificate**: chosen cipher, server proves identity\n"
        "- **Key exchange**: both sides derive the session keys (ECDHE)\n"
        "- **Finished**: switch to symmetric encryption",
        (
            "The ClientHello sends supported ciphers and a random; the ServerHello with the"
            " certificate picks the cipher and proves the server's identity; the key"
            " exchange derives session keys with ECDHE; then Finished and they switch to"
            " symmetric encryption.",
            "The client says which ciphers it can do, the server picks one and shows its"
            " certificate, both work out shared keys with Diffie-Hellman, and from then on"
            " everything is encrypted with those symmetric keys.",
        ),
        (
            "The client proves its identity with a certificate and they keep using"
            " asymmetric encryption for the whole session.",
            "A TLS handshake is the handshake of TLS.",
        ),
        ("The client sends a ClientHello with its ciphers.",),
    ),
    HeldOut(
        "raid-acronym",
        "What does RAID stand for?",
        "- **Redundant**: data is stored more than once, so a disk can fail\n"
        "- **Array**: several disks act as one\n"
        "- **Independent Disks**: ordinary drives, not one big expensive one\n"
        "\n"
        "So RAID is a Redundant Array of Independent Disks.",
        (
            "Redundant Array of Independent Disks: data is stored more than once, several"
            " disks act as one, and they are ordinary drives.",
            "It's a Redundant Array of Independent Disks - you combine cheap drives into"
            " one volume and keep copies so a dead disk doesn't lose data.",
        ),
        (
            "Random Access Integrated Drive: one big expensive disk.",
            "RAID stands for RAID.",
        ),
        ("Redundant Array of Independent Disks.",),
    ),
    HeldOut(
        "cdn-acronym",
        "What is a CDN?",
        "A **Content Delivery Network** is a set of edge servers close to users that cache"
        " static content, cutting latency and load on the origin.",
        (
            "A Content Delivery Network: edge servers near users cache static content, so"
            " latency drops and the origin gets less load.",
            "Servers spread around the world keep copies of your files near the people"
            " asking for them, so pages load faster and your own server does less work.",
        ),
        (
            "A CDN is one central server far from users that never caches anything.",
            "A CDN is a CDN, you use a CDN.",
        ),
        ("Edge servers cache static content.",),
    ),
    HeldOut(
        "acid-acronym",
        "What does ACID mean in databases?",
        "- **Atomicity**: all or nothing\n"
        "- **Consistency**: constraints hold before and after\n"
        "- **Isolation**: concurrent transactions don't see each other's partial work\n"
        "- **Durability**: committed data survives a crash",
        (
            "Atomicity is all or nothing, consistency means constraints hold before and"
            " after, isolation means concurrent transactions don't see partial work, and"
            " durability means committed data survives a crash.",
            "A transaction either fully happens or not at all, it never breaks the rules"
            " of the schema, two at once don't see each other's half-done changes, and once"
            " committed it stays even if the power goes.",
        ),
        (
            "Atomicity means partial commits are fine and durability means data may be"
            " lost after a crash.",
            "ACID in databases means ACID.",
        ),
        ("Atomicity: all or nothing.",),
    ),
    HeldOut(
        "rag-acronym",
        "What is RAG in LLM applications?",
        "**RAG** stands for **Retrieval-Augmented Generation**: the app retrieves relevant"
        " documents (often from a vector database) and puts them in the prompt, so the"
        " model answers from fresh or private data and hallucinates less.",
        (
            "Retrieval-Augmented Generation: you retrieve relevant documents from a vector"
            " database and put them in the prompt, so the model answers from fresh or"
            " private data and hallucinates less.",
            "Before the model answers, you search your own documents for the relevant bits"
            " and paste them into the prompt, so it can use up-to-date or internal info and"
            " makes things up less often.",
        ),
        (
            "RAG retrains the model's weights on the documents so it no longer needs a prompt.",
            "RAG is RAG in LLM applications.",
        ),
        ("It retrieves documents and puts them in the prompt.",),
    ),
    HeldOut(
        "transfer-learning-own-words",
        "What is transfer learning?",
        "**Transfer learning** is **reusing a model trained on one task** as the starting"
        " point for **another related task**, so you need **less labelled data** and"
        " **less compute**.",
        (
            "Reusing a model trained on one task as the starting point for another related"
            " task, which needs less labelled data and less compute.",
            "You take a network somebody already trained for something similar and build"
            " on it instead of starting from zero, so a small labelled dataset and a modest"
            " GPU budget are enough.",
        ),
        (
            "Training a new model from scratch for every task, which needs more labelled data.",
            "Transfer learning is learning by transfer.",
        ),
        ("You reuse a model trained on another task.",),
    ),
    HeldOut(
        "dropout-own-words",
        "What does dropout do in a neural network?",
        "- randomly zeroes a fraction of activations during training\n"
        "- stops neurons from co-adapting, which reduces overfitting\n"
        "- turned off at inference (outputs scaled to match)",
        (
            "It randomly zeroes a fraction of activations during training, which stops"
            " neurons co-adapting and reduces overfitting; it is turned off at inference.",
            "While training, it switches off some units at random each step so the net"
            " can't lean on any single one and generalises better; at test time every unit"
            " is used.",
        ),
        (
            "It zeroes activations at inference only, which increases overfitting.",
            "Dropout drops out in a neural network.",
        ),
        ("It randomly zeroes activations during training.",),
    ),
    HeldOut(
        "gan-own-words",
        "What is a GAN?",
        "A **Generative Adversarial Network**: a **generator** makes fake samples and a"
        " **discriminator** tries to tell them from real ones; trained against each other,"
        " the generator learns to produce realistic data.",
        (
            "A Generative Adversarial Network: a generator makes fake samples and a"
            " discriminator tells them from real ones; trained against each other, the"
            " generator learns realistic data.",
            "Two networks play a game: one forges examples, the other judges whether each"
            " is real or forged, and as they compete the forger gets good enough to fool"
            " the judge.",
        ),
        (
            "The discriminator makes fake samples and the generator classifies them; they"
            " cooperate on one loss.",
            "A GAN is a GAN model.",
        ),
        ("A generator makes fake samples.",),
    ),
    HeldOut(
        "embedding-own-words",
        "What is an embedding?",
        "An **embedding** is a **dense vector** that represents an item (a word, a user, an"
        " image) so that **similar items are close** in the vector space; it is **learned**"
        " from data.",
        (
            "A dense vector that represents an item so that similar items are close in the"
            " space; it is learned from data.",
            "A list of numbers the model learns for each word or thing, placed so that"
            " things with similar meaning end up near each other.",
        ),
        (
            "A sparse one-hot vector written by hand where similar items are far apart.",
            "An embedding is an embedding of something.",
        ),
        ("A dense vector for an item.",),
    ),
    HeldOut(
        "rate-limit-own-words",
        "How does a token bucket rate limiter work?",
        "- the bucket holds up to N tokens and refills at a fixed rate\n"
        "- each request takes a token; no token -> rejected (429) or queued\n"
        "- allows short bursts up to the bucket size",
        (
            "The bucket holds up to N tokens and refills at a fixed rate; each request"
            " takes a token, and with none it is rejected with a 429; short bursts up to"
            " the bucket size are allowed.",
            "You get a budget that tops itself up steadily; every call spends one, and when"
            " you've run out you get told to slow down, but you can spend a saved-up"
            " budget quickly in a burst.",
        ),
        (
            "Each request adds a token and the bucket never refills, so bursts are never allowed.",
            "A token bucket rate limiter limits the rate with a token bucket.",
        ),
        ("Each request takes a token.",),
    ),
    HeldOut(
        "xss-bold-and-plain",
        "How do you prevent XSS?",
        "- **escape output** by context (HTML, attribute, JS)\n"
        "- **Content-Security-Policy** header to block inline scripts\n"
        "- **HttpOnly** cookies so scripts can't read the session\n"
        "- tip: sanitise rich HTML with a vetted library, never a regex",
        (
            "Escape output by context, send a Content-Security-Policy header that blocks"
            " inline scripts, set HttpOnly cookies so scripts can't read the session, and"
            " sanitise rich HTML with a vetted library.",
            "Encode whatever you print for where it goes, add a CSP so injected inline"
            " script won't run, mark the session cookie so JavaScript can't read it, and"
            " clean user HTML with a proper library rather than a regex.",
        ),
        (
            "Allow inline scripts in the CSP and let JavaScript read the session cookie.",
            "You prevent XSS by preventing cross-site scripting.",
        ),
        ("Escape output by context.",),
    ),
]
