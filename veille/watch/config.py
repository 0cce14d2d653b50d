"""What a watcher watches and how politely: read from a YAML file, overridden by the command line."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

import yaml

from veille import __version__

DEFAULT_EVERY = 15 * 60.0
DEFAULT_USER_AGENT = f"veille/{__version__} (news monitoring)"  # set `user_agent` to add a contact

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)
_UNIT = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


class ConfigError(ValueError):
    """A watch configuration or rule file the user must fix; the message says where."""


def parse_duration(value) -> float:
    """'15m', '1h', '1d', '30s' or a number of seconds → seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ConfigError(f"unreadable duration {value!r} (expected e.g. 30s, 15m, 1h, 1d)")
        seconds = float(match.group(1)) * _UNIT[match.group(2) and match.group(2).lower()]
    if seconds <= 0:
        raise ConfigError(f"duration {value!r} must be positive")
    return seconds


@dataclass(frozen=True)
class HttpSettings:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0  # seconds for connect, and between two bytes read
    retries: int = 3  # further attempts after a timeout, a connection error, a 429 or a 5xx
    backoff: float = 1.0  # first retry waits this long, then twice as long each time
    host_delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 10_000_000  # a page or feed larger than this is refused unread


@dataclass(frozen=True)
class WatchConfig:
    feeds: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()
    every: float = DEFAULT_EVERY
    rules: str | None = None  # path of the YAML rule file
    webhook: str | None = None
    http: HttpSettings = field(default_factory=HttpSettings)
    # A folder file modified less than this long ago may still be being written: wait a pass.
    settle: float = 1.0
    # Articles fetched, then analysed and written together: fewer store transactions per article.
    # SIGTERM stops fetching and finishes the articles in hand, so this bounds how long that takes.
    batch: int = 16


_HTTP_KEYS = {"user_agent", "timeout", "retries", "backoff", "host_delay", "max_bytes"}
_KEYS = {"feeds", "folders", "every", "rules", "webhook", "settle", "batch", "http"} | _HTTP_KEYS


def load_config(path: str) -> WatchConfig:
    """A YAML mapping; relative `rules` and `folders` paths are relative to the file."""
    try:
        with open(path, encoding="utf-8") as stream:
            data = yaml.safe_load(stream) or {}
    except OSError as err:
        raise ConfigError(f"{path}: {err.strerror or err}") from err
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not YAML: {err}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with feeds, folders, every, rules...")
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KEYS))}")
    base = os.path.dirname(os.path.abspath(path))
    near = lambda p: p if os.path.isabs(p) else os.path.join(base, p)  # noqa: E731
    http_values = {**(data.get("http") or {}), **{k: data[k] for k in _HTTP_KEYS if k in data}}
    unknown = set(http_values) - _HTTP_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown http key(s) {', '.join(sorted(unknown))}")
    for key in ("timeout", "host_delay", "backoff"):
        if key in http_values:
            http_values[key] = _seconds(http_values[key], key, path, allow_zero=key != "timeout")
    return WatchConfig(
        feeds=tuple(_strings(data.get("feeds"), "feeds", path)),
        folders=tuple(near(p) for p in _strings(data.get("folders"), "folders", path)),
        every=parse_duration(data["every"]) if "every" in data else DEFAULT_EVERY,
        rules=near(data["rules"]) if data.get("rules") else None,
        webhook=data.get("webhook"),
        http=replace(HttpSettings(), **http_values),
        settle=_seconds(data.get("settle", 1.0), "settle", path, allow_zero=True),
        batch=_positive_int(data.get("batch", WatchConfig.batch), "batch", path),
    )


def _positive_int(value, key: str, path: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{path}: {key} must be a whole number ≥ 1")
    return value


def _seconds(value, key: str, path: str, allow_zero: bool) -> float:
    if allow_zero and value in (0, "0"):
        return 0.0
    try:
        return parse_duration(value)
    except ConfigError as err:
        raise ConfigError(f"{path}: {key}: {err}") from err


def _strings(value, key: str, path: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of strings")
    return value
