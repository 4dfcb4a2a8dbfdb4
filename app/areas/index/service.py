"""What the index routes report: API version, instance configuration, health and usage counts."""

import asyncio
import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.projects import preview
from app.core.config import get_settings
from app.core.db import get_engine
from app.core.redis import get_redis
from app.worker import queue_status

log = logging.getLogger("app.index")

API_NAME = "Zou"  # Zou's APP_NAME
ZOU_VERSION = "1.0.97"  # the Zou release we are wire-compatible with; clients read it from `GET /`
PROBE_TIMEOUT = 5.0
# Zou's defaults for MOVIE_HIGHDEF_BITRATE / MOVIE_LOWDEF_BITRATE (Mbit/s).
DEFAULT_HIGHDEF_BITRATE = 28
DEFAULT_LOWDEF_BITRATE = 6


def index() -> dict[str, str]:
    return {"api": API_NAME, "version": ZOU_VERSION}


async def get_config(session: AsyncSession) -> dict[str, Any]:
    """Zou's `/config`: what Kitsu needs before login (SSO buttons, search bar, locale...)."""
    from app.models.organisation import Organisation

    settings = get_settings()
    dark_theme = (await session.execute(select(Organisation.dark_theme_by_default).limit(1))).scalar()
    conf: dict[str, Any] = {
        "is_self_hosted": settings.is_self_hosted,
        "crisp_token": settings.crisp_token,
        "dark_theme_by_default": bool(dark_theme),
        # Kitsu shows its search bar only then; `POST /data/search` needs no Meilisearch here.
        "indexer_configured": True,
        "saml_enabled": settings.saml_enabled,
        "saml_idp_name": settings.saml_idp_name,
        "oidc_enabled": settings.oidc_enabled,
        "oidc_idp_name": settings.oidc_idp_name,
        "default_locale": settings.default_locale,
        "default_timezone": settings.default_timezone,
        "enforce_2fa": settings.enforce_2fa,
        "movie_highdef_bitrate": getattr(settings, "movie_highdef_bitrate", DEFAULT_HIGHDEF_BITRATE),
        "movie_lowdef_bitrate": getattr(settings, "movie_lowdef_bitrate", DEFAULT_LOWDEF_BITRATE),
        "preview_accounts_enabled": preview.is_available(),
    }
    if settings.sentry_kitsu_enabled:
        conf["sentry"] = {"dsn": settings.sentry_kitsu_dsn, "sampleRate": settings.sentry_kitsu_sr}
    return conf


@dataclass
class Health:
    database: bool
    key_value_store: bool
    event_stream: bool
    job_queue: bool
    indexer: bool


async def _database_up() -> bool:
    # A connection of its own: the probe must not depend on (or spoil) the request's session.
    try:
        async with asyncio.timeout(PROBE_TIMEOUT):
            async with get_engine().connect() as connection:
                await connection.execute(text("SELECT 1"))
        return True
    except Exception as exc:
        log.warning("database probe failed: %s", exc)
        return False


async def _redis_up() -> bool | None:
    """None when no Redis is configured (the in-process stand-ins are used instead)."""
    redis = get_redis()
    if redis is None:
        return None
    try:
        async with asyncio.timeout(PROBE_TIMEOUT):
            await redis.ping()
        return True
    except Exception as exc:
        log.warning("redis probe failed: %s", exc)
        return False


async def health() -> Health:
    database, redis, queue = await asyncio.gather(_database_up(), _redis_up(), queue_status())
    # Without Redis, tokens, events and jobs are served in-process: those parts are up whenever
    # the API answers. With Redis, events travel over its pub/sub, so they share its health.
    key_value = redis is None or redis
    return Health(
        database=database,
        key_value_store=key_value,
        event_stream=key_value,
        job_queue=bool(queue["up"]),
        indexer=False,  # no search indexer (Meilisearch) is wired in: Zou reports it down then
    )


def status(h: Health) -> dict[str, Any]:
    return {
        "name": API_NAME,
        "version": ZOU_VERSION,
        "database-up": h.database,
        "key-value-store-up": h.key_value_store,
        "event-stream-up": h.event_stream,
        "job-queue-up": h.job_queue,
        "indexer-up": h.indexer,
    }


def status_text(h: Health) -> str:
    def word(up: bool) -> str:
        return "up" if up else "down"

    return (
        f"name: {API_NAME}\n"
        f"version: {ZOU_VERSION}\n"
        f"database-up: {word(h.database)}\n"
        f"event-stream-up: {word(h.event_stream)}\n"
        f"key-value-store-up: {word(h.key_value_store)}\n"
        f"job-queue-up: {word(h.job_queue)}\n"
        f"indexer-up: {word(h.indexer)}\n"
    )


def status_influx(h: Health) -> dict[str, Any]:
    return {
        "database-up": int(h.database),
        "key-value-store-up": int(h.key_value_store),
        "event-stream-up": int(h.event_stream),
        "job-queue-up": int(h.job_queue),
        "indexer-up": int(h.indexer),
        "time": time.time(),
    }


def _machine_stats() -> tuple[dict[str, Any], dict[str, Any]]:
    import psutil  # only this route needs it

    loadavg = os.getloadavg()
    cpu = {
        # Sampled over one second, as Zou does; run in a thread by the caller.
        "percent": psutil.cpu_percent(interval=1, percpu=True),
        "loadavg": {"last 1 min": loadavg[0], "last 5 min": loadavg[1], "last 10 min": loadavg[2]},
    }
    memory = psutil.virtual_memory()
    return cpu, {
        "total": memory.total,
        "used": memory.used,
        "available": memory.available,
        "percent": memory.percent,
    }


async def status_resources() -> dict[str, Any]:
    (cpu, memory), queue = await asyncio.gather(asyncio.to_thread(_machine_stats), queue_status())
    return {
        "date": datetime.now().isoformat(),
        "cpu": cpu,
        "memory": memory,
        "jobs": {"running_jobs": queue["running_jobs"]},
    }


async def main_stats(session: AsyncSession) -> dict[str, int]:
    """Zou's `get_main_stats`: preview counts by extension and the comment count."""
    from app.models.comment import Comment
    from app.models.preview_file import PreviewFile

    counts = dict(
        (
            await session.execute(
                select(PreviewFile.extension, func.count())
                .where(PreviewFile.extension.in_(("mp4", "png", "obj")))  # type: ignore[union-attr]
                .group_by(PreviewFile.extension)
            )
        ).all()
    )
    comments = (await session.execute(select(func.count()).select_from(Comment))).scalar_one()
    return {
        "number_of_video_previews": counts.get("mp4", 0),
        "number_of_picture_previews": counts.get("png", 0),
        "number_of_model_previews": counts.get("obj", 0),
        "number_of_comments": comments,
    }
