"""Smaller things a new user met (issue 12, item 11): counts that agree with their nouns, a save that asks
before replacing a file, and a footer whose key hints fit a 90-column terminal."""

from __future__ import annotations

import pytest

from rewriter.display import counted

from .conftest import ready, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)


def test_counted_agrees():
    assert [counted(n, "identifier") for n in (0, 1, 2)] == ["0 identifiers", "1 identifier", "2 identifiers"]
    assert counted(1, "thing") == "1 thing" and counted(3, "person", "people") == "3 people"


@pytest.mark.parametrize("added, wanted", [(" Thanks Gregory Walsh!", "1 identifier remains"),
                                           (" Thanks Gregory Walsh and Oakfield University!", "2 identifiers remain")])
async def test_the_review_says_how_many_identifiers_remain_in_agreement(make_app, added, wanted):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.move_cursor(review.right.document.end)
        review.right.insert(added)
        await wait_for(pilot, lambda: review.current_verdict is not None, what="the check of the edit")
        summary = str(review.query_one("#review-summary").render())
        assert wanted in summary, summary


async def test_saving_over_a_file_asks_first_and_replaces_it_only_when_told(make_app, tmp_path):
    from rewriter.tui.dialogs import Confirm

    target = tmp_path / "post.txt"
    target.write_text("last week's post", encoding="utf-8")
    target.chmod(0o644)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen.id == "save-as", what="the save dialog")
        app.screen.query_one("#path").value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen.id == "confirm-replace", what="the question")
        assert str(target) in str(app.screen.query_one(".dialog-body").render())
        await pilot.press("escape")  # no: back to the name, to choose another
        await wait_for(pilot, lambda: app.screen.id == "save-as", what="the save dialog again")
        assert app.screen.query_one("#path").value == str(target)
        assert target.read_text(encoding="utf-8") == "last week's post"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the question again")
        await pilot.press("tab", "enter")  # to the yes button, and press it
        await wait_for(pilot, lambda: target.read_text(encoding="utf-8") != "last week's post", what="the file")
        assert target.read_text(encoding="utf-8") == app.screen.editor.text
        assert target.stat().st_mode & 0o777 == 0o600


def test_replacing_never_writes_through_a_symbolic_link(tmp_path):
    from rewriter.clipboard import save_text
    from rewriter.errors import InputError

    theirs = tmp_path / "theirs.txt"
    theirs.write_text("someone else's", encoding="utf-8")
    (tmp_path / "post.txt").symlink_to(theirs)
    with pytest.raises(InputError):
        save_text(str(tmp_path / "post.txt"), "a client said hello", overwrite=True)
    assert theirs.read_text(encoding="utf-8") == "someone else's"


async def test_notifications_never_cover_a_dialog_and_wait_until_it_closes(make_app):
    # issue 12 (walk-through 2): toasts sat over the question a dialog asked
    from textual.widgets._toast import Toast

    from rewriter.tui.dialogs import Confirm

    def shown(screen) -> list[Toast]:
        return [t for t in screen.query(Toast) if t.region.area]

    app = make_app(draft="")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # tests show none unless asked
        await ready(pilot, app)
        draft = app.screen
        app.notify("Raised before the dialog.")
        await wait_for(pilot, lambda: shown(draft), what="the first toast")
        draft.editor.insert("Long day on the ward.")
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the dialog")
        dialog = app.screen
        app.notify("Raised while the dialog is open.")
        await pilot.pause(0.3)
        box = dialog.query_one(".dialog").region
        assert not [t for t in shown(dialog) if t.region.overlaps(box)]
        assert shown(dialog) == []
        await pilot.press("escape")  # keep the draft: the dialog closes, the toasts show again
        await wait_for(pilot, lambda: app.screen is draft, what="the draft")
        await wait_for(pilot, lambda: len(shown(draft)) == 2, what="both toasts")
        assert "Raised while the dialog is open." in [str(t.render()) for t in shown(draft)][-1]


async def test_letters_typed_or_pasted_as_keystrokes_never_answer_a_question(make_app):
    from rewriter.tui.dialogs import Confirm

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        await pilot.press(*"Okay")
        await pilot.press("ctrl+n")  # a typed draft: asked before it goes
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the question")
        question = app.screen
        await pilot.press(*"yes yy Okay")
        await pilot.pause()
        assert app.screen is question  # still asking
        assert question.query_one("#no").has_focus  # the safe answer stays the default
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, Confirm), what="the answer")
        assert app.screen.editor.text.startswith("Okay")  # nothing typed was lost
