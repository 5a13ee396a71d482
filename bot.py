"""The election results bot: command line and wiring.

    python bot.py                      Discord bot if DISCORD_TOKEN is set, else the local console
    python bot.py run                  the Discord bot
    python bot.py console              chat with the bot in this terminal
    python bot.py ask "QUESTION"       one answer (--json for the scorer's format; "-" reads stdin)
    python bot.py ingest PATH|URL...   read articles (files, folders, web pages) into the knowledge base
    python bot.py feed poll URL...     read the new items of RSS/Atom feeds (each page once)
    python bot.py reload               re-read the knowledge folder (what /reload does)
    python bot.py export --json        print the knowledge base
    python bot.py import-results CSV...  import official House of Commons Library results
    python bot.py check                list disagreements between articles and official results
    python bot.py sync                 register the slash commands with Discord (owner's step)

Every command takes --db FILE (default: $ELECTION_BOT_DB or var/knowledge.sqlite3).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from handlers.app.progress import ProgressBar
from handlers.app.settings import DEFAULT_DB, Settings


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    if getattr(args, "db", None):
        settings = _replace(settings, db_path=Path(args.db))
    return settings


def _replace(settings: Settings, **changes: object) -> Settings:
    from dataclasses import replace

    return replace(settings, **changes)


def ensure_database(settings: Settings, explicit_db: bool) -> None:
    """On first use, build the default database from the sample articles in the knowledge folder."""
    if settings.db_path.exists():
        return
    if explicit_db and settings.db_path != DEFAULT_DB:
        raise SystemExit(f"error: no database at {settings.db_path}; create it with "
                         f"`python bot.py ingest PATH --db {settings.db_path}`")
    from knowledge.store.ingest import ingest

    report = ingest([settings.knowledge_dir], settings.db_path, sync=True)
    print(f"(built {settings.db_path} from {len(report.articles)} articles in {settings.knowledge_dir})",
          file=sys.stderr)


def cmd_ingest(args: argparse.Namespace) -> int:
    from knowledge.store.ingest import ignored_files, ingest, is_web_address

    urls = [path for path in args.paths if is_web_address(path)]
    paths = [path for path in args.paths if not is_web_address(path)]
    missing = [path for path in paths if not Path(path).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)} (nothing was read)", file=sys.stderr)
        return 2
    settings = _settings(args)
    read = 0
    if paths:
        with ProgressBar("ingest", "files") as progress:
            report = ingest(paths, settings.db_path, progress=progress)
        print(report.summary())
        read += len(report.articles)
        ignored = ignored_files(paths)
        if ignored:
            print(f"files ignored in the folders: {len(ignored)}")
            print("\n".join(f"  {u.path}: {u.reason}" for u in ignored))
    if urls:
        from knowledge.sources.pages import ingest_addresses

        with ProgressBar("ingest", "pages") as progress:
            pages = ingest_addresses(urls, settings.db_path, progress)
        print(pages.summary())
        read += len(pages.pages)
    if not read:
        print(f"error: no usable article in {', '.join(args.paths)}", file=sys.stderr)
        return 1
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from knowledge.reading.explain import explain_article, explanation_text
    from knowledge.store.files import HTML_SUFFIXES, read_capped
    from knowledge.store.ingest import MAX_ARTICLE_BYTES, decode_article, html_article_text

    status = 0
    for name in args.files:
        path = Path(name)
        try:
            data = read_capped(path, MAX_ARTICLE_BYTES)
            text = html_article_text(data) if path.suffix.lower() in HTML_SUFFIXES else decode_article(data)
        except (OSError, ValueError) as error:
            print(f"error: {name}: {error}", file=sys.stderr)
            status = 1
            continue
        print(explanation_text(explain_article(text, path.name)), end="\n\n")
    return status


def cmd_feed_poll(args: argparse.Namespace) -> int:
    import asyncio

    from knowledge.sources.polling import poll_feeds

    settings = _settings(args)
    with ProgressBar("feed poll", "pages") as progress:
        reports = asyncio.run(poll_feeds(args.urls, settings.db_path, settings.state_db, progress=progress))
    print("\n".join(report.summary() for report in reports))
    return 0 if all(report.error is None for report in reports) else 1


def cmd_reload(args: argparse.Namespace) -> int:
    from knowledge.store.ingest import ingest

    settings = _settings(args)
    report = ingest([settings.knowledge_dir], settings.db_path, sync=True)
    print(report.summary())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from knowledge.store.database import load
    from knowledge.store.export import export_json

    settings = _settings(args)
    ensure_database(settings, bool(args.db))
    data = export_json(load(settings.db_path))
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for seat in data["seats"]:
            print(f"{seat['constituency']} {seat['election_year']}: {seat.get('winner') or '(no winner on record)'}"
                  f" ({seat.get('winner_party') or '?'}), margin {seat.get('margin')}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from handlers.app.console import ask_lines, ask_one

    settings = _settings(args)
    ensure_database(settings, bool(args.db))
    if args.question == ["-"]:
        return ask_lines(settings.db_path, sys.stdin, sys.stdout, as_json=args.json)
    return ask_one(settings.db_path, " ".join(args.question), sys.stdout, as_json=args.json)


def cmd_console(args: argparse.Namespace) -> int:
    from handlers.app.console import run_console

    settings = _settings(args)
    ensure_database(settings, bool(args.db))
    return run_console(settings.db_path)


def cmd_import_results(args: argparse.Namespace) -> int:
    from knowledge.official.importer import import_results

    settings = _settings(args)
    with ProgressBar("import-results", "files") as progress:
        report = import_results(args.files, settings.db_path, progress=progress)
    print(report.summary())
    return 0 if report.ok else 1


def cmd_check(args: argparse.Namespace) -> int:
    from knowledge.official.importer import check_report

    settings = _settings(args)
    ensure_database(settings, bool(args.db))
    print(check_report(settings.db_path))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not settings.token:
        print("No DISCORD_TOKEN is set, so the bot cannot log in to Discord.\n"
              "Set DISCORD_TOKEN in the environment or in a .env file (see README), or chat with the bot "
              "here with `python bot.py console`.", file=sys.stderr)
        if args.command is None:
            print("Starting the local console on the knowledge base.\n", file=sys.stderr)
            ensure_database(settings, bool(getattr(args, "db", None)))
            from handlers.app.console import run_console

            return run_console(settings.db_path)
        return 2
    ensure_database(settings, bool(getattr(args, "db", None)))
    from handlers.discord_ui.client import run_bot

    return run_bot(settings)


def cmd_sync(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not (args.all or args.guild or settings.test_guild_id):
        print("error: say where to sync: --guild ID, --all, or set DISCORD_TEST_GUILD_ID", file=sys.stderr)
        return 2
    if not settings.token:
        print("error: DISCORD_TOKEN is not set", file=sys.stderr)
        return 2
    from handlers.discord_ui.client import sync_commands

    return sync_commands(settings, guild_id=args.guild, to_global=args.all)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot.py", description="Election results bot. With no command: the "
                                     "Discord bot if DISCORD_TOKEN is set, else the local console.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="SQLite file to use (default: $ELECTION_BOT_DB or var/knowledge.sqlite3)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", parents=[common], help="run the Discord bot",
                       description="Log in to Discord with DISCORD_TOKEN and answer until stopped (Ctrl-C).")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("console", parents=[common], help="chat with the bot in this terminal",
                       description="Ask questions in this terminal; `help` lists what to ask, Ctrl-D quits.")
    p.set_defaults(func=cmd_console)
    p = sub.add_parser("ask", parents=[common], help="ask one question ('-' reads one per line from stdin)",
                       description="Print the answer to one question, or to each line of stdin with '-'.")
    p.add_argument("question", nargs="+", help="the question in plain words, or '-' for one per line from stdin")
    p.add_argument("--json", action="store_true", help="print JSON objects, one per line")
    p.set_defaults(func=cmd_ask)
    p = sub.add_parser("ingest", parents=[common], help="read article files, folders and web pages",
                       description="Read news articles (UTF-8 text or HTML files, folders of them, or web pages by "
                       "their http(s) address) into the knowledge base. Exits non-zero when a path does not "
                       "exist or nothing usable was read.")
    p.add_argument("paths", nargs="+", metavar="PATH|URL",
                   help="an article file, a folder of articles, or a web page's address")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("explain", help="show which sentence gave each fact of an article",
                       description="Read article files as ingest does, without storing anything, and print each "
                       "fact with the sentence it came from, then the sentences whose figures gave no fact.")
    p.add_argument("files", nargs="+", metavar="FILE", help="an article file (UTF-8 text or HTML)")
    p.set_defaults(func=cmd_explain)
    p = sub.add_parser("feed", help="RSS and Atom feeds of news pages",
                       description="Read the new items of RSS or Atom feeds.").add_subparsers(
        dest="feed_command", metavar="ACTION", required=True, help="poll").add_parser(
        "poll", parents=[common], help="poll feeds once and read each new item's page",
        description="Poll each feed once (a conditional request) and read each item not read before into the "
        "knowledge base; what was read is kept in $ELECTION_BOT_STATE_DB. Exits 1 when a feed could not be read.")
    p.add_argument("urls", nargs="+", metavar="URL", help="the address of an RSS or Atom feed")
    p.set_defaults(func=cmd_feed_poll)
    p = sub.add_parser("reload", parents=[common], help="re-read the knowledge folder",
                       description="Re-read the knowledge folder, as /reload does: new and changed articles are "
                       "read, removed ones dropped.")
    p.set_defaults(func=cmd_reload)
    p = sub.add_parser("export", parents=[common], help="print the knowledge base",
                       description="Print every seat the knowledge base holds (one line each, or JSON).")
    p.add_argument("--json", action="store_true", help="print everything as one JSON document")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import-results", parents=[common], help="import official results CSV files",
                       description="Import House of Commons Library results CSV files (keep the year in "
                       "candidate files' names).")
    p.add_argument("files", nargs="+", metavar="CSV", help="an official results CSV file")
    p.set_defaults(func=cmd_import_results)
    p = sub.add_parser("check", parents=[common], help="list disagreements between articles and official results",
                       description="List every fact on which the articles and the official results disagree.")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("sync", parents=[common], help="register slash commands with Discord",
                       description="Register the slash commands with Discord (the owner's step, once per change): "
                       "in one server (instant) or globally.")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--guild", type=int, help="sync to this guild only (instant)")
    where.add_argument("--all", action="store_true", help="sync globally (can take up to an hour to show)")
    p.set_defaults(func=cmd_sync)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.db = None
        return cmd_run(args)
    from knowledge.store.database import StoreError

    try:
        return args.func(args)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return closed_output()


def closed_output() -> int:
    """The reader of our output went away (`export --json | head`): stop quietly.

    Python would report the broken pipe again when it flushes stdout at exit, so stdout is pointed at
    /dev/null first (the recipe in the `signal` module's documentation).
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1


if __name__ == "__main__":
    sys.exit(main())
