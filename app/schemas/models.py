# GENERATED from openapi/openapi.yaml by scripts/generate_schemas.sh: do not edit, run `make schemas`.

from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, RootModel


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


class Response(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    client_data_json: str | None = Field(None, alias="clientDataJSON")
    attestation_object: str | None = Field(None, alias="attestationObject")


class FidoRegistrationResponse(BaseModel):
    """
    The browser's `RegistrationResponseJSON` (binary members base64url). Any object is accepted; one that fails verification is refused with 400.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    raw_id: str | None = Field(None, alias="rawId")
    type: str | None = None
    response: Response | None = None
    client_extension_results: dict[str, Any] | None = Field(
        None, alias="clientExtensionResults"
    )


class Response1(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    client_data_json: str | None = Field(None, alias="clientDataJSON")
    authenticator_data: str | None = Field(None, alias="authenticatorData")
    signature: str | None = None
    user_handle: str | None = Field(None, alias="userHandle")


class FidoAuthenticationResponse(BaseModel):
    """
    The browser's `AuthenticationResponseJSON` answering the last challenge of `GET /auth/fido` for the person (binary members base64url). Checked when FIDO is enabled; a wrong one counts as a wrong code.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    raw_id: str | None = Field(None, alias="rawId")
    type: str | None = None
    response: Response1 | None = None
    client_extension_results: dict[str, Any] | None = Field(
        None, alias="clientExtensionResults"
    )


class FidoRegistration(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    registration_response: FidoRegistrationResponse
    device_name: str = Field(..., min_length=1)


class FidoUnregistration(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    device_name: str = Field(..., min_length=1)
    totp: str | None = None
    email_otp: str | None = None
    fido_authentication_response: FidoAuthenticationResponse | None = None
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


class ChatsNewMessage(BaseModel):
    """
    A chat message to post (unknown keys are ignored).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    message: str
    """
    The text of the message.
    """


class CommentsNewComment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_status_id: str
    comment: str | None = ""
    person_id: str | None = ""
    """
    Author (managers only).
    """
    created_at: str | None = ""
    """
    `YYYY-MM-DD HH:MM:SS` or ISO 8601 (managers only); anything else is ignored.
    """
    checklist: list[Any] | None = []
    """
    Items `{text, checked}`; JSON text in a multipart form.
    """
    links: list[str] | None = []
    """
    URLs; JSON text in a multipart form.
    """
    for_client: bool | None = False
    """
    Visible to clients (managers only).
    """


class CommentsManyItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    object_id: UUID | None = None
    task_status_id: UUID | None = None
    comment: str | None = None
    links: list[str] | None = []


class CommentsManyItems(RootModel[list[CommentsManyItem]]):
    root: list[CommentsManyItem]


class CommentsManyForm(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    comments: str
    """
    The JSON array of comments.
    """


class CommentsCopyClientComments(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_ids: list[UUID] = Field(..., min_length=1)
    prefix: str | None = ""


class CommentsReply(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    text: str | None = ""


class CommentsMoveComment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    target_task_id: str


class CommentsAddPreview(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    revision: int | None = Field(None, ge=0)


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


class DepartmentsAddSoftware(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    software_id: UUID


class DepartmentsAddHardwareItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    hardware_item_id: UUID


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


class PersonsDesktopLoginCreate(BaseModel):
    """
    A desktop login; unknown keys are ignored.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: str | None = None
    """
    `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD`; now when absent.
    """


class PersonsChangePassword(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    password: str = Field(..., min_length=1)
    password_2: str = Field(..., min_length=1)
    """
    The same password again.
    """


class PersonsAddToDepartment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    department_id: UUID


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


class ProjectsPreviewAccountOpenRequest(BaseModel):
    """
    Open (true) or close (false) the access window.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    is_open: bool


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
    Whether clients see the task type (null keeps an existing link's value, true for a new link).
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


class SearchQuery(BaseModel):
    """
    A search (unknown keys, such as gazu's `entity_types`, are ignored).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    query: str
    """
    The words to look for.
    """
    project_id: UUID | None = None
    """
    Only this production's assets and shots.
    """
    limit: int | None = Field(3, ge=1)
    """
    Entries per index.
    """
    offset: int | None = Field(0, ge=0)
    """
    Entries skipped per index.
    """
    index_names: list[str] | None = ["assets", "shots", "persons"]
    """
    The indexes to search.
    """


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


class TasksAssignPerson(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    person_id: str = Field(..., min_length=1)


class TasksAssignTasks(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_ids: list[str] = Field(..., min_length=1)


class TasksClearAssignation(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_ids: list[str] = Field(..., min_length=1)
    person_id: str | None = None


class TasksSetPriority(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_ids: list[str] = Field(..., min_length=1)
    priority: int = Field(..., ge=0)


class TasksSetMainPreview(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_ids: list[str] = Field(..., min_length=1)


class TasksTimeSpent(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    duration: float = Field(..., gt=0.0)
    """
    Minutes.
    """


class UserFilterCreate(BaseModel):
    """
    A filter to save (unknown keys are ignored).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    query: str = Field(..., min_length=1)
    list_type: str | None = "todo"
    project_id: str | None = None
    entity_type: str | None = None
    is_shared: bool | None = False
    search_filter_group_id: str | None = None
    department_id: str | None = None


class UserFilterUpdate(BaseModel):
    """
    What to change (unknown keys are ignored).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    search_query: str | None = None
    search_filter_group_id: str | None = None
    is_shared: bool | None = None
    project_id: str | None = None
    department_id: str | None = None


class UserFilterGroupCreate(BaseModel):
    """
    A filter group (unknown keys are ignored).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str = Field(..., min_length=1)
    color: str | None = ""
    list_type: str | None = "todo"
    project_id: str | None = None
    is_shared: bool | None = False
    entity_type: str | None = None
    department_id: str | None = None


class UserFilterGroupUpdate(BaseModel):
    """
    What to change (unknown keys are ignored).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    color: str | None = None
    is_shared: bool | None = None
    project_id: str | None = None
    department_id: str | None = None


class UserNotificationUpdate(BaseModel):
    """
    The notification's read flag.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    read: bool | None = None


class UserTaskIds(BaseModel):
    """
    Tasks to follow or stop following.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    task_ids: list[str] = Field(..., min_length=1)


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
    fido_authentication_response: FidoAuthenticationResponse | None = None
    recovery_code: str | None = None


class TwoFactorProof(BaseModel):
    """
    One proof from any second factor the person has enabled, or a recovery code.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    totp: str | None = None
    email_otp: str | None = None
    fido_authentication_response: FidoAuthenticationResponse | None = None
    recovery_code: str | None = None


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
