"""English function words, the same in articles and in questions: never a person's name, never a question signal.

The reader adds the capitalised words that open sentences or name offices (`knowledge.reading.mentions`), the
questions the words people ask with (`handlers.answers.intents`); the words both need are kept here once.
"""
from __future__ import annotations

FUNCTION_WORDS = frozenset("""
a an the and but or if unless whether although though when once just up into over in on at by for from of to with
i you he she it we they my your his her its our their this that these those there
""".split())
