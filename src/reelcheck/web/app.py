"""The web app: a paste-or-upload page, the HTML report, KB entity pages and a JSON API.

A thin shell over `check()`: each check (ingest included) runs in a worker process with a time
budget and is killed when it overruns (`reelcheck.runner`); a bounded line of waiting checks
answers 503 when full; bodies are size- and time-limited before any endpoint sees them; every
response carries security headers and every HTML page a Content-Security-Policy; and every error
comes back as `{"error": {"kind", "message"}}` (or a readable page for browser routes), never a
traceback. The API docs (/docs, /redoc) load Swagger UI and ReDoc from the app itself.

KB look-ups (entity pages, search, the entity API) are plain `def` endpoints, so FastAPI runs them
in its thread pool and the SQLite reads never block the event loop.

`app.state.check_job` is the module-level function the workers run on each request
(`runner.check_bytes` by default: ingest, then check); a caller may point it at another
module-level function `fn(kb, options, data, ingest_args) -> Report`.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any, Optional, Union

import orjson
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, ingest, runner
from ..config import Config
from ..model import Report
from ..pipeline import CheckOptions, resolve_kb
from .limits import DEFAULT_CSP, SECURITY_HEADERS, BodyLimit, SecurityHeaders

log = logging.getLogger("reelcheck.web")

KINDS = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large",
         408: "timeout", 415: "unsupported_media_type", 422: "invalid_request", 500: "internal",
         503: "busy", 504: "timeout"}
# Input refused inside the check: 400 unless named here (a well-formed body, within the size
# limit, that cannot be processed as it is).
INPUT_STATUS = {"too_long": 422}
PAGE_CSP = DEFAULT_CSP
# Swagger UI and ReDoc, served from the app: scripts only from here, their styles inline.
DOCS_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            "worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
DOCS_ASSET_BASE = "/docs/assets/"
NAV = [("/", "New check"), ("/search", "Search the KB"), ("/docs", "API")]
ENTITY_BASE = "/entity/"


class ApiError(Exception):
    """An error to send back to the client as it is (status, kind, one-line message)."""

    def __init__(self, status: int, kind: str, message: str,
                 headers: Optional[dict] = None):
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message
        self.headers = headers


def create_app(kb: Any = None, config: Optional[Config] = None) -> FastAPI:
    """A ready app over `kb` (path, open KB, or None for config.kb / the bundled default).

    The worker processes start with the app's lifespan (or on the first check) and stop with it.
    """
    from ..config import check_limits
    cfg = config or Config()
    check_limits(cfg)
    kbo = resolve_kb(kb if kb is not None else cfg.kb)

    @asynccontextmanager
    async def lifespan(_app):
        await asyncio.get_running_loop().run_in_executor(None, check_pool, _app)
        try:
            yield
        finally:
            close_pool(_app)

    app = FastAPI(title="reelcheck", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Fact-check film articles against a knowledge base. "
                              "POST /api/check returns a reelcheck.report/1 JSON report.")
    app.state.kb = kbo
    app.state.config = cfg
    app.state.options = CheckOptions(blocklists=list(cfg.blocklists))
    app.state.check_job = runner.check_bytes
    app.state.pool = None
    app.state.pool_lock = threading.Lock()
    app.add_middleware(BodyLimit, max_bytes=int(cfg.max_body_bytes),
                       timeout_s=float(cfg.body_timeout_s), page=error_page)
    app.add_middleware(SecurityHeaders)
    _add_error_handlers(app)
    _add_api(app)
    _add_pages(app)
    _add_docs(app)
    app.openapi = lambda: _openapi(app)
    return app


# -- running a check ---------------------------------------------------------------------------

def doc_budget(cfg: Config) -> float:
    """Seconds of work one document may take (doc_timeout_s, else server.request_timeout_s)."""
    return float(cfg.doc_timeout_s if cfg.doc_timeout_s is not None else cfg.request_timeout_s)


def check_pool(app) -> runner.CheckPool:
    """The app's worker processes, started on first use."""
    with app.state.pool_lock:
        if app.state.pool is None:
            cfg = app.state.config
            workers = int(cfg.workers or os.cpu_count() or 2)
            pool = runner.CheckPool(
                str(app.state.kb.path), app.state.options, workers=workers,
                queue_size=int(cfg.queue_size), large_bytes=int(cfg.large_doc_bytes),
                max_rss_mb=cfg.worker_max_rss_mb)
            app.state.threads = ThreadPoolExecutor(
                max_workers=pool.normal.capacity + pool.large.capacity,
                thread_name_prefix="reelcheck-wait")
            app.state.pool = pool
        return app.state.pool


