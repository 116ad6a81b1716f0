"""Keys as a real terminal sends them: alt+letter arrives as ESC and the letter, which Textual's key
parser turns into an ``alt+a`` key that still carries the printable "a". Pilot's ``press("alt+a")``
makes a key without the character, so these tests feed the bytes through the parser instead."""

from __future__ import annotations

import pytest
from textual._xterm_parser import XTermParser

from .conftest import DRAFT, ready, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)


def parsed_keys(data: str) -> list:
    """The key events Textual's terminal driver makes of ``data`` (the end of input flushes a lone ESC)."""
    parser = XTermParser()
    return [*parser.feed(data), *parser.feed("")]


async def type_bytes(pilot, data: str) -> None:
    """Send ``data`` to the app as its terminal driver would: parsed, then posted to the app."""
    for event in parsed_keys(data):
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
    await pilot.pause()


def test_the_parser_makes_escape_a_into_a_printable_alt_a():
    # the premise of the tests below: the key carries its letter, so a text area could type it
    [key] = parsed_keys("\x1ba")
    assert key.key == "alt+a" and key.character == "a" and key.is_printable


async def test_alt_a_from_a_terminal_applies_the_suggestion_and_types_nothing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        editor = app.screen.editor
        editor.move_cursor(editor.document.get_location_from_index(DRAFT.index("Walsh")))
        await type_bytes(pilot, "\x1ba")
        await wait_for(pilot, lambda: "Gregory Walsh" not in editor.text, what="the suggestion")
        assert editor.text.startswith("Had a long session with someone this morning"), editor.text


@pytest.mark.parametrize("letter", ["a", "i", "w", "c"])
async def test_no_alt_key_from_a_terminal_types_its_letter_in_the_draft(make_app, letter):
    app = make_app(draft="Lena")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        editor = app.screen.editor
        editor.move_cursor((0, 1))  # inside the word, where "La" + "ena" would show it
        await type_bytes(pilot, f"\x1b{letter}")
        await pilot.pause(0.1)
        assert f"L{letter}ena" not in editor.text


async def test_alt_c_from_a_terminal_in_the_rewrite_types_nothing(make_app):
    from .conftest import review_done

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        before = review.right.text
        await type_bytes(pilot, "\x1bc")
        await pilot.pause(0.1)
        assert review.right.text == before


# Applying one span puts what the rewrite puts there: a person's bed goes with them ("Gregory Walsh in
# bed 4" is one person, one replacement), as in the rewrite.
@pytest.mark.parametrize("draft, name, expected", [
    ("Long night. Gregory Walsh in bed 4 kept asking for tea.", "Walsh", "Long night. Someone kept asking"),
    ("Gregory Walsh in bed 4 kept asking for tea.", "Gregory", "Someone kept asking"),
    ("long night. gregory walsh in bed 4 kept asking.", "gregory", "long night. someone"),  # the writer's lower case
    ("I sat with Gregory Walsh today.", "Walsh", "I sat with someone today."),
])
async def test_a_suggestion_applied_at_a_sentence_start_starts_with_a_capital(make_app, draft, name, expected):
    app = make_app(draft=draft)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        editor = app.screen.editor
        editor.move_cursor(editor.document.get_location_from_index(draft.index(name)))
        await type_bytes(pilot, "\x1ba")
        await wait_for(pilot, lambda: editor.text != draft, what="the suggestion")
        assert expected in editor.text, editor.text


async def test_a_suggestion_is_what_the_rewrite_puts_there_in_this_sentence(make_app):
    # the walk-through: a nurse's "my colleague Sinead" was offered "a patient" ("my colleague a patient")
    from dataclasses import replace as with_changes

    from rewriter.config import Config

    draft = "Honestly can't believe my colleague Sinead turned up late to handover again."
    app = make_app(draft=draft, config=with_changes(Config(), role="nurse"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        await wait_for(pilot, lambda: any(s.text == "Sinead" for s in screen.spans), what="the span")
        [sinead] = [s for s in screen.spans if s.text == "Sinead"]
        assert "patient" not in sinead.suggestion and "colleague" in sinead.suggestion, sinead.suggestion
        editor = screen.editor
        editor.move_cursor(editor.document.get_location_from_index(draft.index("Sinead")))
        await type_bytes(pilot, "\x1ba")
        await wait_for(pilot, lambda: editor.text != draft, what="the suggestion")
        assert editor.text == "Honestly can't believe my colleague turned up late to handover again.", editor.text
