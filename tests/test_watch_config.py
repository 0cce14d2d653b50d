"""Watch configuration files: durations, nested HTTP settings, paths relative to the file, errors."""

from __future__ import annotations

import textwrap

import pytest

from veille.watch.config import ConfigError, load_config, parse_duration


def test_durations():
    assert [parse_duration(v) for v in ("30s", "15m", "1h", "1d", "2.5m", 90)] == [30, 900, 3600, 86400, 150, 90]
    for bad in ("soon", "-5m", "0", "15 minutes"):
        with pytest.raises(ConfigError):
            parse_duration(bad)


def test_config_file(tmp_path):
    path = tmp_path / "conf" / "watch.yaml"
    path.parent.mkdir()
    path.write_text(textwrap.dedent("""\
        feeds: [https://example.org/rss.xml]
        folders: inbox
        every: 10m
        rules: alerts.yaml
        batch: 4
        http:
          user_agent: "veille (contact: veille@example.org)"
          timeout: 5s
          host_delay: 0
        retries: 5
    """), encoding="utf-8")
    config = load_config(str(path))
    assert config.feeds == ("https://example.org/rss.xml",)
    assert config.folders == (str(tmp_path / "conf" / "inbox"),) and config.rules == str(tmp_path / "conf" / "alerts.yaml")
    assert (config.every, config.batch, config.webhook) == (600, 4, None)
    http = config.http
    assert (http.user_agent, http.timeout, http.host_delay, http.retries) == ("veille (contact: veille@example.org)", 5, 0, 5)

    for content, message in {
        "feeds: [a]\nevry: 5m": "unknown key(s) evry",
        "http: {timout: 5}": "unknown http key(s) timout",
        "every: often": "unreadable duration",
        "batch: 0": "batch must be a whole number",
        "feeds: {a: b}": "feeds must be a list",
        "- a\n- b": "expected a mapping",
    }.items():
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
            load_config(str(path))


def test_the_example_alert_file_of_the_docs_is_valid():
    from conftest import ROOT

    from veille.watch.rules import load_rules

    rules = {r.name: r for r in load_rules(str(ROOT / "docs" / "watch-alerts.example.yaml"))}
    assert rules["assaut-contre-ukraine"].spec == {"type": ["ASSAULT"], "target": ["UKR"], "polarity": ["asserted"], "modality": ["actual"]}
    assert rules["citation-peskov"].selector == "quote"
    tension = rules["tension-russie-usa"]
    assert (tension.window, tension.mean_below, tension.min_events) == (86400, -5, 3)
    surge = rules["afflux-otan"]
    assert (surge.window, surge.more_than) == (3600, 10)
