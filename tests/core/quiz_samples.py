"""Quiz cards as people write them, shared by the tests of a card's body
(core.question_body) and of its right option (core.quiz_options)."""

from __future__ import annotations

# A JavaScript quiz README's card: code, options "- A: …", a "#### Answer: D" toggle.
HOISTING = """\
```javascript
function sayHi() {
  console.log(name);
  var name = 'Lydia';
}
```

- A: `Lydia` and `undefined`
- B: `Lydia` and `ReferenceError`
- C: `ReferenceError` and `21`
- D: `undefined` and `ReferenceError`

#### Answer: D

Within the function, `name` is hoisted.
"""
# Another shape of the kind: options in parentheses, a bold label.
PYTHON = """\
```python
print(2 ** 3 ** 2)
```

(a) 64
(b) 512
(c) 36

**Correct answer:** (b)

Exponentiation groups from the right: 3 ** 2 first.
"""
# Options "a) …" without a list's dash; the label a word and a full stop ("Answer. B").
AWAIT = """\
a) `async`
b) `await`
c) `yield`

Answer. b

`await` suspends the function until the promise settles.
"""
# Another of the kind: "A." options, an abbreviation's full stop ("Ans. C").
SORTING = """\
A. Bubble sort
B. Insertion sort
C. Merge sort

Ans. C - it splits the list in halves.
"""
