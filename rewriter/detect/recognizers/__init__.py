"""Every recognizer the detector runs, found by walking this package.

A recognizer is a class that declares ``ORDER`` in its own body, one to a file, in a folder by family:
``people/``, ``places/``, ``numbers/``, ``business/``, ``times/``, ``contacts/``, with spaCy's checked
entities in ``spacy_entities.py``. What recognizers share (base classes, doc helpers, the lexicon, the
second pass) is in ``support/``, which holds no recognizer. Adding one is adding a file (and its test
in ``tests/recognizers/``); nothing here changes.

``ORDER`` says when a recognizer runs, lowest first, and no two share one. The order decides which of
two identical results from two recognizers is kept, and so the source and reason shown for it, and the
order in which the people found reach the second pass (``support/people.py``); the bands follow the
families:

      10-70   spaCy's entities, then Presidio's pattern recognizers (e-mail, phone, link, IP, card, IBAN)
    100-120   ages                      500-540   business details
    200-230   facilities                600-610   distinctive details
    300-330   reference numbers         700-790   people's names
    400-420   times                     800-820   places
    900-960   organisations            1000-1010  handles and phone numbers
   1100-1110  second pass only: repeated names and a person's company, after everything they read
"""

from __future__ import annotations

import functools
import importlib
import pkgutil


@functools.cache
def recognizer_classes() -> tuple[type, ...]:
    """Every recognizer class in this package, in ORDER."""
    classes = []
    for info in pkgutil.walk_packages(__path__, prefix=f"{__name__}."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            # declared here, not imported from another module, and marked with its own ORDER
            if isinstance(obj, type) and obj.__module__ == module.__name__ and "ORDER" in vars(obj):
                classes.append(obj)
    classes.sort(key=lambda cls: cls.ORDER)
    for earlier, later in zip(classes, classes[1:]):
        if earlier.ORDER == later.ORDER:
            raise RuntimeError(f"{earlier.__name__} and {later.__name__} both have ORDER {earlier.ORDER}")
    return tuple(classes)


def all_recognizers() -> list:
    """A fresh instance of every recognizer, in the order the detector runs them."""
    return [cls() for cls in recognizer_classes()]
