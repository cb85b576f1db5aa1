"""Round 30's held-out set for key points, never tuned on.

Written before the round's fixes, in topics no earlier held-out set has: version control
(merge and rebase), containers (a container and a virtual machine, Kubernetes' liveness
and readiness probes, blue-green and canary releases), file systems (hard and symbolic
links), C++ (RAII), algorithms (dynamic programming and greedy, a binary heap),
distributed systems (consistent hashing, two-phase commit) and compilers (JIT and AOT).
The model answers are notes as a person keeps them: bullets, a bold phrase, a table, a
numbered list.

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

THIRTIETH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "merge-rebase",
        "What is the difference between git merge and git rebase?",
        "- **Merge** keeps the history as it happened and adds a **merge commit**\n"
        "- **Rebase** replays your commits on top of the other branch, giving a"
        " **linear history** but rewriting the commits' hashes\n"
        "- Never rebase a branch others have pulled",
        (
            "Merging ties the two branches together with an extra commit that has two"
            " parents, so nothing is rewritten. Rebasing moves my commits so they sit after"
            " the target branch's tip: a straight line of history, but new commit IDs, so"
            " don't do it to shared branches.",
            "merge = join commit, true history; rebase = re-apply commits onto the other"
            " branch, straight history, new SHAs; don't rebase public branches.",
        ),
        (
            "Rebase keeps the history as it happened and adds a merge commit; merge replays"
            " your commits and rewrites the hashes.",
            "Always rebase a branch others have pulled, it never rewrites commits.",
        ),
    ),
    HeldOut(
        "container-vm",
        "How does a container differ from a virtual machine?",
        "| | Container | Virtual machine |\n"
        "|---|---|---|\n"
        "| Kernel | **shares the host kernel** | runs its **own guest OS** |\n"
        "| Start-up | seconds or less | minutes |\n"
        "| Isolation | weaker, process-level | stronger, hardware-level |",
        (
            "A container is just isolated processes using the host's kernel, so it boots"
            " almost instantly but is less isolated; a VM virtualises hardware and boots a"
            " full operating system of its own, slower to start but better isolated.",
            "container: same kernel as the host, starts fast, lighter isolation. VM: full"
            " guest operating system, slow boot, strong isolation.",
        ),
        (
            "A virtual machine shares the host kernel and starts in seconds; a container"
            " runs its own guest OS and has stronger isolation.",
            "Containers take minutes to start because each one boots its own kernel.",
        ),
    ),
    HeldOut(
        "liveness-readiness",
        "What is the difference between a liveness probe and a readiness probe in Kubernetes?",
        "A **liveness probe** checks whether the container is still running properly;"
        " if it fails, the kubelet **restarts the container**. A **readiness probe** checks"
        " whether the pod can serve traffic; if it fails, the pod is **removed from the"
        " Service's endpoints** but not restarted.",
        (
            "Liveness asks 'is it stuck or dead?' and a failure makes Kubernetes kill and"
            " recreate the container. Readiness asks 'can it take requests yet?' and a"
            " failure just stops traffic being routed to that pod, without killing it.",
            "liveness fail -> container gets restarted; readiness fail -> pod taken out of"
            " load balancing, left running.",
        ),
        (
            "If a readiness probe fails the kubelet restarts the container; if a liveness"
            " probe fails the pod is removed from the Service's endpoints but not"
            " restarted.",
            "A liveness probe checks whether the pod can serve traffic and never restarts"
            " anything.",
        ),
    ),
    HeldOut(
        "hard-soft-link",
        "What is the difference between a hard link and a symbolic link?",
        "- A **hard link** is another name for the **same inode**; the data stays until"
        " the last link is removed\n"
        "- A **symbolic link** stores a **path** to the target; it breaks (dangles) if the"
        " target is deleted\n"
        "- Hard links cannot cross file systems or point to directories; symlinks can",
        (
            "A hard link is a second directory entry for the very same file data, so"
            " deleting the original name does not lose anything. A symlink is a small file"
            " holding the target's pathname, which is left pointing nowhere when the target"
            " goes away. Only symlinks work across filesystems and for folders.",
            "hard = same inode, survives deleting the original, same filesystem only, no"
            " dirs; soft = path pointer, dangles when the target is removed.",
        ),
        (
            "A symbolic link is another name for the same inode; a hard link stores a path"
            " and breaks if the target is deleted.",
            "Hard links can point to directories on other file systems; symlinks cannot.",
        ),
    ),
    HeldOut(
        "raii",
        "What is RAII in C++?",
        "**Resource Acquisition Is Initialization**: a resource is acquired in an object's"
        " **constructor** and released in its **destructor**, so it is freed automatically"
        " when the object goes **out of scope**, even if an exception is thrown.",
        (
            "You tie a resource's lifetime to an object: grab it when the object is built,"
            " give it back when the object is destroyed. Leaving the block, normally or via"
            " an exception, cleans it up with no explicit free.",
            "acquire in ctor, release in dtor; cleanup happens automatically at end of"
            " scope, exceptions included.",
        ),
        (
            "The resource is acquired in the destructor and released in the constructor,"
            " so it is freed when the object goes out of scope.",
            "With RAII you must release the resource by hand, and it leaks if an exception"
            " is thrown.",
        ),
    ),
    HeldOut(
        "dp-greedy",
        "When do you use dynamic programming rather than a greedy algorithm?",
        "A **greedy** algorithm takes the locally best choice at each step and never"
        " revisits it; it is only correct when the problem has the **greedy-choice"
        " property**. **Dynamic programming** solves **overlapping subproblems** once each"
        " and combines their results, so it finds the optimum when a greedy choice can be"
        " wrong.",
        (
            "Greedy commits to whatever looks best right now and never goes back, which"
            " only works when local best choices are guaranteed to add up to the global"
            " best. DP caches answers to subproblems that repeat and builds the optimum"
            " from them, so it is the choice when greedy could pick wrong.",
            "greedy: pick best-looking option each step, no backtracking, correct only if"
            " local optimum leads to global. DP: memoise repeated subproblems, combine"
            " them, guaranteed optimal.",
        ),
        (
            "Dynamic programming takes the locally best choice at each step and never"
            " revisits it; a greedy algorithm solves overlapping subproblems once each.",
            "A greedy algorithm always finds the optimum, so dynamic programming is never needed.",
        ),
    ),
    HeldOut(
        "consistent-hashing",
        "What problem does consistent hashing solve?",
        "With plain `hash(key) % N`, changing the number of servers N **remaps almost every"
        " key**. Consistent hashing places servers and keys on a **ring**; a key goes to the"
        " next server clockwise, so adding or removing a server moves **only the keys of"
        " its neighbour** (about 1/N of them). **Virtual nodes** spread the load evenly.",
        (
            "Modulo hashing reshuffles nearly all keys whenever a node joins or leaves."
            " Putting nodes and keys on a circle and assigning each key to the following"
            " node means a membership change only relocates the small slice next to that"
            " node; giving each node many positions keeps the load balanced.",
            "mod N -> resize moves most keys. ring: key -> next node clockwise, resize"
            " moves ~1/N of keys; vnodes even out the load.",
        ),
        (
            "Consistent hashing remaps almost every key when a server is added; plain"
            " hash(key) % N moves only the keys of its neighbour.",
            "Virtual nodes make the load uneven, and adding a server moves every key on the ring.",
        ),
    ),
    HeldOut(
        "two-phase-commit",
        "How does two-phase commit work?",
        "1. **Prepare**: the coordinator asks every participant whether it can commit;"
        " each one writes its changes durably and votes yes or no\n"
        "2. **Commit**: if **all vote yes**, the coordinator tells everyone to commit;"
        " if **any votes no**, everyone aborts\n"
        "3. It is **blocking**: if the coordinator crashes after prepare, participants"
        " wait holding their locks",
        (
            "First the coordinator polls the participants, which make their work durable"
            " and answer whether they're able to commit. Only a unanimous yes leads to a"
            " global commit; a single no rolls everyone back. Its weakness: a coordinator"
            " failure mid-way leaves participants stuck with locks held.",
            "phase 1: ask all, each persists and votes. phase 2: unanimous yes -> commit,"
            " one no -> abort. coordinator dies after prepare -> participants block.",
        ),
        (
            "If any participant votes yes the coordinator tells everyone to commit; if all"
            " vote no, everyone aborts. It is non-blocking.",
            "Participants commit straight away in the prepare phase and the coordinator"
            " never waits for votes.",
        ),
    ),
    HeldOut(
        "binary-heap",
        "What is a binary heap and what are its operation costs?",
        "- A **complete binary tree** stored in an array where each parent is **no larger"
        " than its children** (min-heap)\n"
        "- Peek at the minimum: **O(1)**\n"
        "- Insert and extract-min: **O(log n)** (sift up / sift down)\n"
        "- Build from n items: **O(n)**",
        (
            "It's an array-backed, fully filled tree in which every node is at most its"
            " children, so the smallest item sits at the root and reading it is constant"
            " time. Pushing or popping bubbles an element along one path, logarithmic time,"
            " and heapifying n elements takes linear time.",
            "min-heap: complete tree in an array, parent <= children; top in O(1), push/pop"
            " O(log n), heapify O(n).",
        ),
        (
            "Each parent is larger than its children; peek at the minimum is O(log n) and"
            " insert is O(1).",
            "A binary heap is a sorted binary search tree; building it from n items takes"
            " O(n log n).",
        ),
    ),
    HeldOut(
        "jit-aot",
        "What is the difference between JIT and AOT compilation?",
        "**AOT** (ahead-of-time) compiles to machine code **before the program runs**:"
        " fast start-up, no compiler at run time. **JIT** (just-in-time) compiles **while"
        " the program runs**: slower warm-up, but it can **optimise using runtime"
        " profiling** of hot paths.",
        (
            "Ahead-of-time turns the code into native instructions at build time, so the"
            " binary starts quickly and ships without a compiler. Just-in-time compiles"
            " during execution; it needs time to warm up but can use what it observes at"
            " run time about the hot code to optimise it.",
            "AOT: compiled at build, quick startup. JIT: compiled during execution, warm-up"
            " cost, profile-guided optimisation of hot code.",
        ),
        (
            "JIT compiles before the program runs and has fast start-up; AOT compiles while"
            " the program runs and can optimise using runtime profiling.",
            "AOT needs a compiler at run time and has the slowest start-up.",
        ),
    ),
    HeldOut(
        "blue-green-canary",
        "What is the difference between a blue-green and a canary deployment?",
        "**Blue-green**: run two identical environments and **switch all traffic at once**"
        " from the old (blue) to the new (green); rollback is switching back.\n\n"
        "**Canary**: send a **small percentage of traffic** to the new version first and"
        " **increase it gradually** while watching metrics.",
        (
            "Blue-green keeps two full copies of production and flips every user over to"
            " the new copy in one go, and flipping back undoes it. A canary release lets a"
            " few percent of users hit the new version and ramps that share up step by step"
            " if the error rates look fine.",
            "blue/green: two envs, cut over 100% in one step, roll back by cutting back."
            " canary: tiny slice of users first, widen slowly while monitoring.",
        ),
        (
            "Canary runs two identical environments and switches all traffic at once;"
            " blue-green sends a small percentage of traffic to the new version first.",
            "A canary deployment switches all traffic at once and never watches metrics.",
        ),
    ),
]
