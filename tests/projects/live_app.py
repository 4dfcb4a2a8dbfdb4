"""The application with the production routers mounted, for the live-server (gazu) tests until
app/main.py includes them (mounting is a no-op once it does)."""

from app.main import app
from tests.projects.support import mount

mount(app)
