"""The app as uvicorn imports it (one per worker process), configured by `veille serve`."""

import os

from veille.serve.app import create_app

app = create_app(os.environ["VEILLE_SERVE_DB"], os.environ.get("VEILLE_SERVE_TOKEN"))
