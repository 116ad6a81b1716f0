"""f1 opens this app's help (issue 12, item 4): the kinds and their colours, the states, the keys that
matter and that nothing leaves the computer; the palette lists each command once, in the app's words."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.widgets import Footer, Static

from rewriter.kinds import KINDS, RISK_KINDS
from rewriter.tui.help import HelpScreen

from .conftest import ready, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)


def shown(screen) -> str:
    """Everything the screen's texts and tables say, scrolled into view or not."""
    console = Console(width=200, record=True, file=io.StringIO())
    for static in screen.query(Static):
        console.print(static.content)
    return " ".join(console.export_text().split())


async def test_f1_opens_the_apps_own_help_and_closes_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="the help")
        assert not app.screen.query("HelpPanel")  # not Textual's list of 35 cursor keys
        text = shown(app.screen)
        for k in KINDS.values():
            assert k.label in text and " ".join(k.why.split()) in text
        for risk in RISK_KINDS.values():
            assert risk.label in text
        for words in ("verified clean", "things to review", "identifying", "Nothing you type is sent anywhere",
                      "ctrl+r", "ctrl+y", "alt+a", "ctrl+d", "escape", "ctrl+q", "watch list"):
            assert words in text, words
        await pilot.press("f1")
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen), what="the help to close")
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="the help")
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen), what="the help to close")


async def test_the_palette_names_each_command_once_in_the_apps_words(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        for screen in (app.screen, None):
            if screen is None:
                await pilot.press("ctrl+r")
                screen = await review_done(pilot, app)
            commands = list(app.get_system_commands(screen))
            titles = [c.title for c in commands]
            assert len(titles) == len(set(titles)), titles
            assert "Keys" not in titles and "Show keys" not in titles and "Screenshot" not in titles
            assert "Help" in titles and "Quit" in titles
            assert not [c for c in commands if "as soon as possible" in c.help]
        help_command = next(c for c in app.get_system_commands(app.screen) if c.title == "Help")
        help_command.callback()
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="the help")


@pytest.mark.parametrize("width", [90, 80])
async def test_the_footer_shows_every_key_hint_in_full(make_app, width):
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await ready(pilot, app)
        for step in ("draft", "review"):
            if step == "review":
                await pilot.press("ctrl+r")
                await review_done(pilot, app)
            await pilot.pause()
            keys = sorted(app.screen.query_one(Footer).query("FooterKey"), key=lambda k: k.region.x)
            assert len(keys) >= 5, step
            for left, right in zip(keys, keys[1:]):
                assert left.region.right <= right.region.x, (step, left.description, right.description)
            assert keys[-1].region.right <= width, (step, keys[-1].description)
            assert {"Copy", "Save", "Help", "Quit"} <= {k.description for k in keys}, step
