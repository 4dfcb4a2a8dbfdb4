# One image, two commands: the API (default) and the arq worker.
#   docker build -t zou-async .
#   docker run zou-async python -m app upgrade-db      # migrations, a separate step
#   docker run -p 5000:5000 zou-async                  # API
#   docker run zou-async python -m app worker          # jobs (needs REDIS_URL)

FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PIP_NO_CACHE_DIR=1
COPY pyproject.toml README.md ./
COPY app ./app
RUN pip install --upgrade pip && pip install .

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
# app.server: a ~12 MB supervisor and uvicorn workers (uvicorn's own supervisor costs ~40 MB).
CMD ["sh", "-c", "exec python -m app.server --host 0.0.0.0 --port ${PORT} --workers ${WEB_CONCURRENCY:-2} --no-access-log"]
