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
                                           (" Thanks Gregory Walsh and Oakfield Primary!", "2 identifiers remain")])
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
        await pilot.press("y")
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
