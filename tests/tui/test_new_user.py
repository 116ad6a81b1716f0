"""What a new user still met in the app (issue 12, second walk-through): an empty draft called verified,
the app and the command line listing different risks for the same draft, a kept rewrite shown as
verified after the user changed what is ignored, a role list with no filter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from rewriter.config import Config
from rewriter.tui.app import RewriterApp
from rewriter.tui.review import ReviewScreen

from .conftest import DRAFT, ready, record_notifications, review_done, wait_for
from .test_app_model import RealServices

pytestmark = pytest.mark.anyio

SIZE = (120, 36)

# Drafts whose rewrite keeps a risk of the draft that a fresh review of the rewrite no longer sees
# (the walk-through's doctor and paramedic), and one with several risks of different kinds.
AGREEMENT_DRAFTS = [
    ("doctor", "Saw something I'll probably never see again — a 16yo with fibrodysplasia ossificans progressiva "
               "at our Crawley clinic. Less than 1 in a million. Writing it up as a case report!"),
    ("paramedic", "Only ambo station for 80km so when I rocked up at the pub in Tumbarra after shift everyone "
                  "already knew it was old Col's heart again. Country life 🤠"),
    ("engineer", "r/sysadmin — vent incoming: our prod db at Glasswing went down for 3 hrs yesterday because "
                 "someone (Kevin) ran a schema migration straight on prod with no backup. Postmortem says "
                 "'process failure'. It was Kevin."),
]


def _status(app) -> str:
    return app.status.as_text().plain


async def test_an_empty_draft_has_no_verdict_and_says_what_to_do(make_app):
    app = make_app(draft="")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert "Paste or type a draft" in _status(app), _status(app)
        assert "verified" not in _status(app) and "✓" not in _status(app)
        legend = str(app.screen.query_one("#legend").render())
        assert "nothing identifying found" not in legend and "Paste or type a draft" in legend
        await pilot.press("ctrl+y")
        assert any("Nothing to copy" in n for n in app.notes), app.notes
        # typed, then deleted again: still no verdict
        app.screen.editor.insert("Long day on the ward.")
        await wait_for(pilot, lambda: "verified clean" in _status(app), what="the check of the typing")
        app.screen.editor.clear()
        await wait_for(pilot, lambda: "Paste or type a draft" in _status(app), what="the check of the empty draft")
        assert "verified" not in _status(app)


async def test_an_emptied_rewrite_is_not_called_clean(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.clear()
        await wait_for(pilot, lambda: review.current_verdict is not None and review.verifications, what="the check")
        summary = str(review.query_one("#review-summary").render())
        assert "verified clean" not in summary and "rewrite is empty" in summary, summary
        assert "verified" not in _status(app)


def _cli(*args: str, draft: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "rewriter", *args, "--json", "-"], input=draft,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def _risks(risks) -> list[tuple[str, str]]:
    return sorted((r["kind"], r["text"]) if isinstance(r, dict) else (r.kind, r.text) for r in risks)


@pytest.mark.parametrize("role, draft", AGREEMENT_DRAFTS)
async def test_the_app_and_the_command_line_list_the_same_risks(detector, watchlist, role, draft):
    config = Config(role=role)
    app = RewriterApp(config, draft, RealServices(config, detector, watchlist), load_model=False)
    record_notifications(app)
    checked = _cli("check", "--role", role, draft=draft)
    rewritten = _cli("rewrite", "--no-llm", "--role", role, draft=draft)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert _risks(app.screen.risks) == _risks(checked["risks"])
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert review.right.text == rewritten["text"]
        assert _risks(review.final_risks) == _risks(rewritten["final_risks"])
        assert review.standing.status == rewritten["status"]
        shown = str(review.query_one("#verdict").render())
        for _kind, text in _risks(rewritten["final_risks"]):
            assert " ".join(text.split())[:40] in shown, (text, shown)  # a long phrase is shortened


@pytest.mark.parametrize("copied", [False, True])
async def test_ignoring_a_span_after_a_rewrite_makes_the_rewrite_again(make_app, copied):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        first = await review_done(pilot, app)
        assert "Gregory Walsh" not in first.right.text
        if copied:
            await pilot.press("ctrl+y")
            await wait_for(pilot, lambda: not app.uncopied_rewrite, what="the copy")
        await pilot.press("escape")
        draft = app.screen
        await wait_for(pilot, lambda: not isinstance(app.screen, ReviewScreen), what="the draft")
        # the writer keeps the name: alt+i with the cursor on it
        draft.editor.move_cursor(draft.editor.document.get_location_from_index(DRAFT.index("Gregory") + 2))
        await pilot.press("alt+i")
        await wait_for(pilot, lambda: all(s.text != "Gregory Walsh" for s in draft.spans), what="the ignore")
        await pilot.press("ctrl+r")
        if not copied:  # the earlier rewrite was not copied: asked first, saying why it goes
            await wait_for(pilot, lambda: app.screen.id == "confirm-quit", what="the question")
            body = str(app.screen.query_one(".dialog-body").render())
            assert "changed what is ignored" in body, body
            await pilot.press("tab", "enter")  # to the yes button, and press it
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen is not first,
                       what="a new rewrite")
        second = await review_done(pilot, app)
        assert "Gregory Walsh" in second.right.text  # kept, as the writer asked
        assert all(s.text != "Gregory Walsh" for s in app.services.pipeline.calls[-1]["spans"])


@pytest.mark.parametrize("model_state, label", [("ready", "SmolLM2-135M-Instruct.Q4_1.gguf"), ("off", "default model"),
                                                ("failed", "my-model.gguf"), ("loading", "default model")])
def test_the_status_line_gives_way_by_priority_and_keeps_what_remains_whole(model_state, label):
    from rewriter.tui.app import AppStatus
    from rewriter.tui.standing import Acknowledgements, standing
    from rewriter.tui.widgets import fitted_status_text

    remains = standing("identifying", 3, [], Acknowledgements())
    status = AppStatus(label, "social worker", model_state=model_state, detector_state="ready", standing=remains)
    whole = remains.as_text().plain
    for width in range(len(whole), 200):
        line = fitted_status_text(status, width)
        shown = line.plain[:width]
        assert whole in shown, (width, shown)
        if width >= 90:  # a 90-column terminal shows everything else too, shortened
            assert "role social worker" in shown and "offline" in shown and "model" in shown, (width, shown)


def test_the_role_list_narrows_as_you_type():
    from rewriter.tui.role import matching_roles

    assert matching_roles("nur") == ["nurse"]
    assert matching_roles("Social W") == ["social worker"]
    assert matching_roles("support")[:2] == ["support", "support agent"]
    assert matching_roles("") and matching_roles("zzz") == []


async def test_typing_in_the_role_list_picks_the_first_match(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+p", *"Set my role", "enter")
        await wait_for(pilot, lambda: app.screen.id == "role-picker", what="the role list")
        await pilot.press(*"teach")
        await wait_for(pilot, lambda: app.screen.roles.option_count == 1, what="the filter")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.status.role == "teacher", what="the role")


def test_one_token_is_one_token():
    from rewriter.tui.review_stream import StreamProgress

    progress = StreamProgress()
    progress.add("Hello")
    assert "· 1 token ·" in progress.summary(None, cancelling=False).plain
