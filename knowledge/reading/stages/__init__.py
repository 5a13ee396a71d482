"""The reader's stages, each a class that builds on the one before it.

state (the article's sentences, people and seats) -> scope (which seat and which election each
clause speaks of) -> blocks (result lists and tables) -> candidates (parties, votes, candidacy) ->
outcomes (who won, and how) -> figures (margins, recounts, turnout) -> conclusion (checks across
the article, and the facts). `knowledge.reading.reader` runs them in that order.
"""
