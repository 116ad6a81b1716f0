"""GatedUrlRecognizer (contacts/url.py): Links, through Presidio's recognizer, run only when something link-
like is present: its patterns cost more than a millisecond per post, and most posts have no "://", "www." or
"name.tld" at all."""

from __future__ import annotations

from rewriter.detect.recognizers.contacts.url import GatedUrlRecognizer


def spans(rec, text, entity):
    return [text[r.start : r.end] for r in rec.analyze(text, [entity], None)]


def test_links_are_found_and_link_free_text_skips_the_patterns():
    rec = GatedUrlRecognizer()
    assert spans(rec, "see https://example.org/page now", "URL")
    assert spans(rec, "No link here. Just words.", "URL") == []
