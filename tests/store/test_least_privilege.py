"""A school database with least privilege (issue 12, point 4): IT migrates as the schema
owner with ``db upgrade --admin-url``; the classroom PCs' role may then only read and write
the app's tables (no CREATE, ALTER or DROP). Real PostgreSQL."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from examtrainer.cli import EXIT_OK, main
from examtrainer.paths import default_paths
from examtrainer.services.app import Services
from examtrainer.settings import load_settings
from examtrainer.store.db import create_db_engine

if TYPE_CHECKING:
    from tests.conftest import PostgresServer

pytestmark = pytest.mark.postgres


def test_pcs_connect_as_a_role_that_may_only_read_and_write(
    postgres_server: PostgresServer, home: Path, no_system_site_config: Path
) -> None:
    role = f"examtrainer_pc_{uuid.uuid4().hex[:10]}"
    with postgres_server.admin.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    name, admin_url = postgres_server.create_schema()
    app_url = make_url(admin_url).set(username=role).render_as_string(hide_password=False)
    (no_system_site_config / "site.toml").write_text(
        f"database_url = '{app_url}'\n", encoding="utf-8"
    )
    try:
        assert main(["db", "upgrade", "--admin-url", admin_url]) == EXIT_OK
        paths = default_paths()
        services = Services.open(paths, load_settings(paths), install_content=True)
        try:
            learner = services.create_learner("Amina", "nl")
            assert [x.name for x in services.learners()] == ["Amina"]
            assert services.store.banks.all()  # the bundled packs were installed (DML)
            assert learner.id > 0
        finally:
            services.close()
        pc = create_db_engine(app_url)
        try:
            for statement in ("CREATE TABLE mine (x int)", "DROP TABLE learners"):
                with pytest.raises(ProgrammingError), pc.begin() as connection:
                    connection.exec_driver_sql(statement)
        finally:
            pc.dispose()
    finally:
        postgres_server.drop_schema(name)
        with postgres_server.admin.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
