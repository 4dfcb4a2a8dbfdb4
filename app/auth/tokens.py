"""Zou-compatible JWTs (HS256, flask-jwt-extended's claims): `jws` for the common cases, python-jose
for the others (imported on first need: it loads `cryptography`, ~10 MB in every worker)."""

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.auth import jws
from app.auth.jws import ALGORITHM
from app.core.config import get_settings
from app.core.errors import error, jwt_error

ACCESS_COOKIE = "access_token_cookie"
REFRESH_COOKIE = "refresh_token_cookie"
REFRESH_COOKIE_PATH = "/auth/refresh-token"
COOKIE_MAX_AGE = 31540000  # flask-jwt-extended's fixed persistent-cookie age


def _now() -> datetime:
    return datetime.now(UTC)


def encode(
    person_id: str,
    token_type: str,
    identity_type: str = "person",
    lifetime: timedelta | None = None,
    expires_at: datetime | None = None,
    extra: dict[str, Any] | None = None,
) -> tuple[str, dict[str, Any]]:
    now = _now()
    claims: dict[str, Any] = {
        "fresh": False,
        "iat": int(now.timestamp()),
        "jti": str(uuid.uuid4()),
        "type": token_type,
        "sub": str(person_id),
        "nbf": int(now.timestamp()),
        "identity_type": identity_type,
    }
    if expires_at is not None:
        claims["exp"] = int(expires_at.timestamp())
    elif lifetime is not None:
        claims["exp"] = int((now + lifetime).timestamp())
    if extra:
        claims.update(extra)
    secret = get_settings().secret_key
    key = jws.hmac_key(secret)
    if key is not None:
        return jws.sign(claims, key), claims
    from jose import jwt

    return jwt.encode(claims, secret, algorithm=ALGORITHM), claims


def create_auth_tokens(person_id: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """An access/refresh pair as issued at log-in; the access token names its refresh jti."""
    settings = get_settings()
    refresh, refresh_claims = encode(
        person_id, "refresh", lifetime=timedelta(minutes=settings.refresh_token_minutes), extra=extra
    )
    access, access_claims = encode(
        person_id,
        "access",
        lifetime=timedelta(minutes=settings.access_token_minutes),
        extra={"refresh_jti": refresh_claims["jti"], **(extra or {})},
    )
    return {
        "access_token": access,
        "refresh_token": refresh,
        "access_claims": access_claims,
        "refresh_claims": refresh_claims,
    }


def create_access_token_for_refresh(person_id: str, refresh_jti: str) -> tuple[str, dict[str, Any]]:
    settings = get_settings()
    return encode(
        person_id,
        "access",
        lifetime=timedelta(minutes=settings.access_token_minutes),
        extra={"refresh_jti": refresh_jti},
    )


def create_api_token(person_id: str, is_bot: bool, expiration_date: date | None) -> tuple[str, str]:
    """A long-lived API token for a bot (or a person's API use); returns (token, jti)."""
    expires_at = None
    if expiration_date is not None:
        expires_at = datetime.combine(expiration_date, time.max, tzinfo=UTC)
    token, claims = encode(
        person_id, "access", identity_type="bot" if is_bot else "person_api", expires_at=expires_at
    )
    return token, claims["jti"]


def decode(token: str) -> dict[str, Any]:
    """Claims of a valid token, or Zou's exact 401/422 errors."""
    secret = get_settings().secret_key
    claims = jws.fast_decode(token, secret)
    if claims is not None:
        return claims
    from jose import ExpiredSignatureError, JWTError, jwt

    try:
        return jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"verify_aud": False, "verify_sub": False, "require_exp": False},
        )
    except ExpiredSignatureError as exc:
        raise error(401, jws.EXPIRED) from exc
    except JWTError as exc:
        raise jwt_error(422, _jose_message(str(exc))) from exc


def _jose_message(text: str) -> str:
    if "segments" in text:
        return "Not enough segments"
    if "Signature verification failed" in text:
        return "Signature verification failed"
    return text or "Invalid token"


def token_lifetime_seconds(claims: dict[str, Any]) -> int:
    exp = claims.get("exp")
    if not exp:
        return int(timedelta(minutes=get_settings().refresh_token_minutes).total_seconds())
    return max(1, int(exp - _now().timestamp()))
