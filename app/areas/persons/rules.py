"""What Zou checks on a person body before writing it: enumerations, country, locale, dates,
e-mail syntax and uniqueness among humans, the user limit."""

import datetime as dt
import re
import uuid
import zoneinfo
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import ZouError, bad_request, error
from app.models.person import (
    CONTRACT_TYPES,
    DISPLAY_DATE_FORMATS,
    ROLE_TYPES,
    TWO_FACTOR_AUTHENTICATION_TYPES,
    Person,
)

# ISO 3166-1 alpha-2, the codes Zou's normalize_country accepts.
COUNTRY_CODES = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
    BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG
    EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
    HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR
    LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG
    NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE
    SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA
    UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()
)
LOCALE = re.compile(r"^([a-zA-Z]{2,3})(?:[_-]([a-zA-Z]{2}|\d{3}))?$")
USER_LIMIT = "User limit reached."


def _present(data: dict[str, Any], key: str) -> bool:
    return data.get(key) not in (None, "")


def check_choices(data: dict[str, Any]) -> None:
    if "role" in data and data["role"] not in ROLE_TYPES:
        raise bad_request("Invalid role")
    if "contract_type" in data and data["contract_type"] not in CONTRACT_TYPES:
        raise bad_request("Invalid contract_type")
    if _present(data, "country"):
        country = str(data["country"]).strip().upper()
        if country not in COUNTRY_CODES:
            raise bad_request("Invalid country code, expected an ISO 3166-1 alpha-2 code.")
        data["country"] = country
    if _present(data, "locale"):
        match = LOCALE.match(str(data["locale"]).strip())
        if match is None:
            raise bad_request(
                "Invalid locale, expected a name available in Python Babel (e.g. en_US, fr_FR)."
            )
        language, region = match.groups()
        data["locale"] = language.lower() + (f"_{region.upper()}" if region else "")
    if (
        data.get("display_date_format") is not None
        and data["display_date_format"] not in DISPLAY_DATE_FORMATS
    ):
        raise bad_request(
            "Invalid display_date_format, expected one of: " + ", ".join(DISPLAY_DATE_FORMATS) + "."
        )
    if "two_factor_authentication" in data and data["two_factor_authentication"] not in (
        TWO_FACTOR_AUTHENTICATION_TYPES
    ):
        raise bad_request("Invalid two_factor_authentication")
    if _present(data, "timezone"):
        try:
            zoneinfo.ZoneInfo(str(data["timezone"]))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ZouError(400, {"message": "One of the provided values has an invalid format."}) from exc


def parse_expiration_date(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise bad_request("Expiration date is not valid.") from exc


def check_expiration_date(data: dict[str, Any], current: dt.date | None = None) -> None:
    """A past date is refused, unless it is the date the person already has (editing expired bots)."""
    if data.get("expiration_date") is None:
        return
    date = parse_expiration_date(data["expiration_date"])
    if date != current and date < dt.date.today():
        raise bad_request("Expiration date can't be in the past.")


async def check_email(
    session: AsyncSession, data: dict[str, Any], is_bot: bool, exclude_id: uuid.UUID | None = None
) -> None:
    if "email" not in data or data["email"] is None:
        return
    try:
        # Zou stores e-mails through EmailType, which lowercases them.
        email = validate_email(str(data["email"]).strip(), check_deliverability=False).normalized
        data["email"] = email.lower()
    except EmailNotValidError as exc:
        raise bad_request(str(exc)) from exc
    if is_bot:
        return
    query = select(Person.id).where(
        func.lower(Person.email) == data["email"].lower(), Person.is_bot.is_not(True)
    )
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    if (await session.execute(query.limit(1))).first() is not None:
        raise bad_request("Email already in use.")


async def is_user_limit_reached(session: AsyncSession) -> bool:
    query = (
        select(func.count()).select_from(Person).where(Person.active.is_(True), Person.is_bot.is_not(True))
    )
    return (await session.execute(query)).scalar_one() >= get_settings().user_limit


async def check_user_limit(session: AsyncSession, with_data: bool = True) -> None:
    if await is_user_limit_reached(session):
        raise (
            bad_request(USER_LIMIT, {"limit": get_settings().user_limit})
            if with_data
            else bad_request(USER_LIMIT)
        )


def check_protected_account(person: dict[str, Any], data: dict[str, Any], caller_id: Any) -> None:
    """Accounts listed in PROTECTED_ACCOUNTS cannot be deactivated or demoted by someone else."""
    emails = get_settings().protected_account_emails
    if person.get("email") not in emails or person["id"] == caller_id or person.get("is_bot"):
        return
    if data.get("active") is False:
        raise error(403, "Can't set this person as inactive it's a protected account.")
    if data.get("role") is not None:
        raise error(403, "Can't change the role of this person it's a protected account.")
