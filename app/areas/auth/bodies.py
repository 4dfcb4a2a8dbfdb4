"""Request bodies of the `/auth` routes, with the field names of Zou's `auth/schemas.py`.

Temporary home: these move to the generated `app.schemas` later; the router imports them from
this one module only so the switch is a single import.
"""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    # Zou's BaseSchema ignores unknown keys.
    model_config = ConfigDict(extra="ignore")


class LoginBody(_Body):
    email: str = Field(..., min_length=1)
    password: str = "default"
    totp: str | None = None
    email_otp: str | None = None
    fido_authentication_response: dict[str, Any] | None = None
    recovery_code: str | None = None


class ChangePasswordBody(_Body):
    old_password: str = Field(..., min_length=1)
    password: str = Field(..., min_length=1)
    password_2: str = Field(..., min_length=1)


class ResetPasswordBody(_Body):
    """`POST /auth/reset-password`: ask for a reset link."""

    email: str = Field(..., min_length=1)


class ResetPasswordChangeBody(_Body):
    """`PUT /auth/reset-password`: set the new password with the mailed token."""

    email: str = Field(..., min_length=1)
    token: str = Field(..., min_length=1)
    password: str = Field(..., min_length=1)
    password2: str = Field(..., min_length=1)


class TotpBody(_Body):
    totp: str = Field(..., min_length=1)


class EmailOtpBody(_Body):
    email_otp: str = Field(..., min_length=1)


class TwoFactorAuthBody(_Body):
    """A second-factor proof: the first factor both enabled and supplied is checked."""

    totp: str | None = None
    email_otp: str | None = None
    fido_authentication_response: dict[str, Any] | None = None
    recovery_code: str | None = None


class FidoRegisterBody(_Body):
    registration_response: dict[str, Any]
    device_name: str = Field(..., min_length=1)


class FidoUnregisterBody(TwoFactorAuthBody):
    device_name: str = Field(..., min_length=1)


class AppLoginCodeBody(_Body):
    code_challenge: str = Field(..., pattern=r"^[A-Za-z0-9_-]{43}$")


class AppLoginTokenBody(_Body):
    code: str = Field(..., min_length=1, max_length=128)
    code_verifier: str = Field(..., pattern=r"^[A-Za-z0-9._~-]{43,128}$")
