"""Performance benchmark for the election results bot: `python -m bench` (see `bench.__main__`)."""
