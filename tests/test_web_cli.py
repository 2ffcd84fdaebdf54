"""`siyaq serve`: options reach uvicorn with an app over the chosen archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.applications import Starlette

from siyaq.cli.main import cli


@pytest.mark.parametrize(
    ("args", "host", "port"),
    [([], "127.0.0.1", 8000), (["--host", "0.0.0.0", "--port", "8123"], "0.0.0.0", 8123)],
    ids=["defaults", "host-and-port"],
)
def test_serve_runs_uvicorn_with_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str], host: str, port: int
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append({"app": app, **kw}))
    db = tmp_path / "serve.db"
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    assert len(calls) == 1 and isinstance(calls[0]["app"], Starlette)
    assert (calls[0]["host"], calls[0]["port"]) == (host, port)
    assert str(db) in result.output


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code != 0 and "70000" in result.output