def close_pool(app) -> None:
    with app.state.pool_lock:
        pool, app.state.pool = app.state.pool, None
    if pool is not None:
        pool.close()
        app.state.threads.shutdown(wait=False, cancel_futures=True)


async def run_check(request: Request, data: bytes, *, fmt: Optional[str], name: str,
                    url: Optional[str], title: Optional[str] = None,
                    as_json: bool = False) -> Union[Report, bytes]:
    """Ingest and check `data` in a worker process within the document budget: the `Report`,
    or with `as_json` the API's JSON bytes of it, made in the worker (`runner.report_json`).

    503 when every worker is busy and the line is full, 504 (worker killed) past the budget,
    413 past the memory cap, 400 for input that cannot be checked, 422 for a text too long for
    the parser to take (`INPUT_STATUS`).
    """
    app = request.app
    cfg = app.state.config
    budget = doc_budget(cfg)
    loop = asyncio.get_running_loop()
    pool = app.state.pool or await loop.run_in_executor(None, check_pool, app)
    lane = pool.lane_for(len(data))
    job = app.state.check_job
    args = (data, {"name": name, "doc_id": name, "url": url, "title": title, "fmt": fmt})
    if as_json:
        job, args = runner.report_json, (job, *args)
    try:
        lane.admit()
        return await loop.run_in_executor(app.state.threads, lane.run_admitted,
                                          job, args, budget, budget)
    except runner.Busy as e:
        raise ApiError(503, "busy", str(e), headers={"Retry-After": "5"}) from None
    except runner.CheckTimeout:
        raise ApiError(504, "timeout", f"the check took longer than the {budget:g} s limit "
                       "(doc_timeout_s); it was stopped; try a shorter text") from None
    except ingest.InputError as e:
        raise ApiError(INPUT_STATUS.get(e.kind, 400), e.kind, e.message) from None
    except runner.WorkerFailed as e:
        if e.detail:
            log.error("check failed in a worker: %s\n%s", e.message, e.detail)
        if e.kind == "too_large":
            raise ApiError(413, "too_large", e.message) from None
        raise ApiError(500, "internal", f"internal error ({e.message.split(':')[0]}); "
                       "see the server log") from None


# -- errors ------------------------------------------------------------------------------------

def _wants_page(request: Request) -> bool:
    return (not request.url.path.startswith("/api/")
            and "text/html" in request.headers.get("accept", ""))


def error_page(status: int, kind: str, message: str) -> bytes:
    """The HTML error page (also used by the body limit for browser form posts)."""
    return templates().get_template("error.html").render(
        status=status, kind=kind, message=message, nav=NAV, css=site_css()).encode("utf-8")


def error_response(request: Request, status: int, kind: str, message: str,
                   headers: Optional[dict] = None):
    if _wants_page(request):
        # Set here too: 500s are sent from outside the middleware stack.
        return HTMLResponse(error_page(status, kind, message), status_code=status,
                            headers={**(headers or {}), **SECURITY_HEADERS,
                                     "Content-Security-Policy": PAGE_CSP})
    return JSONResponse({"error": {"kind": kind, "message": message}}, status_code=status,
                        headers={**(headers or {}), **SECURITY_HEADERS})


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.kind, exc.message, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        kind = KINDS.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else kind.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(request, exc.status_code, kind, message,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
        return error_response(request, 422, "invalid_request",
                              "; ".join(parts) or "invalid request")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal",
                              f"internal error ({type(exc).__name__}); see the server log")


# -- JSON API ----------------------------------------------------------------------------------

_CHECK_BODY = {
    "required": True,
    "content": {"application/json": {"schema": {
        "type": "object",
        "properties": {
            "text": {"type": "string", "description": "Plain article text (spans point into it)."},
            "html": {"type": "string", "description": "An HTML page; its main text is checked."},
            "url": {"type": "string", "description": "The article's URL, for the report."},
            "title": {"type": "string"},
        },
        "oneOf": [{"required": ["text"]}, {"required": ["html"]}],
        "example": {"text": "Mikey Madison won the Oscar for Best Actress for Anora."},
    }}},
}


