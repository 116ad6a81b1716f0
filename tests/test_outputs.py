"""Files that hold draft text (`audit --out`): readable by the user only, never through a symbolic link,
never left half-written."""

from __future__ import annotations

import json
import os
import stat
import threading

import pytest

from rewriter.errors import InputError
from rewriter.outputs import PrivateFile

POST = json.dumps({"id": 1, "text": "Met Sarah Jones at Ward 7 today."}) + "\n"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_audit_out_is_readable_by_the_user_only(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    run = cli("audit", "-", "--out", str(out), input=POST)
    assert run.code == 1, run.err
    assert mode(out) == 0o600 and json.loads(out.read_text())["id"] == 1


def test_audit_out_over_a_world_readable_file_leaves_it_private(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    out.chmod(0o644)
    assert cli("audit", "-", "--out", str(out), input=POST).code == 1
    assert mode(out) == 0o600 and "Sarah" in out.read_text()


def test_audit_out_refuses_a_symbolic_link_in_one_line(cli, tmp_path):
    someone_elses = tmp_path / "theirs.txt"
    someone_elses.write_text("their file\n")
    link = tmp_path / "out.jsonl"
    link.symlink_to(someone_elses)
    run = cli("audit", "-", "--out", str(link), input=POST)
    assert run.code == 2 and run.out == ""
    assert run.err == f"rewriter: error: {link}: is a symbolic link; name the file itself (a link may point into someone else's file)\n"
    assert someone_elses.read_text() == "their file\n" and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failed_write_leaves_the_target_as_it_was_and_nothing_else(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("before\n")
    with pytest.raises(KeyboardInterrupt):
        with PrivateFile(str(target)) as fh:
            fh.write("half a line")
            raise KeyboardInterrupt
    assert target.read_text() == "before\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_dangling_link_is_refused_too(tmp_path):
    link = tmp_path / "out.jsonl"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(InputError, match="symbolic link"):
        PrivateFile(str(link))
    assert not (tmp_path / "nowhere").exists()


def test_a_named_pipe_is_written_in_place_not_replaced(tmp_path):
    # "--out /dev/null" or a FIFO another program reads: replacing it would leave a regular file where the
    # device or pipe was (as root, /dev/null itself)
    pipe = tmp_path / "out.fifo"
    os.mkfifo(pipe)
    got = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text()), daemon=True)
    reader.start()
    with PrivateFile(str(pipe)) as fh:
        fh.write(POST)
    reader.join(timeout=10)
    assert got == [POST] and stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]

