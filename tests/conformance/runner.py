"""Run a scenario's steps with an httpx client (Zou over the network, or our app in-process) and
turn each answer into a run-independent exchange."""

import base64
import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from tests.conformance.symbols import Symbols, input_dates
from tests.helpers.webauthn import SoftwareAuthenticator

HERE = Path(__file__).resolve().parent
RECORDINGS = HERE / "recordings"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# What a placeholder becomes when the step that should have saved it failed: the run goes on, and
# the later steps show their own differences instead of stopping the area at its first one.
MISSING_ID = "00000000-0000-0000-0000-000000000000"
# The parts of a step that make its request: the recording keeps them to detect a stale recording.
REQUEST_KEYS = ("method", "path", "query", "body", "content", "form", "files", "headers", "as", "token")
# The security key of `webauthn` steps: a fixed credential id, so the options listing it compare.
CREDENTIAL_ID = b"\x01conformance-security-key"
# What a `webauthn` step adds to its body: the key's answer to the options a step saved under that name.
WEBAUTHN = {
    "register": ("registration_response", "fido_creation"),
    "assert": ("fido_authentication_response", "fido_request"),
}


def load_steps(area: str) -> list[dict]:
    steps = importlib.import_module(f"tests.conformance.scenarios.{area}").STEPS
    names = [step["name"] for step in steps]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"{area}: step names must be unique, repeated: {sorted(duplicates)}")
    return steps


def request_of(step: dict) -> dict:
    return {key: step[key] for key in REQUEST_KEYS if key in step}


def recording_path(area: str) -> Path:
    return RECORDINGS / f"{area}.json"


def read_path(body: Any, path: str) -> Any:
    """`0.id` -> body[0]["id"]; an empty path is the body itself."""
    for part in filter(None, path.split(".")):
        body = body[int(part)] if isinstance(body, list) else body[part]
    return body


