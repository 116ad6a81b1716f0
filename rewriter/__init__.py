"""rewriter: find what identifies people in a draft post and rewrite it with a local model."""

__version__ = "0.1.0"
