"""Regenerate the README screenshots (SVG saved by Textual) from the real app, detector and default model.

    .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
DRAFT = ("Long day on Ward 7 at St Mary's. Sat with Gregory Walsh, 84, for an hour after his daughter "
         "left; he told me about his garden and we laughed a lot. My colleague Priya covered my breaks. "
         "This is why I do this job.")


async def main() -> None:
    from rewriter.clipboard import NoSystemClipboard
    from rewriter.config import Config
    from rewriter.tui.app import RewriterApp
    from rewriter.tui.services import Services

    config = Config(role="nurse")
    app = RewriterApp(config, DRAFT, Services(config), system_clipboard=NoSystemClipboard())
    async with app.run_test(size=(120, 32)) as pilot:
        while not (app.model_loaded.is_set() and app.detector is not None and app.screen.checked):
            await pilot.pause(0.1)
        app.clear_notifications()
        for area in app.screen.query("TextArea"):
            area.cursor_blink = False
        await pilot.pause(0.2)
        app.save_screenshot(str(DOCS / "screenshot.svg"))
        await pilot.press("ctrl+r")
        while getattr(app.screen, "state", None) != "done":
            await pilot.pause(0.1)
        for area in app.screen.query("TextArea"):
            area.cursor_blink = False
        await pilot.pause(0.2)
        app.save_screenshot(str(DOCS / "screenshot-review.svg"))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REWRITER_WATCHLIST"] = os.path.join(tmp, "watchlist.json")  # never the user's own list
        asyncio.run(main())
