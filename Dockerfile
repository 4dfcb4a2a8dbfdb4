# One image, two commands: the API (default) and the arq worker.
#   docker build -t zou-async .
#   docker run -e SECRET_KEY=... -e DATABASE_URL=postgresql+asyncpg://... zou-async python -m app upgrade-db
#   docker run -p 5000:5000 -e SECRET_KEY=... -e DATABASE_URL=... zou-async       # API
#   docker run -e SECRET_KEY=... -e DATABASE_URL=... -e REDIS_URL=... zou-async python -m app worker
# The image runs with ENV=production: it refuses to start without a SECRET_KEY of its own.

FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PIP_NO_CACHE_DIR=1
# The dependencies only, read from pyproject.toml: the application itself is copied once, below,
# and this layer is rebuilt only when the dependencies change.
COPY pyproject.toml ./
RUN pip install --upgrade pip \
    && python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > requirements.txt \
    && pip install -r requirements.txt

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    ENV=production \
    VAR_DIR=/var/lib/zou \
    PORT=5000 \
    MALLOC_ARENA_MAX=2
RUN useradd --system --uid 10001 --home-dir /var/lib/zou --create-home zou
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
COPY alembic.ini ./
COPY alembic ./alembic
COPY openapi ./openapi
COPY app ./app
USER zou
EXPOSE 5000
# Liveness: the API root answers without touching the database (a database outage is reported by
# /status and answered 503 by the routes; restarting the API would not cure it).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/' % os.environ.get('PORT', '5000'), timeout=4)"]
# app.server: a ~12 MB supervisor and uvicorn workers (uvicorn's own supervisor costs ~40 MB).
CMD ["sh", "-c", "exec python -m app.server --host 0.0.0.0 --port ${PORT} --workers ${WEB_CONCURRENCY:-2} --no-access-log"]
