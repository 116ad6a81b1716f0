"""Links, through Presidio's recognizer, run only when something link-like is present: its patterns cost
more than a millisecond per post, and most posts have no "://", "www." or "name.tld" at all.

A public body's site address alone ("updated its family visa guidance on gov.uk", "check nhs.uk") is where the
public reads, no one's contact (public_web_domains.txt); a page deeper in the site, or any other site, stays a link."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import UrlRecognizer

from .... import vocab

_PUBLIC_DOMAINS = tuple(vocab.words("public_web_domains"))
# a host alone, with no path, query or port: "gov.uk", "www.nhs.uk", "https://www.gov.uk/"
_HOST_ALONE = re.compile(r"(?i)^(?:https?://)?(?:www\.)?(?P<host>[a-z0-9.-]+?)\.?/?$")


def is_public_site(link: str) -> bool:
    """A public body's site named by its address alone ("gov.uk", "www.nhs.uk")."""
    m = _HOST_ALONE.match(link.strip())
    if m is None:
        return False
    host = m.group("host").lower()
    return any(host == d or host.endswith("." + d) for d in _PUBLIC_DOMAINS)


class GatedUrlRecognizer(UrlRecognizer):
    ORDER = 40
    TEXT_ONLY = True

    _GATE = re.compile(r"://|www\.|[A-Za-z0-9]\.[A-Za-z]{2}")

    def analyze(self, text, entities, nlp_artifacts=None):
        if not self._GATE.search(text):
            return []
        found = super().analyze(text, entities, nlp_artifacts)
        return [r for r in found if not is_public_site(text[r.start : r.end])]
