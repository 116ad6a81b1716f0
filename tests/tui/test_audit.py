"""The app's export screen (issue 13): `rewriter tui --audit EXPORT` and the palette's "Open an export
to check…" list an export's flagged posts, most serious first, each opened in the draft's view; a bad
path is one line in the dialog; leaving mid-scan stops the worker; nothing of the export reaches the disk.
The exports are the synthetic ones of tests/sources/exports.py; the detector is the real one."""

from __future__ import annotations

import threading

import pytest

from rewriter import audit as checking
from rewriter.clipboard import NoSystemClipboard
from rewriter.config import Config
from rewriter.sources.exports import open_to_check
from rewriter.tui import audit as audit_screen
from rewriter.tui.app import RewriterApp
from rewriter.tui.audit import AuditScreen
from rewriter.tui.audit_open import OpenExport
from rewriter.tui.audit_post import PostScreen
from rewriter.tui.draft import DraftScreen

from sources.exports import EXPORTS, tweet, write_zip, ytd
from .conftest import FakeServices, record_notifications, review_done, wait_for

pytestmark = pytest.mark.anyio
SIZE = (120, 36)

# The real detector and reviewer find: WALSH two identifiers and a risk, BRAM and ORLA one identifier
# each (BRAM is newer), NEWS a risk only, COFFEE nothing; the retweet an identifier.
WALSH = ("Had a long session with Gregory Walsh this morning at Oakfield University and he finally opened up "
         "about home.")
ORLA = "Long shift but my patient Orla Quennell made it home today and smiled"
BRAM = "Visited Bram Oduya at home today, he is doing well"
NEWS = "Long shift. Some of the kids from the crash you've all seen on the news came through resus tonight."
COFFEE = "Coffee and cake on a Monday"
RETWEET = "RT @other_person: Met Hana Sorvik at the Elm Street care home"


def x_export(tmp_path, posts=None):
    posts = posts or [
        tweet("101", ORLA, "Wed Oct 10 20:19:24 +0000 2018"),
        tweet("102", WALSH, "Thu Oct 10 20:19:24 +0000 2019"),
        tweet("103", NEWS, "Sat Oct 10 20:19:24 +0000 2020"),
        tweet("104", COFFEE, "Sun Oct 10 20:19:24 +0000 2021"),
        tweet("105", RETWEET, "Mon Oct 10 20:19:24 +0000 2022"),
        tweet("106", BRAM, "Mon Oct 10 20:19:24 +0000 2022"),
    ]
    files = dict(EXPORTS["x"]())
    files["data/tweets.js"] = ytd("tweets", 0, posts)
    del files["data/tweets-part1.js"]
    folder = tmp_path / "downloads"
    folder.mkdir(exist_ok=True)
    return str(write_zip(folder / "twitter.zip", files))


def app_on(path, detector, watchlist) -> RewriterApp:
    """The app as `rewriter tui --audit PATH` starts it (the real detector, a stand-in model)."""
    config = Config()
    app = RewriterApp(config, "", FakeServices(config, detector, watchlist=watchlist),
                      system_clipboard=NoSystemClipboard(), export=open_to_check(path), export_path=path)
    record_notifications(app)
    return app


def rows(app) -> list[str]:
    posts = app.screen.query_one("#audit-posts")
    return [str(posts.get_option_at_index(i).prompt) for i in range(posts.option_count)]


async def scanned(pilot, app) -> AuditScreen:
    await wait_for(pilot, lambda: isinstance(app.screen, AuditScreen) and app.screen.state == "done",
                   what="the scan")
    return app.screen


async def test_flagged_posts_are_listed_most_serious_first(tmp_path, detector, watchlist):
    app = app_on(x_export(tmp_path), detector, watchlist)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(pilot, app)
        listed = rows(app)
        assert listed[0].startswith("Your posts (4)")
        own = [line for line in listed[1:5]]
        # identifying first, more findings first, then the newest; the risk only after; clean not listed
        assert [next(w for w in ("Walsh", "Bram", "Orla", "crash") if w in line) for line in own] == \
            ["Walsh", "Bram", "Orla", "crash"], own
        assert own[0].startswith("2019-10-10  X          2 identifying · 1 to review  Had a long session")
        assert own[3].startswith("2020-10-10  X          1 to review                  Long shift. Some")
        assert listed[5].startswith("Reposts of others' posts (1)") and "Hana" in listed[6]
        assert not any("Coffee" in line for line in listed)
        progress = str(screen.query_one("#audit-progress").render())
        assert "All 6 posts checked: 4 identifying, 1 to review, 1 clean" in progress


