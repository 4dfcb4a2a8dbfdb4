"""Column types that map to Zou's PostgreSQL types and degrade gracefully on SQLite."""

from sqlalchemy import JSON, DateTime, LargeBinary, String
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

# Zou's datetimes are naive UTC (`timestamp without time zone`).
NaiveDateTime = DateTime(timezone=False)

# Zou stores free-form `data` and friends as JSONB; SQLite gets plain JSON text.
JSONType = JSON().with_variant(JSONB(), "postgresql")


def ArrayOf(item_type):  # noqa: N802 - reads like a type
    """PostgreSQL ARRAY(item) in production, a JSON list on SQLite."""
    return JSON().with_variant(ARRAY(item_type), "postgresql")


StringArray = ArrayOf(String())
JSONBArray = ArrayOf(JSONB())
BinaryArray = ArrayOf(LargeBinary(60))

# sqlalchemy_utils' ChoiceType, EmailType, TimezoneType, LocaleType and
# IPAddressType are VARCHARs of these lengths in Zou's schema; URLType is TEXT.
ChoiceString = String(255)
EmailString = String(255)
TimezoneString = String(50)
LocaleString = String(10)
IPAddressString = String(50)

# ARRAY(ChoiceType) columns such as project_task_status_link.roles_for_board.
ChoiceArray = ArrayOf(String(255))

# JSONType stores a Python None as the JSON value `null`. SQLModel always hands
# every field to the INSERT, so without none_as_null a row created without
# `data` would hold JSON null where Zou (which omits unset columns) has SQL NULL.
NullableJSONType = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
