"""An Obsidian vault's templates are no questions: a note whose titles are only a
template's fields ("## {{title}}", "<% tp.file.title %>") is left out, whatever front
matter or tags surround them, and so is every note in the templates folder the vault's
settings name; each is listed as left out with its reason."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path

TEMPLATE = "a template (fields such as {{question}}, no notes of its own)"
IN_FOLDER = "a template (in the vault's templates folder)"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _notes(root: Path) -> None:
    _write(
        root,
        "Notes/Caching.md",
        "# Caching\n\n## What is a write-through cache?\n"
        "Writes go to the cache and the store together.\n\n"
        "## What is cache stampede?\nMany misses at once hit the store.\n",
    )


def _result(root: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    doc = parse_path(root)
    left_out = {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}
    return [(q.title, q.answer_markdown) for q in doc.questions], left_out


EXPECTED = [
    ("What is a write-through cache?", "Writes go to the cache and the store together."),
    ("What is cache stampede?", "Many misses at once hit the store."),
]


def test_templates_with_front_matter_and_tags_are_left_out_and_said(tmp_path):
    _notes(tmp_path)
    _write(tmp_path, "templates/Template.md", "---\ntags: template\n---\n## {{title}}\n")
    _write(
        tmp_path,
        "Meta/Question template.md",
        '---\ntags: [template]\ncreated: "{{date}}"\n---\n# {{title}}\n\n'
        "## Question\n{{question}}\n\n## Answer\n{{answer}}\n\n#template\n",
    )
    _write(
        tmp_path,
        "Meta/Templater.md",
        "---\ntags:\n  - template\n---\n## <% tp.file.title %>\n\n"
        "Write the answer here, then link related notes.\n",
    )
    questions, left_out = _result(tmp_path)
    assert questions == EXPECTED
    assert left_out == {
        "templates/Template.md": TEMPLATE,
        "Meta/Question template.md": TEMPLATE,
        "Meta/Templater.md": TEMPLATE,
    }


def test_the_templates_folder_the_vault_names_is_listed_as_left_out(tmp_path):
    _notes(tmp_path)
    _write(tmp_path, ".obsidian/templates.json", '{"folder": "System/Tpl/"}')
    _write(tmp_path, "System/Tpl/Daily.md", "## {{date}} review\n\n- What did I get wrong?\n")
    _write(tmp_path, "templates/Template.md", "---\ntags: template\n---\n## {{title}}\n")
    questions, left_out = _result(tmp_path)
    assert questions == EXPECTED
    assert left_out == {"System/Tpl/Daily.md": IN_FOLDER, "templates/Template.md": IN_FOLDER}
