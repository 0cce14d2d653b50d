"""One router per resource of the API, plus the dashboard pages."""
