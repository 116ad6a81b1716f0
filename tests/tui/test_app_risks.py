"""Post-level risks in the app (issue 11): listed with why and advice, marked, acknowledged for this
draft, guarding copy, and the three states in the status bar. Real detector and reviewer, stand-in
pipeline."""

from __future__ import annotations

import pytest

from rewriter.tui.dialogs import Confirm
from rewriter.tui.marks import RISK, RISK_CHECKED
from rewriter.tui.review import ReviewScreen
from rewriter.tui.widgets import RISKS_HEADING, Legend, SpanList

from .conftest import NEWS_DRAFT as NEWS
from .conftest import RISKY_DRAFT as RISKY
from .conftest import ready, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)
PHRASE = "you've all seen on the news"  # the risk in RISKY
CLEAN = "Had a lovely session this morning and one of my clients finally opened up about home."


def status(app) -> str:
    return app.status.as_text().plain


async def replace_draft(pilot, screen, text: str) -> None:
    """Paste ``text`` over everything (a new draft), then wait for the check."""
    screen.editor.replace(text, (0, 0), screen.editor.document.end)
    await wait_for(pilot, lambda: screen.checked and screen.editor.text == text, what="the check")


async def put_cursor_in(pilot, screen, phrase: str) -> None:
    screen.editor.focus()
    screen.editor.select_range(*(2 * [screen.editor.text.index(phrase) + 3]))
    await pilot.pause()


