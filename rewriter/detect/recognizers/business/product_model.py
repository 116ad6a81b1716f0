"""An unreleased product by its name and model code: "the new Axiom X2 headset drops in Sept", "our
Nimbus 3 sensor", "the upcoming Vega-7 chip". Named before it is announced, it breaks an NDA as a
codename does. Only said of a product noun after the name, by someone inside ("our") or in a post about
a launch or a secret, so a public product in the news is left alone unless the post says otherwise."""

from __future__ import annotations

import re

from ..support import public
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

_PRODUCT_NOUNS = (
    r"headset|headphones|earbuds|phone|handset|tablet|laptop|watch|wearable|sensor|chip|chipset|processor|"
    r"camera|drone|console|device|model|platform|app|robot|speaker|router|charger|battery|engine|vehicle|car|"
    r"scooter|bike|printer|monitor|display|screen|controller|kit|module|board|implant|pump|inhaler|drug|vaccine"
)


class ProductModelRecognizer(GatedRegexRecognizer):
    ORDER = 505
    ENTITY = "CODENAME"
    GATE = HAS_DIGIT
    WHY = "An unreleased product's name is confidential business information."
    PATTERNS = [
        Pattern(
            "name, model code and product",
            rf"\b(?i:the|our|new|upcoming|next|unreleased)\s+(?:(?i:new|upcoming|next|unreleased)\s+)?"
            rf"(?P<span>[A-Z][a-z]+[\s-][A-Z]{{0,3}}\d{{1,4}}[A-Za-z]?)\s+(?i:{_PRODUCT_NOUNS})s?\b",
            0.7,
        ),
        # a model code alone: "the new X200 board", "our RX-90 sensor"
        Pattern(
            "model code and product",
            rf"\b(?i:the|our|new|upcoming|next|unreleased)\s+(?:(?i:new|upcoming|next|unreleased)\s+)?"
            rf"(?P<span>[A-Z]{{1,3}}-?\d{{2,4}}[A-Za-z]?)\s+(?i:{_PRODUCT_NOUNS})s?\b",
            0.7,
        ),
    ]
    # inside the company, or a launch or a secret in the post
    _CONTEXT = re.compile(
        r"(?i)\b(?:our|we|we['’]re|drops?|launch\w*|ships?|shipping|releas\w*|unveil\w*|announce\w*|reveal\w*|"
        r"nda|embargo\w*|secret|can['’]?t\s+say|not\s+allowed|hush)\b|🤫|😉"
    )

    def accept(self, match: re.Match, text: str) -> bool:
        name = match.group("span").split()[0].split("-")[0]
        return name not in public.BRANDS and self._CONTEXT.search(text) is not None
