"""The application factory: routers, error handlers, path normalisation, lifecycle."""

import gc
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__, openapi, worker
from app.db import dispose_engine, get_engine
from app.errors import install_error_handlers
from app.middleware import ZouPathMiddleware
from app.redis import close_redis
from app.routers import (
    assets,
    auth,
    breakdown,
    concepts,
    crud,
    crud_actions,
    edits,
    entities,
    index,
    pictures,
    project_budgets,
    project_metadata,
    project_schedule,
    project_settings,
    project_templates,
    projects,
    shots,
    shots_projects,
    shots_sequences,
    with_tasks,
)

# `with_tasks` precedes the entity routers: `/data/assets/with-tasks` is not an asset id.
ROUTERS = (
    crud,
    crud_actions,
    index,
    auth,
    pictures,
    with_tasks,
    projects,
    project_settings,
    project_metadata,
    project_schedule,
    project_budgets,
    project_templates,
    assets,
    breakdown,
    entities,
    concepts,
    shots,
    shots_sequences,
    shots_projects,
    edits,
    openapi,
)


@asynccontextmanager
async def lifespan(_app: FastAPI):
    get_engine()
    # The contract is rendered on the first `/openapi.json` instead of here: parsing the YAML
    # leaves ~5 MB more resident in every worker, for a route hardly ever called.
    # Everything alive now (modules, models, routes) lives as long as the process: move it out of
    # the cyclic GC's reach. Otherwise every full collection walks those ~150,000 objects again,
    # and a list of a few thousand rows triggers several (measured: 2,000 tasks 22 → 9 ms CPU).
    gc.collect()
    gc.freeze()
    yield
    await worker.shutdown()  # finish in-process jobs, close the arq pool
    await dispose_engine()
    await close_redis()


def create_app() -> FastAPI:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = FastAPI(
        title="Zou API",
        version=__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    install_error_handlers(app)
    # The generic CRUD routes are matched first (the bulk of the traffic) yet give way to any other
    # route matching the same request (`GenericRoute`): the order of the others does not matter.
    for module in ROUTERS:
        app.include_router(module.router)
    app.add_middleware(ZouPathMiddleware)
    return app


app = create_app()
