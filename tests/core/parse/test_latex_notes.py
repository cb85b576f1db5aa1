"""Notes written in LaTeX: sections are topics, the sub-sections that ask are the
questions, lists and code read as Markdown, the preamble is no question."""

from studyapp.core.parse import parse_file

NOTES = r"""\documentclass{article}
\usepackage{amsmath}
\title{ML Theory Notes}
\begin{document}
\maketitle

\section{Probability}

\subsection*{What is Bayes' theorem?}
$P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}$: it updates a \emph{prior} with evidence.

\section{Optimization}

\subsection*{Why decay the learning rate?}
A fixed large rate oscillates near the minimum:
\begin{itemize}
  \item step decay
  \item cosine annealing % the usual one
\end{itemize}
\begin{verbatim}
lr = base * 0.1 ** (epoch // 30)
\end{verbatim}

\end{document}
"""


def test_latex_sections_and_questions(tmp_path):
    notes = tmp_path / "ml.tex"
    notes.write_text(NOTES, encoding="utf-8")
    parsed = parse_file(notes)
    assert parsed.deck_name == "ML Theory Notes"
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is Bayes' theorem?", ("Probability",)),
        ("Why decay the learning rate?", ("Optimization",)),
    ]
    first, second = (q.answer_markdown for q in parsed.questions)
    assert first == (
        r"$P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}$: it updates a *prior* with evidence."
    )
    assert second == (
        "A fixed large rate oscillates near the minimum:\n\n- step decay\n- cosine annealing\n\n"
        "```\nlr = base * 0.1 ** (epoch // 30)\n```"
    )
    assert parsed.questions[1].source_line == 14


def test_markdown_notes_about_latex_stay_markdown(tmp_path):
    notes = tmp_path / "tex.md"
    notes.write_text(
        "## How do you start a LaTeX document?\n\n```latex\n\\documentclass{article}\n```\n\n"
        "## What does \\\\section do?\n\nIt opens a numbered section.\n",
        encoding="utf-8",
    )
    assert [q.title for q in parse_file(notes).questions] == [
        "How do you start a LaTeX document?",
        "What does \\section do?",
    ]


def test_an_exam_class_sheet_gives_each_question_its_solution(tmp_path):
    path = tmp_path / "os.tex"
    path.write_text(
        "\\documentclass{exam}\n\\printanswers\n\\begin{document}\n"
        "\\section*{Operating systems}\n\\begin{questions}\n"
        "\\question[2] What is a context switch?\n"
        "\\begin{solution}\nSaving one thread's registers and loading another's.\n\\end{solution}\n"
        "\\question What does \\texttt{fork()} return?\n"
        "\\begin{solution}\nZero in the child, the child's PID in the parent.\n\\end{solution}\n"
        "\\end{questions}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [(q.topic_path, q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        (
            ("Operating systems",),
            "What is a context switch?",
            "Saving one thread's registers and loading another's.",
        ),
        (
            ("Operating systems",),
            "What does fork() return?",
            "Zero in the child, the child's PID in the parent.",
        ),
    ]


def test_exam_questions_over_two_lines_with_choices_and_a_solution_box(tmp_path):
    path = tmp_path / "db.tex"
    path.write_text(
        "\\documentclass[answers]{exam}\n\\begin{document}\n\\begin{questions}\n"
        "\\question[5] Orders grow by a million rows a day.\n"
        "Which index serves a query by customer and date?\n"
        "\\begin{solutionorbox}[2in]\nA composite index on (customer\\_id, created\\_at).\n"
        "\\end{solutionorbox}\n"
        "\\question Which isolation level prevents phantom reads?\n"
        "\\begin{choices}\n\\choice Read committed\n\\CorrectChoice Serializable\n\\end{choices}\n"
        "\\begin{solution}\nSerializable.\n\\end{solution}\n"
        "\\end{questions}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        (
            "Orders grow by a million rows a day. Which index serves a query by customer and date?",
            "A composite index on (customer_id, created_at).",
        ),
        (
            "Which isolation level prevents phantom reads?",
            "- Read committed\n- Serializable\n\nSerializable.",
        ),
    ]
