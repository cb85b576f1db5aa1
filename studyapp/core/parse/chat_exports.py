"""Chats exported as JSON, read as the chat text the chat layer reads:

- ChatGPT's ``conversations.json`` (its data export): each conversation's messages
  along the branch it shows (from its ``current_node`` up its ``mapping``), as
  ``**You:**`` / ``**ChatGPT:**`` turns; a tool's, the system's and hidden messages
  left out.
- Claude's ``conversations.json``: each conversation's ``chat_messages``, its
  ``human`` and ``assistant`` turns.
- Telegram's ``result.json``: the ``messages`` of a chat, each a line "date, time -
  sender: text", as a chat app exports a chat (chat_headers reads who asks).

An export of several conversations puts each one's questions under its title (ChatGPT
names them by their subject: "SQL interview prep"), its default name ("New chat") aside.

None for any other JSON (flashcards, settings): json_cards reads those.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from studyapp.core.parse.json_cards import read_json

_PERSON = "**You:**"
_ASSISTANT = "**ChatGPT:**"


class ChatExport(NamedTuple):
    text: str  # the chat as the chat layer reads it
    ending: str  # ".md" for an assistant's turns, ".txt" for a chat app's lines
    # Where each conversation starts in `text` (its line) and its title, where the
    # export holds more than one: each conversation's questions are under its title.
    titles: list[tuple[int, str]]


# A conversation's name that says nothing of it (ChatGPT's and Claude's default).
_UNNAMED = frozenset(("", "new chat", "untitled", "new conversation"))


def chat_text(text: str) -> ChatExport | None:
    """The chat a JSON export holds (see the module); None where it holds none."""
    if '"mapping"' not in text and '"chat_messages"' not in text and '"messages"' not in text:
        return None  # (the usual JSON file: told without loading it)
    data = read_json(text)
    conversations = data if isinstance(data, list) else [data]
    turns: list[str] = []
    titles: list[tuple[int, str]] = []
    line = 1  # where the next turn starts in the text
    for conversation in conversations:
        if not isinstance(conversation, dict):
            return None
        if isinstance(conversation.get("mapping"), dict):
            said = _chatgpt(conversation)
        elif isinstance(conversation.get("chat_messages"), list):
            said = _claude(conversation["chat_messages"])
        elif isinstance(conversation.get("messages"), list) and len(conversations) == 1:
            lines = _telegram(conversation["messages"])
            return ChatExport("\n".join(lines) + "\n", ".txt", []) if lines else None
        else:
            return None
        title = " ".join(str(conversation.get("title") or conversation.get("name") or "").split())
        if said:  # (an unnamed one's questions under no title)
            titles.append((line, "" if title.casefold() in _UNNAMED else title))
        turns += said
        line += sum(turn.count("\n") + 2 for turn in said)  # (a blank line after each)
    if not turns:
        return None
    several = len(titles) > 1 and any(title for _, title in titles)
    return ChatExport("\n\n".join(turns) + "\n", ".md", titles if several else [])


def _turn(person: bool, said: str) -> str:
    return f"{_PERSON if person else _ASSISTANT}\n\n{said.strip()}"


def _chatgpt(conversation: dict[str, Any]) -> list[str]:
    """The turns along the branch ChatGPT shows: from the current node to the root."""
    mapping = conversation["mapping"]
    node = conversation.get("current_node")
    if node not in mapping:  # (an older export: the last node that has no children)
        node = next((k for k, v in mapping.items() if not (v or {}).get("children")), None)
    path: list[dict] = []
    seen: set[str] = set()
    while isinstance(node, str) and node in mapping and node not in seen:
        seen.add(node)
        entry = mapping[node] or {}
        path.append(entry.get("message") or {})
        node = entry.get("parent")
    turns = []
    for message in reversed(path):
        role = ((message.get("author") or {}).get("role")) or ""
        hidden = (message.get("metadata") or {}).get("is_visually_hidden_from_conversation")
        if role not in ("user", "assistant") or hidden:
            continue
        content = message.get("content") or {}
        parts = [p for p in content.get("parts") or [] if isinstance(p, str) and p.strip()]
        if content.get("content_type", "text") == "text" and parts:
            turns.append(_turn(role == "user", "\n\n".join(parts)))
    return turns


def _claude(messages: list[Any]) -> list[str]:
    turns = []
    for message in messages:
        if not isinstance(message, dict) or message.get("sender") not in ("human", "assistant"):
            continue
        said = message.get("text") or ""
        if not said.strip():  # (a newer export keeps the text in its content's parts)
            parts = message.get("content") or []
            said = "\n\n".join(p.get("text", "") for p in parts if isinstance(p, dict))
        if said.strip():
            turns.append(_turn(message["sender"] == "human", said))
    return turns


def _telegram(messages: list[Any]) -> list[str]:
    lines = []
    for message in messages:
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            continue
        sender, date = message.get("from"), str(message.get("date") or "")
        said = _telegram_text(message.get("text"))
        if not isinstance(sender, str) or not said.strip() or "T" not in date:
            continue
        day, time = date.split("T", 1)
        # (the message's own lines after its first go on under it, as a chat app writes)
        lines.append(f"{day}, {time[:5]} - {sender}: {said.strip()}")
    return lines


def _telegram_text(value: Any) -> str:
    """A Telegram message's text: a string, or a list of strings and styled pieces."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in value)
    return ""
