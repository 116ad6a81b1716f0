"""What the screen shows after the terminal is resized is what the text is (issue 12, walk6 #9): the draft
read "...biggest client ever," / "ever, 2,300 seats, ..." after a resize, until a key was pressed."""

from __future__ import annotations

import re
import time

import pytest

from .test_terminal import app_in_tmux, pytestmark  # noqa: F401  (skipped without tmux)

DRAFT = "Can't say who yet but we just signed our biggest client ever, 2,300 seats, launch is 14 March 🚀\n"


def _draft_words(screen: str) -> list[str]:
    """The words in the draft's box, in the order they are drawn (the rows between ▊ and ▎)."""
    rows = [m.group(1) for line in screen.splitlines() if (m := re.match(r"▊(.*?)▎", line))]
    return " ".join(r for r in rows if "▔" not in r and "▁" not in r).split()


def _resize(term, width: int) -> str:
    term.run("resize-window", "-x", str(width), "-y", "32")
    time.sleep(1.5)  # no key pressed: what is drawn now must already be right
    return term.wait_for("")


def test_after_a_resize_the_draft_shows_each_word_once_without_a_key_pressed(tmp_path):
    with app_in_tmux(tmp_path, DRAFT, width=100) as term:
        term.wait_for("spans", "things to review")
        term.wait_for(" span")
        for width in (140, 100, 80, 120):
            screen = _resize(term, width)
            assert _draft_words(screen) == DRAFT.split(), f"at {width} columns:\n{screen}"


@pytest.mark.parametrize("width", [80, 100, 140])
def test_every_suggestion_in_the_list_is_shown_whole(tmp_path, width):
    with app_in_tmux(tmp_path, DRAFT, width=width) as term:
        screen = term.wait_for("say instead: soon")
        span_list = " ".join(line.split("▏", 1)[1] for line in screen.splitlines() if "▏" in line)
        assert "say instead: thousands of seats" in " ".join(span_list.split()), screen
