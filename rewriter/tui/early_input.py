"""Keys and pastes that arrive before the draft editor can take them are held, then given to it in order.

Textual starts reading the terminal as soon as it switches it to raw mode, before the first screen is
mounted. A key read then goes to the screen itself, which has no focused widget yet to pass it to, and
is dropped: a draft typed or pasted at once after ``rewriter tui`` was lost, or kept only its end
(walk-through 6). So the app holds every key and paste until the draft editor has focus, then lets them
through the usual way (the app's bindings first, then the focused widget), in the order they came.
"""

from __future__ import annotations

from textual import events
from textual._time import get_time  # the clock ``event.time`` is read on
from textual.app import App

# What a terminal keeps of the input while it is still in line mode (Linux's N_TTY_BUF_SIZE less one):
# until Textual switches it to raw mode, a longer paste loses the rest in the kernel, out of our reach.
LINE_MODE_LIMIT = 4095  # bytes
# Keys read within this of the first count as one paste. No one types 4 KB in 20 s (200 characters a
# second); a paste of that size read on a loaded machine can take seconds to parse.
_BURST_SECONDS = 20.0
# A line-mode paste can be read from the terminal after the editor is ready (the input thread was slow):
# a first key read this soon after the editor took focus still starts a burst.
_LATE_START_SECONDS = 5.0
CUT_PASTE_WARNING = ("A long paste may have been cut while rewriter was starting: until the app is ready, "
                     f"the terminal keeps only the first {LINE_MODE_LIMIT:,} characters. Check the end of your "
                     "draft; if it is cut, select all (f7) and paste it again.")


class HoldsEarlyInput(App):
    """Mixed into the app: input before ``input_ready`` is held back, not lost."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._early_input: list[events.Key | events.Paste] | None = []  # None: the editor takes input
        # Bytes of text that came as single keys (not as a bracketed paste) in one burst with the first key
        # held: a paste made while the terminal was still in line mode arrives that way, held or, its tail,
        # just after. Read by when each key was read from the terminal (``event.time``), not by when the
        # app got round to it: on a busy machine thousands of keys take a while to handle.
        self._typed_early = 0
        self._burst_until: float | None = None
        self._ready_at: float | None = None
        self._warned_cut = False
        self.took_early_input = False  # keys came before the editor was ready: the terminal may have shown them

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._burst_until is None and self._starts_burst(event):
                self._burst_until = event.time + _BURST_SECONDS
            if self._burst_until is not None and event.time < self._burst_until:
                self._typed_early += len((_typed_text(event) or "").encode())
                if self._early_input is None:
                    self._warn_if_cut()
        if self._early_input is not None and isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._early_input.append(event)
            self.took_early_input = True
            return
        await super().on_event(event)

    def _starts_burst(self, first_key: events.Key) -> bool:
        if self._early_input is not None or self._ready_at is None:
            return True
        return first_key.time - self._ready_at < _LATE_START_SECONDS

    def _warn_if_cut(self) -> None:
        # No one types 4 KB in the first seconds: that is a paste that came before the terminal was asked
        # to mark pastes, so while it was in line mode, which may have cut it.
        if self._typed_early >= LINE_MODE_LIMIT and not self._warned_cut:
            self._warned_cut = True
            self.notify(CUT_PASTE_WARNING, title="Check your draft", severity="warning", timeout=20, markup=False)

    async def input_ready(self) -> None:
        """The draft editor has focus: what was held goes to it now, ahead of anything typed after."""
        if self._early_input is not None:
            self._ready_at = get_time()
            await self._let_next_through()

    async def _let_next_through(self) -> None:
        # One at a time, each once the widget it went to has handled it: a ctrl+r held after the typing
        # must find the typing in the draft (the app runs a binding at once, the editor types in its turn).
        # Keys that come meanwhile (the rest of a long paste) join the queue and are grouped in turn.
        if not self._early_input:
            self._early_input = None  # held input all through: from now on, keys go straight on
            self._warn_if_cut()
            return
        self._early_input = as_typed(self._early_input)
        await super().on_event(self._early_input.pop(0))
        (self.focused or self.screen).call_later(self.call_later, self._let_next_through)


def as_typed(held: list[events.Key | events.Paste]) -> list[events.Key | events.Paste]:
    """``held`` with each run of typed characters and pastes made one paste: a draft typed or pasted at
    start-up goes in as one insertion, not thousands of keystrokes each checked on its own. Other keys
    (backspace, arrows, ctrl+r, alt+a) stay keys, in their place."""
    out: list[events.Key | events.Paste] = []
    run: list[str] = []
    for event in held:
        text = _typed_text(event)
        if text is not None:
            run.append(text)
            continue
        if run:
            out.append(events.Paste("".join(run)))
            run = []
        out.append(event)
    if run:
        out.append(events.Paste("".join(run)))
    return out


def _typed_text(event: events.Key | events.Paste) -> str | None:
    """What ``event`` puts in a text box (None: it is a command, not text)."""
    if isinstance(event, events.Paste):
        return event.text
    if event.key in ("enter", "ctrl+j"):
        # ctrl+j is a newline: while Python starts the terminal is still in line mode, which turns the
        # Enter of a typed or pasted line into one (ICRNL)
        return "\n"
    if event.is_printable and "+" not in event.key:  # a character, not alt+a (whose character is "a")
        return event.character
    return None


def forget_early_echo(out) -> None:
    """Clear the terminal's screen and scrollback after the app closes, when keys came while it started.

    Until Textual takes the terminal over, the terminal echoes what is typed: a draft typed or pasted at
    once was drawn on the shell's screen and was still there after quitting (walk-through 8). The echo
    is turned off as soon as the command starts (rewriter/cli/quiet_terminal.py), but keys sent in the
    first moments, while Python itself starts, were already shown. A draft is not left on screen."""
    if out.isatty():
        out.write("\x1b[H\x1b[2J\x1b[3J")  # home, clear the screen, clear the scrollback (as `clear` does)
        out.flush()
