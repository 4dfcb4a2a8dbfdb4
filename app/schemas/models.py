# GENERATED from openapi/openapi.yaml by scripts/generate_schemas.sh: do not edit, run `make schemas`.

from __future__ import annotations

from datetime import date as date_aliased
from typing import Any, Dict, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, RootModel


class ZouError(BaseModel):
    """
    The usual error body. Some routes add flags next to `message`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: Literal[True]
    message: str
    data: Any | None = None
    """
    Details: for validation failures `{"errors": [{"field", "message"}]}`, `null` for other business-rule failures.
    """


class CrudError(BaseModel):
    """
    A generic CRUD write refused by the database rules (no `error` key).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    message: str


class CrudFailure(RootModel[ZouError | CrudError]):
    root: ZouError | CrudError
    """
    Either error body of the generic CRUD routes.
    """


class JwtError(BaseModel):
    """
    A token problem found before the route runs.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    msg: str


class SsoError(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    error: str


class SuccessFlag(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    success: Literal[True]


class ApiInfo(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    api: str = Field(..., examples=["Zou"])
    version: str = Field(..., examples=["1.0.97"])


class Sentry(BaseModel):
    """
    Present when error reporting of the web client is on.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    dsn: str | None
    sample_rate: float | None = Field(..., alias="sampleRate")


