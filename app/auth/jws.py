"""HS256 tokens with the standard library: the common cases, the same bytes and verdicts as python-jose.

python-jose (and the `cryptography` library it loads, ~10 MB resident per worker) is imported only
for what falls outside them (`tokens.py`): a secret it would not use as a plain HMAC key, or a
token that is malformed, tampered with or carries unusual claims, where it decides and words the
error.
"""

import base64
import binascii
import hmac
import json
import re
import time
from functools import cache
from hashlib import sha256
from typing import Any

from app.core.errors import error

ALGORITHM = "HS256"
EXPIRED = "Signature has expired"
_JWS = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
# python-jose's header for HS256, keys sorted, compact.
_HEADER = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=")
# python-jose refuses these as HMAC secrets, and reads a JSON secret as a key set.
_NOT_PLAIN_SECRETS = (b"-----BEGIN PUBLIC KEY-----", b"-----BEGIN RSA PUBLIC KEY-----",
                      b"-----BEGIN CERTIFICATE-----", b"ssh-rsa")  # fmt: skip


@cache
def hmac_key(secret: str) -> bytes | None:
    """The HS256 key python-jose would use, or None when it would read the secret differently."""
    key = secret.encode("utf-8")
    if any(marker in key for marker in _NOT_PLAIN_SECRETS):
        return None
    try:
        json.loads(secret)
    except ValueError:
        return key
    return None


def _encode_segment(value: bytes) -> bytes:
    return base64.urlsafe_b64encode(value).rstrip(b"=")


def _segment(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def sign(claims: dict[str, Any], key: bytes) -> str:
    """The compact HS256 token of `claims` (integer times), as `jose.jwt.encode` writes it."""
    payload = _encode_segment(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
    signing_input = _HEADER + b"." + payload
    signature = _encode_segment(hmac.new(key, signing_input, sha256).digest())
    return (signing_input + b"." + signature).decode("ascii")


def fast_decode(token: str, secret: str) -> dict[str, Any] | None:
    """The claims of a token python-jose would accept as is, or None to let python-jose decide.

    The common case (a well-formed HS256 token, valid signature, integer iat/nbf/exp in range)
    costs a few µs instead of ~35; an expired one gets python-jose's 401; anything else
    (malformed, tampered, unusual claims) returns None and `tokens.decode` produces the exact
    same acceptance or error. Mirrors `jose.jwt.decode(..., algorithms=["HS256"],
    options={"verify_aud": False, "verify_sub": False, "require_exp": False})`.
    """
    key = hmac_key(secret)
    if key is None or not _JWS.fullmatch(token):
        return None
    try:
        header_segment, claims_segment, signature_segment = token.split(".")
        header = json.loads(_segment(header_segment).decode("utf-8"))
        if not isinstance(header, dict) or header.get("alg") != ALGORITHM:
            return None
        signing_input = f"{header_segment}.{claims_segment}".encode()
        expected = hmac.new(key, signing_input, sha256).digest()
        if not hmac.compare_digest(expected, _segment(signature_segment)):
            return None
        claims = json.loads(_segment(claims_segment).decode("utf-8"))
    except (ValueError, binascii.Error):
        return None
    if not isinstance(claims, dict):
        return None
    now = int(time.time())
    for name in ("iat", "nbf", "exp"):
        if name in claims and type(claims[name]) is not int:
            return None
    if claims.get("nbf", now) > now:
        return None
    # python-jose checks the expiry before the claims below: an expired token is refused as such.
    if claims.get("exp", now) < now:
        raise error(401, EXPIRED)
    if "at_hash" in claims or ("jti" in claims and not isinstance(claims["jti"], str)):
        return None
    return claims