async def test_opening_a_post_shows_its_highlights_and_link_and_escape_comes_back(tmp_path, detector, watchlist):
    app = app_on(x_export(tmp_path), detector, watchlist)
    async with app.run_test(size=SIZE) as pilot:
        await scanned(pilot, app)
        await pilot.press("down")  # the second post: Bram's
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PostScreen) and app.screen.checked,
                       what="the post's highlights")
        post = app.screen
        assert post.editor.text == BRAM
        assert [s.text for s in post.spans] == ["Bram Oduya"]
        # highlighted as in a draft: the name, and the whole post for the health detail the risk model reads in it
        assert [BRAM[s:e] for s, e, _style in post.editor.marks] == ["Bram Oduya", BRAM]
        link = str(post.query_one("#post-link").render())
        assert "Posted 2022-10-10 on X" in link and "/status/106" in link
        await pilot.press("ctrl+l")
        assert app.notes and "/status/106" in app.clipboard
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, AuditScreen), what="the list again")
        posts = app.screen.query_one("#audit-posts")
        assert app.screen.current.text == BRAM and posts.highlighted == 2  # at the same place


async def test_an_export_opened_from_a_post_opens_over_it(tmp_path, detector, watchlist):
    app = app_on(x_export(tmp_path), detector, watchlist)
    async with app.run_test(size=SIZE) as pilot:
        await scanned(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PostScreen), what="the post")
        (tmp_path / "other").mkdir()
        other = x_export(tmp_path / "other")
        app.show_export((open_to_check(other), other))
        await scanned(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PostScreen) and app.screen.checked, what="its post")
        assert [type(s).__name__ for s in app.screen_stack] == \
            ["DraftScreen", "AuditScreen", "PostScreen", "AuditScreen", "PostScreen"]


async def test_a_bad_path_is_one_line_in_the_dialog_and_the_path_is_kept(make_app, tmp_path):
    app = make_app("")
    async with app.run_test(size=SIZE) as pilot:
        app.action_open_export()
        await wait_for(pilot, lambda: isinstance(app.screen, OpenExport) and app.screen.query("#export-path"),
                       what="the dialog")
        missing = str(tmp_path / "nowhere.zip")
        app.screen.query_one("#export-path").value = missing
        await pilot.press("enter")
        error = app.screen.query_one("#export-error")
        await wait_for(pilot, lambda: "no such" in str(error.render()), what="the message")
        assert str(error.render()).strip() == f"{missing}: no such file or folder"
        assert app.screen.query_one("#export-path").value == missing

        not_an_export = tmp_path / "notes.txt"
        not_an_export.write_text("just some notes\n", encoding="utf-8")
        app.screen.query_one("#export-path").value = str(not_an_export)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "not a platform export" in str(error.render()), what="the message")
        assert "\n" not in str(error.render()).strip()

        spaces = b"window.YTD.tweets.part0 = [" + b" " * 20_000_000 + b"]"
        bomb = write_zip(tmp_path / "bomb.zip", {"data/tweets.js": spaces})
        app.screen.query_one("#export-path").value = str(bomb)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "zip bomb" in str(error.render()), what="the message")
        assert "\n" not in str(error.render()).strip() and isinstance(app.screen, OpenExport)

        # a good path opens the export screen
        app.screen.query_one("#export-path").value = x_export(tmp_path)
        await pilot.press("enter")
        await scanned(pilot, app)


async def test_an_export_cut_short_stops_the_list_with_one_line(tmp_path, detector, watchlist):
    many = [tweet(str(1000 + i), f"Met Orla Quennell on the ward, day {i}") for i in range(100)]
    path = x_export(tmp_path, many)
    files = dict(EXPORTS["x"]())
    data = ytd("tweets", 0, many)
    files["data/tweets.js"] = data[: int(len(data) * 0.8)]  # a download that stopped part-way
    del files["data/tweets-part1.js"]
    write_zip(tmp_path / "downloads" / "twitter.zip", files)
    app = app_on(path, detector, watchlist)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, AuditScreen) and app.screen.state == "failed",
                       what="the error")
        line = str(app.screen.query_one("#audit-progress").render()).strip()
        assert line.startswith("Stopped after ") and "cut short" in line and "\n" not in line, line
        assert rows(app)[0].startswith("Your posts (")  # what was found before the cut stays listed


