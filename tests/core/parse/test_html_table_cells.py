"""A question-and-answer table in HTML whose answer cells hold blocks: a list, two
paragraphs. In a page, a row's list was parted into Markdown list lines, which broke
the table open, and every question of that table was lost (read as a footer); in
Markdown, the answer kept the cell's HTML tags. A cell's HTML is now read as an Anki
field's is: its list a Markdown list, its paragraphs paragraphs."""

from __future__ import annotations

from studyapp.core.parse import parse_text

PAGE = """\
<html><head><title>SRE interview notes</title></head><body>
<h1>SRE interview notes</h1>
<h2>Monitoring</h2>
<table>
<tr><th>Question</th><th>Answer</th></tr>
<tr><td>What is an SLO?</td><td>A target for an indicator over a window.</td></tr>
<tr><td>What is an error budget?</td><td>The allowed unreliability: 1 - SLO.</td></tr>
</table>
<h2>Incidents</h2>
<table>
<tr><th>Question</th><th>Answer</th></tr>
<tr><td>What goes in a postmortem?</td><td><ul><li>Timeline</li><li>Root cause</li><li>Action items</li></ul></td></tr>
</table>
</body></html>
"""

# Another writer's page: a frame of <tbody>, a lead-in before the list, numbered steps.
OTHER_PAGE = """\
<!DOCTYPE html>
<html><body>
<h1>Frontend questions</h1>
<h2>CSS</h2>
<table class="wrapped"><tbody>
<tr><th>Question</th><th>Answer</th></tr>
<tr><td>What is specificity?</td><td>How rules are chosen:<ul><li>inline styles</li><li>ids</li><li>classes</li></ul></td></tr>
</tbody></table>
<h2>JavaScript</h2>
<table class="wrapped"><tbody>
<tr><th>Question</th><th>Answer</th></tr>
<tr><td>What is the event loop?</td><td><p>It runs tasks one at a time:</p><ol><li>a macrotask</li><li>all microtasks</li><li>render</li></ol></td></tr>
</tbody></table>
</body></html>
"""

MARKDOWN = """\
# Kubernetes flash notes

<table>
  <tr>
    <th>Question</th>
    <th>Answer</th>
  </tr>
  <tr>
    <td>What does a readiness probe do?</td>
    <td><p>Takes the pod out of the endpoints.</p><p>It is <b>not</b> restarted.</p></td>
  </tr>
  <tr>
    <td>Name three workload kinds.</td>
    <td><ol><li>Deployment</li><li>StatefulSet</li><li>DaemonSet</li></ol></td>
  </tr>
</table>
"""


def _read(text: str, suffix: str) -> list[tuple[str, str, str]]:
    doc = parse_text(text, suffix=suffix)
    return [(" / ".join(q.topic_path), q.title, q.answer_markdown) for q in doc.questions]


def test_a_list_in_a_cell_keeps_its_table_and_reads_as_a_list():
    assert _read(PAGE, ".html") == [
        ("Monitoring", "What is an SLO?", "A target for an indicator over a window."),
        ("Monitoring", "What is an error budget?", "The allowed unreliability: 1 - SLO."),
        ("Incidents", "What goes in a postmortem?", "- Timeline\n- Root cause\n- Action items"),
    ]


def test_another_page_of_tables_with_lists_in_cells():
    assert [(title, answer) for _, title, answer in _read(OTHER_PAGE, ".html")] == [
        ("What is specificity?", "How rules are chosen:\n\n- inline styles\n- ids\n- classes"),
        (
            "What is the event loop?",
            "It runs tasks one at a time:\n\n1. a macrotask\n2. all microtasks\n3. render",
        ),
    ]


def test_an_html_table_in_markdown_gives_its_cells_as_markdown():
    answers = [answer for _, _, answer in _read(MARKDOWN, ".md")]
    assert answers == [
        "Takes the pod out of the endpoints.\n\nIt is **not** restarted.",
        "1. Deployment\n2. StatefulSet\n3. DaemonSet",
    ]
