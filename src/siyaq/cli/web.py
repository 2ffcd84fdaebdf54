"""`siyaq serve`: the right-to-left web reader and JSON API (see docs/serve.md)."""

from __future__ import annotations

from pathlib import Path

import click

from siyaq.cli.options import db_option
from siyaq.config import Settings


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the archive to the network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the archive: reader at http://HOST:PORT/, JSON under /api/."""
    import uvicorn

    from siyaq.store import describe, is_server_archive
    from siyaq.web.app import create_app

    settings = Settings.resolve(db)
    if not is_server_archive(settings.db_path) and not Path(settings.db_path).exists():
        click.echo(f"note: {settings.db_path} does not exist yet; serving an empty archive "
                   "(fill it with `siyaq ingest`)", err=True)
    click.echo(f"siyaq: serving {describe(settings.db_path)} at http://{host}:{port}/", err=True)
    uvicorn.run(create_app(settings.db_path), host=host, port=port, log_level="info")


COMMANDS: list[click.Command] = [serve]
EVALUATE: list[click.Command] = []
TRAIN: list[click.Command] = []
BENCH: list[click.Command] = []