_ERROR_REF = {"content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/Error"}}}}
_CHECK_RESPONSES: dict = {
    200: {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
    400: {"description": "Malformed JSON or input that cannot be checked", **_ERROR_REF},
    408: {"description": "The body did not arrive in time", **_ERROR_REF},
    413: {"description": "The body is over the size limit", **_ERROR_REF},
    415: {"description": "Not a JSON body", **_ERROR_REF},
    422: {"description": "Wrong fields, or a run of text with no sentence break longer than "
                         "the parser reads", **_ERROR_REF},
    503: {"description": "Every worker busy and the line full; retry later", **_ERROR_REF},
    504: {"description": "The check ran past its time budget and was stopped", **_ERROR_REF},
}


@lru_cache(maxsize=None)
def report_schemas() -> dict:
    """report.schema.json as OpenAPI components: `Report` plus its `$defs`, refs rewritten."""
    from importlib import resources
    raw = resources.files("reelcheck.report").joinpath("report.schema.json").read_text("utf-8")
    prefix = "Report_"
    for name in json.loads(raw).get("$defs", {}):
        raw = raw.replace(f'"#/$defs/{name}"', f'"#/components/schemas/{prefix}{name}"')
    schema = json.loads(raw)
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    out = {"Report": schema, **{prefix + k: v for k, v in defs.items()}}
    out["Error"] = {
        "type": "object", "required": ["error"], "additionalProperties": False,
        "properties": {"error": {
            "type": "object", "required": ["kind", "message"], "additionalProperties": False,
            "properties": {"kind": {"type": "string", "description": "short reason, e.g. busy"},
                           "message": {"type": "string", "description": "one line for people"}}}}}
    return out


def _openapi(app: FastAPI) -> dict:
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi
        spec = get_openapi(title=app.title, version=app.version, description=app.description,
                           routes=app.routes)
        spec.setdefault("components", {}).setdefault("schemas", {}).update(report_schemas())
        app.openapi_schema = spec
    return app.openapi_schema


def _add_api(app: FastAPI) -> None:
    @app.get("/api/health", tags=["api"])
    def health(request: Request) -> dict:
        """Liveness and which KB the server checks against."""
        return {"status": "ok", "kb": request.app.state.kb.describe(), "version": __version__}

    @app.post("/api/check", tags=["api"], openapi_extra={"requestBody": _CHECK_BODY},
              response_description="A reelcheck.report/1 report",
              responses=_CHECK_RESPONSES)
    async def api_check(request: Request) -> Response:
        """Check one article given as `{"text": ...}` or `{"html": ..., "url": ...}`."""
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise ApiError(415, "unsupported_media_type",
                           f"send a JSON body with Content-Type: application/json "
                           f"(got {ctype or 'no content type'})")
        try:
            data = orjson.loads(await request.body())
        except orjson.JSONDecodeError as e:
            raise ApiError(400, "bad_json", f"malformed JSON: {e}") from None
        if not isinstance(data, dict):
            raise ApiError(400, "bad_json", 'the JSON body must be an object like {"text": "..."}')
        text, html = data.get("text"), data.get("html")
        if (text is None) == (html is None):
            raise ApiError(422, "invalid_request", 'give exactly one of "text" or "html"')
        for key in ("text", "html", "url", "title"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise ApiError(422, "invalid_request", f'"{key}" must be a string')
        body = (text if text is not None else html).encode("utf-8", "surrogatepass")
        report = await run_check(request, body, fmt="text" if text is not None else "html",
                                 name="request", url=data.get("url"), title=data.get("title"),
                                 as_json=True)
        return Response(report, media_type="application/json")

    @app.get("/api/entities", tags=["api"])
    def api_search(request: Request,
                         q: str = Query(..., min_length=1, max_length=200,
                                        description="Name or part of a name"),
                         limit: int = Query(20, ge=1, le=100)) -> dict:
        """KB entities whose names match `q`, best first."""
        kb = request.app.state.kb
        return {"query": q, "results": [_entity_brief(e) for e in kb.search(q, limit=limit)]}

    @app.get("/api/entities/{eid}", tags=["api"])
    def api_entity(request: Request, eid: str) -> dict:
        """One KB entity with its aliases and the facts about it."""
        kb = request.app.state.kb
        e = kb.entity(eid)
        if e is None:
            raise ApiError(404, "not_found", f"no entity with id {eid!r} in the KB")
        view = entity_view(kb, eid)
        return {**_entity_brief(e), "aliases": view["aliases"],
                "facts": [_fact_json(f, s) for f, s, _ in view["as_subject"]],
                "facts_as_object": [_fact_json(f, s) for f, s, _ in view["as_object"]],
                "mentioned_in": [_fact_json(f, s) for f, s, _ in view["mentioned"]]}


def _entity_brief(e) -> dict:
    return {"id": e.id, "type": e.type, "label": e.label, "description": e.description,
            "year": e.year}


def _fact_json(f, statement: str) -> dict:
    return {"id": f.id, "subject": f.subject, "predicate": f.predicate, "value": f.value,
            "value_type": f.value_type, "precision": f.precision, "unit": f.unit,
            "qualifiers": f.qualifiers, "confidence": f.confidence, "sources": f.sources,
            "statement": statement}


def entity_view(kb, eid: str) -> dict:
    """Facts about `eid` grouped by its role, each with a sentence and the entities it names."""
    from ..verify.words import fact_statement

    def row(f):
        related = []
        for v in [f.subject, f.object_entity, *_qualifier_ids(f.qualifiers)]:
            if isinstance(v, str) and v != eid and v not in related and kb.entity(v):
                related.append(v)
        return f, fact_statement(kb, f), [(r, kb.label(r)) for r in related]

    as_subject = kb.facts(subject=eid)
    as_object = [f for f in kb.facts(object_entity=eid) if f.subject != eid]
    seen = {f.id for f in as_subject} | {f.id for f in as_object}
    mentioned = [f for f in kb.facts_involving(eid) if f.id not in seen]
    key = lambda f: (f.predicate, str(f.value))  # noqa: E731
    return {"aliases": [{"alias": a, "kind": k} for a, k in kb.aliases_of(eid)],
            "as_subject": [row(f) for f in sorted(as_subject, key=key)],
            "as_object": [row(f) for f in sorted(as_object, key=key)],
            "mentioned": [row(f) for f in sorted(mentioned, key=key)]}


def _qualifier_ids(quals: dict) -> list:
    out = []
    for v in quals.values():
        out.extend(v if isinstance(v, list) else [v])
    return [v for v in out if isinstance(v, str)]


# -- HTML pages --------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def templates():
    import jinja2
    return jinja2.Environment(loader=jinja2.PackageLoader("reelcheck.web", "templates"),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


@lru_cache(maxsize=None)
def site_css() -> Any:
    from importlib import resources

    from markupsafe import Markup

    from ..report.html import _asset
    site = resources.files(__package__).joinpath("templates", "site.css").read_text("utf-8")
    return Markup(_asset("report.css") + "\n" + site)


def page(name: str, status: int = 200, **ctx) -> HTMLResponse:
    from ..report.html import http_href
    html = templates().get_template(name).render(nav=NAV, css=site_css(), http_href=http_href,
                                                 entity_base=ENTITY_BASE, **ctx)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": PAGE_CSP})


def _headline(text: str) -> Optional[str]:
    """A pasted article's first line, as the report's title, when it is short enough to be one."""
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return first if 0 < len(first) <= 120 else None


def _add_pages(app: FastAPI) -> None:
    def index(request: Request, status: int = 200, error: Optional[str] = None,
              text: str = "", url: str = "") -> HTMLResponse:
        cfg = request.app.state.config
        return page("index.html", status, error=error, text=text, url=url,
                    kb=request.app.state.kb.describe(), max_mb=cfg.max_body_bytes / 1e6)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request):
        return index(request)

    @app.post("/check", response_class=HTMLResponse, include_in_schema=False)
    async def check_page(request: Request):
        from starlette.datastructures import UploadFile

        from ..report.html import to_html
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in ("multipart/form-data", "application/x-www-form-urlencoded"):
            raise ApiError(415, "unsupported_media_type",
                           "submit the form (multipart/form-data or urlencoded)")
        limit = int(request.app.state.config.max_body_bytes)
        try:
            form = await request.form(max_part_size=limit)
        except Exception as e:  # python-multipart parse errors: a broken form, not a crash
            raise ApiError(400, "bad_form", f"could not read the form: {e}") from None
        text = form.get("text") or ""
        url = (form.get("url") or "").strip() or None
        upload = form.get("file")
        text = text if isinstance(text, str) else ""
        try:
            if isinstance(upload, UploadFile) and upload.filename:
                data = await upload.read()
                report = await run_check(request, data, fmt=None, url=url,
                                         name=os.path.basename(upload.filename))
            elif text.strip():
                report = await run_check(request, text.encode("utf-8", "surrogatepass"),
                                         fmt="text", name="pasted text", url=url,
                                         title=_headline(text))
            else:
                raise ApiError(400, "empty", "paste some article text or choose a file to check")
        except ApiError as e:
            return index(request, e.status, error=e.message, text=text, url=url or "")
        finally:
            await form.close()
        cfg = request.app.state.config
        return HTMLResponse(to_html(report, config=cfg, entity_base=ENTITY_BASE, nav=NAV),
                            headers={"Content-Security-Policy": report_csp()})

    @app.get("/entity/{eid}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, eid: str):
        kb = request.app.state.kb
        e = kb.entity(eid)
        if e is None:
            raise ApiError(404, "not_found", f"no entity with id {eid!r} in the KB")
        return page("entity.html", entity=e, kb=kb.describe(), **entity_view(kb, eid))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = Query("", max_length=200)):
        kb = request.app.state.kb
        results = kb.search(q, limit=50) if q.strip() else []
        return page("search.html", q=q, results=results, kb=kb.describe())


@lru_cache(maxsize=None)
def report_csp() -> str:
    """The report page's policy: its own inline CSS and script (by hash), nothing else."""
    from ..report.html import _asset, _csp_hash
    return (f"default-src 'none'; style-src '{_csp_hash(_asset('report.css'))}'; "
            f"script-src '{_csp_hash(_asset('report.js'))}'; img-src data:; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


# -- API docs, served offline ------------------------------------------------------------------

_DOCS_ASSETS = {  # name -> (package, file, content type)
    "swagger-ui-bundle.js": ("fastapi_offline", "static/swagger-ui-bundle.js",
                             "text/javascript; charset=utf-8"),
    "swagger-ui.css": ("fastapi_offline", "static/swagger-ui.css", "text/css; charset=utf-8"),
    "redoc.standalone.js": ("fastapi_offline", "static/redoc.standalone.js",
                            "text/javascript; charset=utf-8"),
    "favicon.png": ("fastapi_offline", "static/favicon.png", "image/png"),
    "swagger-init.js": ("reelcheck.web", "templates/swagger-init.js",
                        "text/javascript; charset=utf-8"),
}


@lru_cache(maxsize=None)
def docs_asset(name: str) -> bytes:
    from importlib import resources
    package, path, _ = _DOCS_ASSETS[name]
    data = resources.files(package).joinpath(path).read_bytes()
    if name == "redoc.standalone.js":  # its one remote fetch, Redocly's logo: a local image
        data = data.replace(b"https://cdn.redoc.ly/redoc/logo-mini.svg",
                            DOCS_ASSET_BASE.encode() + b"favicon.png")
    return data


def _add_docs(app: FastAPI) -> None:
    def docs_page(title: str, body: str) -> HTMLResponse:
        html = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{title}</title>"
                f'<link rel="icon" href="{DOCS_ASSET_BASE}favicon.png">{body}</html>\n')
        return HTMLResponse(html, headers={"Content-Security-Policy": DOCS_CSP})

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def swagger_ui():
        return docs_page(
            "reelcheck API — Swagger UI",
            f'<link rel="stylesheet" href="{DOCS_ASSET_BASE}swagger-ui.css"></head><body>'
            f'<div id="swagger-ui" data-spec-url="{app.openapi_url}"></div>'
            f'<script src="{DOCS_ASSET_BASE}swagger-ui-bundle.js"></script>'
            f'<script src="{DOCS_ASSET_BASE}swagger-init.js"></script></body>')

    @app.get("/redoc", response_class=HTMLResponse, include_in_schema=False)
    async def redoc():
        return docs_page(
            "reelcheck API — ReDoc",
            f'</head><body><redoc spec-url="{app.openapi_url}"></redoc>'
            f'<script src="{DOCS_ASSET_BASE}redoc.standalone.js"></script></body>')

    @app.get(DOCS_ASSET_BASE + "{name}", include_in_schema=False)
    async def docs_file(name: str):
        if name not in _DOCS_ASSETS:
            raise ApiError(404, "not_found", f"no such file: {name}")
        return Response(docs_asset(name), media_type=_DOCS_ASSETS[name][2],
                        headers={"Cache-Control": "public, max-age=86400"})
