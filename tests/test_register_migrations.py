"""The register's schema is versioned with Alembic: the baseline revision is release 0.1.0's
schema (a register that release wrote, checked in as SQL, is compared with it), the revisions
after it make what the code's tables describe, an old register is refused until ``baomi
register upgrade`` moved it forward (its data and audit chain intact), and a register newer
than the code, or a database that is not a register, is refused and left alone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import create_engine, inspect

from tests.office import ADMIN, add_people, run

RELEASE_SQL = Path(__file__).parent / "fixtures" / "register" / "release-0.1.0.sql"


def cli(register: Path | str, *args: str, env: dict[str, str] | None = None) -> Result:
    return run(register, *args, env=env)


def release_register(path: Path) -> Path:
    """A register as release 0.1.0 left it: three cases, one published, one half signed."""
    connection = sqlite3.connect(path)
    connection.executescript(RELEASE_SQL.read_text(encoding="utf-8"))
    connection.close()
    path.chmod(0o600)
    return path


def shape(url: str) -> dict[str, Any]:
    """Tables, columns (type, nullability, key), indexes and foreign keys, as the database
    reports them."""
    engine = create_engine(url)
    try:
        inspector = inspect(engine)
        found: dict[str, Any] = {}
        for table in sorted(inspector.get_table_names()):
            if table == "alembic_version":
                continue
            found[table] = {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)
                ],
                "primary": inspector.get_pk_constraint(table)["constrained_columns"],
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in inspector.get_indexes(table)
                ),
                "unique": sorted(
                    tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)
                ),
                "foreign": sorted(
                    (tuple(f["constrained_columns"]), f["referred_table"])
                    for f in inspector.get_foreign_keys(table)
                ),
            }
        return found
    finally:
        engine.dispose()


def migrate_to(url: str, target: str) -> None:
    from alembic import command

    from pipeline.workflow import migrate

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate._alembic_config(connection), target)
    finally:
        engine.dispose()


def test_revisions_are_the_script_directory() -> None:
    from alembic.script import ScriptDirectory

    from pipeline.workflow import migrate

    script = ScriptDirectory(str(Path(migrate.__file__).parent / "migrations"))
    ordered = [s.revision for s in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == migrate.REVISIONS
    assert script.get_current_head() == migrate.HEAD


def test_baseline_is_the_release_schema(tmp_path: Path) -> None:
    release = release_register(tmp_path / "release.sqlite3")
    baseline = tmp_path / "baseline.sqlite3"
    migrate_to(f"sqlite:///{baseline}", "0001")
    assert shape(f"sqlite:///{baseline}") == shape(f"sqlite:///{release}")


def test_migrations_make_what_the_tables_describe(tmp_path: Path) -> None:
    from pipeline.workflow.tables import Base

    migrated = tmp_path / "migrated.sqlite3"
    migrate_to(f"sqlite:///{migrated}", "head")
    described = tmp_path / "described.sqlite3"
    engine = create_engine(f"sqlite:///{described}")
    Base.metadata.create_all(engine)
    engine.dispose()

    def loose(found: dict[str, Any]) -> dict[str, Any]:
        # create_all names a column's unique constraint differently (an index or a
        # constraint); what matters is that the column is unique.
        for table in found.values():
            uniques = set(table.pop("unique"))
            uniques |= {cols for _name, cols, unique in table["indexes"] if unique}
            table["indexes"] = sorted(i for i in table["indexes"] if not i[2])
            table["unique"] = sorted(uniques)
        return found

    assert loose(shape(f"sqlite:///{migrated}")) == loose(shape(f"sqlite:///{described}"))


def test_release_register_is_refused_until_upgraded(tmp_path: Path) -> None:
    register = release_register(tmp_path / "register.sqlite3")
    before = shape(f"sqlite:///{register}")
    for args in (("case", "list"), ("audit", "verify"), ("ledger", "--out", "l.csv")):
        result = cli(register, *args)
        assert result.exit_code == 2, result.output
        assert "版本为 0.1.0" in result.stderr and "baomi register upgrade" in result.stderr
    result = cli(register, "case", "list", "--lang", "en")
    assert "run baomi register upgrade" in result.stderr
    document = tmp_path / "n.txt"
    document.write_text("普通通知。\n", encoding="utf-8")
    result = cli(register, "review", str(document), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "baomi register upgrade" in result.stderr
    assert shape(f"sqlite:///{register}") == before  # nothing was changed

    status = cli(register, "register", "status")
    assert status.exit_code == 0 and "0.1.0" in status.stdout
    result = cli(register, "register", "upgrade")
    assert result.exit_code == 0, result.output
    from pipeline.workflow.migrate import HEAD

    assert f"从版本 0.1.0 升级到 {HEAD}" in result.stdout
    assert f"已是当前版本 {HEAD}" in cli(register, "register", "upgrade").stdout

    # Everything the release wrote is still there, and its audit chain still verifies.
    cases = json.loads(cli(register, "case", "list", "--json").stdout)
    assert [(c["case_id"], c["status"], c["signed"]) for c in cases] == [
        ("C00001", "published", ["初审", "复审", "审批"]),
        ("C00002", "open", ["初审", "复审"]),
        ("C00003", "open", []),
    ]
    assert all(c["drafter"] == "root" for c in cases)  # who opened them, from the audit log
    verified = cli(register, "audit", "verify")
    assert verified.exit_code == 0, verified.output
    events = (
        sqlite3.connect(register)
        .execute("SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1")
        .fetchone()
    )
    assert events[1] == "register_upgraded"

    # The office carries on with registered people: the first one is an admin.
    add_people(register, {ADMIN: ("admin",), "刘局长": ("approver",)})
    result = cli(
        register, "sign", "C00002", "--stage", "审批", "--by", "刘局长", "--opinion", "同意公开"
    )
    assert result.exit_code == 0, result.output
    assert cli(register, "audit", "verify").exit_code == 0
    ledger = tmp_path / "ledger.csv"
    assert cli(register, "ledger", "--out", str(ledger)).exit_code == 0
    assert "赵科员" in ledger.read_text(encoding="utf-8-sig")


def test_register_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite3"
    add_people(register, {ADMIN: ("admin",)})
    connection = sqlite3.connect(register)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    for args in (("case", "list"), ("register", "upgrade"), ("user", "list")):
        result = cli(register, *args)
        assert result.exit_code == 2, result.output
        assert "0099" in result.stderr and "请升级 baomi" in result.stderr
    result = cli(register, "case", "list", "--lang", "en")
    assert "newer than this baomi knows" in result.stderr


def test_a_database_that_is_not_a_register_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    with connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()
    for args in (("case", "list"), ("register", "upgrade")):
        result = cli(other, *args)
        assert result.exit_code == 2 and "不是 baomi 审查登记库" in result.stderr, result.output
    tables = sqlite3.connect(other).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("invoices",)]


def test_a_new_register_starts_at_the_current_version(tmp_path: Path) -> None:
    register = tmp_path / "new.sqlite3"
    result = cli(register, "register", "status")
    assert result.exit_code == 0
    result = cli(register, "case", "list")
    assert result.exit_code == 0
    version = sqlite3.connect(register).execute("SELECT version_num FROM alembic_version")
    from pipeline.workflow.migrate import HEAD

    assert version.fetchall() == [(HEAD,)]
    head = sqlite3.connect(register).execute("SELECT last_id FROM audit_head").fetchall()
    assert head == [(0,)]  # made with the schema, so first writers do not race for it


# --------------------------------------------------------------------------- backup and restore


@pytest.fixture
def used_register(tmp_path: Path) -> Path:
    register = tmp_path / "register.sqlite3"
    add_people(register, {ADMIN: ("admin",), "赵科员": ("drafter",)})
    return register


def test_backup_and_restore(used_register: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backups" / "register-1.sqlite3"
    result = cli(used_register, "register", "backup", str(backup))
    assert result.exit_code == 0 and str(backup) in result.stdout, result.output
    assert backup.stat().st_mode & 0o777 == 0o600
    # Work goes on after the backup, then is lost by accident.
    add_people(used_register, {"王处长": ("reviewer",)})
    assert "王处长" in cli(used_register, "user", "list").stdout
    result = cli(used_register, "register", "restore", str(backup))
    assert result.exit_code == 0, result.output
    kept = list(tmp_path.glob("register.sqlite3.before-restore-*"))
    assert len(kept) == 1 and "王处长" in cli(kept[0], "user", "list").stdout
    listed = cli(used_register, "user", "list").stdout
    assert "赵科员" in listed and "王处长" not in listed
    assert cli(used_register, "audit", "verify").exit_code == 0
    last = sqlite3.connect(used_register).execute(
        "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"
    )
    assert last.fetchone() == ("register_restored",)
    # The restored people act with their credentials.
    result = cli(used_register, "user", "token", "赵科员", "--by", "赵科员")
    assert result.exit_code == 0 and "bm-" in result.stdout, result.output


def test_restore_refuses_what_is_not_a_sound_register(used_register: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    result = cli(used_register, "register", "restore", str(junk))
    assert result.exit_code == 1 and "不是本程序可用的" in result.stderr, result.output
    backup = tmp_path / "b.sqlite3"
    assert cli(used_register, "register", "backup", str(backup)).exit_code == 0
    connection = sqlite3.connect(backup)
    with connection:
        connection.execute('UPDATE users SET roles = \'["admin","approver"]\' WHERE id = 2')
    connection.close()
    result = cli(used_register, "register", "restore", str(backup))
    assert result.exit_code == 1 and "审计链校验未通过" in result.stderr, result.output
    assert "赵科员" in cli(used_register, "user", "list").stdout
    result = cli(used_register, "register", "backup", str(used_register))
    assert result.exit_code == 1 and "不能是登记库本身" in result.stderr


def test_an_old_backup_is_restored_and_then_upgraded(used_register: Path, tmp_path: Path) -> None:
    old = release_register(tmp_path / "old.sqlite3")
    result = cli(used_register, "register", "restore", str(old))
    assert result.exit_code == 0 and "baomi register upgrade" in result.stdout, result.output
    assert cli(used_register, "case", "list").exit_code == 2
    assert cli(used_register, "register", "upgrade").exit_code == 0
    assert len(json.loads(cli(used_register, "case", "list", "--json").stdout)) == 3


# --------------------------------------------------------------------------- PostgreSQL


def release_register_on(url: str) -> None:
    """Release 0.1.0's register on PostgreSQL: the baseline schema without a version, and the
    rows of the checked-in register (its sequences moved past them, as its inserts would)."""
    migrate_to(url, "0001")
    engine = create_engine(url)
    rows = [
        line
        for line in RELEASE_SQL.read_text(encoding="utf-8").splitlines()
        if line.startswith("INSERT INTO")
    ]
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE alembic_version")
            for line in rows:
                connection.exec_driver_sql(line.replace("%", "%%"))
            for table in inspect(connection).get_table_names():
                if table not in {"audit_log", "audit_head"}:
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                    )
    finally:
        engine.dispose()


def test_release_register_upgrades_on_postgresql(postgres: Any, tmp_path: Path) -> None:
    url = postgres.new_database()
    release_register_on(url)
    result = cli(url, "case", "list")
    assert result.exit_code == 2 and "baomi register upgrade" in result.stderr
    result = cli(url, "register", "upgrade")
    assert result.exit_code == 0 and "从版本 0.1.0 升级到" in result.stdout, result.output
    cases = json.loads(cli(url, "case", "list", "--json").stdout)
    assert [c["status"] for c in cases] == ["published", "open", "open"]
    assert cli(url, "audit", "verify").exit_code == 0
    add_people(url, {ADMIN: ("admin",), "刘局长": ("approver",)})
    result = cli(url, "sign", "C00002", "--stage", "审批", "--by", "刘局长", "--opinion", "同意")
    assert result.exit_code == 0, result.output
    assert cli(url, "audit", "verify").exit_code == 0
    result = cli(url, "register", "backup", str(tmp_path / "b.sqlite3"))
    assert result.exit_code == 1 and "pg_dump" in result.stderr
