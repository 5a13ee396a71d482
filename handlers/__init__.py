"""Answers: questions and commands in, `Answer` objects out; then thin discord.py cogs around them."""
