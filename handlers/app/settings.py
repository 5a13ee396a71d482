"""Settings from the environment and an optional `.env` file; nothing here imports discord."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DB = PROJECT_DIR / "var" / "knowledge.sqlite3"
DEFAULT_KNOWLEDGE_DIR = PROJECT_DIR / "knowledge" / "articles"
DEFAULT_STATE_DB = PROJECT_DIR / "var" / "state.sqlite3"
DEFAULT_GUILDS_DIR = PROJECT_DIR / "var" / "guilds"
DEFAULT_API_BASE = "https://discord.com/api/v10"
# Read by older versions; each server now sets its own admin role and answer channels (/settings).
RETIRED_VARIABLES = {"DISCORD_ADMIN_ROLE_ID": "/settings admin-role",
                     "DISCORD_ANSWER_CHANNEL_IDS": "/settings answer-channel (and DISCORD_MESSAGE_CONTENT=1)"}


def load_dotenv(path: Path) -> dict[str, str]:
    """KEY=value lines of a .env file (quotes stripped, comments and blank lines skipped)."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key] = value
    return values


@dataclass(frozen=True, slots=True)
class Settings:
    token: str | None = None
    db_path: Path = DEFAULT_DB
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    test_guild_id: int | None = None
    message_content: bool = False  # the privileged intent, for answer channels (DISCORD_MESSAGE_CONTENT)
    api_base: str = DEFAULT_API_BASE
    gateway_url: str | None = None
    max_attachment_bytes: int = 1_000_000
    state_db: Path = DEFAULT_STATE_DB  # per-server settings and rate limits (handlers.app.state)
    guilds_dir: Path = DEFAULT_GUILDS_DIR  # each server's own articles and database, one folder each
    max_guild_articles: int = 200
    max_cached_guild_engines: int = 8  # servers' own engines kept built (a bounded LRU)
    shard_count: int | None = None  # None: as many shards as Discord recommends
    retired: tuple[str, ...] = ()  # variables set in the environment that are no longer read

    def __repr__(self) -> str:  # never show the token
        return (f"Settings(token={'set' if self.token else 'unset'}, db_path={self.db_path!s}, "
                f"knowledge_dir={self.knowledge_dir!s}, test_guild_id={self.test_guild_id}, "
                f"api_base={self.api_base}, gateway_url={self.gateway_url})")

    __str__ = __repr__

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, dotenv: Path | None = None) -> Settings:
        env = {**load_dotenv(dotenv or PROJECT_DIR / ".env"), **(os.environ if environ is None else environ)}
        guild = env.get("DISCORD_TEST_GUILD_ID", "").strip()
        shards = env.get("DISCORD_SHARD_COUNT", "").strip()
        return cls(
            token=env.get("DISCORD_TOKEN") or None,
            db_path=Path(env.get("ELECTION_BOT_DB") or DEFAULT_DB),
            knowledge_dir=Path(env.get("ELECTION_BOT_KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR),
            test_guild_id=int(guild) if guild.isdigit() else None,
            message_content=env.get("DISCORD_MESSAGE_CONTENT", "").strip().lower() in ("1", "true", "yes"),
            api_base=(env.get("DISCORD_API_BASE") or DEFAULT_API_BASE).rstrip("/"),
            gateway_url=env.get("DISCORD_GATEWAY_URL") or None,
            state_db=Path(env.get("ELECTION_BOT_STATE_DB") or DEFAULT_STATE_DB),
            guilds_dir=Path(env.get("ELECTION_BOT_GUILDS_DIR") or DEFAULT_GUILDS_DIR),
            shard_count=int(shards) if shards.isdigit() and int(shards) > 0 else None,
            retired=tuple(name for name in RETIRED_VARIABLES if env.get(name, "").strip()),
        )