class InstanceConfig(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    is_self_hosted: bool
    crisp_token: str | None
    dark_theme_by_default: bool | None
    """
    The organisation's setting.
    """
    indexer_configured: bool
    saml_enabled: bool
    saml_idp_name: str | None
    oidc_enabled: bool
    oidc_idp_name: str | None
    default_locale: str = Field(..., examples=["en_US"])
    default_timezone: str = Field(..., examples=["Europe/Paris"])
    enforce_2fa: bool
    movie_highdef_bitrate: float | None = None
    """
    Default bitrate (Mb/s) of high definition movies.
    """
    movie_lowdef_bitrate: float | None = None
    """
    Default bitrate (Mb/s) of low definition movies.
    """
    sentry: Sentry | None = None
    """
    Present when error reporting of the web client is on.
    """


class ServiceStatus(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: str
    version: str
    database_up: bool = Field(..., alias="database-up")
    key_value_store_up: bool = Field(..., alias="key-value-store-up")
    event_stream_up: bool = Field(..., alias="event-stream-up")
    job_queue_up: bool = Field(..., alias="job-queue-up")
    indexer_up: bool = Field(..., alias="indexer-up")


class InfluxStatus(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    database_up: Literal[0, 1] = Field(..., alias="database-up")
    key_value_store_up: Literal[0, 1] = Field(..., alias="key-value-store-up")
    event_stream_up: Literal[0, 1] = Field(..., alias="event-stream-up")
    job_queue_up: Literal[0, 1] = Field(..., alias="job-queue-up")
    indexer_up: Literal[0, 1] = Field(..., alias="indexer-up")
    time: float
    """
    Current UTC time, seconds since the epoch.
    """


class Loadavg(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    last_1_min: float = Field(..., alias="last 1 min")
    last_5_min: float = Field(..., alias="last 5 min")
    last_10_min: float = Field(..., alias="last 10 min")


class Cpu(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    percent: list[float]
    """
    Usage of each processor, in percent.
    """
    loadavg: Loadavg


class Memory(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    total: int
    used: int
    available: int
    percent: float


class Jobs(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    running_jobs: int


class ResourcesStatus(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    date: str
    """
    Local time of the host, ISO 8601.
    """
    cpu: Cpu
    memory: Memory
    jobs: Jobs


class MainStats(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    number_of_video_previews: int
    number_of_picture_previews: int
    number_of_model_previews: int
    number_of_comments: int


class LoginRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    email: str = Field(..., min_length=1)
    """
    Email, or desktop login, of the person.
    """
    password: str | None = "default"
    totp: str | None = None
    email_otp: str | None = None
    fido_authentication_response: dict[str, Any] | None = None
    """
    The browser's WebAuthn assertion.
    """
    recovery_code: str | None = None


class LoginFailure(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    login: Literal[False]
    error: Literal[True] | None = None
    message: str | None = None
    default_password: bool | None = None
    """
    The password is still the default one and must be changed.
    """
    token: str | None = None
    """
    With `default_password`, a reset token for `PUT /auth/reset-password`.
    """
    unactive: bool | None = None
    too_many_failed_login_attemps: bool | None = None
    missing_otp: bool | None = Field(None, alias="missing_OTP")
    wrong_otp: bool | None = Field(None, alias="wrong_OTP")
    preferred_two_factor_authentication: str | None = None
    two_factor_authentication_enabled: list[str] | None = None


class LogoutResult(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    logout: Literal[True]


class RefreshTokenResult1(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    access_token: str


class RefreshTokenResult2(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    refresh: Literal[True]


class RefreshTokenResult(RootModel[RefreshTokenResult1 | RefreshTokenResult2]):
    root: RefreshTokenResult1 | RefreshTokenResult2


class ChangePasswordRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    old_password: str = Field(..., min_length=1)
    password: str = Field(..., min_length=1)
    password_2: str = Field(..., min_length=1)
    """
    The new password again.
    """


class ResetPasswordRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    email: str = Field(..., min_length=1)


class ResetPasswordSent(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    success: Literal["Reset token sent"]


class ResetPasswordChangeRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    email: str = Field(..., min_length=1)
    token: str = Field(..., min_length=1)
    password: str = Field(..., min_length=1)
    password2: str = Field(..., min_length=1)
    """
    The new password again.
    """


class TotpProvisioning(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    totp_provisionning_uri: str
    """
    An `otpauth://` URI.
    """
    otp_secret: str
    """
    The base32 secret.
    """


class TotpCode(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    totp: str = Field(..., min_length=1)


class EmailOtpCode(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    email_otp: str = Field(..., min_length=1)


class TwoFactorProof(BaseModel):
    """
    One proof from any second factor the person has enabled, or a recovery code.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    totp: str | None = None
    email_otp: str | None = None
    fido_authentication_response: dict[str, Any] | None = None
    recovery_code: str | None = None


class TwoFactorEnabled(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    otp_recovery_codes: list[str] | None
    """
    Sixteen single-use codes, or null when the person already had some.
    """
    access_token: str
    refresh_token: str


class RecoveryCodes(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    otp_recovery_codes: list[str]


class FidoOptions(BaseModel):
    """
    WebAuthn options (the `publicKey` member and its companions), passed as they are to the browser's credentials API.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )


class FidoRegistration(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    registration_response: dict[str, Any]
    """
    The browser's WebAuthn registration response.
    """
    device_name: str = Field(..., min_length=1)


class FidoUnregistration(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    device_name: str = Field(..., min_length=1)
    totp: str | None = None
    email_otp: str | None = None
    fido_authentication_response: dict[str, Any] | None = None
    recovery_code: str | None = None


class SamlAssertion(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    saml_response: str = Field(..., alias="SAMLResponse")


class AppLoginCodeRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code_challenge: str = Field(..., pattern="^[A-Za-z0-9_-]{43}$")
    """
    Base64url SHA-256 digest of the application's PKCE verifier.
    """


class AppLoginCode(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    code: str


class AppLoginTokenRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: str = Field(..., max_length=128, min_length=1)
    code_verifier: str = Field(..., pattern="^[A-Za-z0-9._~-]{43,128}$")


class FileUpload(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    file: str = Field(
        ..., json_schema_extra={"contentMediaType": "application/octet-stream"}
    )


class ThumbnailPath(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    thumbnail_path: str = Field(
        ...,
        examples=[
            "pictures/thumbnails/persons/4c1f2b0e-6a8e-4f0b-9a53-2f4b9f1d2c3a.png"
        ],
    )


class TaskTypeOrder(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_type_ids: list[UUID]


class TaskStatusOrder(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_status_ids: list[UUID]


class TaskTypeLinkRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    project_id: UUID
    task_type_id: UUID
    priority: int | None = 1


class Role(
    RootModel[Literal["user", "admin", "supervisor", "manager", "client", "vendor"]]
):
    root: Literal["user", "admin", "supervisor", "manager", "client", "vendor"]
    """
    `user` is an artist, `admin` a studio manager, `manager` a production manager.
    """


class AssetInstance(BaseModel):
    """
    A row of `asset_instance`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["AssetInstance"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    asset_id: UUID
    name: str | None
    number: int | None
    description: str | None
    active: bool | None
    data: Any
    """
    Free-form JSON.
    """
    scene_id: UUID | None
    target_asset_id: UUID | None
    entity_id: UUID | None
    entity_type_id: UUID | None
    shots: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class AssetInstanceCreate(BaseModel):
    """
    A new row of `asset_instance`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    asset_id: UUID
    name: str | None = Field(None, max_length=80)
    number: int | None = None
    description: str | None = Field(None, max_length=200)
    active: bool | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    scene_id: UUID | None = None
    target_asset_id: UUID | None = None
    entity_id: UUID | None = None
    entity_type_id: UUID | None = None
    shots: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class AssetInstanceUpdate(BaseModel):
    """
    Changes to a row of `asset_instance`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_id: UUID | None = None
    name: str | None = Field(None, max_length=80)
    number: int | None = None
    description: str | None = Field(None, max_length=200)
    active: bool | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    scene_id: UUID | None = None
    target_asset_id: UUID | None = None
    entity_id: UUID | None = None
    entity_type_id: UUID | None = None
    shots: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class AssetInstancePage(BaseModel):
    """
    One page of `AssetInstance` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[AssetInstance]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class AttachmentFileCreate(BaseModel):
    """
    A new row of `attachment_file`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str | None = Field(None, max_length=250)
    size: int | None = None
    extension: str | None = Field(None, max_length=6)
    mimetype: str | None = Field(None, max_length=255)
    comment_id: UUID | None = None
    reply_id: UUID | None = None
    chat_message_id: UUID | None = None


class AttachmentFileUpdate(BaseModel):
    """
    Changes to a row of `attachment_file`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=250)
    size: int | None = None
    extension: str | None = Field(None, max_length=6)
    mimetype: str | None = Field(None, max_length=255)
    comment_id: UUID | None = None
    reply_id: UUID | None = None
    chat_message_id: UUID | None = None


class Budget(BaseModel):
    """
    A row of `budget`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Budget"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    project_id: UUID | None
    revision: int
    name: str
    currency: str | None


class BudgetCreate(BaseModel):
    """
    A new row of `budget`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    project_id: UUID | None = None
    revision: int | None = None
    name: str = Field(..., max_length=255)
    currency: str | None = Field(None, max_length=3)


class BudgetUpdate(BaseModel):
    """
    Changes to a row of `budget`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    project_id: UUID | None = None
    revision: int | None = None
    name: str | None = Field(None, max_length=255)
    currency: str | None = Field(None, max_length=3)


class BudgetPage(BaseModel):
    """
    One page of `Budget` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Budget]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ChatMessage(BaseModel):
    """
    A row of `chat_message`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ChatMessage"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    chat_id: UUID
    person_id: UUID
    text: str | None
    attachment_files: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class ChatMessageCreate(BaseModel):
    """
    A new row of `chat_message`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    chat_id: UUID
    person_id: UUID
    text: str | None = None
    attachment_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ChatMessageUpdate(BaseModel):
    """
    Changes to a row of `chat_message`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    chat_id: UUID | None = None
    person_id: UUID | None = None
    text: str | None = None
    attachment_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ChatMessagePage(BaseModel):
    """
    One page of `ChatMessage` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[ChatMessage]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Chat(BaseModel):
    """
    A row of `chat`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Chat"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    object_id: UUID
    object_type: str
    last_message: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    participants: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class ChatCreate(BaseModel):
    """
    A new row of `chat`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    object_id: UUID
    object_type: str | None = Field(None, max_length=80)
    last_message: str | None = None
    """
    ISO 8601 date or datetime.
    """
    participants: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ChatUpdate(BaseModel):
    """
    Changes to a row of `chat`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    object_id: UUID | None = None
    object_type: str | None = Field(None, max_length=80)
    last_message: str | None = None
    """
    ISO 8601 date or datetime.
    """
    participants: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ChatPage(BaseModel):
    """
    One page of `Chat` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Chat]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class CommentCreate(BaseModel):
    """
    A new row of `comment`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    shotgun_id: int | None = None
    object_id: UUID
    object_type: str = Field(..., max_length=80)
    text: str | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    replies: Any | None = None
    """
    Free-form JSON.
    """
    checklist: Any | None = None
    """
    Free-form JSON.
    """
    pinned: bool | None = None
    for_client: bool | None = None
    links: list[str] | None = None
    task_status_id: UUID | None = None
    person_id: UUID
    editor_id: UUID | None = None
    preview_file_id: UUID | None = None
    previews: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    mentions: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    department_mentions: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    acknowledgements: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    attachment_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class CommentUpdate(BaseModel):
    """
    Changes to a row of `comment`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    shotgun_id: int | None = None
    object_id: UUID | None = None
    object_type: str | None = Field(None, max_length=80)
    text: str | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    replies: Any | None = None
    """
    Free-form JSON.
    """
    checklist: Any | None = None
    """
    Free-form JSON.
    """
    pinned: bool | None = None
    for_client: bool | None = None
    links: list[str] | None = None
    task_status_id: UUID | None = None
    person_id: UUID | None = None
    editor_id: UUID | None = None
    preview_file_id: UUID | None = None
    previews: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    mentions: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    department_mentions: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    acknowledgements: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    attachment_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class CustomAction(BaseModel):
    """
    A row of `custom_action`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["CustomAction"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    url: str | None
    entity_type: str | None
    is_ajax: bool | None


class CustomActionCreate(BaseModel):
    """
    A new row of `custom_action`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    url: str | None = Field(None, max_length=400)
    entity_type: str | None = Field(None, max_length=40)
    is_ajax: bool | None = None


class CustomActionUpdate(BaseModel):
    """
    Changes to a row of `custom_action`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    url: str | None = Field(None, max_length=400)
    entity_type: str | None = Field(None, max_length=40)
    is_ajax: bool | None = None


class CustomActionPage(BaseModel):
    """
    One page of `CustomAction` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[CustomAction]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class DayOff(BaseModel):
    """
    A row of `day_off`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["DayOff"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    date: date_aliased
    end_date: date_aliased
    description: str | None
    person_id: UUID | None


class DayOffCreate(BaseModel):
    """
    A new row of `day_off`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    date: date_aliased
    end_date: date_aliased
    description: str | None = None
    person_id: UUID | None = None


class DayOffUpdate(BaseModel):
    """
    Changes to a row of `day_off`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: date_aliased | None = None
    end_date: date_aliased | None = None
    description: str | None = None
    person_id: UUID | None = None


class DayOffPage(BaseModel):
    """
    One page of `DayOff` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[DayOff]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Department(BaseModel):
    """
    A row of `department`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Department"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    color: str
    archived: bool | None


class DepartmentCreate(BaseModel):
    """
    A new row of `department`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    color: str = Field(..., max_length=7)
    archived: bool | None = None


class DepartmentUpdate(BaseModel):
    """
    Changes to a row of `department`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    color: str | None = Field(None, max_length=7)
    archived: bool | None = None


class DepartmentPage(BaseModel):
    """
    One page of `Department` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Department]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class EntityLink(BaseModel):
    """
    A row of `entity_link`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["EntityLink"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    entity_in_id: UUID
    entity_out_id: UUID
    data: Any
    """
    Free-form JSON.
    """
    nb_occurences: int | None
    label: str | None


class EntityLinkCreate(BaseModel):
    """
    A new row of `entity_link`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    entity_in_id: UUID | None = None
    entity_out_id: UUID | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    nb_occurences: int | None = None
    label: str | None = Field(None, max_length=80)


class EntityLinkUpdate(BaseModel):
    """
    Changes to a row of `entity_link`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    entity_in_id: UUID | None = None
    entity_out_id: UUID | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    nb_occurences: int | None = None
    label: str | None = Field(None, max_length=80)


class EntityLinkPage(BaseModel):
    """
    One page of `EntityLink` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[EntityLink]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class EntityType(BaseModel):
    """
    A row of `entity_type`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["EntityType"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    short_name: str | None
    description: str | None
    archived: bool | None
    task_types: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class EntityTypeCreate(BaseModel):
    """
    A new row of `entity_type`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=30)
    short_name: str | None = Field(None, max_length=20)
    description: str | None = None
    archived: bool | None = None
    task_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class EntityTypeUpdate(BaseModel):
    """
    Changes to a row of `entity_type`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=30)
    short_name: str | None = Field(None, max_length=20)
    description: str | None = None
    archived: bool | None = None
    task_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class EntityTypePage(BaseModel):
    """
    One page of `EntityType` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[EntityType]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ApiEvent(BaseModel):
    """
    A row of `api_event`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ApiEvent"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    user_id: UUID | None
    project_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """


class ApiEventCreate(BaseModel):
    """
    A new row of `api_event`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    user_id: UUID | None = None
    project_id: UUID | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """


class ApiEventUpdate(BaseModel):
    """
    Changes to a row of `api_event`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    user_id: UUID | None = None
    project_id: UUID | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """


class ApiEventPage(BaseModel):
    """
    One page of `ApiEvent` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[ApiEvent]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class FileStatus(BaseModel):
    """
    A row of `file_status`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["FileStatus"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    color: str


class FileStatusCreate(BaseModel):
    """
    A new row of `file_status`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=40)
    color: str = Field(..., max_length=7)


class FileStatusUpdate(BaseModel):
    """
    Changes to a row of `file_status`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=40)
    color: str | None = Field(None, max_length=7)


class FileStatusPage(BaseModel):
    """
    One page of `FileStatus` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[FileStatus]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class HardwareItem(BaseModel):
    """
    A row of `hardware_item`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["HardwareItem"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    short_name: str
    archived: bool | None
    monthly_cost: int | None
    inventory_amount: int | None


class HardwareItemCreate(BaseModel):
    """
    A new row of `hardware_item`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=40)
    short_name: str = Field(..., max_length=20)
    archived: bool | None = None
    monthly_cost: int | None = None
    inventory_amount: int | None = None


class HardwareItemUpdate(BaseModel):
    """
    Changes to a row of `hardware_item`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=40)
    short_name: str | None = Field(None, max_length=20)
    archived: bool | None = None
    monthly_cost: int | None = None
    inventory_amount: int | None = None


class HardwareItemPage(BaseModel):
    """
    One page of `HardwareItem` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[HardwareItem]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Milestone(BaseModel):
    """
    A row of `milestone`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Milestone"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    date: date_aliased | None
    name: str
    project_id: UUID | None
    task_type_id: UUID | None


class MilestoneCreate(BaseModel):
    """
    A new row of `milestone`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    date: date_aliased | None = None
    name: str = Field(..., max_length=40)
    project_id: UUID | None = None
    task_type_id: UUID | None = None


class MilestoneUpdate(BaseModel):
    """
    Changes to a row of `milestone`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: date_aliased | None = None
    name: str | None = Field(None, max_length=40)
    project_id: UUID | None = None
    task_type_id: UUID | None = None


class MilestonePage(BaseModel):
    """
    One page of `Milestone` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Milestone]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class News(BaseModel):
    """
    A row of `news`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["News"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    change: bool
    author_id: UUID
    comment_id: UUID | None
    task_id: UUID
    preview_file_id: UUID | None


class NewsCreate(BaseModel):
    """
    A new row of `news`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    change: bool | None = None
    author_id: UUID
    comment_id: UUID | None = None
    task_id: UUID
    preview_file_id: UUID | None = None


class NewsUpdate(BaseModel):
    """
    Changes to a row of `news`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    change: bool | None = None
    author_id: UUID | None = None
    comment_id: UUID | None = None
    task_id: UUID | None = None
    preview_file_id: UUID | None = None


class NewsPage(BaseModel):
    """
    One page of `News` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[News]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Organisation(BaseModel):
    """
    A row of `organisation`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Organisation"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    hours_by_day: float
    has_avatar: bool | None
    use_original_file_name: bool | None
    timesheets_locked: bool | None
    format_duration_in_hours: bool | None
    hd_by_default: bool | None
    chat_token_slack: str | None = None
    chat_webhook_mattermost: str | None = None
    chat_token_discord: str | None = None
    dark_theme_by_default: bool | None


class OrganisationCreate(BaseModel):
    """
    A new row of `organisation`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    hours_by_day: float | None = None
    has_avatar: bool | None = None
    use_original_file_name: bool | None = None
    timesheets_locked: bool | None = None
    format_duration_in_hours: bool | None = None
    hd_by_default: bool | None = None
    chat_token_slack: str | None = Field(None, max_length=80)
    chat_webhook_mattermost: str | None = Field(None, max_length=80)
    chat_token_discord: str | None = Field(None, max_length=80)
    dark_theme_by_default: bool | None = None


class OrganisationUpdate(BaseModel):
    """
    Changes to a row of `organisation`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    hours_by_day: float | None = None
    has_avatar: bool | None = None
    use_original_file_name: bool | None = None
    timesheets_locked: bool | None = None
    format_duration_in_hours: bool | None = None
    hd_by_default: bool | None = None
    chat_token_slack: str | None = Field(None, max_length=80)
    chat_webhook_mattermost: str | None = Field(None, max_length=80)
    chat_token_discord: str | None = Field(None, max_length=80)
    dark_theme_by_default: bool | None = None


class OrganisationPage(BaseModel):
    """
    One page of `Organisation` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Organisation]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class OutputFileCreate(BaseModel):
    """
    A new row of `output_file`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    shotgun_id: int | None = None
    name: str = Field(..., max_length=250)
    canceled: bool | None = None
    size: int | None = None
    checksum: str | None = Field(None, max_length=32)
    description: str | None = None
    comment: str | None = None
    extension: str | None = Field(None, max_length=10)
    revision: int
    representation: str | None = Field(None, max_length=20)
    nb_elements: int | None = None
    source: str | None = Field(None, max_length=40)
    path: str | None = Field(None, max_length=400)
    data: Any | None = None
    """
    Free-form JSON.
    """
    file_status_id: UUID
    entity_id: UUID | None = None
    asset_instance_id: UUID | None = None
    output_type_id: UUID | None = None
    task_type_id: UUID | None = None
    person_id: UUID | None = None
    source_file_id: UUID | None = None
    temporal_entity_id: UUID | None = None


class OutputFileUpdate(BaseModel):
    """
    Changes to a row of `output_file`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    shotgun_id: int | None = None
    name: str | None = Field(None, max_length=250)
    canceled: bool | None = None
    size: int | None = None
    checksum: str | None = Field(None, max_length=32)
    description: str | None = None
    comment: str | None = None
    extension: str | None = Field(None, max_length=10)
    revision: int | None = None
    representation: str | None = Field(None, max_length=20)
    nb_elements: int | None = None
    source: str | None = Field(None, max_length=40)
    path: str | None = Field(None, max_length=400)
    data: Any | None = None
    """
    Free-form JSON.
    """
    file_status_id: UUID | None = None
    entity_id: UUID | None = None
    asset_instance_id: UUID | None = None
    output_type_id: UUID | None = None
    task_type_id: UUID | None = None
    person_id: UUID | None = None
    source_file_id: UUID | None = None
    temporal_entity_id: UUID | None = None


class OutputType(BaseModel):
    """
    A row of `output_type`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["OutputType"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    short_name: str


class OutputTypeCreate(BaseModel):
    """
    A new row of `output_type`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=40)
    short_name: str = Field(..., max_length=20)


class OutputTypeUpdate(BaseModel):
    """
    Changes to a row of `output_type`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=40)
    short_name: str | None = Field(None, max_length=20)


class OutputTypePage(BaseModel):
    """
    One page of `OutputType` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[OutputType]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Playlist(BaseModel):
    """
    A row of `playlist`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Playlist"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    shots: Any
    """
    Free-form JSON.
    """
    project_id: UUID | None
    episode_id: UUID | None
    task_type_id: UUID | None
    for_client: bool | None
    for_entity: str | None
    is_for_all: bool | None
    created_by: UUID | None
    build_jobs: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class PlaylistCreate(BaseModel):
    """
    A new row of `playlist`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    shots: Any | None = None
    """
    Free-form JSON.
    """
    project_id: UUID | None = None
    episode_id: UUID | None = None
    task_type_id: UUID | None = None
    for_client: bool | None = None
    for_entity: str | None = Field(None, max_length=10)
    is_for_all: bool | None = None
    created_by: UUID | None = None
    build_jobs: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class PlaylistUpdate(BaseModel):
    """
    Changes to a row of `playlist`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    shots: Any | None = None
    """
    Free-form JSON.
    """
    project_id: UUID | None = None
    episode_id: UUID | None = None
    task_type_id: UUID | None = None
    for_client: bool | None = None
    for_entity: str | None = Field(None, max_length=10)
    is_for_all: bool | None = None
    created_by: UUID | None = None
    build_jobs: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class PlaylistPage(BaseModel):
    """
    One page of `Playlist` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Playlist]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Plugin(BaseModel):
    """
    A row of `plugin`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Plugin"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    plugin_id: str
    name: str
    description: str | None
    version: str
    maintainer_name: str
    maintainer_email: str | None
    website: str | None
    license: str
    revision: str | None
    frontend_project_enabled: bool | None
    frontend_studio_enabled: bool | None
    icon: str | None


class PluginCreate(BaseModel):
    """
    A new row of `plugin`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    plugin_id: str = Field(..., max_length=80)
    name: str = Field(..., max_length=80)
    description: str | None = None
    version: str = Field(..., max_length=50)
    maintainer_name: str = Field(..., max_length=200)
    maintainer_email: str | None = Field(None, max_length=255)
    website: str | None = None
    license: str = Field(..., max_length=80)
    revision: str | None = Field(None, max_length=12)
    frontend_project_enabled: bool | None = None
    frontend_studio_enabled: bool | None = None
    icon: str | None = Field(None, max_length=255)


class PluginUpdate(BaseModel):
    """
    Changes to a row of `plugin`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    plugin_id: str | None = Field(None, max_length=80)
    name: str | None = Field(None, max_length=80)
    description: str | None = None
    version: str | None = Field(None, max_length=50)
    maintainer_name: str | None = Field(None, max_length=200)
    maintainer_email: str | None = Field(None, max_length=255)
    website: str | None = None
    license: str | None = Field(None, max_length=80)
    revision: str | None = Field(None, max_length=12)
    frontend_project_enabled: bool | None = None
    frontend_studio_enabled: bool | None = None
    icon: str | None = Field(None, max_length=255)


class PluginPage(BaseModel):
    """
    One page of `Plugin` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Plugin]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class PreviewBackgroundFile(BaseModel):
    """
    A row of `preview_background_file`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["PreviewBackgroundFile"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    archived: bool | None
    is_default: bool | None
    original_name: str | None
    extension: str | None
    file_size: int | None


class PreviewBackgroundFileCreate(BaseModel):
    """
    A new row of `preview_background_file`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=40)
    archived: bool | None = None
    is_default: bool | None = None
    original_name: str | None = Field(None, max_length=250)
    extension: str | None = Field(None, max_length=6)
    file_size: int | None = None


class PreviewBackgroundFileUpdate(BaseModel):
    """
    Changes to a row of `preview_background_file`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=40)
    archived: bool | None = None
    is_default: bool | None = None
    original_name: str | None = Field(None, max_length=250)
    extension: str | None = Field(None, max_length=6)
    file_size: int | None = None


class PreviewBackgroundFilePage(BaseModel):
    """
    One page of `PreviewBackgroundFile` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[PreviewBackgroundFile]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ProductionScheduleVersionTaskLink(BaseModel):
    """
    A row of `production_schedule_version_task_link`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProductionScheduleVersionTaskLink"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    production_schedule_version_id: UUID
    task_id: UUID
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    estimation: float | None
    assignees: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class ProductionScheduleVersionTaskLinkCreate(BaseModel):
    """
    A new row of `production_schedule_version_task_link`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    production_schedule_version_id: UUID
    task_id: UUID
    start_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    due_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    estimation: float | None = None
    assignees: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ProductionScheduleVersionTaskLinkUpdate(BaseModel):
    """
    Changes to a row of `production_schedule_version_task_link`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    production_schedule_version_id: UUID | None = None
    task_id: UUID | None = None
    start_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    due_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    estimation: float | None = None
    assignees: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ProductionScheduleVersionTaskLinkPage(BaseModel):
    """
    One page of `ProductionScheduleVersionTaskLink` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[ProductionScheduleVersionTaskLink]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ProductionScheduleVersion(BaseModel):
    """
    A row of `production_schedule_version`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProductionScheduleVersion"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    project_id: UUID
    production_schedule_from: UUID | None
    locked: bool | None
    canceled: bool | None


class ProductionScheduleVersionCreate(BaseModel):
    """
    A new row of `production_schedule_version`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    project_id: UUID
    production_schedule_from: UUID | None = None
    locked: bool | None = None
    canceled: bool | None = None


class ProductionScheduleVersionUpdate(BaseModel):
    """
    Changes to a row of `production_schedule_version`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    project_id: UUID | None = None
    production_schedule_from: UUID | None = None
    locked: bool | None = None
    canceled: bool | None = None


class ProductionScheduleVersionPage(BaseModel):
    """
    One page of `ProductionScheduleVersion` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[ProductionScheduleVersion]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ProjectStatus(BaseModel):
    """
    A row of `project_status`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProjectStatus"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    color: str


class ProjectStatusCreate(BaseModel):
    """
    A new row of `project_status`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=20)
    color: str = Field(..., max_length=7)


class ProjectStatusUpdate(BaseModel):
    """
    Changes to a row of `project_status`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=20)
    color: str | None = Field(None, max_length=7)


class ProjectStatusPage(BaseModel):
    """
    One page of `ProjectStatus` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[ProjectStatus]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ScheduleItem(BaseModel):
    """
    A row of `schedule_item`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ScheduleItem"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    start_date: date_aliased | None
    end_date: date_aliased | None
    man_days: int | None
    project_id: UUID | None
    task_type_id: UUID | None
    object_id: UUID | None


class ScheduleItemCreate(BaseModel):
    """
    A new row of `schedule_item`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    start_date: date_aliased | None = None
    end_date: date_aliased | None = None
    man_days: int | None = None
    project_id: UUID | None = None
    task_type_id: UUID | None = None
    object_id: UUID | None = None


class ScheduleItemUpdate(BaseModel):
    """
    Changes to a row of `schedule_item`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    start_date: date_aliased | None = None
    end_date: date_aliased | None = None
    man_days: int | None = None
    project_id: UUID | None = None
    task_type_id: UUID | None = None
    object_id: UUID | None = None


class ScheduleItemPage(BaseModel):
    """
    One page of `ScheduleItem` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[ScheduleItem]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class SearchFilterGroup(BaseModel):
    """
    A row of `search_filter_group`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["SearchFilterGroup"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    list_type: str
    entity_type: str | None
    name: str
    color: str
    is_shared: bool
    person_id: UUID | None
    project_id: UUID | None
    department_id: UUID | None


class SearchFilterGroupCreate(BaseModel):
    """
    A new row of `search_filter_group`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    list_type: str = Field(..., max_length=80)
    entity_type: str | None = Field(None, max_length=80)
    name: str | None = Field(None, max_length=200)
    color: str | None = Field(None, max_length=8)
    is_shared: bool | None = None
    person_id: UUID | None = None
    project_id: UUID | None = None
    department_id: UUID | None = None


class SearchFilterGroupUpdate(BaseModel):
    """
    Changes to a row of `search_filter_group`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    list_type: str | None = Field(None, max_length=80)
    entity_type: str | None = Field(None, max_length=80)
    name: str | None = Field(None, max_length=200)
    color: str | None = Field(None, max_length=8)
    is_shared: bool | None = None
    person_id: UUID | None = None
    project_id: UUID | None = None
    department_id: UUID | None = None


class SearchFilterGroupPage(BaseModel):
    """
    One page of `SearchFilterGroup` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[SearchFilterGroup]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class SearchFilter(BaseModel):
    """
    A row of `search_filter`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["SearchFilter"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    list_type: str
    entity_type: str | None
    name: str
    search_query: str
    is_shared: bool
    department_id: UUID | None
    search_filter_group_id: UUID | None
    person_id: UUID | None
    project_id: UUID | None


class SearchFilterCreate(BaseModel):
    """
    A new row of `search_filter`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    list_type: str = Field(..., max_length=80)
    entity_type: str | None = Field(None, max_length=80)
    name: str | None = Field(None, max_length=200)
    search_query: str | None = Field(None, max_length=500)
    is_shared: bool | None = None
    department_id: UUID | None = None
    search_filter_group_id: UUID | None = None
    person_id: UUID | None = None
    project_id: UUID | None = None


class SearchFilterUpdate(BaseModel):
    """
    Changes to a row of `search_filter`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    list_type: str | None = Field(None, max_length=80)
    entity_type: str | None = Field(None, max_length=80)
    name: str | None = Field(None, max_length=200)
    search_query: str | None = Field(None, max_length=500)
    is_shared: bool | None = None
    department_id: UUID | None = None
    search_filter_group_id: UUID | None = None
    person_id: UUID | None = None
    project_id: UUID | None = None


class SearchFilterPage(BaseModel):
    """
    One page of `SearchFilter` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[SearchFilter]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Software(BaseModel):
    """
    A row of `software`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Software"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    short_name: str
    archived: bool | None
    version: str | None
    file_extension: str
    secondary_extensions: Any
    """
    Free-form JSON.
    """
    monthly_cost: int | None
    inventory_amount: int | None


class SoftwareCreate(BaseModel):
    """
    A new row of `software`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=40)
    short_name: str = Field(..., max_length=20)
    archived: bool | None = None
    version: str | None = Field(None, max_length=20)
    file_extension: str = Field(..., max_length=20)
    secondary_extensions: Any | None = None
    """
    Free-form JSON.
    """
    monthly_cost: int | None = None
    inventory_amount: int | None = None


class SoftwareUpdate(BaseModel):
    """
    Changes to a row of `software`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=40)
    short_name: str | None = Field(None, max_length=20)
    archived: bool | None = None
    version: str | None = Field(None, max_length=20)
    file_extension: str | None = Field(None, max_length=20)
    secondary_extensions: Any | None = None
    """
    Free-form JSON.
    """
    monthly_cost: int | None = None
    inventory_amount: int | None = None


class SoftwarePage(BaseModel):
    """
    One page of `Software` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Software]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Studio(BaseModel):
    """
    A row of `studio`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Studio"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    color: str
    archived: bool | None


class StudioCreate(BaseModel):
    """
    A new row of `studio`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    color: str = Field(..., max_length=7)
    archived: bool | None = None


class StudioUpdate(BaseModel):
    """
    Changes to a row of `studio`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    color: str | None = Field(None, max_length=7)
    archived: bool | None = None


class StudioPage(BaseModel):
    """
    One page of `Studio` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Studio]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Subscription(BaseModel):
    """
    A row of `subscription`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Subscription"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    person_id: UUID
    task_id: UUID | None
    entity_id: UUID | None
    task_type_id: UUID | None


class SubscriptionCreate(BaseModel):
    """
    A new row of `subscription`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    person_id: UUID
    task_id: UUID | None = None
    entity_id: UUID | None = None
    task_type_id: UUID | None = None


class SubscriptionUpdate(BaseModel):
    """
    Changes to a row of `subscription`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    person_id: UUID | None = None
    task_id: UUID | None = None
    entity_id: UUID | None = None
    task_type_id: UUID | None = None


class SubscriptionPage(BaseModel):
    """
    One page of `Subscription` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Subscription]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class TaskStatus(BaseModel):
    """
    A row of `task_status`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["TaskStatus"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    archived: bool | None
    short_name: str
    description: str | None
    color: str
    priority: int | None
    is_done: bool | None
    is_artist_allowed: bool | None
    is_client_allowed: bool | None
    is_retake: bool | None
    is_feedback_request: bool | None
    is_default: bool | None
    is_wip: bool | None
    shotgun_id: int | None
    for_concept: bool | None


class TaskStatusCreate(BaseModel):
    """
    A new row of `task_status`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=40)
    archived: bool | None = None
    short_name: str = Field(..., max_length=10)
    description: str | None = None
    color: str = Field(..., max_length=7)
    priority: int | None = None
    is_done: bool | None = None
    is_artist_allowed: bool | None = None
    is_client_allowed: bool | None = None
    is_retake: bool | None = None
    is_feedback_request: bool | None = None
    is_default: bool | None = None
    is_wip: bool | None = None
    shotgun_id: int | None = None
    for_concept: bool | None = None


class TaskStatusUpdate(BaseModel):
    """
    Changes to a row of `task_status`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=40)
    archived: bool | None = None
    short_name: str | None = Field(None, max_length=10)
    description: str | None = None
    color: str | None = Field(None, max_length=7)
    priority: int | None = None
    is_done: bool | None = None
    is_artist_allowed: bool | None = None
    is_client_allowed: bool | None = None
    is_retake: bool | None = None
    is_feedback_request: bool | None = None
    is_default: bool | None = None
    is_wip: bool | None = None
    shotgun_id: int | None = None
    for_concept: bool | None = None


class TaskStatusPage(BaseModel):
    """
    One page of `TaskStatus` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[TaskStatus]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class TaskType(BaseModel):
    """
    A row of `task_type`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["TaskType"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    short_name: str | None
    description: str | None
    color: str | None
    priority: int | None
    for_entity: str | None
    allow_timelog: bool | None
    archived: bool | None
    shotgun_id: int | None
    department_id: UUID | None


class TaskTypeCreate(BaseModel):
    """
    A new row of `task_type`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=40)
    short_name: str | None = Field(None, max_length=20)
    description: str | None = None
    color: str | None = Field(None, max_length=7)
    priority: int | None = None
    for_entity: str | None = Field(None, max_length=30)
    allow_timelog: bool | None = None
    archived: bool | None = None
    shotgun_id: int | None = None
    department_id: UUID | None = None


class TaskTypeUpdate(BaseModel):
    """
    Changes to a row of `task_type`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=40)
    short_name: str | None = Field(None, max_length=20)
    description: str | None = None
    color: str | None = Field(None, max_length=7)
    priority: int | None = None
    for_entity: str | None = Field(None, max_length=30)
    allow_timelog: bool | None = None
    archived: bool | None = None
    shotgun_id: int | None = None
    department_id: UUID | None = None


class TaskTypePage(BaseModel):
    """
    One page of `TaskType` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[TaskType]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Task(BaseModel):
    """
    A row of `task`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Task"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    description: str | None
    priority: int | None
    difficulty: int
    duration: float | None
    estimation: float | None
    completion_rate: int | None
    retake_count: int | None
    sort_order: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    done_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    nb_assets_ready: int | None
    data: Any
    """
    Free-form JSON.
    """
    nb_drawings: int | None
    shotgun_id: int | None
    last_preview_file_id: UUID | None
    project_id: UUID | None
    task_type_id: UUID | None
    task_status_id: UUID | None
    entity_id: UUID | None
    assigner_id: UUID | None
    assignees: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class TaskCreate(BaseModel):
    """
    A new row of `task`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str | None = Field(None, max_length=80)
    description: str | None = None
    priority: int | None = None
    difficulty: int | None = None
    duration: float | None = None
    estimation: float | None = None
    completion_rate: int | None = None
    retake_count: int | None = None
    sort_order: int | None = None
    start_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    due_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    real_start_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    end_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    done_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    last_comment_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    nb_assets_ready: int | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    nb_drawings: int | None = None
    shotgun_id: int | None = None
    last_preview_file_id: UUID | None = None
    project_id: UUID | None = None
    task_type_id: UUID | None = None
    task_status_id: UUID | None = None
    entity_id: UUID | None = None
    assigner_id: UUID | None = None
    assignees: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class TaskUpdate(BaseModel):
    """
    Changes to a row of `task`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    description: str | None = None
    priority: int | None = None
    difficulty: int | None = None
    duration: float | None = None
    estimation: float | None = None
    completion_rate: int | None = None
    retake_count: int | None = None
    sort_order: int | None = None
    start_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    due_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    real_start_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    end_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    done_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    last_comment_date: str | None = None
    """
    ISO 8601 date or datetime.
    """
    nb_assets_ready: int | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    nb_drawings: int | None = None
    shotgun_id: int | None = None
    last_preview_file_id: UUID | None = None
    project_id: UUID | None = None
    task_type_id: UUID | None = None
    task_status_id: UUID | None = None
    entity_id: UUID | None = None
    assigner_id: UUID | None = None
    assignees: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class TaskPage(BaseModel):
    """
    One page of `Task` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Task]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class TimeSpent(BaseModel):
    """
    A row of `time_spent`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["TimeSpent"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    duration: float
    date: date_aliased
    task_id: UUID | None
    person_id: UUID | None


class TimeSpentCreate(BaseModel):
    """
    A new row of `time_spent`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    duration: float
    date: date_aliased
    task_id: UUID | None = None
    person_id: UUID | None = None


class TimeSpentUpdate(BaseModel):
    """
    Changes to a row of `time_spent`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    duration: float | None = None
    date: date_aliased | None = None
    task_id: UUID | None = None
    person_id: UUID | None = None


class TimeSpentPage(BaseModel):
    """
    One page of `TimeSpent` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[TimeSpent]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class WorkingFile(BaseModel):
    """
    A row of `working_file`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["WorkingFile"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    shotgun_id: int | None
    name: str | None
    description: str | None
    comment: str | None
    revision: int | None
    size: int | None
    checksum: int | None
    path: str | None
    data: Any
    """
    Free-form JSON.
    """
    task_id: UUID | None
    entity_id: UUID | None
    person_id: UUID | None
    software_id: UUID | None
    outputs: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class WorkingFileCreate(BaseModel):
    """
    A new row of `working_file`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    shotgun_id: int | None = None
    name: str | None = Field(None, max_length=250)
    description: str | None = None
    comment: str | None = None
    revision: int | None = None
    size: int | None = None
    checksum: int | None = None
    path: str | None = Field(None, max_length=400)
    data: Any | None = None
    """
    Free-form JSON.
    """
    task_id: UUID | None = None
    entity_id: UUID | None = None
    person_id: UUID | None = None
    software_id: UUID | None = None
    outputs: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class WorkingFileUpdate(BaseModel):
    """
    Changes to a row of `working_file`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    shotgun_id: int | None = None
    name: str | None = Field(None, max_length=250)
    description: str | None = None
    comment: str | None = None
    revision: int | None = None
    size: int | None = None
    checksum: int | None = None
    path: str | None = Field(None, max_length=400)
    data: Any | None = None
    """
    Free-form JSON.
    """
    task_id: UUID | None = None
    entity_id: UUID | None = None
    person_id: UUID | None = None
    software_id: UUID | None = None
    outputs: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class WorkingFilePage(BaseModel):
    """
    One page of `WorkingFile` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[WorkingFile]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ProjectTaskTypeLink(BaseModel):
    """
    A row of `project_task_type_link`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProjectTaskTypeLink"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    project_id: UUID
    task_type_id: UUID
    priority: int | None
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    is_client_visible: bool | None


class ProjectTaskStatusLink(BaseModel):
    """
    A row of `project_task_status_link`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProjectTaskStatusLink"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    project_id: UUID
    task_status_id: UUID
    priority: int | None
    roles_for_board: list[Role] | None
    is_client_allowed: bool | None


class PersonMinimal(BaseModel):
    """
    What callers below manager see of a person.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Person"]
    id: UUID
    first_name: str
    last_name: str
    full_name: str
    """
    First and last name, trimmed.
    """
    has_avatar: bool | None
    active: bool | None
    departments: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    studio_id: UUID | None
    role: Role
    desktop_login: str | None
    is_bot: bool


class PersonClient(BaseModel):
    """
    What a client sees of the people of their productions' teams.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Person"]
    id: UUID
    first_name: str
    last_name: str
    full_name: str
    """
    First and last name, trimmed.
    """
    has_avatar: bool | None
    active: bool | None
    role: Role
    is_bot: bool


class AttachmentFileSummary(BaseModel):
    """
    A short description of an attachment file.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    name: str | None
    extension: str | None
    size: int | None


class ContractType(
    RootModel[
        Literal[
            "open-ended",
            "fixed-term",
            "short-term",
            "freelance",
            "apprentice",
            "internship",
        ]
    ]
):
    root: Literal[
        "open-ended",
        "fixed-term",
        "short-term",
        "freelance",
        "apprentice",
        "internship",
    ]
    """
    Kind of contract of a person.
    """


class Position(RootModel[Literal["supervisor", "lead", "artist"]]):
    root: Literal["supervisor", "lead", "artist"]
    """
    Position of a person in a department.
    """


class Seniority(RootModel[Literal["senior", "mid", "junior"]]):
    root: Literal["senior", "mid", "junior"]
    """
    Seniority of a person.
    """


class TwoFactorMethod(RootModel[Literal["totp", "email_otp", "fido"]]):
    root: Literal["totp", "email_otp", "fido"]
    """
    A second factor.
    """


class ProductionStyle(
    RootModel[
        Literal[
            "2d",
            "2dpaper",
            "3d",
            "2d3d",
            "ar",
            "vfx",
            "stop-motion",
            "motion-design",
            "archviz",
            "commercial",
            "catalog",
            "immersive",
            "nft",
            "video-game",
            "vr",
        ]
    ]
):
    root: Literal[
        "2d",
        "2dpaper",
        "3d",
        "2d3d",
        "ar",
        "vfx",
        "stop-motion",
        "motion-design",
        "archviz",
        "commercial",
        "catalog",
        "immersive",
        "nft",
        "video-game",
        "vr",
    ]
    """
    Visual style of a production.
    """


class EntityStatus(RootModel[Literal["standby", "running", "complete", "canceled"]]):
    root: Literal["standby", "running", "complete", "canceled"]
    """
    Production status of an entity.
    """


class PreviewStatus(RootModel[Literal["processing", "ready", "broken", "missing"]]):
    root: Literal["processing", "ready", "broken", "missing"]
    """
    Processing state of a preview file.
    """


class ValidationStatus(RootModel[Literal["validated", "rejected", "neutral"]]):
    root: Literal["validated", "rejected", "neutral"]
    """
    Review verdict of a preview.
    """


class NotificationType(
    RootModel[
        Literal[
            "comment",
            "mention",
            "assignation",
            "reply",
            "reply-mention",
            "playlist-ready",
        ]
    ]
):
    root: Literal[
        "comment", "mention", "assignation", "reply", "reply-mention", "playlist-ready"
    ]
    """
    What a notification is about.
    """


class MetadataDataType(
    RootModel[
        Literal[
            "string",
            "number",
            "list",
            "taglist",
            "boolean",
            "checklist",
            "date",
            "url",
            "textarea",
            "person",
        ]
    ]
):
    root: Literal[
        "string",
        "number",
        "list",
        "taglist",
        "boolean",
        "checklist",
        "date",
        "url",
        "textarea",
        "person",
    ]
    """
    Kind of value of a custom metadata column.
    """


class StatusAutomationChange(RootModel[Literal["status", "ready_for"]]):
    root: Literal["status", "ready_for"]
    """
    What an automation sets.
    """


class AssetsAssetType(BaseModel):
    """
    An entity type that is not a shot, sequence, episode, edit, scene or concept kind.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["AssetType"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    short_name: str | None
    description: str | None
    archived: bool | None
    task_types: list[UUID] | None = None
    """
    The task types of the asset type's workflow.
    """


class AssetsTaskSummary(BaseModel):
    """
    A task as the asset page lists it. Clients get the studio fields blank.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    done_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    duration: float | None
    entity_id: UUID
    estimation: float | None
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_preview_file_id: UUID | None
    priority: int | None
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    difficulty: int | None
    task_status_id: UUID
    task_type_id: UUID
    data: Any
    """
    Free-form JSON.
    """
    is_subscribed: bool
    assignees: list[UUID]


class AssetsAssetInstanceMap(RootModel[dict[str, list[AssetInstance]]]):
    """
    Asset instances grouped by an id (as text; `None` groups instances without one).
    """

    root: dict[str, list[AssetInstance]]


class AssetsCastInEntry(BaseModel):
    """
    A shot (with `shot_id`) or an asset (with `asset_id`) whose casting holds the asset. `episode_id` is the text `None` for shots outside episodes.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    shot_id: UUID | None = None
    shot_name: str | None = None
    sequence_name: str | None = None
    episode_id: str | None = None
    episode_name: str | None = None
    asset_id: UUID | None = None
    asset_name: str | None = None
    asset_type_name: str | None = None
    preview_file_id: UUID | None
    nb_occurences: int | None


class AssetsCreateAssetRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., max_length=160, min_length=1)
    description: str | None = ""
    data: dict[str, Any] | None = {}
    is_shared: bool | None = False
    episode_id: UUID | None = None
    """
    The episode the asset is made for (`source_id`).
    """


class AssetsAssetInstanceRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_to_instantiate_id: UUID
    description: str | None = None


class AssetsCastingEntry(BaseModel):
    """
    One asset of a casting and how many times it appears.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_id: UUID
    nb_occurences: int | None = Field(1, ge=0)
    label: str | None = ""


class AssetsShareRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    is_shared: bool | None = True
    asset_ids: list[UUID] | None = None


class BreakdownCastingEntry(BaseModel):
    """
    An asset cast in an entity.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    asset_id: UUID
    asset_name: str
    asset_type_name: str
    ready_for: UUID | None
    episode_id: UUID | None
    preview_file_id: UUID | None
    nb_occurences: int | None
    label: str | None
    is_shared: bool
    project_id: UUID


class BreakdownCastingMapEntry(BaseModel):
    """
    An asset cast in the entity of the key (`sequence_name` for shots).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    asset_id: UUID
    name: str
    asset_name: str
    asset_type_name: str
    preview_file_id: UUID | None
    nb_occurences: int | None
    label: str | None
    is_shared: bool | None = None
    project_id: UUID | None = None
    sequence_name: str | None = None


class BreakdownCastingMap(RootModel[dict[str, list[BreakdownCastingMapEntry]]]):
    """
    Castings keyed by the id of the entity holding them.
    """

    root: dict[str, list[BreakdownCastingMapEntry]]


class BreakdownCastingUpdateItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_id: UUID | None = None
    nb_occurences: int | None = None
    label: str | None = None


class BreakdownCastingUpdate(RootModel[list[BreakdownCastingUpdateItem]]):
    """
    The whole new casting. Entries without `asset_id` and `nb_occurences` are ignored; unknown assets are skipped.
    """

    root: list[BreakdownCastingUpdateItem]
    """
    The whole new casting. Entries without `asset_id` and `nb_occurences` are ignored; unknown assets are skipped.
    """


class BreakdownEntitiesCastingRequest(RootModel[dict[str, BreakdownCastingUpdate]]):
    """
    New castings keyed by entity id.
    """

    root: dict[str, BreakdownCastingUpdate]


class BreakdownCastAssetRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    entity_ids: list[UUID] = Field(..., min_length=1)
    nb_occurences: int | None = Field(None, ge=0)
    """
    0 removes the asset; missing keeps the current count (1 on a new link).
    """
    label: str | None = None
    """
    Missing keeps the current label.
    """


class BreakdownEntityLinkRow(BaseModel):
    """
    An entity link as listed for synchronisation (`created_at` to the microsecond).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    entity_in_id: UUID
    entity_out_id: UUID
    nb_occurences: int | None
    label: str | None
    data: Any
    """
    Free-form JSON.
    """
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"
    )
    type: Literal["EntityLink"]


class BreakdownEntityLinkPage(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[EntityLink]
    total: int
    nb_pages: int
    limit: int
    offset: int
    page: int


class BreakdownEntityLinkCursorRow(BaseModel):
    """
    An entity link with its dates to the microsecond.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["EntityLink"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"
    )
    entity_in_id: UUID
    entity_out_id: UUID
    data: Any
    """
    Free-form JSON.
    """
    nb_occurences: int | None
    label: str | None


class BreakdownEntityLinkCursor(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[BreakdownEntityLinkCursorRow]
    total: int
    limit: int


class BreakdownShotAssetInstanceRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_instance_id: UUID


class BreakdownSceneAssetInstanceRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_id: UUID
    description: str | None = None


class ConceptsConcept(BaseModel):
    """
    A concept with the name of its production.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Concept"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str


class ConceptsTaskSummary(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    duration: float | None
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    entity_id: UUID
    estimation: float | None
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    nb_assets_ready: int | None
    priority: int | None
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_status_id: UUID
    task_type_id: UUID
    data: Any
    """
    Free-form JSON.
    """
    is_subscribed: bool
    assignees: list[UUID]


class ConceptsConceptFolder(BaseModel):
    """
    A folder sorting the concepts of a production.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ConceptFolder"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class ConceptsPreviewFile(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    revision: int | None
    original_name: str | None
    extension: str | None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    status: str
    annotations: Any | None = None
    """
    Free-form JSON.
    """
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_id: UUID
    task_type_id: UUID | None = None
    position: int | None = None
    original_width: Any | None = None
    """
    Free-form JSON.
    """
    original_height: Any | None = None
    """
    Free-form JSON.
    """
    original_duration: Any | None = None
    """
    Free-form JSON.
    """
    original_file_size: Any | None = None
    """
    Free-form JSON.
    """
    previews: list[ConceptsPreviewFile] | None = None


class ConceptsCreateConceptRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., max_length=160, min_length=1)
    data: dict[str, Any] | None = None
    description: str | None = None
    entity_concept_links: list[str | dict[str, Any]] | None = []
    """
    Entities the concept is about, as ids or objects with an `id`.
    """
    parent_id: UUID | None = None
    """
    The concept folder to create it in.
    """


class ConceptsFolderRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., max_length=160, min_length=1)


class ConceptsMoveRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    concept_ids: list[UUID]
    concept_folder_id: UUID | None = None
    """
    The folder; missing or null: the production's root.
    """


class EditsEditNamed(BaseModel):
    """
    An edit row with its project name.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Edit"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str


class EditsNewEdit(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    description: str | None = ""
    data: dict[str, Any] | None = None
    episode_id: UUID | None = None
    parent_id: UUID | None = None
    """
    Read as `episode_id` when that is absent (what gazu sends).
    """


class EntitiesNewsAuthor(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    first_name: str | None
    last_name: str | None
    full_name: str
    has_avatar: bool | None
    role: str


class EntitiesNews(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    type: Literal["News"]
    author_id: UUID
    comment_id: UUID | None
    task_id: UUID
    task_type_id: UUID
    task_status_id: UUID | None
    task_entity_id: UUID
    preview_file_id: UUID | None
    preview_file_extension: str | None
    preview_file_revision: int | None
    project_id: UUID
    project_name: str
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    change: bool
    full_entity_name: str
    episode_id: UUID | None
    entity_preview_file_id: UUID | None
    person: EntitiesNewsAuthor | None


class EntitiesNewsPage(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[EntitiesNews]
    total: int
    nb_pages: int
    limit: int
    offset: int
    page: int


class EntitiesPreviewFile(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    name: str | None
    original_name: str | None
    extension: str | None
    revision: int | None
    position: int | None
    file_size: int | None
    status: str
    validation_status: str
    task_id: UUID | None
    person_id: UUID | None
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    token_in: int | None
    token_out: int | None


class EntitiesDetailedTask(BaseModel):
    """
    A task row with its project, type, status and entity names (`assignees` with `relations=true`). For clients the studio fields are blank (`difficulty` null...).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: Literal["Task"]
    id: UUID
    name: str
    project_id: UUID
    task_type_id: UUID
    task_status_id: UUID
    entity_id: UUID
    difficulty: int | None = None
    created_at: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    due_date: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    start_date: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    end_date: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    project_name: str
    task_type_name: str
    task_status_name: str
    entity_type_name: str
    entity_name: str
    assignees: list[UUID] | None = None


class EntitiesCreatedTask(BaseModel):
    """
    A new task row with its assignees (none), status and type names and colours.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: Literal["Task"]
    id: UUID
    name: str
    entity_id: UUID
    project_id: UUID
    task_type_id: UUID
    task_status_id: UUID
    assigner_id: UUID | None = None
    assignees: list[UUID]
    created_at: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_status_name: str
    task_status_short_name: str
    task_status_color: str
    task_type_name: str
    task_type_color: str | None
    task_type_priority: int | None


class EntitiesCreateTasksRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_type_ids: list[str] | None = []


class EntitiesIdList(RootModel[list[str]]):
    """
    Entity ids.
    """

    root: list[str]
    """
    Entity ids.
    """


class ProjectTemplatesTaskTypeRequest(BaseModel):
    """
    Link a task type to the template (or change its link).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_type_id: str = Field(..., min_length=1)
    """
    Id of the task type.
    """
    priority: int | None = None
    hd_bitrate_compression: int | None = Field(None, ge=1)
    """
    High definition movie bitrate (Mbit/s) for this task type.
    """
    ld_bitrate_compression: int | None = Field(None, ge=1)
    """
    Low definition movie bitrate (Mbit/s) for this task type.
    """
    is_client_visible: bool | None = None
    """
    Whether clients see the task type (null leaves the link's value).
    """


class ProjectTemplatesTaskStatusRequest(BaseModel):
    """
    Link a task status to the template (or change its link).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_status_id: str = Field(..., min_length=1)
    """
    Id of the task status.
    """
    priority: int | None = None
    roles_for_board: list[str] | None = None
    """
    Roles seeing the status on boards.
    """
    is_client_allowed: bool | None = None
    """
    Whether clients may use the status; null means the studio's value. Left as is when not sent.
    """


class ProjectTemplatesAssetTypeRequest(BaseModel):
    """
    Link an asset type.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_type_id: str = Field(..., min_length=1)
    """
    Id of the asset type.
    """


class ProjectTemplatesStatusAutomationRequest(BaseModel):
    """
    Link a status automation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    status_automation_id: str = Field(..., min_length=1)
    """
    Id of the status automation.
    """


class ProjectTemplatesBackgroundRequest(BaseModel):
    """
    Link a preview background file.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    preview_background_file_id: str = Field(..., min_length=1)
    """
    Id of the preview background file.
    """


class ProjectTemplatesTaskTypeOrder(BaseModel):
    """
    Task type ids in their new order.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_type_ids: list[str]


class ProjectTemplatesTaskStatusOrder(BaseModel):
    """
    Task status ids in their new order.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_status_ids: list[str]


class ProjectTemplatesMetadataDescriptors1(BaseModel):
    """
    The descriptor snapshot: `{metadata_descriptors: [...]}` or a bare array.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    metadata_descriptors: list[Any] | None = None


class ProjectTemplatesMetadataDescriptors(
    RootModel[ProjectTemplatesMetadataDescriptors1 | list[Any]]
):
    root: ProjectTemplatesMetadataDescriptors1 | list[Any]
    """
    The descriptor snapshot: `{metadata_descriptors: [...]}` or a bare array.
    """


class ProjectTemplatesDefaultBackground(BaseModel):
    """
    The template's default background (one of its backgrounds, or null).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    default_preview_background_file_id: str | None = None


class ProjectTemplatesFromProject(BaseModel):
    """
    Name (unique) and description of the new template.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    description: str | None = None


class ProjectTemplatesTaskType(BaseModel):
    """
    A task type of a template, with its link's priority and bitrates.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["TaskType"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    short_name: str | None
    description: str | None
    color: str | None
    priority: int | None
    for_entity: str | None
    allow_timelog: bool | None
    archived: bool | None
    shotgun_id: int | None
    department_id: UUID | None
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    is_client_visible: bool | None


class ProjectTemplatesTaskStatus(BaseModel):
    """
    A task status of a template, with its link's priority and board roles.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["TaskStatus"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    archived: bool | None
    short_name: str
    description: str | None
    color: str
    priority: int | None
    is_done: bool | None
    is_artist_allowed: bool | None
    is_client_allowed: bool | None
    is_retake: bool | None
    is_feedback_request: bool | None
    is_default: bool | None
    is_wip: bool | None
    shotgun_id: int | None
    for_concept: bool | None
    roles_for_board: list[str]
    link_is_client_allowed: bool | None


class ProjectTemplatesTaskTypeLink(BaseModel):
    """
    A template's task type link.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProjectTemplateTaskTypeLink"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_type_id: UUID
    priority: int | None
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    project_template_id: UUID
    is_client_visible: bool | None


class ProjectTemplatesTaskStatusLink(BaseModel):
    """
    A template's task status link.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProjectTemplateTaskStatusLink"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_status_id: UUID
    priority: int | None
    roles_for_board: list[Role] | None
    project_template_id: UUID
    is_client_allowed: bool | None


class ProjectTemplatesNamedRow(BaseModel):
    """
    An asset type of a template.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    name: str


class ProjectTemplatesBackground(BaseModel):
    """
    A preview background of a template.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    name: str
    is_default: bool


class ProjectsTaskStatusClientAllowedRequest(BaseModel):
    """
    Whether the production's clients may set the status; null reverts to the studio value.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    is_client_allowed: bool | None


class ProjectsTaskTypeSoftwareRequest(BaseModel):
    """
    The software to set for the task type.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    software_id: str = Field(..., min_length=1)


class ProjectsTaskTypeSoftware(BaseModel):
    """
    A software set for a task type of a production.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    project_id: UUID
    task_type_id: UUID
    software_id: UUID


class ProjectsPreviewAccountOpenRequest(BaseModel):
    """
    Open (true) or close (false) the access window.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    is_open: bool


class ProjectsPreviewAccount(BaseModel):
    """
    A production's preview account.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    email: str
    full_name: str
    preview_open_until: str | None
    """
    End of the access window (ISO 8601), null when closed.
    """


class ProjectsPreviewAccountWithPassword(BaseModel):
    """
    A production's preview account and its clear password (shown once).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    email: str
    full_name: str
    preview_open_until: str | None
    password: str


class ProjectsTeamRole(
    RootModel[Literal["user", "supervisor", "manager", "client", "vendor"]]
):
    root: Literal["user", "supervisor", "manager", "client", "vendor"]
    """
    A role held on one production (`admin` stays a global role).
    """


class ProjectsTeamMemberRequest(BaseModel):
    """
    Put a person in the team, optionally with a role on this production only.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    person_id: str = Field(..., min_length=1)
    """
    Id of the person.
    """
    role: ProjectsTeamRole | None = None


class ProjectsTeamRoleRequest(BaseModel):
    """
    The member's role on this production; null restores their global role.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    role: ProjectsTeamRole | None = None


class ProjectsTeamRoleResult(BaseModel):
    """
    The team link after a role change.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    project_id: UUID
    person_id: UUID
    role: ProjectsTeamRole | None


class ProjectsTeamMemberFull(BaseModel):
    """
    A team member as production managers see them: the person without secrets, with departments.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Person"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    country: str | None
    contract_type: ContractType
    active: bool | None
    archived: bool | None
    last_presence: date_aliased | None
    desktop_login: str | None
    totp_enabled: bool | None
    email_otp_enabled: bool | None
    fido_enabled: bool | None
    preferred_two_factor_authentication: TwoFactorMethod | None
    shotgun_id: int | None
    timezone: str | None
    locale: str | None
    use_12_hour_clock: bool | None
    display_date_format: str | None
    data: Any
    """
    Free-form JSON.
    """
    role: Role
    position: Position | None
    seniority: Seniority | None
    daily_salary: int | None
    has_avatar: bool | None
    notifications_enabled: bool | None
    notifications_slack_enabled: bool | None
    notifications_slack_userid: str | None
    notifications_mattermost_enabled: bool | None
    notifications_mattermost_userid: str | None
    notifications_discord_enabled: bool | None
    notifications_discord_userid: str | None
    is_bot: bool
    is_guest: bool
    preview_project_id: UUID | None
    preview_opened_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    preview_open_until: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    expiration_date: date_aliased | None
    is_generated_from_ldap: bool | None
    ldap_uid: str | None
    studio_id: UUID | None
    departments: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    full_name: str
    """
    First and last name, trimmed.
    """
    access_token: str | None = None
    """
    An API token, returned once: on the creation of a bot, and when an update sets `expiration_date`.
    """
    fido_devices: list[str] | None = None
    """
    Names of the registered security keys (`/auth/authenticated` only).
    """
    project_role: ProjectsTeamRole | None
    """
    The member's role on this production (null: their global role applies).
    """


class ProjectsTeamMemberMinimal(BaseModel):
    """
    A team member as artists, supervisors and vendors see them.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Person"]
    id: UUID
    first_name: str
    last_name: str
    full_name: str
    """
    First and last name, trimmed.
    """
    has_avatar: bool | None
    active: bool | None
    departments: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    studio_id: UUID | None
    role: Role
    desktop_login: str | None
    is_bot: bool
    project_role: ProjectsTeamRole | None
    """
    The member's role on this production (null: their global role applies).
    """


class ProjectsTeamMemberClient(BaseModel):
    """
    A team member as clients see them: a name and an avatar.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Person"]
    id: UUID
    first_name: str
    last_name: str
    full_name: str
    """
    First and last name, trimmed.
    """
    has_avatar: bool | None
    active: bool | None
    role: Role
    is_bot: bool
    project_role: ProjectsTeamRole | None
    """
    The member's role on this production (null: their global role applies).
    """


class ProjectsTeamMember(
    RootModel[
        ProjectsTeamMemberFull | ProjectsTeamMemberMinimal | ProjectsTeamMemberClient
    ]
):
    root: ProjectsTeamMemberFull | ProjectsTeamMemberMinimal | ProjectsTeamMemberClient
    """
    A member of a production team, shaped for the caller's role on the production.
    """


class ProjectsDescriptorSummary(BaseModel):
    """
    A metadata descriptor as project listings embed it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    name: str
    field_name: str
    data_type: MetadataDataType | None
    choices: Any
    """
    Free-form JSON (usually a list of strings).
    """
    for_client: bool
    entity_type: str
    task_type_id: UUID | None
    position: int | None
    departments: list[UUID]


class ProjectsTaskTypeLinkSummary(BaseModel):
    """
    A task type's settings in a production.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    priority: int | None
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    is_client_visible: bool | None


class ProjectsTaskStatusLinkSummary(BaseModel):
    """
    A task status's settings in a production.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    priority: int | None
    roles_for_board: list[Role] | None
    is_client_allowed: bool | None
    """
    null: the studio value applies.
    """


class ProjectsOpenProject(BaseModel):
    """
    An open production with what Kitsu needs to render it: relation id lists, the metadata descriptors the caller may see, and its task type and task status settings.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Project"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    file_tree: Any
    """
    Free-form JSON.
    """
    data: Any
    """
    Free-form JSON.
    """
    has_avatar: bool | None
    fps: str | None
    ratio: str | None
    resolution: str | None
    production_type: str | None
    production_style: ProductionStyle
    start_date: date_aliased | None
    end_date: date_aliased | None
    man_days: int | None
    nb_episodes: int | None
    episode_span: int | None
    max_retakes: int | None
    is_clients_isolated: bool | None
    is_client_stats_visible: bool | None
    is_client_task_list_visible: bool | None
    is_client_task_panel_visible: bool | None
    is_preview_download_allowed: bool | None
    is_set_preview_automated: bool | None
    homepage: str | None
    is_publish_default_for_artists: bool | None
    is_bot_collaboration_enabled: bool | None
    is_single_preview_per_revision: bool | None
    is_frame_in_numbering: bool | None
    revision_padding: int
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    project_status_id: UUID | None
    default_preview_background_file_id: UUID | None
    from_schedule_version_id: UUID | None
    team: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    asset_types: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    task_statuses: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    task_types: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    status_automations: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    preview_background_files: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    first_episode_id: UUID | None = None
    """
    TV shows: the episode the production opens on.
    """
    descriptors: list[ProjectsDescriptorSummary]
    task_types_priority: dict[str, int | None]
    """
    Task type id -> its priority in the production.
    """
    task_statuses_link: dict[str, ProjectsTaskStatusLinkSummary]
    """
    Task status id -> its settings in the production.
    """
    task_type_links: dict[str, ProjectsTaskTypeLinkSummary]
    """
    Task type id -> its settings in the production.
    """


class ProjectsListedProject(BaseModel):
    """
    A production of the full listing. Administrators also get its status name and its Project-level metadata descriptors.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Project"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    file_tree: Any
    """
    Free-form JSON.
    """
    data: Any
    """
    Free-form JSON.
    """
    has_avatar: bool | None
    fps: str | None
    ratio: str | None
    resolution: str | None
    production_type: str | None
    production_style: ProductionStyle
    start_date: date_aliased | None
    end_date: date_aliased | None
    man_days: int | None
    nb_episodes: int | None
    episode_span: int | None
    max_retakes: int | None
    is_clients_isolated: bool | None
    is_client_stats_visible: bool | None
    is_client_task_list_visible: bool | None
    is_client_task_panel_visible: bool | None
    is_preview_download_allowed: bool | None
    is_set_preview_automated: bool | None
    homepage: str | None
    is_publish_default_for_artists: bool | None
    is_bot_collaboration_enabled: bool | None
    is_single_preview_per_revision: bool | None
    is_frame_in_numbering: bool | None
    revision_padding: int
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    project_status_id: UUID | None
    default_preview_background_file_id: UUID | None
    from_schedule_version_id: UUID | None
    project_status_name: str | None = None
    descriptors: list[ProjectsDescriptorSummary] | None = None


class ProjectsAssetTypeRequest(BaseModel):
    """
    Link an asset type.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    asset_type_id: str = Field(..., min_length=1)
    """
    Id of the asset type.
    """


class ProjectsTaskTypeRequest(BaseModel):
    """
    Link a task type (or change its bitrates).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_type_id: str = Field(..., min_length=1)
    """
    Id of the task type.
    """
    priority: int | None = None
    hd_bitrate_compression: int | None = Field(None, ge=1)
    """
    High definition movie bitrate (Mbit/s) for this task type.
    """
    ld_bitrate_compression: int | None = Field(None, ge=1)
    """
    Low definition movie bitrate (Mbit/s) for this task type.
    """
    is_client_visible: bool | None = None
    """
    Accepted; not stored yet (every task type stays visible to clients).
    """


class ProjectsTaskStatusRequest(BaseModel):
    """
    Link a task status.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_status_id: str = Field(..., min_length=1)
    """
    Id of the task status.
    """


class ProjectsStatusAutomationRequest(BaseModel):
    """
    Link a status automation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    status_automation_id: str = Field(..., min_length=1)
    """
    Id of the status automation.
    """


class ProjectsPreviewBackgroundRequest(BaseModel):
    """
    Link a preview background file.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    preview_background_file_id: str = Field(..., min_length=1)
    """
    Id of the preview background file.
    """


class ProjectsSettingsBatchRequest(BaseModel):
    """
    Several settings at once (Kitsu's new-production wizard). Unknown ids are skipped.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_types: list[ProjectsTaskTypeRequest] | None = Field([], validate_default=True)
    task_status_ids: list[str] | None = []
    asset_type_ids: list[str] | None = []
    replace_task_types: bool | None = False
    """
    `task_types` is the whole wanted set: other task types are unlinked.
    """


class ProjectsMetadataDescriptorRequest(BaseModel):
    """
    A new custom column. Its `field_name` is the slug of its name.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    entity_type: str | None = "Asset"
    """
    Asset, Shot, Edit, Episode, Sequence, Project or Task.
    """
    task_type_id: str | None = None
    """
    Required for Task descriptors, refused for the others.
    """
    name: str = Field(..., min_length=1)
    for_client: bool | None = False
    data_type: str | None = Field("string", min_length=1)
    """
    One of string, number, list, taglist, boolean, checklist, date, url, textarea, person.
    """
    choices: list[str] | None = []
    departments: list[str] | None = []
    """
    Ids of the departments the column belongs to.
    """


class ProjectsMetadataDescriptorUpdate(BaseModel):
    """
    Changes to a custom column: only the fields sent change. A new name renames the field and moves the stored values.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    for_client: bool | None = False
    data_type: str | None = Field("string", min_length=1)
    """
    One of string, number, list, taglist, boolean, checklist, date, url, textarea, person.
    """
    choices: list[str] | None = []
    departments: list[str] | None = []
    """
    Ids of the departments the column belongs to.
    """


class ProjectsAllProjectsDescriptorUpdate(BaseModel):
    """
    Changes to the custom column of that field name on every production the caller manages.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    entity_type: str = Field(..., min_length=1)
    name: str | None = None
    for_client: bool | None = False
    data_type: str | None = Field("string", min_length=1)
    """
    One of string, number, list, taglist, boolean, checklist, date, url, textarea, person.
    """
    choices: list[str] | None = []
    departments: list[str] | None = []
    """
    Ids of the departments the column belongs to.
    """


class ProjectsMetadataDescriptorOrder(BaseModel):
    """
    The descriptors of an entity type in their new order.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    entity_type: str = Field(..., min_length=1)
    descriptor_ids: list[str] = Field(..., min_length=1)


class ProjectsAllProjectsDescriptorOrder(BaseModel):
    """
    The field names of an entity type in their new order.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    entity_type: str = Field(..., min_length=1)
    field_order: list[str] = Field(..., min_length=1)


class ProjectsScheduleItem(BaseModel):
    """
    A schedule item as the schedule views read it (`name`: the asset type, episode, sequence or edit it plans).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    start_date: date_aliased | None
    end_date: date_aliased | None
    man_days: int | None
    project_id: UUID | None
    task_type_id: UUID | None
    object_id: UUID | None
    name: str | None = None


class ProjectsMilestone(BaseModel):
    """
    A milestone as the schedule reads it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    date: date_aliased | None
    name: str
    project_id: UUID | None
    task_type_id: UUID | None


class ProjectsScheduleVersionCopy(BaseModel):
    """
    The version to copy the task links from.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    production_schedule_version_id: str = Field(..., min_length=1)
    """
    Id of a version of the same production.
    """


class ProjectsTaskLinksSummary(BaseModel):
    """
    How many task links were written.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    success: Literal[True]
    task_link_count: int


class ProjectsApplySummary(BaseModel):
    """
    How many tasks got the version's dates.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    success: Literal[True]
    task_count: int


class ProjectsBudgetRequest(BaseModel):
    """
    A new budget (its revision follows the last one).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    currency: str | None = "USD"
    """
    Three letters.
    """


class ProjectsBudgetUpdate(BaseModel):
    """
    Changes to a budget (null or absent keeps the value).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    currency: str | None = None


class ProjectsBudgetSummary(BaseModel):
    """
    A budget as the budget list shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    project_id: UUID | None
    revision: int
    name: str
    currency: str | None


class ProjectsBudgetEntryRequest(BaseModel):
    """
    A salary line. `start_date`, `months_duration` and `daily_salary` are needed.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    department_id: str = Field(..., min_length=1)
    person_id: str | None = None
    start_date: str | None = None
    """
    YYYY-MM-DD.
    """
    months_duration: int | None = None
    daily_salary: float | None = None
    position: str | None = None
    seniority: str | None = None


class ProjectsBudgetEntryUpdate(BaseModel):
    """
    Changes to a salary line: only the fields sent change.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    department_id: str | None = None
    person_id: str | None = None
    start_date: str | None = None
    """
    YYYY-MM-DD.
    """
    months_duration: int | None = None
    daily_salary: float | None = None
    position: str | None = None
    seniority: str | None = None
    exceptions: dict[str, Any] | None = {}
    """
    Month (YYYY-MM) -> days off the line; zero drops the month.
    """


class ProjectsBudgetEntrySummary(BaseModel):
    """
    A salary line as the budget view lists it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    budget_id: UUID
    department_id: UUID
    person_id: UUID | None
    start_date: date_aliased
    months_duration: int
    daily_salary: float
    position: Position | None
    seniority: Seniority | None
    exceptions: Any
    """
    Free-form JSON.
    """


class ProjectsDayOff(BaseModel):
    """
    A day off of a team member (`description` only for managers and its owner).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["DayOff"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    date: date_aliased
    end_date: date_aliased
    description: str | None = None
    person_id: UUID | None


class ProjectsDayOffsByPerson(RootModel[dict[str, list[ProjectsDayOff]]]):
    """
    Person id -> their days off.
    """

    root: dict[str, list[ProjectsDayOff]]


class ProjectsTimeSpentsByPerson(RootModel[dict[str, list[TimeSpent]]]):
    """
    Person id -> their time spents, newest first.
    """

    root: dict[str, list[TimeSpent]]


class ProjectsMonthTimeSpents1(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, dict[str, float]],
    }
    total: float


class ProjectsMonthTimeSpents(RootModel[dict[str, ProjectsMonthTimeSpents1]]):
    """
    Department id -> {`total`, person id -> {`total`, `YYYY-MM` -> minutes}}.
    """

    root: dict[str, ProjectsMonthTimeSpents1]


class ShotsEntityNamed(BaseModel):
    """
    A shot or scene row with its project and sequence names.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Shot", "Scene"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str
    sequence_name: str


class ShotsFullSequence(BaseModel):
    """
    A sequence with its project (and episode) names.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Sequence"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str
    episode_id: UUID | None = None
    episode_name: str | None = None


class ShotsFullEpisode(BaseModel):
    """
    An episode with its project name.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Episode"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str


class ShotsFullScene(BaseModel):
    """
    A scene with its project, sequence (and episode) names.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Scene"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str
    sequence_id: UUID | None = None
    sequence_name: str | None = None
    episode_id: UUID | None = None
    episode_name: str | None = None


class ShotsTask(BaseModel):
    """
    A task row with the names of its project, task type, task status, entity type and entity (`assignees` with `relations=true`).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Task"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    description: str | None
    priority: int | None
    difficulty: int
    duration: float | None
    estimation: float | None
    completion_rate: int | None
    retake_count: int | None
    sort_order: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    done_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    nb_assets_ready: int | None
    data: Any
    """
    Free-form JSON.
    """
    nb_drawings: int | None
    shotgun_id: int | None
    last_preview_file_id: UUID | None
    project_id: UUID | None
    task_type_id: UUID | None
    task_status_id: UUID | None
    entity_id: UUID | None
    assigner_id: UUID | None
    assignees: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str
    task_type_name: str
    task_status_name: str
    entity_type_name: str
    entity_name: str


class ShotsVersion(BaseModel):
    """
    A former name and frame range of a shot or an edit (`entity_version` row).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    data: Any
    """
    Free-form JSON.
    """
    entity_id: UUID | None
    person_id: UUID | None
    type: Literal["ShotVersion", "EditVersion"]


class ShotsPreviewRevision(BaseModel):
    """
    Another file of the same revision.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    revision: int | None
    position: int | None
    original_name: str | None
    extension: str | None
    status: str | None
    annotations: Any
    """
    Free-form JSON.
    """
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_id: UUID
    task_type_id: UUID


class ShotsPreviewFile(BaseModel):
    """
    One revision of a task's previews; the other files of the revision in `previews`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    revision: int | None
    original_name: str | None
    extension: str | None
    status: str | None
    annotations: Any
    """
    Free-form JSON.
    """
    previews: list[ShotsPreviewRevision]
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_id: UUID


class ShotsPreviewFiles(RootModel[dict[str, list[ShotsPreviewFile]]]):
    """
    Previews by task type id.
    """

    root: dict[str, list[ShotsPreviewFile]]


class ShotsStatusCount(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: str | None
    color: str | None
    count: int
    frames: int


class ShotsEpisodeStats(RootModel[dict[str, dict[str, dict[str, ShotsStatusCount]]]]):
    """
    Counts by episode id (or `all`), task type id (or `all`) and task status id.
    """

    root: dict[str, dict[str, dict[str, ShotsStatusCount]]]


class ShotsRetakeBucket(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    count: int
    frames: int


class ShotsRetakeTake(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    done: ShotsRetakeBucket
    retake: ShotsRetakeBucket
    other: ShotsRetakeBucket


class ShotsRetakeEntry(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    max_retake_count: int
    evolution: dict[str, ShotsRetakeTake]
    done: ShotsRetakeBucket
    retake: ShotsRetakeBucket
    other: ShotsRetakeBucket


class ShotsRetakeStats(RootModel[dict[str, dict[str, ShotsRetakeEntry]]]):
    """
    Retake statistics by episode id (or `all`) and task type id (or `all`).
    """

    root: dict[str, dict[str, ShotsRetakeEntry]]


class ShotsQuota(BaseModel):
    """
    Frames, seconds, drawings and shot counts per period key (`entries`: buckets opened per enclosing period).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    day: dict[str, dict[str, float]]
    week: dict[str, dict[str, float]]
    month: dict[str, dict[str, float]]
    year: dict[str, dict[str, float]]


class ShotsQuotas(RootModel[dict[str, ShotsQuota]]):
    """
    Quotas by person id (or task type id for one person's quotas), plus `total`.
    """

    root: dict[str, ShotsQuota]


class ShotsFrameCount(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    nb_frames: int


class ShotsNewShot(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    sequence_id: UUID | None = None
    data: dict[str, Any] | None = None
    nb_frames: int | None = None
    description: str | None = None


class ShotsNewSequence(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    episode_id: UUID | None = None
    description: str | None = ""
    data: dict[str, Any] | None = {}


class ShotsNewEpisode(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    status: str | None = "running"
    description: str | None = ""
    data: dict[str, Any] | None = {}


class ShotsNewScene(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    sequence_id: UUID | None = None


class ShotsUpdateShot(BaseModel):
    """
    Typed columns are checked; any other column of the entity passes; read-only and relation keys are ignored.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = Field(None, min_length=1)
    description: str | None = None
    nb_frames: int | None = None
    data: dict[str, Any] | None = None
    parent_id: UUID | None = None
    canceled: bool | None = None


class ShotsAddShotToScene(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    shot_id: UUID


class WithTasksAssetTask(BaseModel):
    """
    A task of a with-tasks asset row.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    done_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    duration: float | None
    entity_id: UUID
    estimation: float | None
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    is_subscribed: bool
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_preview_file_id: str
    priority: int
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    difficulty: int
    task_status_id: UUID | None
    task_type_id: UUID | None
    assignees: list[UUID]
    data: Any
    """
    Free-form JSON.
    """


class WithTasksShotTask(BaseModel):
    """
    A task of a with-tasks shot row.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    duration: float | None
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    done_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    entity_id: UUID
    estimation: float | None
    is_subscribed: bool
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_preview_file_id: UUID | None
    nb_assets_ready: int | None
    priority: int
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    difficulty: int
    nb_drawings: int | None
    task_status_id: UUID | None
    task_type_id: UUID | None
    assignees: list[UUID]
    data: Any
    """
    Free-form JSON.
    """


class WithTasksPlainTask(BaseModel):
    """
    A task of a sequence, episode or scene row.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    estimation: float | None
    entity_id: UUID
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    done_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    duration: float | None
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_preview_file_id: UUID | None
    priority: int
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    difficulty: int
    task_status_id: UUID | None
    task_type_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    is_subscribed: bool
    assignees: list[UUID]


class WithTasksEditTask(BaseModel):
    """
    A task of a with-tasks edit row.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    duration: float | None
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    entity_id: UUID
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    estimation: float | None
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    last_preview_file_id: UUID | None
    nb_assets_ready: int | None
    priority: int
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_status_id: UUID | None
    task_type_id: UUID | None
    is_subscribed: bool
    assignees: list[UUID]


class WithTasksConceptTask(BaseModel):
    """
    A task of a with-tasks concept row.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    duration: float | None
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    entity_id: UUID
    estimation: float | None
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    nb_assets_ready: int | None
    priority: int
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_status_id: UUID | None
    task_type_id: UUID | None
    is_subscribed: bool
    assignees: list[UUID]


class WithTasksLinkedTask(BaseModel):
    """
    A task of a linked entity.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    duration: float | None
    due_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    end_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    entity_id: UUID
    estimation: float | None
    last_comment_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    nb_assets_ready: int | None
    priority: int
    real_start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    retake_count: int | None
    start_date: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    task_status_id: UUID | None
    task_type_id: UUID | None
    assigner_id: UUID | None
    assignees: list[UUID]


class WithTasksAssetRow(BaseModel):
    """
    An asset with its tasks (Zou's `get_assets_and_tasks`). `ready_for` is `"None"` when unset, as Zou writes it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    name: str
    preview_file_id: str
    description: str | None
    asset_type_name: str
    asset_type_id: UUID
    canceled: bool | None
    ready_for: str
    episode_id: str
    casting_episode_ids: list[UUID]
    is_casting_standby: bool | None
    is_shared: bool
    data: Any
    """
    Free-form JSON.
    """
    tasks: list[WithTasksAssetTask]


class WithTasksShotRow(BaseModel):
    """
    A shot with its tasks (Zou's `get_shots_and_tasks`).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    canceled: bool | None
    data: Any
    """
    Free-form JSON.
    """
    description: str | None
    entity_type_id: UUID
    episode_id: UUID | None
    episode_name: str
    fps: Any
    """
    Free-form JSON.
    """
    frame_in: Any
    """
    Free-form JSON.
    """
    frame_out: Any
    """
    Free-form JSON.
    """
    id: UUID
    name: str
    nb_frames: int | None
    parent_id: UUID | None
    preview_file_id: UUID | None
    project_id: UUID
    project_name: str
    sequence_id: UUID
    sequence_name: str
    source_id: UUID | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    type: Literal["Shot"]
    tasks: list[WithTasksShotTask]


class WithTasksPlainRow(BaseModel):
    """
    A sequence, episode or scene with its tasks. `episode_id` is the parent id as text, `"None"` without parent (as Zou writes it).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: UUID
    name: str
    status: EntityStatus
    episode_id: str
    description: str | None
    frame_in: Any
    """
    Free-form JSON.
    """
    frame_out: Any
    """
    Free-form JSON.
    """
    fps: Any
    """
    Free-form JSON.
    """
    preview_file_id: str
    canceled: bool | None
    data: Any
    """
    Free-form JSON.
    """
    tasks: list[WithTasksPlainTask]


class WithTasksEditRow(BaseModel):
    """
    An edit with its tasks.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    canceled: bool | None
    data: Any
    """
    Free-form JSON.
    """
    description: str | None
    entity_type_id: UUID
    episode_id: UUID | None
    episode_name: str
    id: UUID
    name: str
    parent_id: UUID | None
    preview_file_id: UUID | None
    project_id: UUID
    project_name: str
    source_id: UUID | None
    nb_entities_out: int | None
    tasks: list[WithTasksEditTask]
    type: Literal["Edit"]


class WithTasksConceptRow(BaseModel):
    """
    A concept with its tasks and linked entities.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    canceled: bool | None
    data: Any
    """
    Free-form JSON.
    """
    description: str | None
    entity_type_id: UUID
    fps: Any
    """
    Free-form JSON.
    """
    frame_in: Any
    """
    Free-form JSON.
    """
    frame_out: Any
    """
    Free-form JSON.
    """
    id: UUID
    name: str
    nb_frames: int | None
    parent_id: UUID | None
    preview_file_id: UUID | None
    preview_file_status: str | None
    project_id: UUID
    project_name: str
    source_id: UUID | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    tasks: list[WithTasksConceptTask]
    entity_concept_links: list[UUID]
    type: Literal["Concept"]
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    created_by: UUID | None


class WithTasksLinkedRow(BaseModel):
    """
    An entity a concept is linked to, with its tasks.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    canceled: bool | None
    data: Any
    """
    Free-form JSON.
    """
    description: str | None
    entity_type_id: UUID
    fps: Any
    """
    Free-form JSON.
    """
    frame_in: Any
    """
    Free-form JSON.
    """
    frame_out: Any
    """
    Free-form JSON.
    """
    id: UUID
    name: str
    nb_frames: int | None
    parent_id: UUID | None
    preview_file_id: UUID | None
    project_id: UUID
    project_name: str
    source_id: UUID | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    tasks: list[WithTasksLinkedTask]
    entity_concept_links: list[UUID]
    type: Literal["Asset", "Shot", "Sequence", "Episode", "Scene", "Edit", "Concept"]
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    created_by: UUID | None


class WithTasksCompactAssets(BaseModel):
    """
    The compact form: field names once, then one positional array per entity (its tasks positional too, in `task_fields` order).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    compact: Literal[True]
    asset_fields: list[str]
    task_fields: list[str]
    rows: list[list[Any]]


class WithTasksCompactShots(BaseModel):
    """
    The compact form: field names once, then one positional array per entity (its tasks positional too, in `task_fields` order).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    compact: Literal[True]
    shot_fields: list[str]
    task_fields: list[str]
    rows: list[list[Any]]


class TaskStatusLinkRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    project_id: UUID
    task_status_id: UUID
    priority: int | None = 1
    roles_for_board: list[Role] | None = None
    """
    Roles that see the status on the board.
    """


class BudgetEntry(BaseModel):
    """
    A row of `budget_entry`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["BudgetEntry"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    budget_id: UUID
    department_id: UUID
    person_id: UUID | None
    start_date: date_aliased
    months_duration: int
    daily_salary: float
    position: Position | None
    seniority: Seniority | None
    exceptions: Any
    """
    Free-form JSON.
    """


class BudgetEntryCreate(BaseModel):
    """
    A new row of `budget_entry`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    budget_id: UUID
    department_id: UUID
    person_id: UUID | None = None
    start_date: date_aliased
    months_duration: int
    daily_salary: float
    position: Position | None = None
    seniority: Seniority | None = None
    exceptions: Any | None = None
    """
    Free-form JSON.
    """


class BudgetEntryUpdate(BaseModel):
    """
    Changes to a row of `budget_entry`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    budget_id: UUID | None = None
    department_id: UUID | None = None
    person_id: UUID | None = None
    start_date: date_aliased | None = None
    months_duration: int | None = None
    daily_salary: float | None = None
    position: Position | None = None
    seniority: Seniority | None = None
    exceptions: Any | None = None
    """
    Free-form JSON.
    """


class BudgetEntryPage(BaseModel):
    """
    One page of `BudgetEntry` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[BudgetEntry]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Comment(BaseModel):
    """
    A row of `comment`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Comment"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    shotgun_id: int | None
    object_id: UUID
    object_type: str
    text: str | None
    data: Any
    """
    Free-form JSON.
    """
    replies: Any
    """
    Free-form JSON.
    """
    checklist: Any
    """
    Free-form JSON.
    """
    pinned: bool | None
    for_client: bool | None
    links: list[str] | None
    task_status_id: UUID | None
    person_id: UUID
    editor_id: UUID | None
    preview_file_id: UUID | None
    previews: list[UUID | dict[str, Any]] | None = None
    """
    Ids of the linked rows (with relations).
    """
    mentions: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    department_mentions: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    acknowledgements: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    attachment_files: list[UUID | AttachmentFileSummary] | None = None
    """
    Ids of the linked rows (with relations).
    """
    person: dict[str, Any] | None = None
    """
    Read one: a short description of the author.
    """


class CommentPage(BaseModel):
    """
    One page of `Comment` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Comment]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Entity(BaseModel):
    """
    A row of `entity`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal[
        "Entity",
        "Asset",
        "Shot",
        "Sequence",
        "Episode",
        "Scene",
        "Edit",
        "Concept",
        "ConceptFolder",
    ]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class EntityCreate(BaseModel):
    """
    A new row of `entity`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=160)
    code: str | None = Field(None, max_length=160)
    description: str | None = None
    shotgun_id: int | None = None
    canceled: bool | None = None
    nb_frames: int | None = None
    nb_entities_out: int | None = None
    is_casting_standby: bool | None = None
    is_shared: bool | None = None
    status: EntityStatus | None = None
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None = None
    source_id: UUID | None = None
    preview_file_id: UUID | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    ready_for: UUID | None = None
    created_by: UUID | None = None
    entities_out: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class EntityUpdate(BaseModel):
    """
    Changes to a row of `entity`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=160)
    code: str | None = Field(None, max_length=160)
    description: str | None = None
    shotgun_id: int | None = None
    canceled: bool | None = None
    nb_frames: int | None = None
    nb_entities_out: int | None = None
    is_casting_standby: bool | None = None
    is_shared: bool | None = None
    status: EntityStatus | None = None
    project_id: UUID | None = None
    entity_type_id: UUID | None = None
    parent_id: UUID | None = None
    source_id: UUID | None = None
    preview_file_id: UUID | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    ready_for: UUID | None = None
    created_by: UUID | None = None
    entities_out: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class EntityPage(BaseModel):
    """
    One page of `Entity` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Entity]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class MetadataDescriptor(BaseModel):
    """
    A row of `metadata_descriptor`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["MetadataDescriptor"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    project_id: UUID
    entity_type: str
    task_type_id: UUID | None
    name: str
    data_type: MetadataDataType | None
    field_name: str
    choices: Any
    """
    Free-form JSON.
    """
    for_client: bool | None
    position: int | None
    departments: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class MetadataDescriptorCreate(BaseModel):
    """
    A new row of `metadata_descriptor`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    project_id: UUID
    entity_type: str = Field(..., max_length=60)
    task_type_id: UUID | None = None
    name: str = Field(..., max_length=120)
    data_type: MetadataDataType | None = None
    field_name: str = Field(..., max_length=120)
    choices: Any | None = None
    """
    Free-form JSON.
    """
    for_client: bool | None = None
    position: int | None = None
    departments: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class MetadataDescriptorUpdate(BaseModel):
    """
    Changes to a row of `metadata_descriptor`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    project_id: UUID | None = None
    entity_type: str | None = Field(None, max_length=60)
    task_type_id: UUID | None = None
    name: str | None = Field(None, max_length=120)
    data_type: MetadataDataType | None = None
    field_name: str | None = Field(None, max_length=120)
    choices: Any | None = None
    """
    Free-form JSON.
    """
    for_client: bool | None = None
    position: int | None = None
    departments: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class MetadataDescriptorPage(BaseModel):
    """
    One page of `MetadataDescriptor` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[MetadataDescriptor]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Notification(BaseModel):
    """
    A row of `notification`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Notification"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    read: bool
    change: bool
    notification_type: NotificationType
    person_id: UUID
    author_id: UUID
    comment_id: UUID | None
    task_id: UUID | None
    playlist_id: UUID | None
    reply_id: UUID | None


class NotificationCreate(BaseModel):
    """
    A new row of `notification`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    read: bool | None = None
    change: bool | None = None
    type: NotificationType
    person_id: UUID
    author_id: UUID
    comment_id: UUID | None = None
    task_id: UUID | None = None
    playlist_id: UUID | None = None
    reply_id: UUID | None = None


class NotificationUpdate(BaseModel):
    """
    Changes to a row of `notification`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    read: bool | None = None
    change: bool | None = None
    type: NotificationType | None = None
    person_id: UUID | None = None
    author_id: UUID | None = None
    comment_id: UUID | None = None
    task_id: UUID | None = None
    playlist_id: UUID | None = None
    reply_id: UUID | None = None


class NotificationPage(BaseModel):
    """
    One page of `Notification` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Notification]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class OutputFile(BaseModel):
    """
    A row of `output_file`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["OutputFile"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    shotgun_id: int | None
    name: str
    canceled: bool
    size: int | None
    checksum: str | None
    description: str | None
    comment: str | None
    extension: str | None
    revision: int
    representation: str | None
    nb_elements: int | None
    source: str | None
    path: str | None
    data: Any
    """
    Free-form JSON.
    """
    file_status_id: UUID
    entity_id: UUID | None
    asset_instance_id: UUID | None
    output_type_id: UUID | None
    task_type_id: UUID | None
    person_id: UUID | None
    source_file_id: UUID | None
    temporal_entity_id: UUID | None
    source_file: WorkingFile | None
    """
    The working file this output comes from, as a nested row.
    """


class OutputFilePage(BaseModel):
    """
    One page of `OutputFile` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[OutputFile]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Person(BaseModel):
    """
    A row of `person`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Person"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    country: str | None
    contract_type: ContractType
    active: bool | None
    archived: bool | None
    last_presence: date_aliased | None
    desktop_login: str | None
    totp_enabled: bool | None
    email_otp_enabled: bool | None
    fido_enabled: bool | None
    preferred_two_factor_authentication: TwoFactorMethod | None
    shotgun_id: int | None
    timezone: str | None
    locale: str | None
    use_12_hour_clock: bool | None
    display_date_format: str | None
    data: Any
    """
    Free-form JSON.
    """
    role: Role
    position: Position | None
    seniority: Seniority | None
    daily_salary: int | None
    has_avatar: bool | None
    notifications_enabled: bool | None
    notifications_slack_enabled: bool | None
    notifications_slack_userid: str | None
    notifications_mattermost_enabled: bool | None
    notifications_mattermost_userid: str | None
    notifications_discord_enabled: bool | None
    notifications_discord_userid: str | None
    is_bot: bool
    is_guest: bool
    preview_project_id: UUID | None
    preview_opened_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    preview_open_until: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    expiration_date: date_aliased | None
    is_generated_from_ldap: bool | None
    ldap_uid: str | None
    studio_id: UUID | None
    departments: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    full_name: str
    """
    First and last name, trimmed.
    """
    access_token: str | None = None
    """
    An API token, returned once: on the creation of a bot, and when an update sets `expiration_date`.
    """
    fido_devices: list[str] | None = None
    """
    Names of the registered security keys (`/auth/authenticated` only).
    """


class PersonCreate(BaseModel):
    """
    A new row of `person`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    first_name: str = Field(..., max_length=80)
    last_name: str = Field(..., max_length=80)
    email: str | None = Field(None, max_length=255)
    phone: str | None = Field(None, max_length=30)
    country: str | None = Field(None, max_length=2)
    contract_type: ContractType | None = None
    active: bool | None = None
    archived: bool | None = None
    last_presence: date_aliased | None = None
    password: str | None = None
    """
    Sent in clear, stored hashed.
    """
    desktop_login: str | None = Field(None, max_length=80)
    totp_enabled: bool | None = None
    email_otp_enabled: bool | None = None
    fido_enabled: bool | None = None
    preferred_two_factor_authentication: TwoFactorMethod | None = None
    shotgun_id: int | None = None
    timezone: str | None = Field(None, max_length=50)
    locale: str | None = Field(None, max_length=10)
    use_12_hour_clock: bool | None = None
    display_date_format: str | None = Field(None, max_length=20)
    data: Any | None = None
    """
    Free-form JSON.
    """
    role: Role | None = None
    position: Position | None = None
    seniority: Seniority | None = None
    daily_salary: int | None = None
    has_avatar: bool | None = None
    notifications_enabled: bool | None = None
    notifications_slack_enabled: bool | None = None
    notifications_slack_userid: str | None = Field(None, max_length=60)
    notifications_mattermost_enabled: bool | None = None
    notifications_mattermost_userid: str | None = Field(None, max_length=60)
    notifications_discord_enabled: bool | None = None
    notifications_discord_userid: str | None = Field(None, max_length=60)
    is_bot: bool | None = None
    is_guest: bool | None = None
    preview_project_id: UUID | None = None
    preview_opened_at: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    preview_open_until: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    expiration_date: date_aliased | None = None
    is_generated_from_ldap: bool | None = None
    ldap_uid: str | None = Field(None, max_length=60)
    studio_id: UUID | None = None
    departments: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class PersonUpdate(BaseModel):
    """
    Changes to a row of `person`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    first_name: str | None = Field(None, max_length=80)
    last_name: str | None = Field(None, max_length=80)
    email: str | None = Field(None, max_length=255)
    phone: str | None = Field(None, max_length=30)
    country: str | None = Field(None, max_length=2)
    contract_type: ContractType | None = None
    active: bool | None = None
    archived: bool | None = None
    last_presence: date_aliased | None = None
    password: str | None = None
    """
    Sent in clear, stored hashed.
    """
    desktop_login: str | None = Field(None, max_length=80)
    totp_enabled: bool | None = None
    email_otp_enabled: bool | None = None
    fido_enabled: bool | None = None
    preferred_two_factor_authentication: TwoFactorMethod | None = None
    shotgun_id: int | None = None
    timezone: str | None = Field(None, max_length=50)
    locale: str | None = Field(None, max_length=10)
    use_12_hour_clock: bool | None = None
    display_date_format: str | None = Field(None, max_length=20)
    data: Any | None = None
    """
    Free-form JSON.
    """
    role: Role | None = None
    position: Position | None = None
    seniority: Seniority | None = None
    daily_salary: int | None = None
    has_avatar: bool | None = None
    notifications_enabled: bool | None = None
    notifications_slack_enabled: bool | None = None
    notifications_slack_userid: str | None = Field(None, max_length=60)
    notifications_mattermost_enabled: bool | None = None
    notifications_mattermost_userid: str | None = Field(None, max_length=60)
    notifications_discord_enabled: bool | None = None
    notifications_discord_userid: str | None = Field(None, max_length=60)
    is_bot: bool | None = None
    is_guest: bool | None = None
    preview_project_id: UUID | None = None
    preview_opened_at: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    preview_open_until: str | None = Field(
        None, pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    expiration_date: date_aliased | None = None
    is_generated_from_ldap: bool | None = None
    ldap_uid: str | None = Field(None, max_length=60)
    studio_id: UUID | None = None
    departments: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class PersonPage(BaseModel):
    """
    One page of `Person` rows (`page` given), shaped for the caller's role.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Person | PersonMinimal | PersonClient]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class PreviewFile(BaseModel):
    """
    A row of `preview_file`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["PreviewFile"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str | None
    original_name: str | None
    revision: int | None
    position: int | None
    extension: str | None
    description: str | None
    path: str | None
    source: str | None
    file_size: int | None
    status: PreviewStatus
    validation_status: ValidationStatus
    annotations: Any
    """
    Free-form JSON.
    """
    width: int | None
    height: int | None
    duration: float | None
    data: Any
    """
    Free-form JSON.
    """
    token_in: int | None
    token_out: int | None
    task_id: UUID | None
    person_id: UUID | None
    source_file_id: UUID | None
    shotgun_id: int | None
    is_movie: bool | None
    url: str | None
    uploaded_movie_url: str | None
    uploaded_movie_name: str | None
    comments: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class PreviewFileCreate(BaseModel):
    """
    A new row of `preview_file`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str | None = Field(None, max_length=250)
    original_name: str | None = Field(None, max_length=250)
    revision: int | None = None
    position: int | None = None
    extension: str | None = Field(None, max_length=6)
    description: str | None = None
    path: str | None = Field(None, max_length=400)
    source: str | None = Field(None, max_length=40)
    file_size: int | None = None
    status: PreviewStatus | None = None
    validation_status: ValidationStatus | None = None
    annotations: Any | None = None
    """
    Free-form JSON.
    """
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    token_in: int | None = None
    token_out: int | None = None
    task_id: UUID | None = None
    person_id: UUID | None = None
    source_file_id: UUID | None = None
    shotgun_id: int | None = None
    is_movie: bool | None = None
    url: str | None = Field(None, max_length=600)
    uploaded_movie_url: str | None = Field(None, max_length=600)
    uploaded_movie_name: str | None = Field(None, max_length=150)
    comments: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class PreviewFileUpdate(BaseModel):
    """
    Changes to a row of `preview_file`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=250)
    original_name: str | None = Field(None, max_length=250)
    revision: int | None = None
    position: int | None = None
    extension: str | None = Field(None, max_length=6)
    description: str | None = None
    path: str | None = Field(None, max_length=400)
    source: str | None = Field(None, max_length=40)
    file_size: int | None = None
    status: PreviewStatus | None = None
    validation_status: ValidationStatus | None = None
    annotations: Any | None = None
    """
    Free-form JSON.
    """
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    data: Any | None = None
    """
    Free-form JSON.
    """
    token_in: int | None = None
    token_out: int | None = None
    task_id: UUID | None = None
    person_id: UUID | None = None
    source_file_id: UUID | None = None
    shotgun_id: int | None = None
    is_movie: bool | None = None
    url: str | None = Field(None, max_length=600)
    uploaded_movie_url: str | None = Field(None, max_length=600)
    uploaded_movie_name: str | None = Field(None, max_length=150)
    comments: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class PreviewFilePage(BaseModel):
    """
    One page of `PreviewFile` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[PreviewFile]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class ProjectTemplate(BaseModel):
    """
    A row of `project_template`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["ProjectTemplate"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    description: str | None
    fps: str | None
    ratio: str | None
    resolution: str | None
    production_type: str | None
    production_style: ProductionStyle
    max_retakes: int | None
    is_clients_isolated: bool | None
    is_client_stats_visible: bool | None
    is_client_task_list_visible: bool | None
    is_client_task_panel_visible: bool | None
    is_preview_download_allowed: bool | None
    is_set_preview_automated: bool | None
    is_publish_default_for_artists: bool | None
    is_single_preview_per_revision: bool | None
    is_frame_in_numbering: bool | None
    revision_padding: int
    homepage: str | None
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    file_tree: Any
    """
    Free-form JSON.
    """
    data: Any
    """
    Free-form JSON.
    """
    metadata_descriptors: Any
    """
    Free-form JSON.
    """
    default_preview_background_file_id: UUID | None
    task_types: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    task_statuses: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    asset_types: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    status_automations: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    preview_background_files: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """


class ProjectTemplateCreate(BaseModel):
    """
    A new row of `project_template`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    description: str | None = None
    fps: str | None = Field(None, max_length=10)
    ratio: str | None = Field(None, max_length=10)
    resolution: str | None = Field(None, max_length=12)
    production_type: str | None = Field(None, max_length=20)
    production_style: ProductionStyle | None = None
    max_retakes: int | None = None
    is_clients_isolated: bool | None = None
    is_client_stats_visible: bool | None = None
    is_client_task_list_visible: bool | None = None
    is_client_task_panel_visible: bool | None = None
    is_preview_download_allowed: bool | None = None
    is_set_preview_automated: bool | None = None
    is_publish_default_for_artists: bool | None = None
    is_single_preview_per_revision: bool | None = None
    is_frame_in_numbering: bool | None = None
    revision_padding: int | None = None
    homepage: str | None = Field(None, max_length=80)
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    file_tree: Any | None = None
    """
    Free-form JSON.
    """
    data: Any | None = None
    """
    Free-form JSON.
    """
    metadata_descriptors: Any | None = None
    """
    Free-form JSON.
    """
    default_preview_background_file_id: UUID | None = None
    task_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    task_statuses: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    asset_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    status_automations: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    preview_background_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ProjectTemplateUpdate(BaseModel):
    """
    Changes to a row of `project_template`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    description: str | None = None
    fps: str | None = Field(None, max_length=10)
    ratio: str | None = Field(None, max_length=10)
    resolution: str | None = Field(None, max_length=12)
    production_type: str | None = Field(None, max_length=20)
    production_style: ProductionStyle | None = None
    max_retakes: int | None = None
    is_clients_isolated: bool | None = None
    is_client_stats_visible: bool | None = None
    is_client_task_list_visible: bool | None = None
    is_client_task_panel_visible: bool | None = None
    is_preview_download_allowed: bool | None = None
    is_set_preview_automated: bool | None = None
    is_publish_default_for_artists: bool | None = None
    is_single_preview_per_revision: bool | None = None
    is_frame_in_numbering: bool | None = None
    revision_padding: int | None = None
    homepage: str | None = Field(None, max_length=80)
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    file_tree: Any | None = None
    """
    Free-form JSON.
    """
    data: Any | None = None
    """
    Free-form JSON.
    """
    metadata_descriptors: Any | None = None
    """
    Free-form JSON.
    """
    default_preview_background_file_id: UUID | None = None
    task_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    task_statuses: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    asset_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    status_automations: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    preview_background_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ProjectTemplatePage(BaseModel):
    """
    One page of `ProjectTemplate` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[ProjectTemplate]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class Project(BaseModel):
    """
    A row of `project`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Project"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    file_tree: Any
    """
    Free-form JSON.
    """
    data: Any
    """
    Free-form JSON.
    """
    has_avatar: bool | None
    fps: str | None
    ratio: str | None
    resolution: str | None
    production_type: str | None
    production_style: ProductionStyle
    start_date: date_aliased | None
    end_date: date_aliased | None
    man_days: int | None
    nb_episodes: int | None
    episode_span: int | None
    max_retakes: int | None
    is_clients_isolated: bool | None
    is_client_stats_visible: bool | None
    is_client_task_list_visible: bool | None
    is_client_task_panel_visible: bool | None
    is_preview_download_allowed: bool | None
    is_set_preview_automated: bool | None
    homepage: str | None
    is_publish_default_for_artists: bool | None
    is_bot_collaboration_enabled: bool | None
    is_single_preview_per_revision: bool | None
    is_frame_in_numbering: bool | None
    revision_padding: int
    hd_bitrate_compression: int | None
    ld_bitrate_compression: int | None
    project_status_id: UUID | None
    default_preview_background_file_id: UUID | None
    from_schedule_version_id: UUID | None
    team: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    asset_types: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    task_statuses: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    task_types: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    status_automations: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    preview_background_files: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_status_name: str | None = None
    """
    Read one: the status name.
    """
    first_episode_id: UUID | None = None
    """
    TV shows, on create and update: the id of the first episode.
    """
    descriptors: list[dict[str, Any]] | None = None
    """
    Read one: the metadata descriptors the caller may see.
    """
    task_types_priority: dict[str, int | None] | None = None
    """
    Read one: task type id -> priority in this project.
    """
    task_statuses_link: dict[str, dict[str, Any]] | None = None
    """
    Read one: task status id -> `{priority, roles_for_board}`.
    """


class ProjectCreate(BaseModel):
    """
    A new row of `project`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    name: str = Field(..., max_length=80)
    code: str | None = Field(None, max_length=80)
    description: str | None = None
    shotgun_id: int | None = None
    file_tree: Any | None = None
    """
    Free-form JSON.
    """
    data: Any | None = None
    """
    Free-form JSON.
    """
    has_avatar: bool | None = None
    fps: str | None = Field(None, max_length=10)
    ratio: str | None = Field(None, max_length=10)
    resolution: str | None = Field(None, max_length=12)
    production_type: str | None = Field(None, max_length=20)
    production_style: ProductionStyle | None = None
    start_date: date_aliased | None = None
    end_date: date_aliased | None = None
    man_days: int | None = None
    nb_episodes: int | None = None
    episode_span: int | None = None
    max_retakes: int | None = None
    is_clients_isolated: bool | None = None
    is_client_stats_visible: bool | None = None
    is_client_task_list_visible: bool | None = None
    is_client_task_panel_visible: bool | None = None
    is_preview_download_allowed: bool | None = None
    is_set_preview_automated: bool | None = None
    homepage: str | None = Field(None, max_length=80)
    is_publish_default_for_artists: bool | None = None
    is_bot_collaboration_enabled: bool | None = None
    is_single_preview_per_revision: bool | None = None
    is_frame_in_numbering: bool | None = None
    revision_padding: int | None = None
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    project_status_id: UUID | None = None
    default_preview_background_file_id: UUID | None = None
    from_schedule_version_id: UUID | None = None
    team: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    asset_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    task_statuses: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    task_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    status_automations: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    preview_background_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    project_template_id: UUID | None = None
    """
    A template whose settings the project starts from.
    """


class ProjectUpdate(BaseModel):
    """
    Changes to a row of `project`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = Field(None, max_length=80)
    code: str | None = Field(None, max_length=80)
    description: str | None = None
    shotgun_id: int | None = None
    file_tree: Any | None = None
    """
    Free-form JSON.
    """
    data: Any | None = None
    """
    Free-form JSON.
    """
    has_avatar: bool | None = None
    fps: str | None = Field(None, max_length=10)
    ratio: str | None = Field(None, max_length=10)
    resolution: str | None = Field(None, max_length=12)
    production_type: str | None = Field(None, max_length=20)
    production_style: ProductionStyle | None = None
    start_date: date_aliased | None = None
    end_date: date_aliased | None = None
    man_days: int | None = None
    nb_episodes: int | None = None
    episode_span: int | None = None
    max_retakes: int | None = None
    is_clients_isolated: bool | None = None
    is_client_stats_visible: bool | None = None
    is_client_task_list_visible: bool | None = None
    is_client_task_panel_visible: bool | None = None
    is_preview_download_allowed: bool | None = None
    is_set_preview_automated: bool | None = None
    homepage: str | None = Field(None, max_length=80)
    is_publish_default_for_artists: bool | None = None
    is_bot_collaboration_enabled: bool | None = None
    is_single_preview_per_revision: bool | None = None
    is_frame_in_numbering: bool | None = None
    revision_padding: int | None = None
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    project_status_id: UUID | None = None
    default_preview_background_file_id: UUID | None = None
    from_schedule_version_id: UUID | None = None
    team: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    asset_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    task_statuses: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    task_types: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    status_automations: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """
    preview_background_files: list[UUID] | None = None
    """
    Ids of the rows to link; unknown ids are dropped.
    """


class ProjectPage(BaseModel):
    """
    One page of `Project` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[Project]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class SalaryScale(BaseModel):
    """
    A row of `salary_scale`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["SalaryScale"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    department_id: UUID
    position: Position | None
    seniority: Seniority | None
    salary: int


class SalaryScaleCreate(BaseModel):
    """
    A new row of `salary_scale`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    department_id: UUID
    position: Position | None = None
    seniority: Seniority | None = None
    salary: int | None = None


class SalaryScaleUpdate(BaseModel):
    """
    Changes to a row of `salary_scale`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    department_id: UUID | None = None
    position: Position | None = None
    seniority: Seniority | None = None
    salary: int | None = None


class SalaryScalePage(BaseModel):
    """
    One page of `SalaryScale` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[SalaryScale]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class StatusAutomation(BaseModel):
    """
    A row of `status_automation`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["StatusAutomation"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    entity_type: str | None
    in_task_type_id: UUID | None
    in_task_status_id: UUID | None
    out_field_type: StatusAutomationChange
    out_task_type_id: UUID | None
    out_task_status_id: UUID | None
    import_last_revision: bool | None
    archived: bool | None


class StatusAutomationCreate(BaseModel):
    """
    A new row of `status_automation`. Unknown keys are refused (400).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    created_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    updated_at: Any | None = None
    """
    Accepted and ignored: the server sets it.
    """
    entity_type: str | None = Field(None, max_length=40)
    in_task_type_id: UUID | None = None
    in_task_status_id: UUID | None = None
    out_field_type: StatusAutomationChange | None = None
    out_task_type_id: UUID | None = None
    out_task_status_id: UUID | None = None
    import_last_revision: bool | None = None
    archived: bool | None = None


class StatusAutomationUpdate(BaseModel):
    """
    Changes to a row of `status_automation`. Unknown keys are ignored, as are `id`, `created_at`, `updated_at` and `project_id`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    entity_type: str | None = Field(None, max_length=40)
    in_task_type_id: UUID | None = None
    in_task_status_id: UUID | None = None
    out_field_type: StatusAutomationChange | None = None
    out_task_type_id: UUID | None = None
    out_task_status_id: UUID | None = None
    import_last_revision: bool | None = None
    archived: bool | None = None


class StatusAutomationPage(BaseModel):
    """
    One page of `StatusAutomation` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[StatusAutomation]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


class AssetsFullAsset(BaseModel):
    """
    An asset with its links, project and type names, episodes and tasks. Like Zou, `preview_file_id` and `episode_id` are `""` when empty and `ready_for` is the text `None` when unset.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Asset"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    preview_file_id: str
    data: Any
    """
    Free-form JSON.
    """
    ready_for: str
    created_by: UUID | None
    entities_out: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    project_name: str
    asset_type_id: UUID
    asset_type_name: str
    episode_id: str
    casting_episode_ids: list[UUID]
    tasks: list[AssetsTaskSummary]


class ConceptsFullConcept(BaseModel):
    """
    A concept with its links, production name, picture status and tasks.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Concept"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID]
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    project_name: str
    fps: Any | None = None
    """
    Free-form JSON.
    """
    frame_in: Any | None = None
    """
    Free-form JSON.
    """
    frame_out: Any | None = None
    """
    Free-form JSON.
    """
    preview_file_status: str | None
    tasks: list[ConceptsTaskSummary]


class ShotsFullShot(BaseModel):
    """
    A shot with its tasks, names, frame range and relations (Zou's full shot).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["Shot"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str
    code: str | None
    description: str | None
    shotgun_id: int | None
    canceled: bool | None
    nb_frames: int | None
    nb_entities_out: int | None
    is_casting_standby: bool | None
    is_shared: bool
    status: EntityStatus
    project_id: UUID
    entity_type_id: UUID
    parent_id: UUID | None
    source_id: UUID | None
    preview_file_id: UUID | None
    data: Any
    """
    Free-form JSON.
    """
    ready_for: UUID | None
    created_by: UUID | None
    entities_out: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entities_in: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    entity_concept_links: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    instance_casting: list[UUID] | None = None
    """
    Ids of the linked rows (with relations).
    """
    episode_id: UUID | None
    episode_name: str
    fps: Any
    """
    Free-form JSON.
    """
    frame_in: Any
    """
    Free-form JSON.
    """
    frame_out: Any
    """
    Free-form JSON.
    """
    project_name: str
    sequence_id: UUID
    sequence_name: str
    tasks: list[WithTasksShotTask]


class LoginSuccess(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    login: Literal[True]
    user: Person
    organisation: Organisation
    access_token: str
    refresh_token: str
    two_factor_authentication_required: bool | None = None
    """
    Present (true) when the instance enforces two-factor authentication and the person has none yet; the tokens then only reach the two-factor setup routes.
    """


class AuthenticatedResult(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    authenticated: Literal[True]
    user: Person
    organisation: Organisation


class AttachmentFile(BaseModel):
    """
    A row of `attachment_file`, as the server serialises it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Literal["AttachmentFile"]
    id: UUID
    created_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    updated_at: str | None = Field(
        ..., pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"
    )
    name: str | None
    size: int | None
    extension: str | None
    mimetype: str | None
    comment_id: UUID | None
    reply_id: UUID | None
    chat_message_id: UUID | None
    comment: Comment | None
    """
    The comment the file is attached to, as a nested row.
    """
    chat_message: ChatMessage | None
    """
    The chat message the file is attached to, as a nested row.
    """


class AttachmentFilePage(BaseModel):
    """
    One page of `AttachmentFile` rows (`page` given).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: list[AttachmentFile]
    total: int
    """
    Rows matching the filters, all pages.
    """
    nb_pages: int
    limit: int
    offset: int
    page: int


ConceptsPreviewFile.model_rebuild()