async def test_leaving_the_screen_mid_scan_stops_the_worker(tmp_path, detector, watchlist, monkeypatch):
    many = [tweet(str(1000 + i), f"Met patient number {i} on the ward today") for i in range(400)]
    gate, in_hand, checked = threading.Event(), threading.Event(), []
    real_check = checking.check_post

    def held_check(item, *args):
        in_hand.set()  # a window is in hand: leaving now must stop the scan after it
        gate.wait(10)  # the first window waits until the test has left the screen
        checked.append(item.id)
        return real_check(item, *args)

    monkeypatch.setattr(checking, "check_post", held_check)
    app = app_on(x_export(tmp_path, many), detector, watchlist)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, AuditScreen) and app.screen.state == "scanning",
                       what="the scan to start")
        archive = app.screen.export.archive
        # not before: a scan left before its first window is read checks nothing at all, rightly
        await wait_for(pilot, in_hand.is_set, what="the first window in hand")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft")
        gate.set()
        # the thread ends (its last act closes the export) after the window in hand, not 400 posts later
        await wait_for(pilot, lambda: archive.zip.fp is None, what="the scan to stop and close the export")
        await pilot.pause(0.3)
        assert len(checked) == audit_screen.APP_WINDOW


async def test_nothing_of_the_export_reaches_the_disk(tmp_path, detector, watchlist, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"):
        monkeypatch.setenv(var, str(home))
    monkeypatch.chdir(home)
    app = app_on(x_export(tmp_path), detector, watchlist)  # the export is outside the home searched
    async with app.run_test(size=SIZE) as pilot:
        await scanned(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PostScreen) and app.screen.checked, what="the post")
        await pilot.press("ctrl+r")
        await review_done(pilot, app)
        await pilot.press("ctrl+y", "escape")  # the rewrite copied: back to the post
        await wait_for(pilot, lambda: isinstance(app.screen, PostScreen), what="the post")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, AuditScreen), what="the list")
        await pilot.press("escape", "ctrl+q")

    def holding_the_export() -> list:
        words = ("Walsh", "Oduya", "Quennell", "Sorvik")
        return [p for p in home.rglob("*") if p.is_file() and any(w in p.read_text(errors="ignore") for w in words)]

    assert not holding_the_export()
    (home / "copy.txt").write_text(WALSH, encoding="utf-8")  # the search does see a file that holds a post
    assert holding_the_export() == [home / "copy.txt"]


def test_rewriter_tui_audit_with_a_missing_export_is_one_line_and_exit_2(capsys):
    from rewriter.cli import main

    assert main(["tui", "--audit", "/no/such/export.zip"]) == 2
    assert capsys.readouterr().err.strip() == "rewriter: error: /no/such/export.zip: no such file or folder"


async def test_a_link_that_could_not_be_copied_says_so_and_how_to_copy_it_by_hand(tmp_path, detector, watchlist):
    # issue 12 (walk-through 2): the message spoke of "the text" and ctrl+s, which saves the post, not its link
    from rewriter.clipboard import TMUX_IGNORES_IT

    app = app_on(x_export(tmp_path), detector, watchlist)
    app.terminal_clipboard_route = lambda: TMUX_IGNORES_IT
    async with app.run_test(size=SIZE) as pilot:
        await scanned(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PostScreen), what="the post")
        await pilot.press("ctrl+l")
        said = app.notes[-1]
        assert said.startswith("tmux ignores") and "set-clipboard on" in said, said
        assert "ctrl+s" not in said and "select the link" in said, said


def test_a_draft_screen_has_the_id_it_is_given_and_none_fixed():
    # issue 12 (walk-through 2): the post view cleared DraftScreen's fixed id through its private attribute
    assert DraftScreen("a draft").id is None
    assert DraftScreen("a draft", id="mine").id == "mine"
    post = PostScreen(BRAM, "2022-10-10", "X", None, repost=False)
    assert post.id is None