class ScenarioRun:
    """One side's state while it runs a scenario: saved values, tokens of each identity, symbols."""

    def __init__(self, client: httpx.AsyncClient, steps: list[dict]):
        self.client = client
        self.steps = steps
        self.saved: dict[str, Any] = {}
        self.tokens: dict[str, dict[str, str]] = {}
        self.symbols = Symbols(input_dates(steps))
        self.authenticator = SoftwareAuthenticator(CREDENTIAL_ID)

    def fill(self, value: Any) -> Any:
        if isinstance(value, str):
            return PLACEHOLDER.sub(lambda m: str(self.saved.get(m.group(1), MISSING_ID)), value)
        if isinstance(value, dict):
            return {self.fill(key): self.fill(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.fill(item) for item in value]
        return value

    def headers(self, step: dict) -> dict[str, str]:
        identity = step.get("as", "admin")
        headers = {}
        if identity is not None:
            token = self.tokens.get(identity, {}).get(step.get("token", "access_token"), "missing-token")
            headers["Authorization"] = f"Bearer {token}"
        headers.update(self.fill(step.get("headers", {})))
        return headers

    async def send(self, step: dict) -> httpx.Response:
        kwargs: dict[str, Any] = {"params": self.fill(step.get("query")), "headers": self.headers(step)}
        if "body" in step:
            kwargs["json"] = self.fill(step["body"])
        if "webauthn" in step:
            kwargs["json"] = {**kwargs.get("json", {}), **self.webauthn_answer(step["webauthn"])}
        elif "content" in step:
            kwargs["content"] = self.fill(step["content"]).encode()
        if "files" in step:  # multipart: uploads, with `form` fields beside them
            kwargs["files"] = {field: _upload(spec) for field, spec in step["files"].items()}
            kwargs["data"] = self.fill(step.get("form", {}))
        elif "form" in step:
            kwargs["data"] = self.fill(step["form"])
        response = await self.client.request(step["method"], self.fill(step["path"]), **kwargs)
        # Zou sets auth cookies on login; a cookie jar would then authenticate later steps by itself.
        # Only the cookies a step names go on to the next one (Zou's Flask session holds a FIDO
        # ceremony's challenge).
        kept = [cookie for cookie in self.client.cookies.jar if cookie.name in step.get("keep_cookies", ())]
        self.client.cookies.clear()
        for cookie in kept:
            self.client.cookies.jar.set_cookie(cookie)
        return response

    def webauthn_answer(self, ceremony: str) -> dict[str, Any]:
        field, options = WEBAUTHN[ceremony]
        saved = self.saved.get(options, {})
        if ceremony == "register":
            return {field: self.authenticator.register(saved)} if "rp" in saved else {field: {}}
        return {field: self.authenticator.assert_(saved)} if "rpId" in saved else {field: {}}

    def keep(self, step: dict, body: Any) -> None:
        for name, path in step.get("save", {}).items():
            try:
                value = read_path(body, path)
            except (KeyError, IndexError, TypeError, ValueError):
                continue
            self.saved[name] = value
            self.symbols.name(value, name)
        if "login" in step and isinstance(body, dict):
            self.tokens[step["login"]] = {
                key: body[key] for key in ("access_token", "refresh_token") if isinstance(body.get(key), str)
            }

    async def run_step(self, step: dict) -> dict:
        response = await self.send(step)
        # An empty body has no meaningful type (Zou labels its 204s text/html).
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        content_type = content_type if response.content else ""
        try:
            body = response.json() if "json" in content_type else response.text[:300]
        except ValueError:
            body = response.text[:300]
        self.keep(step, body)
        self.symbols.learn(body)
        body = self.symbols.value(body)
        if step.get("status_only"):
            body, content_type = _status_only(response.status_code, body), ""
        for path in step.get("ignore", ()):
            body = _at(body, [part for part in path.split(".") if part], lambda _: "<any>")
        unordered = step.get("unordered")
        for path in unordered if isinstance(unordered, list) else ():  # nested lists in no set order
            body = _at(body, [part for part in path.split(".") if part], _sorted_rows)
        if unordered is True and isinstance(body, list):
            body = sorted(body, key=_sort_key)
        elif unordered is True and isinstance(body, dict) and isinstance(body.get("data"), list):
            body = {**body, "data": sorted(body["data"], key=_sort_key)}  # a page of rows
        return {
            "step": step["name"],
            "request": request_of(step),
            "status": response.status_code,
            "content_type": content_type,
            "body": body,
        }

    async def run(self) -> list[dict]:
        return [await self.run_step(step) for step in self.steps]


def _status_only(status: int, body: Any) -> Any:
    """What a permission matrix compares besides the status: a refusal's message, or how many rows
    a list holds (what a role may see of it)."""
    if status >= 400:
        return body.get("message") if isinstance(body, dict) else None
    rows = body.get("data") if isinstance(body, dict) and isinstance(body.get("data"), list) else body
    return {"rows": len(rows)} if isinstance(rows, list) else None


def _upload(spec: dict) -> tuple[str, bytes, str]:
    """A file of a multipart step, as plain data: `name`, `type` and `text` or `base64`."""
    content = base64.b64decode(spec["base64"]) if "base64" in spec else spec.get("text", "").encode()
    return spec["name"], content, spec.get("type", "application/octet-stream")


def _sort_key(item: Any) -> tuple[str, str]:
    """Rows by their symbolised id (the same on both sides), then by their JSON text."""
    key = item.get("id") if isinstance(item, dict) else None
    return (key if isinstance(key, str) else "", json.dumps(item, sort_keys=True))


def _sorted_rows(value: Any) -> Any:
    return sorted(value, key=_sort_key) if isinstance(value, list) else value


def _at(body: Any, parts: list[str], change: Callable[[Any], Any]) -> Any:
    """Change the value at a dotted path (`*` = every list item or dict value): blank run-dependent
    values that no symbol covers (sizes, versions of the host...), or sort a list in no set order."""
    if not parts:
        return change(body)
    head, rest = parts[0], parts[1:]
    if head == "*" and isinstance(body, list):
        return [_at(item, rest, change) for item in body]
    if head == "*" and isinstance(body, dict):
        return {key: _at(value, rest, change) for key, value in body.items()}
    if isinstance(body, dict) and head in body:
        return {**body, head: _at(body[head], rest, change)}
    return body
