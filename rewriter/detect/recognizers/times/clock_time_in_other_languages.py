"""Clock times written the way other languages write them, which the English clock pattern (clock_time.py: "14:30",
"9.15am", "3pm") does not read:
- the hour with "h", as French, Portuguese, the Balkan and West African writers put it: "às 5h10", "à 23h",
  "u 22h", "embargo bi 10h la", "dès 7h30";
- the hour after the Nordic and Finnish word for "o'clock", its minutes after a dot: "klo 9", "Klo 04.17, 04.31
  ja 04.50" (each time of the list), "kl. 9.30", "kello 14".
A time dates a birth, a death or a raid in its story as "at 6:15am" does (the detector keeps it only when it is
tied to one, detector._time_tied). Not read: a length of time ("un 12h de garde", "in 3h10", "a 12h night shift",
"Marathon Sunday, 4h52"): an hour with "h" needs a word for "at" before it and no unit of a length after it."""

from __future__ import annotations

import re

from ..support.gated import GatedRegexRecognizer

_HOUR = r"(?:[01]?\d|2[0-3])"


class ClockTimeInOtherLanguagesRecognizer(GatedRegexRecognizer):
    ORDER = 422
    ENTITY = "DATE_TIME"
    GATE = re.compile(r"\dh|(?i:\bklo\b|\bkl\.|\bkello\b)")

    # "at" in the languages that write "23h": French, Portuguese, Spanish, Catalan, Italian, the Balkan languages,
    # Wolof's "bi"/"ci" as Dakar French mixes it, and English "at"/"by"/"from"/"till"; not "après", "avant", "pour"
    # ("Sorti vivant après 2h": after two hours) nor "as", "des", "ate" (English words)
    _AT = re.compile(
        r"(?i)(?:^|[\s(])(?:à|às|ás|vers|dès|jusqu['’]à|u|oko|od|do|o|um|ab|gegen|bis|"
        r"alle|dalle|verso|las|les|pelas|pelos|desde|hasta|até|bi|ci|at|by|from|till|until|around|about)\s+$"
    )
    # a length of time said before: "in", "en", "em", "for", "pendant", "durant", "during", "under", "après 12h de"
    _FOR = re.compile(r"(?i)(?:^|[\s(])(?:in|en|em|for|pendant|durant|during|under|sub|za|kroz|taking|took|took\s+me)\s+$")
    _H = re.compile(rf"(?<![\w.,:/£$€-])(?P<hour>{_HOUR})h(?P<min>[0-5]\d)?(?![\w.,:/-]?\d|[\w'’])")
    _LENGTH_AFTER = re.compile(r"(?i)\s*(?:de\s+(?:garde|route|vol|travail|trajet|queue|attente)|shifts?|days?|weeks?|"
                               r"(?:night|day|long|late|early)\s+shifts?|runs?|drives?|flights?|journeys?|fasts?|trips?|marathons?|races?|pbs?|finish|ago|later|plus\s+tard|depuis)\b")
    # "klo 9", "Klo 04.17, 04.31 ja 04.50", "kl. 9.30": the Nordic and Finnish "o'clock" word, then the time
    # and any more times joined to it by a comma or "and" in those languages
    _KLO = re.compile(
        rf"(?i)\b(?:klo|kl\.|kello)\s*{_HOUR}(?:[.:][0-5]\d)?(?![\d.,:]\d)"
        rf"(?:\s*(?:,|ja|og|och|sekä|tai)\s*{_HOUR}[.:][0-5]\d(?![\d.,:]\d))*"
    )

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in self._H.finditer(text):
            before = text[max(0, m.start() - 20) : m.start()]
            if self._FOR.search(before) or self._LENGTH_AFTER.match(text, m.end()):
                continue
            # (with its minutes too: "Belfast Marathon Sunday, 4h52" is a finishing time)
            if not self._AT.search(before):
                continue
            results.append(self.result(m.start(), m.end(), 0.6, m.group()))
        for m in self._KLO.finditer(text):
            results.append(self.result(m.start(), m.end(), 0.6, m.group()))
        return results
