"""`/data/studios`: reference data every logged-in user reads, only admins change."""

from app.crud.hooks import OpenReadHooks


class StudioHooks(OpenReadHooks):
    pass
