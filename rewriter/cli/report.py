"""Human-readable reports of detected spans and the review's risks: coloured on a terminal, plain text
when piped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from ..display import counted, safe_for_terminal
from ..kinds import RISK_KINDS
from ..review import Risk
from ..spans import Span


def _marked_plain(text: str, spans: list[Span]) -> str:
    out, pos = [], 0
    for s in spans:
        out.append(safe_for_terminal(text[pos : s.start]))
        out.append(f"[{safe_for_terminal(s.text)}]")
        pos = s.end
    out.append(safe_for_terminal(text[pos:]))
    return "".join(out)


def print_check_plain(text: str, spans: list[Span], out: TextIO, risks: Sequence[Risk] = ()) -> None:
    if not spans and not risks:
        out.write("clean: nothing in this draft looks identifying\n")
        return
    if spans:
        out.write(_marked_plain(text, spans).rstrip("\n") + "\n\n")
        for s in spans:
            out.write(
                f"{s.start}-{s.end}\t{s.entity_type}\t{safe_for_terminal(s.text)!s}\t"
                f"{s.score:.2f}\t{s.why}\tsay instead: {s.suggestion}\n"
            )
        out.write(f"{counted(len(spans), 'identifying span')} found\n")
    else:
        out.write("no identifying span found\n")
    if risks:
        out.write("\n")
        for r in risks:
            out.write(f"{r.start}-{r.end}\trisk: {_risk_label(r)}\t{safe_for_terminal(r.phrase)}\t{r.why}\t{r.advice}\n")
        out.write(f"{counted(len(risks), 'risk')} to look at before posting\n")


def print_check_rich(text: str, spans: list[Span], console, risks: Sequence[Risk] = ()) -> None:
    # lazy: rich is loaded only to draw on a terminal
    from rich.table import Table
    from rich.text import Text

    if not spans and not risks:
        console.print(Text("✓ clean: nothing in this draft looks identifying", style="bold green"))
        return
    if spans:
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
        console.print(Text(f"{counted(n, 'identifying span')} found", style="bold red"))
    else:
        console.print(Text("no identifying span found", style="green"))
    if risks:
        console.print()
        table = Table(show_header=True, header_style="bold", expand=False)
        for column in ("risk", "phrase", "why", "what to do"):
            table.add_column(column)
        for r in risks:
            table.add_row(Text(_risk_label(r), style="yellow"), Text(safe_for_terminal(r.phrase)), Text(r.why), Text(r.advice))
        console.print(table)
        n = len(risks)
        console.print(Text(f"{counted(n, 'risk')} to look at before posting", style="bold yellow"))


def _risk_label(risk: Risk) -> str:
    known = RISK_KINDS.get(risk.kind)
    return known.label if known else risk.kind


def summary_lines(
    posts: int,
    flagged: int,
    by_type: Counter,
    skipped: int,
    seconds: float,
    review: int = 0,
    risks_by_kind: Counter | None = None,
) -> list[str]:
    """``flagged``: posts an identifier stays in; ``review``: posts with no identifier but risks."""
    lines = [
        f"posts      {posts}",
        f"flagged    {flagged}",
        f"review     {review}",
        f"clean      {posts - flagged - review}",
    ]
    if skipped:
        lines.append(f"skipped    {skipped} (malformed lines)")
    lines.append(f"time       {seconds:.2f} s ({rate_text(posts, seconds) or 'no posts'})")
    if by_type:
        lines.append("by kind:")
        width = max(len(k) for k in by_type)
        for kind, count in by_type.most_common():
            lines.append(f"  {kind.ljust(width)}  {count}")
    if risks_by_kind:
        lines.append("risks by kind:")
        width = max(len(k) for k in risks_by_kind)
        for kind, count in risks_by_kind.most_common():
            lines.append(f"  {kind.ljust(width)}  {count}")
    return lines


def rate_text(posts: int, seconds: float) -> str:
    """How fast posts went, in figures that never round a real rate to 0: "120 posts/s", "2.5 posts/s",
    or for a slow rewrite "4.2 s a post" ("" before the first post)."""
    if posts <= 0 or seconds <= 0:
        return ""
    rate = posts / seconds
    if rate >= 10:
        return f"{rate:.0f} posts/s"
    if rate >= 1:
        return f"{rate:.1f} posts/s"
    return f"{seconds / posts:.1f} s a post"
