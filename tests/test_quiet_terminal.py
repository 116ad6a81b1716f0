"""`rewriter tui` turns the terminal's echo off while the app starts, and puts it back when it ends."""

from __future__ import annotations

import os
import pty
import termios

from rewriter.cli.quiet_terminal import no_echo_until_done


def test_the_echo_is_off_while_the_app_runs_and_back_after_even_on_an_error():
    leader, follower = pty.openpty()
    try:
        with os.fdopen(follower, "rb", buffering=0, closefd=False) as stream:
            assert termios.tcgetattr(follower)[3] & termios.ECHO
            try:
                with no_echo_until_done(stream):
                    assert not termios.tcgetattr(follower)[3] & termios.ECHO
                    raise RuntimeError("the app failed")
            except RuntimeError:
                pass
            assert termios.tcgetattr(follower)[3] & termios.ECHO
    finally:
        os.close(leader)
        os.close(follower)


def test_input_that_is_no_terminal_is_left_alone(tmp_path):
    with open(tmp_path / "draft.txt", "w+b") as stream, no_echo_until_done(stream):
        pass  # no error: nothing to quieten


def test_keys_typed_before_the_echo_went_off_are_known_to_have_been_shown():
    # on a busy machine the app reads them only once it is ready, so it cannot tell they came early;
    # the command clears the screen after the app when this says so
    leader, follower = pty.openpty()
    try:
        with os.fdopen(follower, "rb", buffering=0, closefd=False) as stream:
            with no_echo_until_done(stream) as quieted:
                assert not quieted.keys_were_shown  # nothing typed yet
            os.write(leader, b"Shoutout to Tom")
            with no_echo_until_done(stream) as quieted:
                assert quieted.keys_were_shown
    finally:
        os.close(leader)
        os.close(follower)
