"""Fixtures shared by the unit tests: `site`, a small news site on 127.0.0.1 (see web_site.py)."""
from web_site import site  # noqa: F401 - a fixture
