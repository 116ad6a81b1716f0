"""The prompts sent to the model, loaded from plain text files in ``prompts/`` on every run.

Looked for in ``./prompts`` (so a user can keep their own next to their config) and then in the project's
``prompts/``. A missing file or a template without its placeholder is a one-line error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from .discovery import PROJECT_DIR

FILES = ("system.txt", "instructions.txt", "examples.txt", "retry.txt")


@dataclass(frozen=True)
class Prompts:
    system: str
    instructions: str  # contains {draft}
    examples: tuple[tuple[str, str], ...]  # (draft, rewrite) pairs
    retry: str  # contains {reasons}
    directory: Path

    def messages(self, draft: str) -> list[dict[str, str]]:
        """The chat for a first attempt: system, the examples as earlier turns, then the draft."""
        messages = [{"role": "system", "content": self.system}]
        for example_draft, example_rewrite in self.examples:
            messages.append({"role": "user", "content": self._fill(self.instructions, "{draft}", example_draft)})
            messages.append({"role": "assistant", "content": example_rewrite})
        messages.append({"role": "user", "content": self._fill(self.instructions, "{draft}", draft)})
        return messages

    def retry_messages(self, draft: str, rejected: str, reasons: list[str]) -> list[dict[str, str]]:
        """The chat for another attempt: the rejected answer and exactly what was wrong with it."""
        messages = self.messages(draft)
        messages.append({"role": "assistant", "content": rejected})
        messages.append({"role": "user", "content": self._fill(self.retry, "{reasons}", "; ".join(reasons))})
        return messages

    def texts(self) -> list[str]:
        """Every piece of prompt text, for the check that the model did not just echo its instructions."""
        return [self.system, self.instructions.replace("{draft}", ""), self.retry.replace("{reasons}", "")]

    @staticmethod
    def _fill(template: str, key: str, value: str) -> str:
        # plain replacement, not str.format: the draft may itself contain braces
        return template.replace(key, value)


def prompt_dirs() -> list[Path]:
    return [Path.cwd() / "prompts", PROJECT_DIR / "prompts"]


def find_prompt_dir() -> Path:
    for directory in prompt_dirs():
        if all((directory / name).is_file() for name in FILES):
            return directory
    where = " or ".join(str(d) for d in prompt_dirs())
    raise ModelError(f"prompt files not found: expected {', '.join(FILES)} in {where}")


def load_prompts(directory: Path | None = None) -> Prompts:
    directory = directory or find_prompt_dir()
    texts = {}
    for name in FILES:
        path = directory / name
        try:
            texts[name] = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise ModelError(f"{path}: prompt file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ModelError(f"{path}: cannot read prompt file ({exc})") from None
    if "{draft}" not in texts["instructions.txt"]:
        raise ModelError(f"{directory / 'instructions.txt'}: must contain {{draft}} where the post goes")
    if "{reasons}" not in texts["retry.txt"]:
        raise ModelError(f"{directory / 'retry.txt'}: must contain {{reasons}} where the problems go")
    return Prompts(
        system=texts["system.txt"],
        instructions=texts["instructions.txt"],
        examples=tuple(parse_examples(texts["examples.txt"], directory / "examples.txt")),
        retry=texts["retry.txt"],
        directory=directory,
    )


def parse_examples(text: str, path: Path) -> list[tuple[str, str]]:
    """``draft:`` / ``rewrite:`` line pairs; comments (#) and blank lines are ignored."""
    pairs: list[tuple[str, str]] = []
    draft = None
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key == "draft" and draft is None:
            draft = value.strip()
        elif key == "rewrite" and draft is not None:
            pairs.append((draft, value.strip()))
            draft = None
        else:
            raise ModelError(f"{path}:{number}: expected 'draft: ...' followed by 'rewrite: ...'")
    if draft is not None:
        raise ModelError(f"{path}: the last 'draft:' has no 'rewrite:'")
    return pairs
