"""What several exports need: JSON arrays read one element at a time, Meta's mojibake repaired, dates
as ISO 8601 UTC, HTML as text, and the placeholders a platform leaves where a post was deleted."""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import TextIO

from ..errors import InputError

CHUNK = 256 * 1024
# One post as JSON is a few KB; a megabyte-sized one is a broken file, not a post.
MAX_ELEMENT_CHARS = 16 * 1024 * 1024

# What Reddit (and others) leave in place of a post or comment that was deleted or removed.
DELETED_PLACEHOLDERS = frozenset({"[deleted]", "[removed]", "[deleted by user]", "[removed by reddit]"})


def iter_json_array(text: TextIO, opening: re.Pattern, where: str) -> Iterator[object]:
    """Yield the elements of the JSON array that starts where ``opening`` (a pattern ending in ``[``)
    matches, one at a time: a 100,000-post file never sits in memory as one parsed object.

    A truncated file or a broken element is a one-line InputError naming ``where``."""
    buffer, pos = "", 0
    while True:
        match = opening.search(buffer)
        if match:
            pos = match.end()
            break
        more = text.read(CHUNK)
        if not more or len(buffer) > MAX_ELEMENT_CHARS:
            raise InputError(f"{where}: not the layout expected (looked for {opening.pattern!r})")
        buffer += more
    decoder = json.JSONDecoder()
    count = 0
    while True:
        while pos < len(buffer) and buffer[pos] in " \t\r\n,":
            pos += 1
        if pos == len(buffer):
            more = text.read(CHUNK)
            if not more:
                raise InputError(f"{where}: ends in the middle of the list of posts (after {count:,}): "
                                 "the file is cut short")
            buffer, pos = buffer[pos:] + more, 0
            continue
        if buffer[pos] == "]":
            return
        try:
            element, end = decoder.raw_decode(buffer, pos)
        except json.JSONDecodeError as exc:
            more = text.read(CHUNK)
            if not more or len(buffer) - pos > MAX_ELEMENT_CHARS:
                cut = " (the file is cut short)" if not more else ""
                raise InputError(f"{where}: post {count + 1:,} is not valid JSON ({exc.msg}){cut}") from None
            buffer, pos = buffer[pos:] + more, 0
            continue
        count += 1
        yield element
        pos = end
        if pos > CHUNK:
            buffer, pos = buffer[pos:], 0


def load_json(text: TextIO, where: str) -> object:
    """A small JSON file whole (an account file, a profile)."""
    data = text.read(MAX_ELEMENT_CHARS + 1)
    if len(data) > MAX_ELEMENT_CHARS:
        raise InputError(f"{where}: larger than expected for this file")
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def repair_mojibake(text: str) -> str:
    """Meta's exports write each UTF-8 byte as its own ``\\u00XX`` escape, so "é" arrives as "Ã©" and an
    emoji as four Latin-1 letters. Undo that when the string is exactly such bytes; leave it when it
    is not (real text above U+00FF, or Latin-1 that is no UTF-8), so a repaired file stays right."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def iso_from_timestamp(value) -> str | None:
    """Seconds since 1970 (UTC) as ``2019-03-04T10:20:00Z``; None when there is none or it is absurd."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return None
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return None


MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_from_text(value) -> str | None:
    """An ISO-8601-like date (``2019-03-04 10:20:00``, ``...T10:20:00.000Z``, ``... UTC``; UTC when it
    names no zone) as ``2019-03-04T10:20:00Z``, or None. (``fromisoformat``: fast, and no locale.)"""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip().removesuffix(" UTC").removesuffix("Z")
    try:
        return _utc(datetime.fromisoformat(value))
    except ValueError:
        return None


def iso_from_twitter_date(value) -> str | None:
    """X's ``Wed Oct 10 20:19:24 +0000 2018`` (English names whatever the machine's locale)."""
    parts = value.split() if isinstance(value, str) else []
    if len(parts) != 6 or parts[1] not in MONTHS or len(parts[4]) != 5 or parts[4][0] not in "+-":
        return None
    try:
        hour, minute, second = (int(p) for p in parts[3].split(":"))
        local = datetime(int(parts[5]), MONTHS[parts[1]], int(parts[2]), hour, minute, second)
        offset = timedelta(hours=int(parts[4][1:3]), minutes=int(parts[4][3:5]))
    except ValueError:
        return None
    return _utc(local - offset if parts[4][0] == "+" else local + offset)


class _TextOfHtml(HTMLParser):
    # Line breaks where the HTML breaks lines; everything else is the text between the tags.
    BREAKS = {"br": "\n", "p": "\n\n", "div": "\n", "li": "\n", "blockquote": "\n"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BREAKS and tag != "br":
            self.parts.append(self.BREAKS[tag])

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Mastodon's post HTML as the text a reader sees (links keep their full address, which Mastodon
    splits into hidden and shown spans)."""
    if "<" not in markup:
        return html.unescape(markup)
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def is_placeholder(text: str) -> bool:
    return text.strip().lower() in DELETED_PLACEHOLDERS


def csv_rows(text: TextIO, where: str, required: tuple[str, ...], **dialect) -> Iterator[dict[str, str]]:
    """The rows of a CSV file with a header, as dicts by column name (names compared without case or
    surrounding spaces, given as in ``required``). A missing column or a broken row is a one-line error."""
    reader = csv.reader(text, **dialect)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"{where}: not a readable CSV file ({exc})") from None
    if not header:
        return
    names = [h.strip().lower() for h in header]
    missing = [r for r in required if r.lower() not in names]
    if missing:
        raise InputError(f"{where}: no {', '.join(repr(m) for m in missing)} column "
                         f"(found: {', '.join(h.strip() for h in header)[:200]})")
    try:
        for row in reader:
            if row:
                yield dict(zip(names, row))
    except csv.Error as exc:
        raise InputError(f"{where}: line {reader.line_num}: {exc}") from None
