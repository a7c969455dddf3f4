"""The package version (single source: hatch reads it from here)."""

__version__ = "0.1.0"
