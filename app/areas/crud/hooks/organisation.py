"""`/data/organisations`: anyone reads the studio settings, but only admins see (or filter on)
the chat integration secrets; admins write (`hours_by_day` is coerced to a float by the column)."""

from app.crud.hooks import CrudContext, OpenReadHooks

CHAT_SECRETS = frozenset({"chat_token_slack", "chat_webhook_mattermost", "chat_token_discord"})


class OrganisationHooks(OpenReadHooks):
    def hidden_columns(self, ctx: CrudContext, purpose: str) -> frozenset[str]:
        return frozenset() if ctx.identity.is_admin else CHAT_SECRETS

    def filter_allowed(self, ctx: CrudContext, name: str) -> bool:
        return ctx.identity.is_admin or name not in CHAT_SECRETS
