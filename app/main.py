"""The application factory: routers, error handlers, path normalisation, lifecycle."""

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__, openapi, worker
from app.db import dispose_engine, get_engine
from app.errors import install_error_handlers
from app.middleware import ZouPathMiddleware
from app.redis import close_redis
from app.routers import auth, crud, crud_actions, index, pictures


@asynccontextmanager
async def lifespan(_app: FastAPI):
    get_engine()
    openapi.spec_bytes()  # parse the contract once at start-up, not on the first request
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
    app.include_router(openapi.router)
    for module in (index, auth, crud, crud_actions, pictures):
        app.include_router(module.router)
    app.add_middleware(ZouPathMiddleware)
    return app


app = create_app()
