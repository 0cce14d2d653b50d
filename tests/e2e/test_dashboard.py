"""The dashboard in a real headless Chromium (Debian's, driven by Playwright): each page opens,
shows its content and charts, and the walk search → article → actor → dyad works by clicks.
Screenshots of every page land in test-artifacts/ for a human to look at."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from explore_support import DYAD_DOC, XSS_DOC, XSS_TITLE, build_store, doc_id_of

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (CI installs it)")


@pytest.fixture(scope="module")
def explore_db(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.getbasetemp() / "explore")


@pytest.fixture(scope="module")
def base_url(explore_db):
    import uvicorn

    from veille.serve.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(explore_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page = context.new_page()
        external = []
        page.on("request", lambda r: external.append(r.url) if not r.url.startswith(base_url) and not r.url.startswith("data:") else None)
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.external, page.dialogs = external, dialogs
        yield page
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_home_shows_counts_charts_and_events(page, base_url):
    page.goto(base_url + "/")
    page.wait_for_selector("#per-month[data-rendered='1'] .main-svg")
    page.wait_for_selector("#top-actors[data-rendered='1'] .main-svg")
    assert page.inner_text(".kpi b").strip() == "15"  # articles
    assert "ACCUSE" in page.inner_text("ul.events")
    shot(page, "home")
    assert not page.external, page.external  # every asset served by veille itself


def test_search_to_article_to_actor_to_dyad(page, base_url, explore_db):
    page.goto(base_url + "/search")
    page.fill("form.filters input[name=q]", "sanction")
    page.click("form.filters button")
    page.wait_for_selector("ol.hits")
    assert page.inner_text("#result-count").startswith("1 ")
    assert page.inner_text("ol.hits mark") == "sanctions"
    shot(page, "search")

    page.click("ol.hits a.hit-title")
    page.wait_for_selector("#doc-body")
    assert page.inner_text("#doc-title") == DYAD_DOC["title"]
    page.click("#doc-body .k-event >> text=accuse")
    panel = page.inner_text("#panel-body")
    assert "ACCUSE" in panel and "Russia (RUS)" in panel and "United States (USA)" in panel and "actual" in panel
    shot(page, "article")
    page.click("#doc-body .k-time >> text=mardi")
    assert "2021-12-07" in page.inner_text("#panel-body")

    page.click("#doc-body .k-event >> text=accuse")
    page.click("#panel-body a >> text=Russia (RUS)")
    page.wait_for_selector("#actor-name")
    assert page.inner_text("#actor-name") == "Russia"
    page.wait_for_selector("#actor-months[data-rendered='1'] .main-svg")
    shot(page, "actor")

    page.goto(base_url + "/dyad?a=USA&b=RUS")
    page.wait_for_selector("#dyad-chart[data-rendered='1'] .main-svg")
    assert page.inner_text("#dyad-title") == "USA ↔ RUS"
    point = page.locator("#dyad-chart .scatterlayer .trace").first.locator("path.point").first
    point.click(force=True)
    page.wait_for_selector("#dyad-events-body ul.events li")
    assert "sanctions contre la Russie" in page.inner_text("#dyad-events-body")
    shot(page, "dyad")
    page.click("#dyad-events-body a")
    page.wait_for_selector("#doc-body .m.selected")
    assert page.inner_text("#doc-title") == DYAD_DOC["title"]


def test_quote_explorer_and_other_pages(page, base_url):
    page.goto(base_url + "/quotes?country=RUS")
    assert page.inner_text("#quote-count").startswith("1 ")
    assert "Nous ne menacerons personne" in page.inner_text("ul.quotes")
    shot(page, "quotes")
    page.goto(base_url + "/actors")
    assert "Russia" in page.inner_text("table")
    shot(page, "actors")
    page.goto(base_url + "/events")
    assert "SANCTION" in page.inner_text("ul.events")
    shot(page, "events")


def test_article_with_markup_renders_as_text(page, base_url, explore_db):
    page.goto(base_url + f"/articles/{doc_id_of(explore_db, XSS_DOC['id'])}")
    assert page.inner_text("#doc-title") == XSS_TITLE
    assert "<img src=x onerror=alert(2)>" in page.inner_text("#doc-body")
    assert page.locator("#doc-body img").count() == 0
    time.sleep(0.3)
    assert not page.dialogs
    shot(page, "article-xss")
