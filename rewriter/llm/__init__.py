"""The local language model: discovery, a llama.cpp backend behind a small protocol, and prompts."""

from .backend import Backend, ContextExceeded, Generation, LlamaCppBackend
from .discovery import ModelChoice, builtin_model, check_gguf, find_model
from .process import ModelProcess

__all__ = ["Backend", "ContextExceeded", "Generation", "LlamaCppBackend", "ModelChoice", "ModelProcess", "builtin_model", "check_gguf", "find_model"]
