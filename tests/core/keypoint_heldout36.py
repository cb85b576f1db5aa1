"""Round 36's held-out set for key points, never tuned on.

Written before the round's fixes, from a tester's fresh Git deck (its model answers as
the notes give them: paragraphs with bold phrases, a table of reset modes, numbered
steps, a formula). What the tester found: a wrong answer that reuses the notes' words
earns them, whether it denies them ("git bisect is not a binary search …") or says them
of another of the things the question compares ("--soft … throws away uncommitted
changes", "git pull only downloads new commits"); and some right answers in a
person's own words ("working directory" for "working tree") tick little.

Each question has two right answers, the first close to the notes' words and the second
in a person's own words; two wrong ones that reuse the notes' words, the first denying
or reversing a claim ("not", "never", "doesn't", "isn't"), the second saying a claim of
one compared thing (a command, an option, a kind of tag) of another or turning a
relation round; and one partly right answer.

The expected judgement: a right answer earns at least half of the points and more than
the wrong ones; a wrong one earns none; a partly right one earns less than the right
ones. `figures` (tests/core/test_keypoint_heldout25.py), `partly`
(tests/core/test_keypoint_heldout31.py) and `close_and_paraphrased`
(tests/core/test_keypoint_heldout32.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_SIXTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "git-merge-vs-rebase",
        "What is the difference between `git merge` and `git rebase`?",
        "`git merge` joins two histories by creating a **merge commit** that has two"
        " parents; the existing commits are not changed.\n\n"
        "`git rebase` **replays** your commits one by one on top of another base,"
        " producing **new commits** with new hashes, so history becomes linear.\n\n"
        "Rule of thumb: never rebase commits that others already pulled (shared/public"
        " branches).",
        (
            "git merge creates a merge commit with two parents and leaves the existing"
            " commits unchanged. git rebase replays your commits on top of another base, so"
            " they become new commits with new hashes and the history is linear. Never"
            " rebase commits others have already pulled.",
            "Merging ties the two lines together with an extra commit that has both as"
            " parents; nothing old is rewritten. Rebasing re-applies each of my commits onto"
            " the other branch, so they get different hashes and the log is a straight"
            " line. Don't do it to a shared branch.",
        ),
        (
            "git merge does not create a merge commit and it never keeps the existing"
            " commits. git rebase doesn't replay your commits; history is not linear"
            " afterwards.",
            "git rebase joins two histories by creating a merge commit with two parents."
            " git merge replays your commits one by one on top of another base, producing"
            " new commits with new hashes.",
        ),
        ("Rebase replays your commits on top of another branch, so history becomes linear.",),
    ),
    HeldOut(
        "git-reset-modes-table",
        "What does `git reset --hard` do compared to `--soft` and `--mixed`?",
        "| mode | moves HEAD/branch | resets index | resets working tree |\n"
        "|---|---|---|---|\n"
        "| `--soft` | yes | no | no |\n"
        "| `--mixed` (default) | yes | yes | no |\n"
        "| `--hard` | yes | yes | yes |\n"
        "\n"
        "`--hard` throws away uncommitted changes in tracked files.",
        (
            "--soft only moves HEAD and the branch. --mixed, the default, also resets the"
            " index but not the working tree. --hard resets HEAD, the index and the working"
            " tree, so it throws away uncommitted changes in tracked files.",
            "Soft just moves the branch pointer and keeps everything staged; mixed also"
            " unstages but leaves your files alone; hard makes the files match the commit"
            " too, so whatever you hadn't committed is gone.",
        ),
        (
            "--hard does not reset the working tree and never throws away uncommitted"
            " changes; --mixed isn't the default.",
            "--soft resets the index and the working tree and throws away uncommitted"
            " changes in tracked files, and --hard only moves HEAD.",
        ),
        ("--hard resets the working tree and throws away uncommitted changes.",),
    ),
    HeldOut(
        "git-staging-area",
        "What is the staging area (index)?",
        "The index is a snapshot of what will go into the **next commit**. `git add` copies"
        " the current content of a file into the index; `git commit` records exactly what"
        " is in the index, not what is in the working tree.",
        (
            "The index is a snapshot of what goes into the next commit: git add copies a"
            " file's current content into it and git commit records exactly what is in the"
            " index, not the working tree.",
            "It's where you prepare the next commit. Adding a file puts its present version"
            " there, and committing saves only what was prepared, not whatever is in your"
            " working directory.",
        ),
        (
            "The index is not a snapshot of the next commit; git commit records what is in"
            " the working tree, not what is in the index.",
            "git commit copies the current content of a file into the index and git add"
            " records exactly what is in the index.",
        ),
        ("git add copies the file's current content into the index.",),
    ),
    HeldOut(
        "git-detached-head",
        "What is a detached HEAD?",
        "HEAD normally points to a **branch name**. In detached HEAD state it points"
        " **directly to a commit** (e.g. after `git checkout <sha>` or a tag). New commits"
        " made there belong to no branch and can be lost once you switch away, unless you"
        " create a branch: `git switch -c rescue`.",
        (
            "Normally HEAD points to a branch name; in detached HEAD it points directly to a"
            " commit, for example after checking out a sha or a tag. New commits made there"
            " belong to no branch and can be lost when you switch away unless you create a"
            " branch.",
            "HEAD is sitting on a specific commit instead of on a branch, like when you"
            " check out an old hash. Anything you commit there isn't on any branch, so it's"
            " easy to lose when you move off; make a branch with git switch -c to keep it.",
        ),
        (
            "HEAD does not point directly to a commit; new commits made there are never"
            " lost and you don't need to create a branch.",
            "In detached HEAD state HEAD points to a branch name, and normally it points"
            " directly to a commit.",
        ),
        ("HEAD points directly to a commit instead of a branch.",),
    ),
    HeldOut(
        "git-undo-pushed",
        "How do you undo a commit that was already pushed?",
        "Use `git revert <sha>`: it creates a **new commit that undoes** the changes, so"
        " shared history is not rewritten. Do not use `reset` + force push on a shared"
        " branch.",
        (
            "Use git revert with the sha: it makes a new commit that undoes the changes, so"
            " the shared history isn't rewritten. Don't reset and force push on a shared"
            " branch.",
            "Revert it: git adds another commit that applies the opposite of the bad one,"
            " and nobody else's history changes. Rewriting with reset and a forced push"
            " would break everyone who pulled.",
        ),
        (
            "Use git reset and force push on the shared branch; git revert does not create"
            " a new commit, it rewrites the shared history.",
            "Use reset + force push: it creates a new commit that undoes the changes, so"
            " shared history is not rewritten.",
        ),
        ("git revert creates a new commit.",),
    ),
    HeldOut(
        "git-reflog",
        "What is `git reflog` for?",
        "The reflog records **every position HEAD (and each branch) has pointed to**"
        " locally, including after resets and rebases. You use it to **recover lost"
        " commits**: find the sha in `git reflog` and `git branch recover <sha>`. It is"
        " local only and entries expire (90 days by default).",
        (
            "The reflog records every position HEAD and each branch has pointed to locally,"
            " even after resets and rebases. You use it to recover lost commits by finding"
            " the sha and making a branch there. It's local only and entries expire after"
            " 90 days by default.",
            "It's a local log of everywhere HEAD has been, so after a bad reset or rebase"
            " you can find the hash of the commit you thought was gone and put a branch on"
            " it. It isn't shared with the remote and old entries get cleaned up after"
            " about three months.",
        ),
        (
            "The reflog is not local; it does not record positions after resets and"
            " rebases, and you can't recover lost commits with it. Entries never expire.",
            "The reflog records every commit pushed to the remote, it is shared with"
            " everyone and its entries are kept forever.",
        ),
        ("You use git reflog to recover lost commits.",),
    ),
    HeldOut(
        "git-object-store",
        "How does Git store data internally?",
        "Git is a content-addressed store of **objects**: *blobs* (file content), *trees*"
        " (directories), *commits* (tree + parents + metadata) and annotated *tags*. Each"
        " object is named by the hash of its content:\n\n"
        '$$id = \\mathrm{SHA1}(\\texttt{"blob "} \\| len \\| \\texttt{"\\\\0"} \\| content)$$'
        "\n\nBranches are just files containing a commit hash.",
        (
            "Git is a content-addressed store of objects: blobs hold file content, trees are"
            " directories, commits have a tree, parents and metadata, plus annotated tags."
            " Each object is named by the SHA-1 hash of its content, and branches are just"
            " files with a commit hash.",
            "Everything is an object looked up by the hash of what's in it: file contents"
            " are blobs, folders are trees, a commit points at a tree and its parents with"
            " author info. A branch is only a small file holding a commit id.",
        ),
        (
            "Each object is not named by the hash of its content, and branches are not"
            " files containing a commit hash but full copies of the tree.",
            "Git stores diffs: blobs are directories and trees are file content, and an"
            " object is named by its file name.",
        ),
        ("Git stores objects named by the hash of their content.",),
    ),
    HeldOut(
        "git-fetch-vs-pull",
        "What is the difference between `git fetch` and `git pull`?",
        "`git fetch` downloads new commits and updates **remote-tracking branches**"
        " (`origin/main`) but does not touch your branch. `git pull` = `git fetch`"
        " **followed by merge** (or rebase with `--rebase`) into the current branch.",
        (
            "git fetch downloads new commits and updates the remote-tracking branches like"
            " origin/main without touching your branch. git pull is a fetch followed by a"
            " merge, or a rebase with --rebase, into the current branch.",
            "Fetch only brings the remote's new work down and moves origin/main; your own"
            " branch stays where it was. Pull does that and then merges it into the branch"
            " you're on (or rebases if you ask).",
        ),
        (
            "git fetch doesn't download new commits and never updates remote-tracking"
            " branches; git pull is not followed by a merge.",
            "git pull only downloads new commits and updates remote-tracking branches"
            " without touching your branch; git fetch is followed by a merge into the"
            " current branch.",
        ),
        ("git pull is a fetch followed by a merge.",),
    ),
    HeldOut(
        "git-fast-forward",
        "What is a fast-forward merge (and when does Git do one)?",
        "When the target branch has **no new commits** since the feature branch split off,"
        " Git just **moves the branch pointer forward**; no merge commit is created."
        " `--no-ff` forces a merge commit anyway.",
        (
            "When the target branch has no new commits since the feature branch split off,"
            " Git just moves the branch pointer forward and no merge commit is created;"
            " --no-ff forces a merge commit anyway.",
            "If main hasn't moved since you branched, there's nothing to combine, so git"
            " slides main up to your latest commit without making a merge commit. You can"
            " pass --no-ff if you want one anyway.",
        ),
        (
            "Git does not move the branch pointer forward; it always creates a merge commit"
            " when the target branch has new commits, and --no-ff doesn't force one.",
            "--no-ff moves the branch pointer forward without a merge commit, and a"
            " fast-forward forces a merge commit anyway.",
        ),
        ("Git just moves the branch pointer forward.",),
    ),
    HeldOut(
        "git-merge-conflict-steps",
        "How do you resolve a merge conflict?",
        "1. Run `git status` to see the conflicted files.\n"
        "2. Edit each file, remove the markers `<<<<<<<`, `=======`, `>>>>>>>` and keep the"
        " right content.\n"
        "3. `git add` the resolved files.\n"
        "4. `git commit` (or `git rebase --continue` / `git merge --continue`).",
        (
            "Run git status to see the conflicted files, edit each one to remove the markers"
            " and keep the right content, git add the resolved files, then git commit or"
            " git rebase --continue.",
            "Check which files clash with status, open them and delete the <<<<<<< ======="
            " >>>>>>> lines, leaving the code you want, stage them, then finish with a"
            " commit or merge --continue.",
        ),
        (
            "Don't run git status; you don't edit the files or remove the markers, you just"
            " git commit without git add.",
            "git add the conflicted files first, then git commit, and keep the markers in"
            " the files.",
        ),
        ("Edit the files and remove the conflict markers.",),
    ),
    HeldOut(
        "git-cherry-pick",
        "What does `git cherry-pick` do?",
        "It **applies the changes of one existing commit** onto the current branch as a"
        " **new commit** (new hash). Useful to backport a fix to a release branch.\n\n"
        "```bash\ngit switch release-1.2\ngit cherry-pick 4f2a9c1\n```",
        (
            "It applies the changes of one existing commit onto the current branch as a new"
            " commit with a new hash, for example to backport a fix to a release branch.",
            "Takes what a single commit changed and replays it on the branch you're on,"
            " which gives a fresh commit id; handy for copying a bug fix to an older"
            " release.",
        ),
        (
            "It does not apply the changes of a commit onto the current branch; it moves the"
            " existing commit, keeping the same hash, and no new commit is created.",
            "It applies all the changes of the current branch onto one existing commit,"
            " with the same hash.",
        ),
        ("It copies one commit onto the current branch.",),
    ),
    HeldOut(
        "git-stash",
        "What is `git stash`?",
        "`git stash` saves your **uncommitted changes** (tracked files; `-u` for untracked"
        " too) on a stack and restores a **clean working tree**. `git stash pop`"
        " re-applies the latest entry and removes it; `git stash apply` keeps it."
        " `git stash list` shows the stack.",
        (
            "git stash saves your uncommitted changes in tracked files on a stack (-u adds"
            " untracked ones) and restores a clean working tree. git stash pop re-applies"
            " the latest entry and removes it, git stash apply keeps it, and git stash list"
            " shows the stack.",
            "It shelves the work you haven't committed and gives you a clean working"
            " directory. Pop brings the newest shelved work back and drops it from the"
            " list; apply brings it back but leaves it stored.",
        ),
        (
            "git stash doesn't save uncommitted changes, it commits them, and the working"
            " tree is not clean afterwards.",
            "git stash apply re-applies the latest entry and removes it; git stash pop keeps it.",
        ),
        ("git stash saves your uncommitted changes.",),
    ),
    HeldOut(
        "git-bisect",
        "What is `git bisect`?",
        "A **binary search** over history to find the commit that introduced a bug. You"
        " mark one commit `good` and one `bad`; Git checks out the midpoint and you test,"
        " repeating. It needs about $\\log_2 n$ steps for $n$ commits;"
        " `git bisect run ./test.sh` automates it.",
        (
            "A binary search over history to find the commit that introduced a bug: you mark"
            " one commit good and one bad, Git checks out the midpoint, you test, and"
            " repeat. It takes about log2 n steps, and git bisect run automates it.",
            "It halves the range of commits each time to find which one broke things: tell"
            " it a known good and a known bad commit, it checks out the one in the middle,"
            " you say whether that works, and so on. With a test script it can run by"
            " itself.",
        ),
        (
            "git bisect is not a binary search. It splits a commit into two halves and"
            " never finds the commit that introduced a bug.",
            "You mark the midpoint good and Git checks out every commit one by one, which"
            " takes n steps.",
        ),
        ("It does a binary search over the history to find a bug.",),
    ),
    HeldOut(
        "git-tag-kinds",
        "What is the difference between a lightweight and an annotated tag?",
        "A **lightweight** tag is just a name pointing to a commit. An **annotated** tag"
        ' (`git tag -a v1.0 -m "msg"`) is a full object with **tagger, date, message** and'
        " can be **signed**; use annotated tags for releases.",
        (
            "A lightweight tag is just a name pointing to a commit. An annotated tag is a"
            " full object with tagger, date and message, and can be signed; use annotated"
            " tags for releases.",
            "A light tag is only a label on a commit. An annotated one is stored as its own"
            " object that records who tagged it, when and why, and you can sign it; that's"
            " what you want for a release.",
        ),
        (
            "An annotated tag is not a full object, has no tagger, date or message and"
            " cannot be signed.",
            "An annotated tag is just a name pointing to a commit, while a lightweight tag"
            " is a full object with tagger, date and message and can be signed; use"
            " lightweight tags for releases.",
        ),
        ("A lightweight tag is just a name for a commit.",),
    ),
    HeldOut(
        "gitignore-tracked",
        "What is `.gitignore` and why does it not ignore a file I already committed?",
        "`.gitignore` lists patterns of **untracked** files Git should not add. It has"
        " **no effect on files already tracked**; to stop tracking one, run"
        " `git rm --cached file` and commit.",
        (
            ".gitignore lists patterns of untracked files Git should not add. It has no"
            " effect on files already tracked, so to stop tracking one you run git rm"
            " --cached on it and commit.",
            "It tells git which new files to leave out when adding. Once a file is"
            " committed it stays tracked no matter what the ignore file says; remove it"
            " from the index with git rm --cached and commit.",
        ),
        (
            ".gitignore does not list untracked files; it removes files already tracked, so"
            " you never need git rm --cached.",
            "Git ignores files already committed as soon as they match .gitignore, and"
            " git rm --cached deletes the file from disk.",
        ),
        (".gitignore lists the untracked files Git should not add.",),
    ),
    HeldOut(
        "git-blame",
        "What does `git blame` show?",
        "For each line of a file, the **commit, author and date** that last changed it. Use"
        " `-w` to ignore whitespace and `-C` to follow moved lines.",
        (
            "For each line of a file it shows the commit, author and date that last changed"
            " it; -w ignores whitespace and -C follows moved lines.",
            "Line by line, who last touched it, in which commit and when. You can skip"
            " whitespace-only changes with -w and track lines that were moved with -C.",
        ),
        (
            "It does not show the author or the date of each line, only the commit that"
            " first added the file.",
            "-C ignores whitespace and -w follows moved lines; it shows the first commit"
            " that created the file.",
        ),
        ("It shows who last changed each line.",),
    ),
]
