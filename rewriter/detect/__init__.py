"""Detection: what in a draft could identify someone. No Textual here, ever."""

from .detector import Detector, resolve_overlaps

__all__ = ["Detector", "resolve_overlaps"]
