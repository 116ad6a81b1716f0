"""A post of an export, opened from the export screen in the view a draft gets: its highlights, why,
what to do, and ctrl+r for a suggested rewrite with the review and copy; plus where it was posted and
its link, which ctrl+l copies. Escape goes back to the list."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header, Label, Static

from .draft import DraftScreen
from .marks import safe_text


LINK_BY_HAND = ("select the link above the post with the mouse (in most terminals, hold shift as you drag) "
                "and copy it with your terminal's copy key")


class PostScreen(DraftScreen):
    BINDINGS = [
        Binding("escape", "back", "Back", priority=True),  # to the list; short: the footer is full at 80 columns
        Binding("ctrl+l", "copy_link", "Copy link", priority=True, show=False),  # said on the link's line
    ]
    DEFAULT_CSS = """
    #post-link { height: auto; padding: 0 1; background: $boost; }
    """

    def __init__(self, text: str, date: str, platform: str, url: str | None, repost: bool):
        super().__init__(text)
        self.date = date
        self.platform = platform
        self.url = url
        self.repost = repost

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            yield widget
            if isinstance(widget, Header):
                yield Static(self._where(), id="post-link")

    def _where(self) -> Text:
        line = Text(f"Posted {self.date} on {self.platform}" if self.date != "no date"
                    else f"Posted on {self.platform} (no date in the export)")
        if self.url:
            line.append(" · ")
            line.append_text(safe_text(self.url, "underline"))
            line.append(" · ctrl+l copies the link", style="dim")
        else:
            line.append(" · the export gives no link to it", style="dim")
        if self.repost:
            line.append("\nA repost of someone else's post: it cannot be edited, only removed.", style="yellow")
        return line

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#draft-pane .pane-title", Label).update("Your post, as the export holds it")

    def action_copy_link(self) -> None:
        if self.url:
            # ctrl+s would save the post, not its link: the link is on screen to be copied by hand
            self.app.copy_out(self.url, "the link", LINK_BY_HAND)
        else:
            self.app.notify("The export gives no link to this post.", markup=False)

    def action_back(self) -> None:
        lost = (["a rewrite of this post that you have not copied or saved"]
                if self.kept_review is not None and self.app.uncopied_rewrite else [])
        self.app.ask_before_losing("Back to the list?", self._leave, lost, yes="Back to the list")

    def _leave(self) -> None:
        self.drop_kept_review()
        self.dismiss()
