"""Round 25's held-out set for key points, never tuned on.

Written before the round's fixes from the shared corpora (deep-learning optimisation
cards, trees-and-boosting Anki notes, Python internals, LLM fine-tuning notes), the
model answers as the notes give them (HTML turned into the Markdown a person would
type). Many of their points are causes and effects ("… so monotonic transformations
don't change the tree", "… which damps oscillations").

Each question has two or three right answers in a person's own words, some terse, and
two wrong ones that reuse the topic's vocabulary but get it wrong (sides swapped, a
relation turned round, an effect denied or a wrong cause).

The expected judgement: every right answer earns at least half of the points and more
than either wrong answer of its question; a wrong answer earns none. The figures
(`figures`) are the mean coverage of the right answers ("right coverage"), of the wrong
ones ("wrong coverage") and the share of (right, wrong) pairs where the right one
covers more ("ahead").
"""

from __future__ import annotations

from typing import NamedTuple


class HeldOut(NamedTuple):
    id: str
    question: str
    answer: str
    rights: tuple[str, ...]
    wrongs: tuple[str, ...]
    partials: tuple[str, ...] = ()  # partly right answers (the sets that give them, from round 31)


TWENTY_FIFTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "minibatch-generalises",
        "Why does mini-batch SGD generalise better than full-batch gradient descent?",
        "The noise in mini-batch gradients acts as a regulariser: it helps escape sharp"
        " minima and saddle points, and tends to land in flatter minima that generalise"
        " better.",
        (
            "Because the gradient from a small batch is noisy, and that noise works like"
            " regularization. It lets the optimizer get out of sharp minima and saddle"
            " points and settle in flat minima, which generalize better.",
            "Noisy gradients regularise: they kick you out of sharp minima, so you end up in"
            " flatter ones.",
            "The randomness of small batches keeps it from getting stuck at saddle points or"
            " in sharp minima; it ends in wider, flatter minima that do better on new data.",
        ),
        (
            "Because the full-batch gradient is noisy; mini-batches remove that noise so it"
            " lands in sharp minima, and sharp minima generalise better.",
            "Mini-batch gradients are exact, so it converges straight into the sharpest"
            " minimum and never reaches the flat ones.",
        ),
    ),
    HeldOut(
        "momentum",
        "What does momentum do, and what is a typical value for β?",
        "It keeps an exponentially decaying average of past gradients (the velocity) and"
        " steps along it, which damps oscillations across steep directions and speeds up"
        " progress along shallow ones.\nβ = 0.9 is the usual default.",
        (
            "It keeps a running average of the past gradients that decays exponentially, a"
            " velocity, and moves along that; the oscillations in steep directions cancel"
            " out and it goes faster along the shallow ones. Beta is usually 0.9.",
            "Averages old gradients into a velocity: less zig-zag, faster along flat"
            " directions. β around 0.9.",
        ),
        (
            "It keeps the largest past gradient and steps along it, which increases"
            " oscillations across steep directions and slows progress along shallow ones;"
            " β = 0.1 is the default.",
            "Momentum decays the learning rate exponentially after each step; β = 0.999 is"
            " the usual default.",
        ),
    ),
    HeldOut(
        "adam-bias-correction",
        "What are the two moment estimates Adam keeps, and why does it need bias correction?",
        "m (first moment, mean of gradients) and v (second moment, mean of squared"
        " gradients), both exponential moving averages initialised at zero. Early in"
        " training they are biased towards zero, so Adam divides by (1 − β1^t) and"
        " (1 − β2^t).",
        (
            "m, the running mean of the gradients, and v, the running mean of the squared"
            " gradients. Both start at zero, so at the beginning they're pulled towards zero;"
            " dividing by 1 − β^t fixes that.",
            "First moment m (mean gradient) and second moment v (mean squared gradient);"
            " EMAs that start at 0, so early on they're too small, hence the correction.",
        ),
        (
            "m is the mean of squared gradients and v the mean of gradients; they start at"
            " one, so early in training they are biased towards infinity and Adam multiplies"
            " by (1 − β1^t).",
            "The two moments are the learning rate and the weight decay; bias correction"
            " removes the bias term from each layer.",
        ),
    ),
    HeldOut(
        "loss-scaling",
        "Mixed precision (fp16) needs what extra trick that bf16 usually doesn't?",
        "Loss scaling — multiply the loss before backward so small fp16 gradients don't"
        " underflow to zero, then unscale before the optimizer step. bf16 has the same"
        " exponent range as fp32.",
        (
            "Loss scaling: you multiply the loss by a big factor before backprop so the tiny"
            " fp16 gradients don't round down to zero, and divide it back out before the"
            " optimizer step. bf16 doesn't need it since its exponent range is the same as"
            " fp32's.",
            "Scale the loss up so small gradients don't underflow; unscale before stepping."
            " bf16 has fp32's exponent range.",
        ),
        (
            "Gradient clipping: fp16 gradients overflow to infinity, so you clip them after"
            " the optimizer step; bf16 has a smaller exponent range than fp32.",
            "Weight scaling: multiply the weights after backward so large fp16 gradients"
            " don't overflow; bf16 has the same mantissa as fp32.",
        ),
    ),
    HeldOut(
        "tree-scaling",
        "Do tree models need feature scaling?",
        "No — splits are thresholds on one feature at a time, so monotonic transformations"
        " don't change the tree.",
        (
            "No. Each split is just a threshold on a single feature, so rescaling it or any"
            " monotonic transform leaves the tree the same.",
            "No, a split compares one feature with a cutoff, so scaling doesn't change the tree.",
            "Not needed: thresholds on one feature at a time aren't affected by monotone"
            " transformations.",
        ),
        (
            "Yes — splits are thresholds on all features at once, so monotonic"
            " transformations change the tree.",
            "Yes, because a split measures distances between features, and scaling the"
            " features changes the tree.",
        ),
    ),
    HeldOut(
        "tree-overfit",
        "Why do single decision trees overfit, and how do you stop it?",
        "They keep splitting until leaves are pure.\n"
        "Limit `max_depth`, `min_samples_leaf`, `min_impurity_decrease`, or prune with"
        " cost-complexity (`ccp_alpha`).",
        (
            "Left alone a tree splits until every leaf is pure, so it memorises the data."
            " Cap the depth, require a minimum number of samples per leaf, or prune it with"
            " cost-complexity pruning.",
            "They grow until the leaves are pure; limit max_depth or min_samples_leaf, or"
            " prune (ccp_alpha).",
        ),
        (
            "They stop splitting too early, before the leaves are pure; raise max_depth and"
            " drop min_samples_leaf to fix it.",
            "Because cost-complexity pruning cuts them back; turn pruning off and let them"
            " split deeper.",
        ),
    ),
    HeldOut(
        "bagging-boosting",
        "Bagging vs boosting — which one reduces bias and which reduces variance?",
        "Bagging mainly reduces **variance** (averages independent high-variance models);"
        " boosting mainly reduces **bias** (sequentially corrects errors of weak models).",
        (
            "Bagging cuts the variance because it averages many independent models that"
            " each vary a lot; boosting cuts the bias because each new weak model fixes the"
            " mistakes of the ones before it.",
            "Bagging: variance (averaging). Boosting: bias (sequential error correction).",
        ),
        (
            "Bagging mainly reduces bias by sequentially correcting errors of weak models;"
            " boosting mainly reduces variance by averaging independent models.",
            "Both mainly reduce bias: bagging and boosting average independent weak models.",
        ),
    ),
    HeldOut(
        "boosting-learning-rate",
        "What does the learning rate (shrinkage) do in gradient boosting?",
        "Scales each tree's contribution. Smaller values (0.01–0.1) need more trees but"
        " generalise better; tune it together with `n_estimators` and early stopping.",
        (
            "It shrinks how much each tree adds to the prediction. A small rate needs more"
            " trees but the model generalizes better, so tune it along with the number of"
            " trees and early stopping.",
            "Multiplies every tree's output by a factor; lower means more trees and better"
            " generalisation.",
        ),
        (
            "It sets how many trees are grown: a smaller learning rate means fewer trees"
            " and worse generalisation.",
            "It scales the gradient of each leaf; smaller values need fewer trees and"
            " overfit, so there is no need for early stopping.",
        ),
    ),
    HeldOut(
        "lora",
        "What is LoRA and why does it save memory?",
        "LoRA freezes the base weights and learns a low-rank update `ΔW = B·A` for selected"
        " matrices (usually the attention projections), with rank `r` much smaller than the"
        " hidden size.\n\n"
        "Only `A` and `B` get gradients and optimizer state, so for a 7B model you train a"
        " few million parameters instead of billions.",
        (
            "You keep the pretrained weights frozen and train a small low-rank update, two"
            " thin matrices B and A, usually on the attention projections. Only those get"
            " gradients and optimizer state, so you train millions of parameters, not"
            " billions.",
            "Frozen base model plus a trainable low-rank delta (B·A); gradients and Adam"
            " state only for the adapters.",
        ),
        (
            "LoRA trains all the base weights at a lower rank, so every parameter still gets"
            " gradients and optimizer state but in 4-bit.",
            "It freezes the attention projections and prunes the hidden size, so the model"
            " has fewer layers to store.",
        ),
    ),
    HeldOut(
        "catastrophic-forgetting",
        "What is catastrophic forgetting and how do you reduce it during fine-tuning?",
        "The model loses general abilities while it adapts to the new data. Mitigations:"
        " lower learning rate, fewer epochs, parameter-efficient methods (LoRA), mixing a"
        " slice of general instruction data into the fine-tuning set, and evaluating on a"
        " held-out general benchmark every run.",
        (
            "While it learns the new task the model forgets what it could do in general. Use"
            " a smaller learning rate and fewer epochs, train only adapters like LoRA, mix"
            " some general instruction data back in, and check a general benchmark each"
            " run.",
            "Fine-tuning wipes out general skills; fix with low LR, few epochs, LoRA, and"
            " some general data in the mix.",
        ),
        (
            "The model forgets the new data once training ends; use a higher learning rate"
            " and more epochs so it sticks.",
            "It's when the held-out benchmark leaks into the fine-tuning set; remove the"
            " general instruction data to fix it.",
        ),
    ),
    HeldOut(
        "generator-call",
        "What happens when you call a generator function?",
        "Nothing runs yet - you get a generator object. Each next() runs the body until the"
        " next yield and suspends there, keeping the frame (locals and instruction pointer)"
        " alive.",
        (
            "None of the body runs; you just get back a generator object. Every next() call"
            " runs it up to the next yield and pauses there, with its local variables and"
            " position kept.",
            "You get a generator object, body not started. next() runs to the next yield and"
            " pauses, frame kept.",
        ),
        (
            "The whole body runs at once and the yields are collected into a list that is"
            " returned.",
            "Each next() restarts the body from the top and throws the frame away after the yield.",
        ),
    ),
    HeldOut(
        "shallow-deep-copy",
        "Explain shallow vs deep copy.",
        "copy.copy() creates a new outer object but shares the inner objects;"
        " copy.deepcopy() recursively copies everything (and handles cycles with a memo"
        " dict).",
        (
            "A shallow copy makes a new container but the things inside are the same"
            " objects; a deep copy copies everything all the way down, using a memo so"
            " cycles don't loop forever.",
            "Shallow: new outer object, shared inner objects. Deep: recursive copy of all of it.",
        ),
        (
            "copy.copy() recursively copies everything, while copy.deepcopy() creates a new"
            " outer object but shares the inner objects.",
            "A shallow copy shares the outer object and copies the inner ones; a deep copy"
            " fails on cycles.",
        ),
    ),
    HeldOut(
        "gamma-xgboost",
        'What does the "gamma" parameter control?',
        "The minimum loss reduction required to make a further split (a.k.a."
        " `min_split_loss`). Higher = more conservative trees.",
        (
            "It's the least loss improvement a split must bring before XGBoost makes it;"
            " raising it makes the trees more conservative.",
            "Min loss reduction needed to split; higher gamma, more conservative trees.",
        ),
        (
            "The maximum loss reduction allowed for a split; a higher gamma makes the trees"
            " deeper and less conservative.",
            "The learning rate of each split; higher means bigger trees.",
        ),
    ),
]


def answers(case: HeldOut) -> list[tuple[str, str]]:
    """(kind, text) for each typed answer of the case: "right" or "wrong"."""
    return [("right", a) for a in case.rights] + [("wrong", a) for a in case.wrongs]
