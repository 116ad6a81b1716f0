"""`rewriter audit --report report.html`: one self-contained web page of what an audit found.

A summary (posts checked and flagged, by year and by kind, drawn as CSS bars) and every flagged post,
most serious first, with its spans and risks marked, why each matters, what to do, the suggested
rewrite (with ``--rewrite``), its date and its link, so the user can find the post and edit or delete it.

The page fetches nothing: no script, no external style, font or image, and a Content-Security-Policy
that forbids them; the only addresses in it are the posts' own links, which open only when clicked.
Every piece of user text is escaped. It is built from the audit records (``rewriter/sources`` documents
their fields): ``platform``, ``date``, ``url`` and ``repost`` are read when there, and a post without
them (today's JSONL) is shown without them. Only flagged posts are kept in memory until the page is
written; the rest are counted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape

from .. import __version__
from ..audit import found_status
from ..display import counted, safe_for_terminal
from ..errors import InputError
from ..kinds import RISK_KINDS, kind
from ..outputs import PrivateFile
from ..sources.exports import NAMES as PLATFORM_NAMES
from ..verify import CLEAN, IDENTIFYING, REVIEW

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
NO_DATE = "no date"
_YEAR = re.compile(r"\d{4}(?=-)")
_WEB_LINK = re.compile(r"https?://[^\s\"'<>]+\Z", re.IGNORECASE)


def year_of(record: dict) -> str:
    date = record.get("date")
    match = _YEAR.match(date) if isinstance(date, str) else None
    return match.group() if match else NO_DATE


def _seriousness(post: "FlaggedPost") -> tuple:
    """Identifying before review; then more identifiers, then more risks; then the export's order."""
    record = post.record
    return (found_status(record) != IDENTIFYING, -len(record["spans"]), -len(record["risks"]), post.number)


@dataclass(frozen=True)
class FlaggedPost:
    number: int  # its place in the input, from 1
    text: str
    record: dict


class AuditReport:
    """What the page needs, gathered while the audit runs; written once at the end."""

    def __init__(self, out: PrivateFile, source: str):
        self.out = out
        self.source = source
        self.checked = 0
        self.checked_by_year: Counter = Counter()
        self.flagged_by_year: Counter = Counter()
        self.posts_by_kind: Counter = Counter()  # entity type -> flagged posts with one
        self.posts_by_risk: Counter = Counter()  # risk kind -> flagged posts with one
        self.flagged: list[FlaggedPost] = []

    @classmethod
    def create(cls, path: str, source: str) -> "AuditReport":
        """Open the file now, so a path that cannot be written fails before a long audit (the page is put
        in place only when it is complete: rewriter/outputs.py)."""
        return cls(PrivateFile(path), source)

    def discard(self) -> None:
        """The audit failed or was interrupted: no page, and the user's file as it was."""
        self.out.close(keep=False)

    def add(self, text: str, record: dict) -> None:
        self.checked += 1
        year = year_of(record)
        self.checked_by_year[year] += 1
        if found_status(record) == CLEAN:
            return
        self.flagged_by_year[year] += 1
        self.posts_by_kind.update({s["entity_type"] for s in record["spans"]})
        self.posts_by_risk.update({r["kind"] for r in record["risks"]})
        self.flagged.append(FlaggedPost(self.checked, text, record))

    def finish(self, now: datetime | None = None) -> None:
        try:
            self.out.write(render(self, now or datetime.now(timezone.utc)))
        except OSError as exc:
            self.out.close(keep=False)
            raise InputError(f"cannot write the report ({exc.strerror})") from None
        self.out.close()


# -- the page ------------------------------------------------------------------------------------------

