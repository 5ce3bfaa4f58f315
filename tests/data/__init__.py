"""Fixtures and helpers for the foundation tests (see kit.py)."""
