"""One exception tree for strikemap; the CLI turns each into one line and exit code 2."""

from __future__ import annotations

__all__ = ["DataError", "InputError", "OutputError", "StrikemapError"]


class StrikemapError(Exception):
    """Base of every error strikemap raises on purpose."""


class InputError(StrikemapError, ValueError):
    """A user's input (file, option, name) cannot be used; the message says how to fix it."""


class OutputError(StrikemapError):
    """An output file cannot be written; the message names it and says what to do."""


class DataError(StrikemapError):
    """Shipped or derived reference data is missing or broken."""
