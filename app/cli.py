"""`python -m app <command>`: the operator commands of Zou's CLI that this API needs."""

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from app.core.config import get_settings, settings_or_exit

ROOT = Path(__file__).resolve().parent.parent


def upgrade_db() -> None:
    """Apply every Alembic migration (creates the schema on an empty database)."""
    from alembic.config import Config

    from alembic import command
    from app.core.db import ensure_database

    created = asyncio.run(ensure_database(get_settings().database_url))
    if created:
        print(f"Created the database {created}.")
    config = Config(str(ROOT / "alembic.ini"))
    # Absolute, so the command works from any working directory.
    config.set_main_option("script_location", str(ROOT / "alembic"))
    command.upgrade(config, "head")
    print("Database schema is up to date.")


def _run(job: Callable[[Any], Awaitable[str | None]]) -> str | None:
    """Run `job(session)` in one committed unit of work, then release connections and jobs."""

    async def main() -> str | None:
        from app import worker
        from app.core.db import dispose_engine
        from app.core.redis import close_redis
        from app.core.unit_of_work import run_in_unit_of_work

        try:
            async with run_in_unit_of_work() as uow:
                result = await job(uow.get_session())
            await worker.shutdown()
            return result
        finally:
            await dispose_engine()
            await close_redis()

    return asyncio.run(main())


def init_data(args: argparse.Namespace) -> None:
    from app.init_data import init_data as seed

    async def job(session: Any) -> None:
        await seed(session, args.domain)

    _run(job)
    print(f"Zou's initial data is in place (domain: {args.domain}).")


def create_admin(args: argparse.Namespace) -> None:
    from app.init_data import create_admin as create

    print(_run(lambda session: create(session, args.email, args.password)))


def change_password(args: argparse.Namespace) -> None:
    from app.init_data import change_password as change

    print(_run(lambda session: change(session, args.email, args.password)))


def ensure_admin(args: argparse.Namespace) -> None:
    from app.init_data import ensure_admin as ensure

    settings = get_settings()
    email = args.email or settings.admin_email
    password = args.password or settings.admin_password or None
    generated = _run(lambda session: ensure(session, email, password))
    if generated:
        # Shown once: only its hash is stored.
        print(f"Admin account created: {email} / {generated}")
        print("Write this password down now, it will not be shown again.")
    else:
        print(f"Admin account {email} is ready.")


def serve(args: argparse.Namespace) -> None:
    import uvicorn

    uvicorn.run("app.main:app", host=args.host, port=args.port or get_settings().port, proxy_headers=True)


def worker(_args: argparse.Namespace) -> None:
    if not get_settings().redis_url:
        sys.exit("The worker needs REDIS_URL: without it, jobs already run inside the API process.")
    from app.areas import assemble
    from app.worker.arq_settings import run

    assemble()
    run()


def contract(args: argparse.Namespace) -> None:
    """Print the merged contract, or only the part the schema generator turns into request models
    (the generic CRUD routes validate against the tables, not against generated models)."""
    from app.areas import assemble
    from app.core.contract import load_spec, request_models_spec
    from app.core.serialize import dumps

    assemble()
    from app.areas.crud.routes import crud_operations

    spec = load_spec()
    if args.request_models:
        spec = request_models_spec(spec, {operation.operation_id for operation in crud_operations()})
    sys.stdout.buffer.write(dumps(spec))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app", description="Zou API operator commands.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for name in ("init-db", "upgrade-db"):
        commands.add_parser(name, help="apply database migrations").set_defaults(
            handler=lambda _args: upgrade_db()
        )

    from app.init_data import DOMAINS

    sub = commands.add_parser("init-data", help="seed statuses, entity types, departments, task types")
    sub.add_argument("--domain", choices=DOMAINS, default="3d", help="studio pipeline (default: 3d)")
    sub.set_defaults(handler=init_data)

    sub = commands.add_parser("create-admin", help="create an admin, or make an existing user admin")
    sub.add_argument("email")
    sub.add_argument("--password", required=True)
    sub.set_defaults(handler=create_admin)

    sub = commands.add_parser("change-password", help="set a user's password")
    sub.add_argument("email")
    sub.add_argument("--password", required=True)
    sub.set_defaults(handler=change_password)

    sub = commands.add_parser(
        "ensure-admin", help="create ADMIN_EMAIL if missing (prints a generated password)"
    )
    sub.add_argument("--email", default=None)
    sub.add_argument("--password", default=None)
    sub.set_defaults(handler=ensure_admin)

    sub = commands.add_parser("serve", help="serve the API with uvicorn")
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=None, help="default: $PORT, else 5000")
    sub.set_defaults(handler=serve)

    commands.add_parser("worker", help="run the arq worker (needs REDIS_URL)").set_defaults(handler=worker)

    sub = commands.add_parser("contract", help="print the merged OpenAPI contract as JSON")
    sub.add_argument("--request-models", action="store_true", help="only the request-body schemas")
    sub.set_defaults(handler=contract)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    from app.core.db import DatabaseSetupError
    from app.init_data import AdminError

    args = build_parser().parse_args(argv)
    settings_or_exit()
    try:
        args.handler(args)
    except (AdminError, DatabaseSetupError) as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)
