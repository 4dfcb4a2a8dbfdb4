"""A software FIDO2 authenticator: an EC P-256 key answering WebAuthn options with "none" attestation,
so the server's real verification (challenge, origin, RP id hash, signature) runs in tests."""

import hashlib
import json
import os
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from fido2 import cbor
from fido2.utils import websafe_encode

USER_PRESENT = 0x01
ATTESTED_DATA = 0x40
ES256 = -7


class SoftwareAuthenticator:
    def __init__(self, credential_id: bytes | None = None) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        # Zou stores the credential id as an integer: a leading zero byte would not survive it.
        self.credential_id = credential_id or b"\x01" + os.urandom(31)
        self.aaguid = bytes(16)
        self.sign_count = 0

    def _cose_key(self) -> dict[int, Any]:
        numbers = self.key.public_key().public_numbers()
        return {1: 2, 3: ES256, -1: 1, -2: numbers.x.to_bytes(32, "big"), -3: numbers.y.to_bytes(32, "big")}

    @staticmethod
    def _client_data(kind: str, challenge: str, rp_id: str, origin: str | None) -> bytes:
        body = {
            "type": kind,
            "challenge": challenge,
            "origin": origin or f"https://{rp_id}",
            "crossOrigin": False,
        }
        return json.dumps(body).encode()

    def _auth_data(self, rp_id: str, flags: int, attested: bytes = b"") -> bytes:
        return (
            hashlib.sha256(rp_id.encode()).digest()
            + bytes([flags])
            + self.sign_count.to_bytes(4, "big")
            + attested
        )

    def register(self, options: dict[str, Any], origin: str | None = None) -> dict[str, Any]:
        """The `registration_response` a browser sends for `PUT /auth/fido`'s creation options."""
        rp_id = options["rp"]["id"]
        attested = (
            self.aaguid
            + len(self.credential_id).to_bytes(2, "big")
            + self.credential_id
            + cbor.encode(self._cose_key())
        )
        auth_data = self._auth_data(rp_id, USER_PRESENT | ATTESTED_DATA, attested)
        attestation = cbor.encode({"fmt": "none", "attStmt": {}, "authData": auth_data})
        client_data = self._client_data("webauthn.create", options["challenge"], rp_id, origin)
        return self._credential(client_data, attestationObject=websafe_encode(attestation))

    def assert_(
        self,
        options: dict[str, Any],
        origin: str | None = None,
        key: ec.EllipticCurvePrivateKey | None = None,
    ) -> dict[str, Any]:
        """The `fido_authentication_response` for `GET /auth/fido`'s request options (signed with
        `key` instead of the registered one to forge a wrong signature)."""
        rp_id = options["rpId"]
        self.sign_count += 1
        auth_data = self._auth_data(rp_id, USER_PRESENT)
        client_data = self._client_data("webauthn.get", options["challenge"], rp_id, origin)
        signed = auth_data + hashlib.sha256(client_data).digest()
        signature = (key or self.key).sign(signed, ec.ECDSA(hashes.SHA256()))
        return self._credential(
            client_data, authenticatorData=websafe_encode(auth_data), signature=websafe_encode(signature)
        )

    def _credential(self, client_data: bytes, **response: str) -> dict[str, Any]:
        """The PublicKeyCredential JSON a browser sends back, around a ceremony's own fields."""
        return {
            "id": websafe_encode(self.credential_id),
            "rawId": websafe_encode(self.credential_id),
            "type": "public-key",
            "response": {"clientDataJSON": websafe_encode(client_data), **response},
            "clientExtensionResults": {},
        }
