"""Answers: a question or command in, an `Answer` out. No discord types, no Discord limits or markdown."""