STYLE = """
:root { color-scheme: light; --ink: #1d2433; --soft: #5b6475; --line: #d9dee8; --id: #ffd0cc; --id-ink: #a3180b;
  --risk: #b7791f; --ok: #2f7d4f; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
.note { color: var(--soft); margin: .25rem 0; }
.counts { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .9rem; min-width: 8rem; }
.counts b { display: block; font-size: 1.6rem; line-height: 1.2; }
.counts .identifying b { color: var(--id-ink); } .counts .review b { color: var(--risk); }
.counts .clean b { color: var(--ok); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem 2rem;
  align-items: start; }
table.chart { border-collapse: collapse; width: 100%; font-size: .9rem; }
.chart caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
.chart th { text-align: left; font-weight: normal; padding: .15rem .6rem .15rem 0; line-height: 1.25; }
.chart td { padding: .15rem 0; width: 45%; }
.chart td.n { text-align: right; padding-left: .5rem; white-space: nowrap; width: auto; }
.bar { position: relative; height: .9rem; background: #eef1f6; border-radius: .2rem; min-width: 3rem; }
.bar span { position: absolute; left: 0; top: 0; bottom: 0; border-radius: .2rem; }
.bar .all { background: #b9c3d6; } .bar .flagged { background: #d9534f; } .bar .risk { background: #e0a030; }
article { border: 1px solid var(--line); border-left: .35rem solid var(--risk); border-radius: .4rem;
  padding: .8rem 1rem; margin: 0 0 1rem; }
article.identifying { border-left-color: #d9534f; }
.meta { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: baseline; font-size: .9rem; color: var(--soft); }
.status { font-weight: 700; text-transform: uppercase; letter-spacing: .03em; font-size: .8rem; color: var(--risk); }
.identifying .status { color: var(--id-ink); }
.text, .rewrite { white-space: pre-wrap; overflow-wrap: anywhere; margin: .6rem 0; padding: .6rem .8rem;
  background: #f7f8fb; border-radius: .3rem; }
.rewrite { background: #eef8f1; }
mark.id { background: var(--id); color: inherit; border-bottom: 2px solid #d9534f; padding: 0 .05rem; }
.risk-phrase { text-decoration: underline wavy var(--risk); text-decoration-thickness: 1.5px;
  text-underline-offset: .2rem; background: #fff4dc; }
sup.n { color: var(--id-ink); font-size: .7rem; font-weight: 700; margin-left: .05rem; }
ol.found, ul.found { margin: .4rem 0; padding-left: 1.4rem; font-size: .92rem; }
.found li { margin: .3rem 0; } .found .label { font-weight: 600; }
.found q { font-style: italic; } .advice { color: var(--soft); }
.repost-note { font-size: .9rem; color: var(--soft); font-style: italic; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--soft); border-top: 1px solid var(--line);
  padding-top: .6rem; }
"""


def _esc(text: str) -> str:
    """User text as HTML: control characters and bidi overrides made visible (they could hide or
    reorder what the page shows), then escaped."""
    return escape(safe_for_terminal(text))


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _platform(record: dict) -> str:
    name = record.get("platform")
    if not isinstance(name, str) or not name:
        return ""
    return PLATFORM_NAMES.get(name, name.capitalize())


def _when(record: dict) -> str:
    """``2019-03-04T10:20:00Z`` as ``2019-03-04 10:20 UTC``; whatever else the export gave, as given."""
    date = record.get("date")
    if not isinstance(date, str) or not date:
        return ""
    try:
        moment = datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return date
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")


def _link(record: dict) -> str:
    url = record.get("url")
    if not isinstance(url, str) or not url:
        return ""
    where = _platform(record) or "the web"
    if _WEB_LINK.match(url):
        # noreferrer: opening it tells the platform nothing about this page
        return f'<a href="{escape(url)}" rel="noopener noreferrer">open on {escape(where)}</a>'
    return f"<span>{_esc(url)}</span>"  # not a web address (javascript:, a file): shown, never linked


def _bounded(item: dict, length: int) -> tuple[int, int]:
    start = min(max(int(item.get("start", 0)), 0), length)
    return start, min(max(int(item.get("end", start)), start), length)


