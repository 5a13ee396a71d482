"""Facts about election results: reading articles, official results, the SQLite store, name lookup.

Nothing in this package imports discord.
"""
