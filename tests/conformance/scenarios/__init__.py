"""Scenario scripts, one module per area: `STEPS`, a list of plain dicts run in order.

A step: `name` (unique in its area), `method`, `path` (with `{saved}` placeholders), optional `query`,
`body` (JSON) or `content` (raw text) or `form` (form fields), `files` (multipart uploads:
{field: {"name", "type", "text" or "base64"}}, with `form` fields beside them), `headers`,
`as` (identity, default "admin"; None = no token),
`token` ("refresh_token" to send that one), `save` ({name: dotted path into the answer, e.g. "0.id"}),
`login` (identity whose tokens the answer carries), `unordered` (True: the answer, or a page's
`data`, is a list in no set order; or dotted paths of nested such lists, `*` = each item or value),
`ignore` (dotted paths of run-dependent values the symbols do not cover; `*` = each item),
`status_only` (compare the status, a refusal's message and a list's length only: the roles matrix),
`keep_cookies` (names of cookies this step's answer sets that go with the next request only: Zou's
Flask `session`, holding a FIDO ceremony's challenge), `webauthn` ("register" or "assert": the run's
software security key answers the options saved as `fido_creation` / `fido_request`, added to the
body as `registration_response` / `fido_authentication_response`).
"""
