"""`rewriter watch`: names from standard input or a prompt that does not echo (never only as arguments,
which shells keep in their history); the argument form still works for scripts."""

from __future__ import annotations

import os
import pty
import select
import sys
import time

from conftest import ROOT, TESTS


def test_add_reads_names_from_standard_input_one_a_line(cli):
    added = cli("watch", "add", input="Lena Marsh\n\n  Project Falcon  \n")
    assert added.code == 0 and added.out == "added 2; the watch list has 2 entries\n", added.err
    assert cli("watch", "has", "Project Falcon").code == 0
    assert cli("watch", "has", input="Lena Marsh\n").code == 0
    assert cli("watch", "remove", input="Lena Marsh\n").out == "removed 1; the watch list has 1 entry\n"


def test_the_argument_form_still_works(cli):
    assert cli("watch", "add", "Lena Marsh").out == "added 1; the watch list has 1 entry\n"
    assert cli("watch", "has", "Lena Marsh").code == 0


def test_nothing_given_is_a_one_line_usage_error(cli):
    run = cli("watch", "add", input="")
    assert run.code == 2 and run.err.count("\n") == 1 and "no name or term given" in run.err


def test_help_says_which_form_to_prefer(cli):
    text = " ".join(cli("watch", "add", "--help").out.split())
    assert "Prefer standard input" in text and "shell's history" in text


def test_on_a_terminal_the_names_are_typed_at_a_prompt_that_does_not_show_them(isolated_env):
    env = dict(isolated_env, PYTHONPATH=os.pathsep.join([str(TESTS / "netguard"), str(ROOT)]))
    pid, terminal = pty.fork()
    if pid == 0:  # the child: a real terminal on stdin, stdout and stderr
        os.execve(sys.executable, [sys.executable, "-m", "rewriter", "watch", "add"], env)
    seen = b""

    def read_until(marker: bytes, timeout: float = 120) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while marker not in seen and time.monotonic() < deadline:
            if select.select([terminal], [], [], 0.5)[0]:
                try:
                    seen += os.read(terminal, 4096)
                except OSError:
                    break

    read_until(b"1: ")
    os.write(terminal, b"Lena Marsh\n")
    read_until(b"2: ")
    os.write(terminal, b"\n")
    read_until(b"entry")
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert b"added 1; the watch list has 1 entry" in seen
    assert b"Lena" not in seen  # never echoed to the screen
