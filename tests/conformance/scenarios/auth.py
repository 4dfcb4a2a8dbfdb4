"""Auth area: login and its refusals, token checks, refresh, logout, password changes and resets."""

from tests.conformance.scenarios._common import LOGIN_ADMIN, PASSWORD, login, people

LOGIN = "/auth/login"
NEW_PASSWORD = "anothersecret42"


def post_login(name: str, body: dict | None = None, **extra) -> dict:
    step = {"name": name, "method": "POST", "path": LOGIN, "as": None, **extra}
    if body is not None:
        step["body"] = body
    return step


def as_artist(method: str, name: str, path: str, body: dict | None = None, **extra) -> dict:
    step = {"name": name, "method": method, "path": path, "as": extra.pop("as_", "user"), **extra}
    if body is not None:
        step["body"] = body
    return step


# FIDO refusals before any key. Zou keeps a ceremony's challenge in its Flask session cookie, we in
# the token store by person: the cookie is carried where the challenge is meant to be found. The
# relying party is the host of each side's DOMAIN_NAME.
CREATION_OPTIONS = {"save": {"fido_creation": ""}, "ignore": ["challenge", "user.id", "rp.id"]}
MALFORMED_REGISTRATION = {"registration_response": {"id": "x"}, "device_name": "key"}
FIDO_REFUSALS = [
    as_artist("POST", "register fido without pre-registration", "/auth/fido", MALFORMED_REGISTRATION),
    as_artist("PUT", "pre-register fido", "/auth/fido", keep_cookies=["session"], **CREATION_OPTIONS),
    as_artist("POST", "register fido malformed", "/auth/fido", MALFORMED_REGISTRATION),
    as_artist("POST", "register fido pre-registration used up", "/auth/fido", MALFORMED_REGISTRATION),
    as_artist("POST", "register fido missing fields", "/auth/fido", {}),
    as_artist("DELETE", "unregister fido not enabled", "/auth/fido", {"device_name": "key"}),
    as_artist(
        "GET", "fido challenge without key", "/auth/fido", as_=None, query={"email": "user@example.com"}
    ),
]


def fido_challenge(name: str) -> dict:
    step = as_artist("GET", name, "/auth/fido", as_=None, query={"email": "user@example.com"})
    return {
        **step,
        "keep_cookies": ["session"],
        "save": {"fido_request": ""},
        "ignore": ["challenge", "rpId"],
    }


# A security key registered, then used to log in and to remove itself (the run's software key).
FIDO_FLOW = [
    as_artist("PUT", "pre-register fido again", "/auth/fido", keep_cookies=["session"], **CREATION_OPTIONS),
    as_artist(
        "POST",
        "register fido",
        "/auth/fido",
        {"device_name": "key"},
        webauthn="register",
        ignore=["otp_recovery_codes"],
    ),
    as_artist("GET", "authenticated with fido key", "/auth/authenticated", ignore=["user.last_presence"]),
    as_artist("PUT", "pre-register fido with a key", "/auth/fido", ignore=["challenge", "user.id", "rp.id"]),
    post_login("login fido missing", {"email": "user@example.com", "password": NEW_PASSWORD}),
    fido_challenge("fido challenge"),
    post_login(
        "login with fido",
        {"email": "user@example.com", "password": NEW_PASSWORD},
        webauthn="assert",
        ignore=["user.last_presence"],
    ),
    post_login(
        "login with fido challenge used up",
        {"email": "user@example.com", "password": NEW_PASSWORD},
        webauthn="assert",
    ),
    fido_challenge("fido challenge for removal"),
    as_artist("DELETE", "unregister fido", "/auth/fido", {"device_name": "key"}, webauthn="assert"),
    as_artist(
        "GET", "authenticated after fido removal", "/auth/authenticated", ignore=["user.last_presence"]
    ),
]