def _marked(text: str, spans: list[dict], risks: list[dict]) -> str:
    """The post with each span in a <mark> numbered as in the list below it and each risk's phrase
    underlined; overlapping spans and risks nest, cut at every edge."""
    spans = [(*_bounded(s, len(text)), n, s) for n, s in enumerate(spans, start=1)]
    risks = [_bounded(r, len(text)) for r in risks]
    cuts = sorted({0, len(text), *(e for s in spans for e in s[:2]), *(e for r in risks for e in r)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _esc(text[a:b])
        span = next((s for s in spans if s[0] <= a and b <= s[1]), None)
        if span is not None:
            label = kind(span[3].get("entity_type", "")).label
            piece = f'<mark class="id" title="{escape(label)}">{piece}</mark>'
            if b == span[1]:
                piece += f'<sup class="n">{span[2]}</sup>'
        if any(r[0] <= a and b <= r[1] for r in risks):
            piece = f'<span class="risk-phrase">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _span_item(span: dict) -> str:
    label = kind(span.get("entity_type", "")).label
    return (f'<li><span class="label">{escape(label)}</span>: <q>{_esc(span.get("text", ""))}</q>. '
            f'{escape(span.get("why", ""))} <span class="advice">Say instead: '
            f'{escape(span.get("suggestion", ""))}.</span></li>')


def _risk_label(name: str) -> str:
    known = RISK_KINDS.get(name)
    return known.label if known else name


def _risk_item(risk: dict) -> str:
    label = _risk_label(risk.get("kind", ""))
    return (f'<li><span class="label">{escape(label)}</span>: <q>{_esc(risk.get("text", ""))}</q>. '
            f'{escape(risk.get("why", ""))} <span class="advice">{escape(risk.get("advice", ""))}</span></li>')


_REWRITE_STATUS = {CLEAN: "verified clean", REVIEW: "look at it before posting", IDENTIFYING: "still identifying"}


def _post(post: FlaggedPost) -> str:
    record = post.record
    status = found_status(record)
    meta = [f'<span class="status">{"identifying" if status == IDENTIFYING else "for review"}</span>']
    for part in (_esc(_when(record)), escape(_platform(record)), _link(record)):
        if part:
            meta.append(part)
    if record.get("id") is not None and not record.get("date"):
        meta.append(f"id {_esc(str(record['id']))}")
    body = [f'<article class="{status}" id="post-{post.number}">',
            f'<div class="meta">{" · ".join(meta)}</div>',
            f'<div class="text">{_marked(post.text, record["spans"], record["risks"])}</div>']
    if record.get("repost"):
        body.append('<p class="repost-note">A repost of someone else\'s post: you cannot edit it, '
                    "only remove the repost.</p>")
    if record["spans"]:
        body.append('<ol class="found">' + "".join(_span_item(s) for s in record["spans"]) + "</ol>")
    if record["risks"]:
        body.append('<ul class="found">' + "".join(_risk_item(r) for r in record["risks"]) + "</ul>")
    if isinstance(record.get("rewrite"), str):
        verdict = _REWRITE_STATUS.get(record.get("status"), "")
        body.append(f'<div class="note">Suggested rewrite ({escape(verdict)}):</div>'
                    f'<div class="rewrite">{_esc(record["rewrite"])}</div>')
    body.append("</article>")
    return "\n".join(body)


def _bars(caption: str, rows: list[tuple[str, int, int]], scale: int, css: str, unit: str) -> str:
    """A small bar chart as a table: one row per (label, total, part), the part drawn over the total
    when they differ (flagged over checked), bar widths against ``scale``."""
    if not rows:
        return ""
    out = [f'<table class="chart"><caption>{escape(caption)}</caption>']
    for label, total, part in rows:
        bars = ""
        if unit == "flagged":
            bars += f'<span class="all" style="width:{100 * total / scale:.1f}%"></span>'
            figure = f"{part:,} of {total:,} flagged"
        else:
            figure = _plural(part, unit)
        bars += f'<span class="{css}" style="width:{100 * part / scale:.1f}%"></span>'
        out.append(f'<tr><th scope="row">{escape(label)}</th><td><div class="bar">{bars}</div></td>'
                   f'<td class="n">{escape(figure)}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


def _summary(report: AuditReport) -> str:
    flagged = len(report.flagged)
    identifying = sum(1 for p in report.flagged if found_status(p.record) == IDENTIFYING)
    reposts = sum(1 for p in report.flagged if p.record.get("repost"))
    counts = [("checked", report.checked, "posts checked"), ("flagged", flagged, "flagged"),
              ("identifying", identifying, "identifying"), ("review", flagged - identifying, "for review"),
              ("clean", report.checked - flagged, "clean")]
    items = "".join(f'<li class="{key}"><b id="count-{key}">{n:,}</b>{escape(label)}</li>'
                    for key, n, label in counts)
    years = sorted(report.checked_by_year, key=lambda y: (y == NO_DATE, y))
    by_year = _bars("Posts by year: flagged (red) of checked (grey)",
                    [(y, report.checked_by_year[y], report.flagged_by_year[y]) for y in years],
                    max(report.checked_by_year.values(), default=1), "flagged", "flagged")
    by_kind = _bars("Flagged posts with each kind of identifying detail",
                    [(kind(k).label, n, n) for k, n in report.posts_by_kind.most_common()],
                    max(flagged, 1), "flagged", "post")
    by_risk = _bars("Flagged posts with each kind of risk",
                    [(_risk_label(k), n, n) for k, n in report.posts_by_risk.most_common()],
                    max(flagged, 1), "risk", "post")
    are = "is a repost" if reposts == 1 else "are reposts"
    reposts_line = (f'<p class="note">{_plural(reposts, "flagged post")} {are} '
                    "of someone else's, listed apart at the end.</p>") if reposts else ""
    return "\n".join([
        '<section id="summary"><h2>Summary</h2>',
        f'<ul class="counts">{items}</ul>',
        reposts_line,
        f'<div class="charts">{by_year}{by_kind}{by_risk}</div>',
        "</section>",
    ])


def render(report: AuditReport, now: datetime) -> str:
    ordered = sorted(report.flagged, key=_seriousness)
    own = [p for p in ordered if not p.record.get("repost")]
    reposts = [p for p in ordered if p.record.get("repost")]
    sections = [_summary(report)]
    sections.append('<section id="flagged"><h2>Flagged posts, most serious first</h2>')
    if own:
        sections.append('<p class="note">Find each post by its date or link, then edit or delete it. '
                        "Identifying posts come first, then those to look at.</p>")
        sections.extend(_post(p) for p in own)
    elif not reposts:
        sections.append('<p class="note">Nothing identifying and no risk found: every post checked is clean.</p>')
    sections.append("</section>")
    if reposts:
        sections.append('<section id="reposts"><h2>Reposts, most serious first</h2>'
                        '<p class="note">Posts of other people\'s that you shared: you can only remove the repost.</p>')
        sections.extend(_post(p) for p in reposts)
        sections.append("</section>")
    title = f"rewriter audit: {counted(report.checked, 'post')} checked, {len(report.flagged):,} flagged"
    return "\n".join([
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head><body>",
        "<header><h1>Your posts: what to edit or delete</h1>",
        f'<p class="note">From {_esc(report.source)}, checked {now.strftime("%Y-%m-%d %H:%M UTC")}.</p></header>',
        *sections,
        f"<footer>Made by rewriter {escape(__version__)} on this computer; nothing was sent anywhere. "
        "This file holds your posts: keep it private and delete it when you are done.</footer>",
        "</body></html>",
        "",
    ])
