"""The prompts sent to the model: plain text files, read on every run.

The defaults ship inside the package (``rewriter/prompts/``). A user overrides any of them file by
file: a file of the same name in the folder ``[model] prompts_dir`` names, or, when that is not set,
in ``prompts/`` in the user config directory (next to ``config.toml``), replaces the default; the
other files stay the defaults. The current directory is not searched, so a ``prompts/`` folder that
happens to be where the tool is run cannot change what the model is told. A missing override folder,
an unreadable file or a template without its placeholder is a one-line error.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..config import user_config_dir
from ..errors import ModelError

FILES = ("system.txt", "instructions.txt", "examples.txt", "retry.txt")


@dataclass(frozen=True)
class Prompts:
    system: str
    instructions: str  # contains {draft}
    examples: tuple[tuple[str, str], ...]  # (draft, rewrite) pairs
    retry: str  # contains {reasons}
    paths: dict[str, Path]  # where each file was read from, by file name

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


DEFAULTS_DIR = Path(__file__).resolve().parents[1] / "prompts"


def user_prompts_dir() -> Path:
    return user_config_dir() / "prompts"


def override_dir(configured: str | Path = "") -> Path | None:
    """The folder whose files replace the defaults: the configured one (which must exist), else the
    user config dir's ``prompts/`` when there is one, else None."""
    if str(configured).strip():
        directory = Path(configured).expanduser()
        if not directory.is_dir():
            raise ModelError(f"{directory}: prompts folder not found ([model] prompts_dir)")
        return directory
    user = user_prompts_dir()
    return user if user.is_dir() else None


def prompt_paths(configured: str | Path = "") -> dict[str, Path]:
    """Each prompt file's path: the override when the override folder has that file, else the default."""
    overrides = override_dir(configured)
    paths = {}
    for name in FILES:
        own = overrides / name if overrides is not None else None
        # lexists, not is_file: a directory or dangling link by that name is an error, not skipped in silence
        paths[name] = own if own is not None and os.path.lexists(own) else DEFAULTS_DIR / name
    return paths


def load_prompts(configured: str | Path = "") -> Prompts:
    """The prompts, with the user's overrides (see the module docstring); ``configured`` is
    ``[model] prompts_dir``."""
    paths = prompt_paths(configured)
    texts = {}
    for name, path in paths.items():
        try:
            texts[name] = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise ModelError(f"{path}: prompt file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ModelError(f"{path}: cannot read prompt file ({exc})") from None
    if "{draft}" not in texts["instructions.txt"]:
        raise ModelError(f"{paths['instructions.txt']}: must contain {{draft}} where the post goes")
    if "{reasons}" not in texts["retry.txt"]:
        raise ModelError(f"{paths['retry.txt']}: must contain {{reasons}} where the problems go")
    return Prompts(
        system=texts["system.txt"],
        instructions=texts["instructions.txt"],
        examples=tuple(parse_examples(texts["examples.txt"], paths["examples.txt"])),
        retry=texts["retry.txt"],
        paths=paths,
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
