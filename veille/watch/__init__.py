"""Watch: live monitoring of feeds and folders, with alert rules (see docs/watch.md)."""
