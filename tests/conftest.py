"""Fixtures shared by the unit tests: `site`, a small news site on 127.0.0.1 (see web_site.py);
`every_election_db`, every official results file imported once (see official_data.py)."""
from official_data import every_election_db  # noqa: F401 - a fixture
from web_site import site  # noqa: F401 - a fixture
