"""Posts from JSON Lines: one ``{"id": ..., "text": ..., "role": ...}`` object a line.

A malformed line is reported through ``warn`` with its number and skipped; the rest are read."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..errors import InputError
from ..inputs import decode


@dataclass
class Post:
    line: int
    id: object
    text: str
    role: str | None


def parse_lines(raw: str, name: str, warn) -> tuple[list[Post], int]:
    """Parse JSONL; report each malformed line with its number and skip it."""
    posts, skipped = [], 0
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            warn(f"{name}:{number}: not valid JSON ({exc.msg}); skipped")
            skipped += 1
            continue
        if not isinstance(obj, dict):
            warn(f"{name}:{number}: expected an object with \"id\" and \"text\"; skipped")
            skipped += 1
            continue
        if "text" not in obj or not isinstance(obj["text"], str):
            warn(f"{name}:{number}: missing \"text\" string; skipped")
            skipped += 1
            continue
        role = obj.get("role") if isinstance(obj.get("role"), str) else None
        posts.append(Post(number, obj.get("id", number), obj["text"].replace("\x00", ""), role))
    return posts, skipped


def decode_lines(data: bytes, name: str, warn, encoding: str | None = None) -> str:
    """The file as text; a line that is not UTF-8 is reported with its number and left out (as a
    blank line, so the numbers of the lines after it stay right), and the rest is processed."""
    if encoding:
        return decode(data, name, encoding)
    try:
        return decode(data, name)
    except InputError:
        pass
    lines, problems = [], []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            problems.append(f"{name}:{number}: not valid UTF-8 at byte {exc.start} of the line; skipped")
            lines.append("")
    if not any(line.strip() for line in lines):
        decode(data, name)  # nothing readable at all: the whole-file message, with its encoding guess
    for problem in problems:
        warn(problem)
    return "\n".join(lines).removeprefix("\ufeff")
