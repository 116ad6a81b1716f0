"""What kind of place a name says it is, by the words in it: "Oak Lodge" is a care home, "Ward 7" a
hospital ward. Reshaping detector spans reads it to tell a person from a place; the generaliser reads
it to say what kind of place was meant."""

from __future__ import annotations

from ..text import canonical

# Places and services by the words in their names: the first matching row gives the kind.
FACILITY_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("ward",), "a hospital ward"),
    (("bed", "bay", "cubicle"), "a bed"),
    (("room",), "a room"),
    (("care home", "nursing home", "residential home", "lodge", "retirement", "hospice"), "a care home"),
    (("primary", "secondary", "school", "academy", "high", "junior", "infant", "nursery", "grammar", "prep"),
     "a local school"),
    (("college", "sixth form"), "a local college"),
    (("university", "uni"), "a university"),
    (("hospital", "infirmary", "medical centre", "medical center", "royal", "general"), "a hospital"),
    (("clinic", "surgery", "health centre", "health center", "practice"), "a local clinic"),
    (("leisure", "sports centre", "sports center", "gym", "pool", "baths", "stadium"), "a local leisure centre"),
    (("park", "garden", "gardens", "common", "woods", "beach"), "a local park"),
    (("road", "street", "lane", "avenue", "drive", "close", "crescent", "way", "grove", "terrace", "place",
      "row", "hill", "court road", "gardens"), "a local street"),
    (("estate",), "a local estate"),
    (("court", "tribunal"), "a court"),
    (("prison", "hmp", "jail"), "a prison"),
    (("station",), "a station"),
    (("church", "mosque", "temple", "synagogue", "chapel", "cathedral"), "a local place of worship"),
    (("library",), "a local library"),
    (("centre", "center", "hall", "hub"), "a local centre"),
    (("hotel", "inn"), "a hotel"),
    (("cafe", "café", "restaurant", "pub", "bar"), "a local cafe"),
    (("shop", "store", "market", "supermarket"), "a local shop"),
)


def kind_of_place(name: str) -> str | None:
    """The kind phrase ("a care home") for a place's name, or None when its words do not say."""
    words = canonical(name)
    padded = f" {words} "
    for keys, kind in FACILITY_KINDS:
        for key in keys:
            if f" {key} " in padded or f" {key}s " in padded:
                return kind
    return None
