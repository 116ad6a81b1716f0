"""What a new user met on a real terminal (tmux; issue 12, second walk-through): a status bar cut off at
90 columns, an empty draft called verified, a role list that could not be filtered."""

from __future__ import annotations

import re

import pytest

from .test_terminal import app_in_tmux, pytestmark  # noqa: F401  (skipped without tmux)

# The walk-through's nurse: a street, a name and a ward; a crash in the news, four things to review.
NURSE = ("4 of the kids from the Marlow Road school minibus crash you've all seen on the news came through "
         "resus tonight. Sarah Jones on Ward 7 was amazing.\n")


def status_line(screen: str) -> str:
    """The status bar: the lowest line that names the role."""
    return [line for line in screen.splitlines() if "role " in line and "│" in line][-1]


@pytest.mark.parametrize("width", [80, 90])
def test_what_remains_stays_readable_in_the_status_bar(tmp_path, width):
    with app_in_tmux(tmp_path, NURSE, width=width, config='role = "nurse"') as term:
        screen = term.wait_for("things to review")
        line = status_line(screen)
        # the news story, the school's road beside a named colleague, the coverage, the kids in resus
        assert "3 spans · 4 things to review" in line, line
        assert "offline" in line and "role nurse" in line, line  # shortened, not dropped
        term.keys("C-r")  # the review's status bar: the rewrite's verdict, whole
        screen = term.wait_for("method:")
        left = re.search(r"\d+ things? to review", screen.splitlines()[1])
        verdict = "✓ verified clean" if "✓ verified clean" in screen.splitlines()[1] else left.group(0) if left else "1 thing to review"
        term.wait_for(f"offline │ {verdict}")
        assert status_line(term.screen).rstrip().endswith(f"offline │ {verdict}"), term.screen


def test_an_empty_draft_is_not_called_verified_on_a_real_terminal(tmp_path):
    with app_in_tmux(tmp_path, None, width=90) as term:
        screen = term.wait_for("Paste or type a draft", "verified clean")
        assert "verified" not in screen, screen
        term.keys("Long day on the ward.", literal=True)
        term.wait_for("verified clean")
        term.keys("C-a", "C-k")  # the line cleared: empty again
        screen = term.wait_for("Paste or type a draft")
        term.wait_gone("verified clean")


def test_typing_narrows_the_role_list_on_a_real_terminal(tmp_path):
    with app_in_tmux(tmp_path, "Long day on the ward.\n", width=90) as term:
        term.wait_for("detector ready")
        term.keys("C-p")
        term.wait_for("Search")
        term.keys("Set my role", literal=True)
        term.wait_for("Set my role…")
        term.keys("Enter")
        screen = term.wait_for("filter")
        assert "pharmacist" in screen and "social worker" in screen
        term.keys("nur", literal=True)
        term.wait_gone("pharmacist")
        screen = term.wait_for("nurse")
        assert "social worker" not in screen and "engineer" not in screen, screen
        term.keys("Enter")
        term.wait_for("Remember your role?")
        term.keys("Escape")  # this session only
        term.wait_for("role nurse")
