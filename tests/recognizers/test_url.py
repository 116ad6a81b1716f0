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


def test_a_public_bodys_site_address_alone_is_no_contact_but_its_pages_and_other_sites_are():
    rec = GatedUrlRecognizer()
    assert spans(rec, "guidance updated on gov.uk today", "URL") == []
    assert spans(rec, "check www.nhs.uk first", "URL") == []
    assert spans(rec, "see www.nhs.uk/services/gp-surgery/oakfield-surgery/A81001", "URL")
    assert spans(rec, "her page is oakfield-care.co.uk", "URL")