async def test_a_risk_is_listed_with_why_and_advice_and_marked_in_the_draft(make_app):
    app = make_app(draft=RISKY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        assert screen.spans == []
        assert [(r.kind, r.text) for r in screen.risks] == [("news_event", PHRASE)]
        span_list = screen.query_one(SpanList)
        heading = span_list.get_option_at_index(0)
        assert heading.disabled and RISKS_HEADING in heading.prompt.plain
        prompt = span_list.get_option_at_index(1).prompt.plain
        assert "story in the news" in prompt and PHRASE in prompt
        assert "linked to the real people" in prompt  # why
        assert "advice: Generalise the event" in prompt  # what to do
        assert "c: I've checked this" in prompt
        assert span_list.current_risk == screen.risks[0]  # the heading is never the highlighted entry
        start = RISKY.index(PHRASE)
        assert (start, start + len(PHRASE), RISK) in screen.editor.marks
        assert "to review 1" in str(screen.query_one(Legend).render())
        assert status(app).endswith("1 thing to review") and "verified clean" not in status(app)


async def test_copy_is_guarded_until_the_risk_is_acknowledged(make_app):
    app = make_app(draft=RISKY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        # not acknowledged: the dialog lists what remains, and escape copies nothing
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the copy dialog")
        body = str(app.screen.query_one(".dialog-body").render())
        assert "Still to review" in body and "story in the news" in body and PHRASE in body
        await pilot.press("escape")
        await pilot.pause()
        assert app.clipboard == ""
        # acknowledged from the list (c): marked as such, and copy goes straight through
        span_list = screen.query_one(SpanList)
        span_list.focus()
        await pilot.press("c")
        await wait_for(pilot, lambda: screen.risks[0] in screen.acknowledged, what="the acknowledgement")
        assert "✓ checked by you" in span_list.get_option_at_index(1).prompt.plain
        start = RISKY.index(PHRASE)
        assert (start, start + len(PHRASE), RISK_CHECKED) in screen.editor.marks
        assert status(app).endswith("✓ the one risk checked by you") and "verified clean" not in status(app)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert not isinstance(app.screen, Confirm) and app.clipboard == RISKY
        # editing the phrase takes the acknowledgement back (the new phrase is still a risk)
        screen.editor.focus()
        screen.editor.replace("you have all seen", *[screen.editor.document.get_location_from_index(i)
                                                     for i in (start, start + len("you've all seen"))])
        await wait_for(pilot, lambda: screen.checked and screen.risks, what="the check")
        assert screen.risks[0].text != PHRASE and len(screen.acknowledged) == 0
        assert status(app).endswith("1 thing to review")
        # alt+c on the phrase at the cursor acknowledges it; alt+c again takes it back
        await put_cursor_in(pilot, screen, "you have all seen")
        await pilot.press("alt+c")
        assert screen.standing.copies_freely
        await pilot.press("alt+c")
        assert not screen.standing.copies_freely
        await pilot.press("alt+c")
        # a new draft (everything replaced) starts with nothing acknowledged, even with the same phrase
        await replace_draft(pilot, screen, RISKY)
        assert len(screen.acknowledged) == 0 and status(app).endswith("1 thing to review")
        # the palette has the command, and it acts on the risk at the cursor
        command = next(c for c in app.get_system_commands(screen) if c.title == "I've checked this risk")
        await put_cursor_in(pilot, screen, PHRASE)
        command.callback()
        await pilot.pause()
        assert screen.risks[0] in screen.acknowledged


async def test_the_three_states_in_the_status_bar(make_app):
    app = make_app(draft=CLEAN)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        assert screen.standing.status == "clean" and status(app).endswith("✓ verified clean")
        await replace_draft(pilot, screen, RISKY)
        assert screen.standing.status == "review" and status(app).endswith("1 thing to review")
        assert "verified clean" not in status(app)
        await replace_draft(pilot, screen, NEWS)
        assert screen.standing.status == "identifying"
        assert status(app).endswith("1 span · 2 things to review") and "verified clean" not in status(app)
        # a clean draft copies without asking
        await replace_draft(pilot, screen, CLEAN)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == CLEAN and not isinstance(app.screen, Confirm)


async def test_the_review_screen_finds_risks_in_the_rewrite_and_guards_copy(make_app):
    app = make_app(draft=RISKY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert review.right.text == RISKY  # the stand-in changes only spans; the risk stays
        assert [r.text for r in review.final_risks] == [PHRASE]
        summary = str(review.query_one("#review-summary").render())
        assert "1 thing to review" in summary and "verified clean" not in summary
        verdict = str(review.query_one("#verdict").render())
        assert "To review: story in the news" in verdict and "Generalise the event" in verdict
        assert status(app).endswith("1 thing to review")
        start = RISKY.index(PHRASE)
        assert (start, start + len(PHRASE), RISK) in review.right.marks
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the copy dialog")
        assert PHRASE in str(app.screen.query_one(".dialog-body").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.clipboard == ""
        # alt+c at the phrase in the rewrite: checked, and copy goes through
        review.right.focus()
        review.right.move_cursor(review.right.document.get_location_from_index(start + 3))
        await pilot.press("alt+c")
        assert "no identifiers; the one risk checked by you" in str(review.query_one("#review-summary").render())
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == RISKY and not isinstance(app.screen, Confirm)
        # an edit is reviewed again, as `rewriter rewrite` reviews it: with the phrase taken out, the story
        # is still one in the news (the risk stands on the whole rewrite), never called clean
        review.right.replace("", *[review.right.document.get_location_from_index(i)
                                   for i in (start - 1, start + len(PHRASE))])
        edited = review.right.text
        await wait_for(pilot, lambda: review.current_verdict is not None and PHRASE not in edited
                       # (session 45: "the kids from the crash" is itself a story readers know, so the risk may
                       # stand on "the crash" rather than on the whole edit: a story in the news either way)
                       and [(r.kind, r.text) for r in review.final_risks] in ([("news_event", edited)], [("news_event", "the crash")]),
                       what="the review of the edit")
        summary = str(review.query_one("#review-summary").render())
        assert "1 thing to review" in summary and "verified clean" not in summary, summary
        # back on the draft, the status bar speaks of the draft again
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen) and status(app).endswith("1 thing to review")


async def test_an_acknowledgement_in_the_draft_holds_for_the_same_phrase_in_the_rewrite(make_app):
    app = make_app(draft=RISKY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await put_cursor_in(pilot, app.screen, PHRASE)
        await pilot.press("alt+c")
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert "checked by you" in str(review.query_one("#review-summary").render())
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == RISKY and not isinstance(app.screen, Confirm)
