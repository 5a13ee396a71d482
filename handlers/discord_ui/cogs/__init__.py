"""The bot's cogs, one per concern; each module is a discord.py extension with `async def setup(bot)`.

- `results`: the slash commands that look results up (/result, /winner, … /about).
- `questions`: questions asked by mentioning the bot, or in the configured answer channels.
- `admin`: /reload, /article add, and the owner's `@bot sync`.
- `feeds`: /feed add|list|remove, /results channel, pages by address, the feed poller and results poster.
- `settings`: /settings admin-role|answer-channel|show, each server's own (in the state database).
- `checks` and `common` are shared helpers, not extensions.
"""

EXTENSIONS: tuple[str, ...] = ("handlers.discord_ui.cogs.results", "handlers.discord_ui.cogs.questions", "handlers.discord_ui.cogs.admin",
                                 "handlers.discord_ui.cogs.feeds", "handlers.discord_ui.cogs.settings")
