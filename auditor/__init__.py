"""Offline claim fact-checking and consistency auditor."""

__version__ = "0.1.0"