# Setting up a second factor, as the artist (mail is off on both sides): random secrets ignored.
TWO_FACTOR = [
    as_artist("POST", "enable totp without pre-enable", "/auth/totp", {"totp": "000000"}),
    as_artist("PUT", "pre-enable totp", "/auth/totp", ignore=["totp_provisionning_uri", "otp_secret"]),
    as_artist("POST", "enable totp missing code", "/auth/totp", {}),
    as_artist("POST", "enable totp wrong code", "/auth/totp", {"totp": "000000"}),
    as_artist("PUT", "pre-enable totp anonymous", "/auth/totp", as_=None),
    as_artist("PUT", "pre-enable email otp", "/auth/email-otp"),
    as_artist("POST", "enable email otp wrong code", "/auth/email-otp", {"email_otp": "000000"}),
    as_artist("POST", "enable email otp missing code", "/auth/email-otp", {}),
    as_artist("DELETE", "disable email otp not enabled", "/auth/email-otp", {"email_otp": "000000"}),
    *FIDO_REFUSALS,
    as_artist("PUT", "recovery codes without two factor", "/auth/recovery-codes", {"totp": "000000"}),
    as_artist("PUT", "recovery codes anonymous", "/auth/recovery-codes", {}, as_=None),
    {
        "name": "saml sso disabled",
        "method": "POST",
        "path": "/auth/saml/sso",
        "as": None,
        "form": {"SAMLResponse": "x"},
    },
    {"name": "oidc callback disabled", "method": "GET", "path": "/auth/oidc/callback", "as": None},
]

# A script's browser login (PKCE): the code minted for the admin, traded once for tokens.
VERIFIER = "conformance-verifier-0123456789-abcdefghijklmnopqrstuvwxyz"
CHALLENGE = "o_UBuWlNRvSWwsVYJqrs5EQo89Jn7Cm_gk-BDYsu17Y"  # base64url(sha256(VERIFIER)), unpadded
APP_LOGIN = [
    {
        "name": "app login code malformed challenge",
        "method": "POST",
        "path": "/auth/app-login/code",
        "body": {"code_challenge": "short"},
    },
    {
        "name": "app login code anonymous",
        "method": "POST",
        "path": "/auth/app-login/code",
        "as": None,
        "body": {"code_challenge": CHALLENGE},
    },
    {
        "name": "app login code",
        "method": "POST",
        "path": "/auth/app-login/code",
        "body": {"code_challenge": CHALLENGE},
        "save": {"app_code": "code"},
        "ignore": ["code"],
    },
    {
        "name": "app login token wrong verifier",
        "method": "POST",
        "path": "/auth/app-login/token",
        "as": None,
        "body": {"code": "{app_code}", "code_verifier": VERIFIER.replace("0", "1")},
    },
    {
        "name": "app login code again",
        "method": "POST",
        "path": "/auth/app-login/code",
        "body": {"code_challenge": CHALLENGE},
        "save": {"app_code2": "code"},
        "ignore": ["code"],
    },
    {
        "name": "app login token",
        "method": "POST",
        "path": "/auth/app-login/token",
        "as": None,
        "body": {"code": "{app_code2}", "code_verifier": VERIFIER},
        "login": "app",
        "ignore": ["user.last_presence"],
    },
    {
        "name": "app login token reused",
        "method": "POST",
        "path": "/auth/app-login/token",
        "as": None,
        "body": {"code": "{app_code2}", "code_verifier": VERIFIER},
    },
    {
        "name": "app login token unknown code",
        "method": "POST",
        "path": "/auth/app-login/token",
        "as": None,
        "body": {"code": "nope", "code_verifier": VERIFIER},
    },
    {
        "name": "app login token missing fields",
        "method": "POST",
        "path": "/auth/app-login/token",
        "as": None,
        "body": {},
    },
    {"name": "authenticated with app login", "method": "GET", "path": "/auth/authenticated", "as": "app"},
]


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
    *TWO_FACTOR,
    *FIDO_FLOW,
    *APP_LOGIN,
    # logout revokes the token it was called with
    login("session", "admin@example.com"),
    {"name": "logout", "method": "GET", "path": "/auth/logout", "as": "session"},
    {"name": "authenticated after logout", "method": "GET", "path": "/auth/authenticated", "as": "session"},
    {"name": "logout anonymous", "method": "GET", "path": "/auth/logout", "as": None},
    {"name": "admin token still valid", "method": "GET", "path": "/auth/authenticated"},
]
