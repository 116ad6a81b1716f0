"""`rewriter config` and `rewriter models`: what the tool will use, and why. Offline and quick: nothing is
loaded but the config file (and, for `models --measure` only, the model)."""

from __future__ import annotations

import os
import sys
from dataclasses import fields

from ..config import locate_config, user_config_dir, watchlist_path
from ..display import counted, safe_for_terminal
from ..llm.discovery import check_gguf, running_from_checkout, search_order
from ..errors import ModelError
from .exits import EXIT_CLEAN

MEASURE_MESSAGES = [
    {"role": "system", "content": "You edit social media posts. Reply with the rewritten post only."},
    {"role": "user", "content": "Rewrite this post:\nHad a long shift today but the team was brilliant and a client thanked us."},
]
MEASURE_TOKENS = 48


def cmd_config(args, config) -> int:
    """Which file is in use, how it was found, and every effective value (as TOML, to copy from)."""
    path, how = locate_config(getattr(args, "config", None))
    out = sys.stdout
    out.write(f"# config file: {_shown(path.resolve())} ({how})\n" if path else f"# config file: {how}\n")
    out.write(f"# looked for in order: --config, $REWRITER_CONFIG, ./rewriter.toml, {_shown(user_config_dir() / 'config.toml')}\n")
    watch_path, watch_how = watchlist_path()
    out.write(f"# watch list: {_shown(watch_path)} ({watch_how}; salted hashes only)\n")
    if getattr(args, "role", None):
        out.write("# role: from --role\n")
    out.write(f"role = {_toml(config.role)}\n")
    for section in ("detection", "model", "app"):
        values = getattr(config, section)
        out.write(f"\n[{section}]\n")
        for f in fields(values):
            out.write(f"{f.name} = {_toml(getattr(values, f.name))}\n")
    return EXIT_CLEAN


def cmd_models(args, config) -> int:
    """The models in the search order, which one is used and why, each file's size, and (``--measure``)
    how fast the one in use runs here."""
    out = sys.stdout
    places = search_order(getattr(args, "model", None), config.model.path)
    chosen = next(((place, place.files[0]) for place in places if place.files), None)
    out.write("Models are looked for in this order; the first found is used:\n")
    for number, place in enumerate(places, start=1):
        out.write(f"  {number}. {_shown(place.where)}\n")
        if not place.files:
            out.write(f"       {'(not given)' if place.origin in ('--model', 'config') else '(nothing here)'}\n")
        for path in place.files:
            mark = "  <- in use" if chosen and path == chosen[1] else ""
            out.write(f"       {_shown(path)}  {_described(path)}{mark}\n")
    if chosen is None:
        out.write("\nNo model found: rewrite offers the generalised text only.\n")
    else:
        place, path = chosen
        skipped = [p.where for p in places[: places.index(place)]]
        why = f"nothing at {', '.join(skipped)}" if skipped else "named first"
        out.write(f"\nIn use: {_shown(path.name)} ({place.origin}; {_shown(why)}).\n")
        if getattr(args, "measure", False):
            out.write(_measured(path, place.origin, config) + "\n")
        else:
            out.write("Speed on this machine: run `rewriter models --measure` (loads the model and writes a short answer).\n")
    folder = "models/ in the current directory" + (" or in the project folder" if running_from_checkout() else "")
    out.write(f"\nTo add one: put a GGUF instruct model (*.gguf) in {folder}, set [model] path in the config "
              "(see `rewriter config`), or pass --model PATH to rewrite, audit or tui.\n")
    return EXIT_CLEAN


def _measured(path: Path, origin: str, config) -> str:
    from ..llm.discovery import ModelChoice
    from ..llm.process import ModelProcess  # lazy: only --measure runs the model

    try:
        backend = ModelProcess(ModelChoice(path, origin), config.model)
    except ModelError as exc:
        return f"Speed on this machine: not measured: {safe_for_terminal(str(exc))}"
    try:
        load = backend.load()
        done = backend.generate(MEASURE_MESSAGES, max_tokens=MEASURE_TOKENS)
    except ModelError as exc:
        return f"Speed on this machine: not measured: {safe_for_terminal(str(exc))}"
    finally:
        backend.close()
    rate = f"{done.tokens_per_second:.1f} tokens/s" if done.tokens_per_second else "no tokens written"
    return (f"Speed on this machine: loads in {load:.1f} s; writes {rate} ({counted(done.tokens, 'token')} in {done.seconds:.1f} s, "
            f"{counted(backend.threads, 'thread')})")


def _described(path: Path) -> str:
    """The file's size, or what is wrong with it."""
    try:
        check_gguf(path)
    except ModelError as exc:
        return "- " + str(exc).removeprefix(f"{path}: ")
    return _size(path.stat().st_size)


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return ""


def _shown(value) -> str:
    text = str(value)
    home = os.path.expanduser("~")
    if home not in ("", "/") and text.startswith(home + os.sep):
        text = "~" + text[len(home):]
    return safe_for_terminal(text)


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return safe_for_terminal(f'"{escaped}"')
