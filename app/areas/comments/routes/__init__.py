"""The comment routes: threads of tasks (`thread`), replies and acknowledgements (`replies`),
attachments and preview slots (`files`)."""
