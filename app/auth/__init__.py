"""Authentication: JWTs, revocation, the current identity and the permission rules."""
