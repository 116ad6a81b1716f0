"""Human-readable reports of detected spans: coloured on a terminal, plain text when piped."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from ..display import safe_for_terminal
from ..spans import Span


def _marked_plain(text: str, spans: list[Span]) -> str:
    out, pos = [], 0
    for s in spans:
        out.append(safe_for_terminal(text[pos : s.start]))
        out.append(f"[{safe_for_terminal(s.text)}]")
        pos = s.end
    out.append(safe_for_terminal(text[pos:]))
    return "".join(out)


def print_check_plain(text: str, spans: list[Span], out: TextIO) -> None:
    if not spans:
        out.write("clean: nothing in this draft looks identifying\n")
        return
    out.write(_marked_plain(text, spans).rstrip("\n") + "\n\n")
    for s in spans:
        out.write(
            f"{s.start}-{s.end}\t{s.entity_type}\t{safe_for_terminal(s.text)!s}\t"
            f"{s.score:.2f}\t{s.why}\tsay instead: {s.suggestion}\n"
        )
    out.write(f"{len(spans)} identifying span{'s' if len(spans) != 1 else ''} found\n")


def print_check_rich(text: str, spans: list[Span], console) -> None:
    # lazy: rich is loaded only to draw on a terminal
    from rich.table import Table
    from rich.text import Text

    if not spans:
        console.print(Text("✓ clean: nothing in this draft looks identifying", style="bold green"))
        return
    post = Text()
    pos = 0
    for s in spans:
        post.append(safe_for_terminal(text[pos : s.start]))
        post.append(safe_for_terminal(s.text), style=f"{s.kind.style} underline")
        pos = s.end
    post.append(safe_for_terminal(text[pos:]).rstrip("\n"))
    console.print(post)
    console.print()
    table = Table(show_header=True, header_style="bold", expand=False)
    for column in ("kind", "text", "why", "say instead"):
        table.add_column(column)
    for s in spans:
        table.add_row(
            Text(s.kind.label, style=s.kind.style),
            Text(safe_for_terminal(s.text)),
            Text(s.why),
            Text(s.suggestion),
        )
    console.print(table)
    n = len(spans)
    console.print(Text(f"{n} identifying span{'s' if n != 1 else ''} found", style="bold red"))


def summary_lines(posts: int, flagged: int, by_type: Counter, skipped: int, seconds: float) -> list[str]:
    rate = posts / seconds if seconds > 0 else 0.0
    lines = [
        f"posts      {posts}",
        f"flagged    {flagged}",
        f"clean      {posts - flagged}",
    ]
    if skipped:
        lines.append(f"skipped    {skipped} (malformed lines)")
    lines.append(f"time       {seconds:.2f} s ({rate:.0f} posts/s)")
    if by_type:
        lines.append("by kind:")
        width = max(len(k) for k in by_type)
        for kind, count in by_type.most_common():
            lines.append(f"  {kind.ljust(width)}  {count}")
    return lines
