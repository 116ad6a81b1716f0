"""The Textual app. Only this package imports Textual; the domain knows nothing of it."""

from .app import run

__all__ = ["run"]
