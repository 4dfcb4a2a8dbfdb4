"""Zou's comments area: posting, reading, replying to, moving and deleting task comments, with
their attachments and preview slots."""
