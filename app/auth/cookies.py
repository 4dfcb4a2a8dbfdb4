"""Browser detection and the JWT cookies Zou sets for browsers (Kitsu authenticates with cookies only).

Zou asks ua-parser for the browser family and sets cookies only for Brave, Chrome, Chrome Mobile,
Chrome Mobile iOS, Edge, Firefox, Mobile Safari, Opera, Safari and Vivaldi. Scripts (gazu's
`python-requests`/`CGWire Gazu` agents, curl) never get cookies. The patterns below reproduce
ua-parser's decision for those families without the dependency.
"""

import re

from starlette.responses import Response

from app.auth.tokens import ACCESS_COOKIE, COOKIE_MAX_AGE, REFRESH_COOKIE, REFRESH_COOKIE_PATH

# Agents that contain "Chrome/", "Safari/" or "Firefox/" but that ua-parser files under another
# family (web views, headless and vendor browsers, mobile variants outside Zou's list).
_OTHER_FAMILIES = re.compile(
    r"HeadlessChrome|Chromium/|SamsungBrowser|YaBrowser|UCBrowser|MiuiBrowser|Silk/|"
    r"EdgA/|EdgiOS/|FxiOS/|OPiOS/|; wv\)|Electron/|"
    r"Android.*Firefox/|Firefox/.*Android|Mobile.*OPR/|OPR/.*Mobile|Opera Mini|Opera Mobi",
)
_BROWSER_FAMILIES = re.compile(
    r"Brave|Vivaldi/|Edge?/|OPR/|Opera[/ ]|Firefox/|CriOS/|Chrome/|Version/[\d.]+.*Safari/",
)


def is_browser(user_agent: str | None) -> bool:
    if not user_agent or not user_agent.startswith(("Mozilla/", "Opera")):
        return False
    if _OTHER_FAMILIES.search(user_agent):
        return False
    return bool(_BROWSER_FAMILIES.search(user_agent))


def set_access_cookie(response: Response, access_token: str) -> None:
    response.set_cookie(
        ACCESS_COOKIE,
        access_token,
        max_age=COOKIE_MAX_AGE,
        expires=COOKIE_MAX_AGE,
        path="/",
        httponly=True,
        samesite="lax",
    )


def set_refresh_cookie(response: Response, refresh_token: str) -> None:
    response.set_cookie(
        REFRESH_COOKIE,
        refresh_token,
        max_age=COOKIE_MAX_AGE,
        expires=COOKIE_MAX_AGE,
        path=REFRESH_COOKIE_PATH,
        httponly=True,
        samesite="lax",
    )


def set_auth_cookies(response: Response, access_token: str, refresh_token: str) -> None:
    set_access_cookie(response, access_token)
    set_refresh_cookie(response, refresh_token)


def unset_refresh_cookie(response: Response) -> None:
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_COOKIE_PATH, httponly=True, samesite="lax")


def unset_auth_cookies(response: Response) -> None:
    response.delete_cookie(ACCESS_COOKIE, path="/", httponly=True, samesite="lax")
    unset_refresh_cookie(response)
