"""Web that works offline and is locked down: docs assets from the app itself, a real response
schema in the OpenAPI document, security headers on every HTML response, HTML error pages for
the browser form."""
from __future__ import annotations

import jsonschema
import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from reelcheck.config import Config
from reelcheck.web.app import create_app

PAGE = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
ARTICLE = "Sean Baker directed Anora. Yura Borisov won the Oscar for Best Supporting Actor."


@pytest.fixture(scope="module")
def app(default_kb):
    return create_app(kb=default_kb, config=Config(max_body_bytes=8192, workers=1))


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_pages_load_every_asset_from_the_app(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    tree = HTMLParser(r.text)
    urls = [n.attributes["src"] for n in tree.css("script[src]")]
    urls += [n.attributes["href"] for n in tree.css("link[href]")]
    assert any(u.endswith(".js") for u in urls)
    assert not tree.css("script:not([src])"), "no inline scripts (the CSP forbids them)"
    for u in urls:
        assert u.startswith("/") and not u.startswith("//"), f"{u} is not served by the app"
        a = client.get(u)
        assert a.status_code == 200, u
        assert len(a.content) > 100, u
        kind = a.headers["content-type"]
        assert kind.startswith(("text/javascript", "text/css", "image/png")), (u, kind)
        assert a.headers["x-content-type-options"] == "nosniff"
    spec_url = (tree.css_first("[data-spec-url]") or tree.css_first("redoc"))
    spec = spec_url.attributes.get("data-spec-url") or spec_url.attributes.get("spec-url")
    assert client.get(spec).json()["openapi"].startswith("3.")


def test_swagger_ui_bundle_is_the_real_thing(client):
    js = client.get("/docs/assets/swagger-ui-bundle.js").text
    assert "SwaggerUIBundle" in js and len(js) > 500_000
    assert "Redoc" in client.get("/docs/assets/redoc.standalone.js").text
    assert client.get("/docs/assets/../app.py").status_code == 404
    assert client.get("/docs/assets/nothing.js").status_code == 404


def test_openapi_has_the_report_schema_for_api_check(client):
    spec = client.get("/openapi.json").json()
    responses = spec["paths"]["/api/check"]["post"]["responses"]
    ok = responses["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Report"}
    schemas = spec["components"]["schemas"]
    report = schemas["Report"]
    assert {"document", "claims", "names", "quotes", "links", "summary"} <= set(report["properties"])
    assert "$defs" not in report
    for code in ("400", "413", "503", "504"):
        assert responses[code]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Error"}
    # A real response validates against the schema as published (refs resolved in the spec).
    r = client.post("/api/check", json={"text": ARTICLE})
    assert r.status_code == 200
    validator = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$ref": "#/components/schemas/Report", "components": spec["components"]}
    jsonschema.validate(r.json(), validator)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**r.json(), "claims": "none"}, validator)
    err = client.post("/api/check", json={"text": ""})
    jsonschema.validate(err.json(), {"$ref": "#/components/schemas/Error",
                                     "components": spec["components"]})


def html_responses(client):
    """Every kind of HTML response the app makes, with how it was asked for."""
    yield "home", client.get("/", headers=PAGE)
    yield "search", client.get("/search", params={"q": "baker"}, headers=PAGE)
    yield "entity", client.get("/entity/sean-baker", headers=PAGE)
    yield "report", client.post("/check", data={"text": ARTICLE}, headers=PAGE)
    yield "form error", client.post("/check", data={"text": "  "}, headers=PAGE)
    yield "404", client.get("/no-such-page", headers=PAGE)
    yield "405", client.delete("/", headers=PAGE)
    yield "413", client.post("/check", data={"text": "Anora " * 3000}, headers=PAGE)
    yield "docs", client.get("/docs")
    yield "redoc", client.get("/redoc")


def test_security_headers_on_every_html_response(client):
    seen = set()
    for name, r in html_responses(client):
        assert r.headers["content-type"].startswith("text/html"), name
        csp = r.headers.get("content-security-policy", "")
        directives = {d.strip().split(" ")[0]: d.strip() for d in csp.split(";") if d.strip()}
        assert directives.get("frame-ancestors") == "frame-ancestors 'none'", (name, csp)
        assert directives.get("default-src") == "default-src 'none'", (name, csp)
        assert "'unsafe-eval'" not in csp and "*" not in csp, (name, csp)
        assert "'unsafe-inline'" not in directives.get("script-src", ""), (name, csp)
        assert r.headers["x-content-type-options"] == "nosniff", name
        assert r.headers["referrer-policy"] == "no-referrer", name
        assert r.headers["x-frame-options"] == "DENY", name
        seen.add(name)
    assert len(seen) == 10


def test_json_responses_get_nosniff_too(client):
    for r in (client.get("/api/health"), client.post("/api/check", json={"text": ""})):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "content-security-policy" not in r.headers


def test_form_post_over_the_limit_is_an_html_page(client):
    r = client.post("/check", files={"file": ("big.txt", b"Anora " * 3000, "text/plain")},
                    headers=PAGE)
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("text/html")
    tree = HTMLParser(r.text)
    assert "8,192-byte limit" in tree.css_first(".rc-error").text()
    assert tree.css_first("a[href='/']"), "a way back to the form"
    # The API keeps answering JSON.
    r = client.post("/api/check", json={"text": "Anora " * 3000}, headers=PAGE)
    assert r.status_code == 413 and r.json()["error"]["kind"] == "too_large"


def test_report_page_csp_allows_exactly_its_own_script(client):
    import base64
    import hashlib
    r = client.post("/check", data={"text": ARTICLE}, headers=PAGE)
    [script] = HTMLParser(r.text).css("script")
    digest = base64.b64encode(hashlib.sha256(script.text().encode()).digest()).decode()
    assert f"'sha256-{digest}'" in r.headers["content-security-policy"]
