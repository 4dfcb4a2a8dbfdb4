"""`/data/departments`: reference data every logged-in user reads, only admins change."""

from app.crud.hooks import OpenReadHooks


class DepartmentHooks(OpenReadHooks):
    pass
