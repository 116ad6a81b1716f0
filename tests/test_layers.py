"""The layers of `rewriter/`: each module imports only its own layer or the ones below, without cycles.

An ``ast`` walk over every module collects every import of a ``rewriter`` module, at module level and
inside functions alike (a lazy import is still a dependency), relative and absolute. It fails when a
module imports a higher layer, when modules import each other in a cycle (also within one layer), when
a module outside ``rewriter/tui`` imports Textual, or when a module belongs to no layer: a new module
must be placed in LAYERS below.
"""

from __future__ import annotations

import ast
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "rewriter"

# Low to high, by the first part of the module's name under rewriter/ (a package takes its submodules
# along). "rewriter" is the package itself, which holds the version.
# A span carries its kind, so spans sit just above the kinds registry, which imports nothing of ours.
LAYERS = [
    ("base", {"rewriter", "errors", "text", "patterns", "display", "vocab", "inputs", "outputs", "clipboard", "frames"}),
    ("kinds", {"kinds"}),
    ("spans", {"spans"}),
    ("config and sources", {"config", "settings", "sources"}),
    ("detect", {"detect", "review"}),
    ("generalise and verify", {"generalise", "verify"}),
    ("llm", {"llm"}),
    ("pipeline", {"pipeline", "audit"}),
    ("tui", {"tui"}),
    ("cli", {"cli"}),
    ("__main__", {"__main__"}),
]

# Each entry must still be found: when one is gone, delete it here, so this list only ever shrinks.
# Empty since issue 9: keep it so.
KNOWN_VIOLATIONS: set[tuple[str, str, str]] = set()


# -- reading the imports -----------------------------------------------------------------------------

def module_name(relative_path: str) -> str:
    """``rewriter/detect/__init__.py`` -> ``rewriter.detect``; ``rewriter/cli/audit.py`` -> ``rewriter.cli.audit``."""
    parts = relative_path.removesuffix(".py").split("/")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(name: str, is_package: bool, source: str, modules: set[str]):
    """Yield (imported module, line, lazy) for each import of a ``rewriter`` module in ``source``.

    ``from X import y`` counts as an import of ``X.y`` when that is a module, else of ``X``."""
    tree = ast.parse(source)
    lazy_lines = {
        node.lineno
        for function in ast.walk(tree)
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(function)
        if isinstance(node, (ast.Import, ast.ImportFrom))
    }
    own_package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = own_package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        for target in targets:
            yield target, node.lineno, node.lineno in lazy_lines


def layer_of(name: str) -> int | None:
    parts = name.split(".")
    top = parts[1] if len(parts) > 1 else parts[0]
    for number, (_, members) in enumerate(LAYERS):
        if top in members:
            return number
    return None


def describe(name: str) -> str:
    number = layer_of(name)
    return f"{name} (no layer)" if number is None else f"{name} (layer {number}, {LAYERS[number][0]})"


def path_between(graph: dict[str, set[str]], start: str, goal: str) -> list[str] | None:
    """The shortest chain of imports from ``start`` to ``goal``, or None."""
    previous = {start: None}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        if here == goal:
            chain = []
            while here is not None:
                chain.append(here)
                here = previous[here]
            return chain[::-1]
        for nxt in sorted(graph.get(here, ())):
            if nxt not in previous:
                previous[nxt] = here
                queue.append(nxt)
    return None


def violations(sources: dict[str, str]) -> dict[tuple[str, str, str], str]:
    """Every broken rule in ``sources`` (relative path -> text), as (kind, importer, imported) -> message."""
    modules = {module_name(path): (path.endswith("__init__.py"), text) for path, text in sources.items()}
    found: dict[tuple[str, str, str], str] = {}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    where: dict[tuple[str, str], str] = {}
    for name, (is_package, text) in sorted(modules.items()):
        if layer_of(name) is None:
            found[("unmapped", name, "")] = f"{name} is in no layer: place it in LAYERS in tests/test_layers.py"
        for target, line, lazy in imports_of(name, is_package, text, set(modules)):
            root = target.split(".")[0]
            if root == "textual" and not (name == f"{PACKAGE}.tui" or name.startswith(f"{PACKAGE}.tui.")):
                found[("textual", name, target)] = f"{name} imports {target} (line {line}): only rewriter/tui may import Textual"
            if root != PACKAGE or target == name:
                continue
            graph[name].add(target)
            where.setdefault((name, target), f"line {line}{', inside a function' if lazy else ''}")
    for (importer, imported), at in sorted(where.items()):
        importer_layer, imported_layer = layer_of(importer), layer_of(imported)
        if importer_layer is not None and imported_layer is not None and imported_layer > importer_layer:
            found[("upward", importer, imported)] = (
                f"{describe(importer)} imports {describe(imported)} ({at}): a higher layer")
        back = path_between(graph, imported, importer)
        if back:
            found[("cycle", importer, imported)] = (
                f"{describe(importer)} imports {describe(imported)} ({at}), which leads back to it: "
                f"{' -> '.join(back)}")
    return found


def rewriter_sources() -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((ROOT / PACKAGE).rglob("*.py"))
    }


# -- the tests ---------------------------------------------------------------------------------------

def test_each_module_imports_only_its_layer_or_lower_and_no_cycles():
    found = violations(rewriter_sources())
    new = {key: message for key, message in found.items() if key not in KNOWN_VIOLATIONS}
    assert not new, "layer rules broken:\n" + "\n".join(sorted(new.values()))
    gone = KNOWN_VIOLATIONS - found.keys()
    assert not gone, "no longer violated; delete from KNOWN_VIOLATIONS:\n" + "\n".join(map(str, sorted(gone)))


def test_the_checker_reports_an_upward_import_a_cycle_textual_and_an_unplaced_module():
    sources = {
        "rewriter/__init__.py": "",
        "rewriter/errors.py": "def fail():\n    from .pipeline import Pipeline\n",  # base reaching up, lazily
        "rewriter/pipeline.py": "from rewriter.errors import RewriterError\n",
        "rewriter/detect/__init__.py": "from .detector import Detector\n",
        "rewriter/detect/detector.py": "from . import context\nimport textual\n",
        "rewriter/detect/context.py": "def later():\n    from .detector import Detector\n",  # same layer, but a cycle
        "rewriter/spans.py": "def show():\n    import rewriter.tui.app\n",  # absolute, lazy, upward
        "rewriter/somewhere.py": "from .spans import Span\n",
        "rewriter/tui/app.py": "from textual.app import App\n",  # allowed here
    }
    found = violations(sources)
    assert set(found) == {
        ("upward", "rewriter.errors", "rewriter.pipeline"),
        ("upward", "rewriter.spans", "rewriter.tui.app"),
        ("cycle", "rewriter.errors", "rewriter.pipeline"),
        ("cycle", "rewriter.pipeline", "rewriter.errors"),
        ("cycle", "rewriter.detect.detector", "rewriter.detect.context"),
        ("cycle", "rewriter.detect.context", "rewriter.detect.detector"),
        ("textual", "rewriter.detect.detector", "textual"),
        ("unmapped", "rewriter.somewhere", ""),
    }
    upward = found[("upward", "rewriter.errors", "rewriter.pipeline")]
    assert upward == ("rewriter.errors (layer 0, base) imports rewriter.pipeline (layer 7, pipeline) "
                      "(line 2, inside a function): a higher layer")
    assert found[("cycle", "rewriter.detect.context", "rewriter.detect.detector")].endswith(
        "leads back to it: rewriter.detect.detector -> rewriter.detect.context")
