"""What an Obsidian vault's settings (its `.obsidian` folder) say of its folders: where
its note templates are ("{{title}}" notes) and where its daily notes are (a journal):
neither holds questions, though their headings read as cards; and how its notes
break their lines."""

from __future__ import annotations

import json
from pathlib import Path


def template_folders(root: Path) -> set[Path]:
    """An Obsidian vault's folders of note templates ("{{title}}" notes, not questions):
    the one its settings name (core Templates, Templater), else "Templates"."""
    settings = root / ".obsidian"
    if not settings.is_dir():
        return set()
    named = {"Templates", "templates", "_templates"}
    for config, key in (
        (settings / "templates.json", "folder"),
        (settings / "plugins" / "templater-obsidian" / "data.json", "templates_folder"),
    ):
        try:
            value = json.loads(config.read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(value, str) and value.strip("/ "):
            named.add(value.strip("/ "))
    return {root / name for name in named}


DAILY_FOLDER = "a daily note (in the vault's daily-notes folder)"


def daily_folders(root: Path) -> set[Path]:
    """An Obsidian vault's folders of daily (and weekly, monthly) notes, as its settings
    name them (core Daily notes, the Periodic Notes plugin): a journal, not questions,
    though its headings ("## Tasks", "## What did I learn today?") read as cards. A
    vault that keeps them in its top folder names none (the folder is the vault)."""
    settings = root / ".obsidian"
    if not settings.is_dir():
        return set()
    folders: list[object] = []
    for config in (
        settings / "daily-notes.json",
        settings / "plugins" / "periodic-notes" / "data.json",
    ):
        try:
            data = json.loads(config.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict):
            continue
        folders.append(data.get("folder"))
        folders += [v.get("folder") for v in data.values() if isinstance(v, dict)]
    return {root / f.strip("/ ") for f in folders if isinstance(f, str) and f.strip("/ ")}


def vault_line_breaks(root: Path) -> str | None:
    """How an Obsidian vault's notes break lines, as Obsidian shows them: "break" (a
    line of its own shows as one: Obsidian's default, where a picture embedded on its
    own line stood beside the sentence above it), "space" where its settings ask for
    strict line breaks (Markdown's own rule). None for a folder that is no vault."""
    settings = root / ".obsidian"
    if not settings.is_dir():
        return None
    try:
        data = json.loads((settings / "app.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "break"
    return "space" if isinstance(data, dict) and data.get("strictLineBreaks") is True else "break"
