"""Getting text out: the system clipboard wrapper and saving to a file the user names."""

from __future__ import annotations

import pytest

from rewriter.clipboard import NoSystemClipboard, SystemClipboard, save_text
from rewriter.errors import InputError


def test_save_text_writes_a_private_file(tmp_path):
    target = save_text(str(tmp_path / "post.txt"), "a client said hello")
    assert target.read_text(encoding="utf-8") == "a client said hello"
    assert target.stat().st_mode & 0o777 == 0o600


def test_save_text_expands_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert save_text("~/post.txt", "x") == tmp_path / "post.txt"


@pytest.mark.parametrize(
    "name, message",
    [("", "no file name given"), ("   ", "no file name given"), ("{dir}", "is a directory"),
     ("{dir}/missing/post.txt", "no such folder"), ("{dir}/exists.txt", "already exists")],
)
def test_save_text_refuses_with_one_line(tmp_path, name, message):
    (tmp_path / "exists.txt").write_text("mine")
    with pytest.raises(InputError, match=message):
        save_text(name.format(dir=tmp_path), "text")
    assert (tmp_path / "exists.txt").read_text() == "mine"


def test_no_system_clipboard_copies_nothing():
    assert NoSystemClipboard().copy("x") is False and not NoSystemClipboard.available


def test_system_clipboard_without_a_display_says_so(monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    clip = SystemClipboard()
    assert clip.available is False
    assert clip.copy("secret") is False


def test_system_clipboard_uses_the_mechanism_pyperclip_finds(monkeypatch):
    import pyperclip

    copied = []
    monkeypatch.setattr(pyperclip, "determine_clipboard", lambda: (copied.append, lambda: ""))
    clip = SystemClipboard()
    assert clip.available and clip.copy("a client") and copied == ["a client"]


def test_system_clipboard_that_fails_is_reported_not_raised(monkeypatch):
    import pyperclip

    def broken(text):
        raise pyperclip.PyperclipException("xclip: cannot open display")

    monkeypatch.setattr(pyperclip, "determine_clipboard", lambda: (broken, lambda: ""))
    assert SystemClipboard().copy("x") is False


def test_where_a_terminal_copy_goes_outside_tmux_is_the_terminal():
    from rewriter.clipboard import TERMINAL, terminal_clipboard_route

    assert terminal_clipboard_route({}) == TERMINAL


@pytest.mark.parametrize("route, system, arrived, says", [
    ("tmux", False, True, ["tmux's clipboard", "tmux show-buffer", "ctrl+s"]),
    ("tmux", True, True, ["system clipboard", "tmux's clipboard"]),
    ("tmux ignores it", False, False, ["set -g set-clipboard on", "ctrl+s"]),
    ("tmux ignores it", True, True, ["system clipboard", "set -g set-clipboard on"]),
    ("terminal", False, True, ["terminal clipboard (OSC 52)", "paste it", "ctrl+s"]),
    ("terminal", True, True, ["system clipboard and the terminal clipboard"]),
])
def test_the_copy_report_says_where_the_text_went_and_how_to_check(route, system, arrived, says):
    from rewriter.clipboard import copy_report

    report = copy_report(route, system)
    assert report.arrived is arrived and report.title == ("Copied" if arrived else "Text not copied")
    assert "not copied" not in report.message, "the title says it; the message says why and what to do"
    for words in says:
        assert words in report.message, (words, report.message)


@pytest.mark.parametrize("route", ["tmux", "tmux ignores it", "terminal"])
def test_a_copy_of_something_else_than_the_post_names_it_and_what_to_do_instead(route):
    # issue 12 (walk-through 2): ctrl+l's failed copy of a post's link said to press ctrl+s (which saves the post)
    from rewriter.clipboard import copy_report

    report = copy_report(route, False, "the link", "select the link with the mouse")
    assert "ctrl+s" not in report.message and "select the link with the mouse" in report.message, report.message
    if not report.arrived:
        assert report.title == "Link not copied" and report.message.startswith("tmux ignores"), report
