"""Opening the DuckDB file: where it lives, read-only readers, the lock message, migrations."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from newsgraph.errors import StoreError
from newsgraph.store.schema import MIGRATIONS

ENV_VAR = "NEWSGRAPH_DB"


def config_path() -> Path:
    """The per-user config file: $XDG_CONFIG_HOME (or ~/.config)/newsgraph/config.toml."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsgraph" / "config.toml"


def _configured_db() -> str | None:
    """`db = "..."` under `[store]` in the config file, if there is one."""
    import tomllib

    path = config_path()
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StoreError(f"cannot read config {path}: {exc}") from exc
    store = data.get("store")
    value = store.get("db") if isinstance(store, dict) else None
    return value if isinstance(value, str) and value else None


def default_db_path() -> Path:
    """$NEWSGRAPH_DB, else the config file's [store] db, else $XDG_DATA_HOME (or ~/.local/share)/newsgraph/newsgraph.duckdb."""
    env = os.environ.get(ENV_VAR) or _configured_db()
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsgraph" / "newsgraph.duckdb"


def resolve_db_path(db: str | Path | None) -> Path:
    """`--db` wins, then the environment variable, then the per-user default."""
    return Path(db).expanduser() if db else default_db_path()


def _lock_error(path: Path, exc: Exception) -> StoreError:
    msg = str(exc)
    if "lock" in msg.lower() or "conflicting" in msg.lower():
        return StoreError(f"database {path} is in use by another newsgraph process; "
                          f"wait for it to finish or use --db OTHER.duckdb")
    return StoreError(f"cannot open database {path}: {msg.splitlines()[0] if msg else exc}")


def connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the database; a read-only open of a missing file is an error, a lock becomes StoreError."""
    if read_only and not path.exists():
        raise StoreError(f"database {path} does not exist; run `newsgraph ingest` first or pass --db")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except (duckdb.IOException, duckdb.Error) as exc:
        raise _lock_error(path, exc) from exc
    if read_only:
        check_version(con, path)
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration, 0 for an empty database."""
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'").fetchone()
    if not row or not row[0]:
        return 0
    got = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(got[0]) if got and got[0] is not None else 0


def check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Readers refuse a database newer than this code, or one that needs migrating."""
    have, want = schema_version(con), len(MIGRATIONS)
    if have > want:
        raise StoreError(f"database {path} has schema v{have}, newer than this newsgraph (v{want}); upgrade newsgraph")
    if have < want:
        raise StoreError(f"database {path} has schema v{have}; run `newsgraph ingest` (or reprocess) to migrate to v{want}")


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply pending migrations in order, each in its own transaction. Returns the new version."""
    have = schema_version(con)
    if have > len(MIGRATIONS):
        raise StoreError(f"database schema v{have} is newer than this newsgraph (v{len(MIGRATIONS)})")
    for version, (description, statements) in enumerate(MIGRATIONS, 1):
        if version <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in statements:
                con.execute(stmt)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, description])
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"migration to schema v{version} failed: {exc}") from exc
        con.execute("COMMIT")
    return len(MIGRATIONS)
