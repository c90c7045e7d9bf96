"""strikemap: geocode strike reports and render layered, self-contained maps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("strikemap")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
