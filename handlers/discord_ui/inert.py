"""Text from articles and pages made inert before it goes into an embed.

Anything an article says (a quote, a candidate's name, a page's title) is shown as the characters it
is, never as Discord markup: no masked links (`[text](https://…)` would show a disguised address),
no headings, block quotes, code, spoilers or emphasis, and no mentions of any kind (`@everyone`,
users, roles, channels, slash commands, timestamps). Mentions never ping anyway (allowed_mentions is
none for every message), but they would still render as a highlighted name or a clickable channel.
"""
from __future__ import annotations

import re

import discord

ZERO_WIDTH = "\u200b"
# `]` directly followed by `(` is what makes a masked link; a zero-width space between them never parses.
_MASKED_LINK = re.compile(r"\](?=\s*\()")
# `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<:emoji:id>`, `<a:emoji:id>`, `<t:1700000000:R>`, `<id:browse>`.
_ANGLE_MARKUP = re.compile(r"<(?=[@#/:]|a:|t:|id:)")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


def inert(text: str) -> str:
    """`text` on one line, every Discord markup and mention in it shown as plain characters."""
    text = _LINE_BREAKS.sub(" ", text)
    text = discord.utils.escape_markdown(text)
    # escape_markdown escapes only a line's first `[…](…)`; break every one of them.
    text = _MASKED_LINK.sub("]" + ZERO_WIDTH, text)
    text = _ANGLE_MARKUP.sub("<" + ZERO_WIDTH, text)
    return discord.utils.escape_mentions(text)
