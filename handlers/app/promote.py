"""Promoting a server's article to global knowledge: the bot owner's copy into the operator's folder.

The copy goes to `knowledge_dir/promoted/<guild id>-<name>` and never replaces a file there (a name
that is taken gets the next version; bytes already there are reported). The caller reloads the
global knowledge afterwards. Nothing here imports discord.
"""
from __future__ import annotations

from handlers.app.guild_files import SavedArticle, find_guild_article, guild_folder, place_new_file
from handlers.app.settings import Settings

PROMOTED_FOLDER = "promoted"


def promote_article(settings: Settings, guild_id: int, name: str) -> SavedArticle:
    """Copy server `guild_id`'s article `name` into the operator's folder; ValueError when there is none."""
    source = find_guild_article(guild_folder(settings.guilds_dir, guild_id), name)
    folder = settings.knowledge_dir / PROMOTED_FOLDER
    return place_new_file(folder, f"{guild_id}-{source.name}", source.read_bytes())
