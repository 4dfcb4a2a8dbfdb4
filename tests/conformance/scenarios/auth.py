"""Auth area: login and its refusals, token checks, refresh, logout, password changes and resets."""

from tests.conformance.scenarios._common import LOGIN_ADMIN, PASSWORD, login, people

LOGIN = "/auth/login"
NEW_PASSWORD = "anothersecret42"


def post_login(name: str, body: dict | None = None, **extra) -> dict:
    step = {"name": name, "method": "POST", "path": LOGIN, "as": None, **extra}
    if body is not None:
        step["body"] = body
    return step


STEPS = [
    LOGIN_ADMIN,
    post_login("login wrong password", {"email": "admin@example.com", "password": "wrongpassword"}),
    post_login("login unknown email", {"email": "nobody@example.com", "password": PASSWORD}),
    post_login("login missing password", {"email": "admin@example.com"}),
    post_login("login missing email", {"password": PASSWORD}),
    post_login("login empty body", {}),
    post_login("login no body"),
    post_login("login malformed json", content="{not json", headers={"Content-Type": "application/json"}),
    post_login("login email case", {"email": "ADMIN@example.com", "password": PASSWORD}),
    {"name": "authenticated", "method": "GET", "path": "/auth/authenticated"},
    {"name": "authenticated anonymous", "method": "GET", "path": "/auth/authenticated", "as": None},
    {
        "name": "authenticated basic header",
        "method": "GET",
        "path": "/auth/authenticated",
        "as": None,
        "headers": {"Authorization": "Basic YWRtaW46c2VjcmV0"},
    },
    {
        "name": "authenticated garbage token",
        "method": "GET",
        "path": "/auth/authenticated",
        "as": None,
        "headers": {"Authorization": "Bearer not-a-token"},
    },
    {
        "name": "authenticated with refresh token",
        "method": "GET",
        "path": "/auth/authenticated",
        "token": "refresh_token",
    },
    {"name": "refresh", "method": "GET", "path": "/auth/refresh-token", "token": "refresh_token"},
    {"name": "refresh with access token", "method": "GET", "path": "/auth/refresh-token"},
    {"name": "refresh anonymous", "method": "GET", "path": "/auth/refresh-token", "as": None},
    *people(("user",)),
    {"name": "authenticated as artist", "method": "GET", "path": "/auth/authenticated", "as": "user"},
    # change-password
    {
        "name": "change password wrong old",
        "method": "POST",
        "path": "/auth/change-password",
        "as": "user",
        "body": {"old_password": "wrongpassword", "password": NEW_PASSWORD, "password_2": NEW_PASSWORD},
    },
    {
        "name": "change password mismatch",
        "method": "POST",
        "path": "/auth/change-password",
        "as": "user",
        "body": {"old_password": PASSWORD, "password": NEW_PASSWORD, "password_2": NEW_PASSWORD + "x"},
    },
    {
        "name": "change password too short",
        "method": "POST",
        "path": "/auth/change-password",
        "as": "user",
        "body": {"old_password": PASSWORD, "password": "short", "password_2": "short"},
    },
    {
        "name": "change password missing field",
        "method": "POST",
        "path": "/auth/change-password",
        "as": "user",
        "body": {"old_password": PASSWORD},
    },
    {
        "name": "change password anonymous",
        "method": "POST",
        "path": "/auth/change-password",
        "as": None,
        "body": {"old_password": PASSWORD, "password": NEW_PASSWORD, "password_2": NEW_PASSWORD},
    },
    {
        "name": "change password",
        "method": "POST",
        "path": "/auth/change-password",
        "as": "user",
        "body": {"old_password": PASSWORD, "password": NEW_PASSWORD, "password_2": NEW_PASSWORD},
    },
    post_login("login old password", {"email": "user@example.com", "password": PASSWORD}),
    login("artist again", "user@example.com", NEW_PASSWORD),
    # reset-password (mail is off on both sides)
    {
        "name": "reset password unknown email",
        "method": "POST",
        "path": "/auth/reset-password",
        "as": None,
        "body": {"email": "nobody@example.com"},
    },
    {
        "name": "reset password missing email",
        "method": "POST",
        "path": "/auth/reset-password",
        "as": None,
        "body": {},
    },
    {
        "name": "reset password bad token",
        "method": "PUT",
        "path": "/auth/reset-password",
        "as": None,
        "body": {
            "email": "user@example.com",
            "token": "not-a-token",
            "password": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    },
    {
        "name": "reset password missing fields",
        "method": "PUT",
        "path": "/auth/reset-password",
        "as": None,
        "body": {"email": "user@example.com"},
    },
    # two-factor endpoints without any factor set up
    {
        "name": "email otp for unknown email",
        "method": "GET",
        "path": "/auth/email-otp",
        "as": None,
        "query": {"email": "nobody@example.com"},
    },
    {
        "name": "fido for unknown email",
        "method": "GET",
        "path": "/auth/fido",
        "as": None,
        "query": {"email": "nobody@example.com"},
    },
    {
        "name": "disable totp not enabled",
        "method": "DELETE",
        "path": "/auth/totp",
        "as": "user",
        "body": {"totp": "123456"},
    },
    {"name": "saml login disabled", "method": "GET", "path": "/auth/saml/login", "as": None},
    {"name": "oidc login disabled", "method": "GET", "path": "/auth/oidc/login", "as": None},
    # logout revokes the token it was called with
    login("session", "admin@example.com"),
    {"name": "logout", "method": "GET", "path": "/auth/logout", "as": "session"},
    {"name": "authenticated after logout", "method": "GET", "path": "/auth/authenticated", "as": "session"},
    {"name": "logout anonymous", "method": "GET", "path": "/auth/logout", "as": None},
    {"name": "admin token still valid", "method": "GET", "path": "/auth/authenticated"},
]
