"""The Discord adapter: the discord.py client, cogs, embeds and charts that render answers."""
