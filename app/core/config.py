"""Settings read from the environment; the defaults run a studio on one machine with no set-up."""

import secrets
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

VAR_DIR = Path("var")
INSECURE_SECRETS = {"", "mysecretkey", "changeme"}
MAX_JSON_DEPTH = 200


def _kept_secret(var_dir: Path) -> str:
    """A random signing key generated once and kept under ./var so restarts keep tokens valid."""
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    env: str = "development"  # "production" refuses a default secret
    database_url: str = ""
    redis_url: str = ""
    secret_key: str = ""
    var_dir: Path = VAR_DIR
    preview_folder: Path | None = None
    port: int = 5000

    job_queue_timeout: int = 3600  # Zou's JOB_QUEUE_TIMEOUT: seconds a job may run (movie jobs are long)

    db_pool_size: int = 20
    db_max_overflow: int = 10
    db_pool_timeout: float = 5.0

    # Request limits (app/core/guard.py; README "Limits").
    max_body_size: int = 8 * 1024 * 1024  # JSON and form bodies, bytes: 413 beyond
    max_upload_size: int = 10 * 1024**3  # files (multipart, binary bodies): Zou's MAX_CONTENT_LENGTH
    max_json_depth: int = 64  # arrays and objects nested in a JSON body: 400 beyond
    max_page_limit: int = 10_000  # the largest `limit` of a page; larger ones are lowered to it
    request_timeout: float = 60.0  # seconds of server work before a 503 (0: no limit)

    admin_email: str = "admin@example.com"
    admin_password: str = ""

    access_token_minutes: int = 7 * 24 * 60
    refresh_token_minutes: int = 15 * 24 * 60
    min_password_length: int = 8
    bcrypt_log_rounds: int = 12
    user_limit: int = 100
    nb_records_per_page: int = 100
    protected_accounts: str = ""
    default_timezone: str = "Europe/Paris"
    default_locale: str = "en_US"
    domain_name: str = "localhost:8080"
    domain_protocol: str = "https"
    mail_server: str = ""
    mail_port: int = 25
    mail_default_sender: str = "no-reply@cg-wire.com"
    enforce_2fa: bool = False
    is_self_hosted: bool = True
    crisp_token: str = ""
    sentry_kitsu_enabled: bool = False
    sentry_kitsu_dsn: str = ""
    sentry_kitsu_sr: float = 0.1
    indexer_key: str = ""
    saml_enabled: bool = False
    saml_idp_name: str = ""
    oidc_enabled: bool = False
    oidc_idp_name: str = ""
    fs_backend: str = "local"

    @model_validator(mode="after")
    def _fill_defaults(self) -> "Settings":
        if not 1 <= self.max_json_depth <= MAX_JSON_DEPTH:
            # orjson writes at most 255 levels: a stored value must leave room for the response's.
            raise ValueError(f"MAX_JSON_DEPTH must be between 1 and {MAX_JSON_DEPTH}")
        if self.request_timeout < 0:
            raise ValueError("REQUEST_TIMEOUT must be 0 (no limit) or a positive number of seconds")
        if not self.database_url:
            self.var_dir.mkdir(parents=True, exist_ok=True)
            self.database_url = f"sqlite+aiosqlite:///{self.var_dir / 'zou.db'}"
        if self.secret_key in INSECURE_SECRETS:
            if self.env == "production":
                raise ValueError("SECRET_KEY must be set to a non-default value in production")
            self.secret_key = _kept_secret(self.var_dir)
        if self.preview_folder is None:
            self.preview_folder = self.var_dir / "previews"
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def protected_account_emails(self) -> set[str]:
        return {e.strip() for e in self.protected_accounts.split(";") if e.strip()}


@lru_cache
def get_settings() -> Settings:
    return Settings()


CONFIGURATION_ERROR = 3  # uvicorn's code for an app that cannot start: the supervisor stops


def _reason(error: Any) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    where = ".".join(str(part) for part in error["loc"]).upper()
    return f"{where}: {message}" if where else message


def settings_or_exit() -> Settings:
    """The settings, or one line on stderr saying what is wrong and an exit (no traceback)."""
    try:
        return get_settings()
    except ValidationError as exc:
        reasons = "; ".join(_reason(error) for error in exc.errors())
        print(f"zou-async: configuration error: {reasons}", file=sys.stderr)
        raise SystemExit(CONFIGURATION_ERROR) from None
