"""The web app: a paste-or-upload page, the HTML report, KB entity pages and a JSON API.

A thin shell over `check()`: the KB is opened read-only once and shared by every request (KB is
thread-safe), each check runs in a worker thread with a time limit, bodies are size-limited before
any endpoint sees them, and every error comes back as `{"error": {"kind", "message"}}` (or a
readable page for browser routes), never a traceback.

KB look-ups (entity pages, search, the entity API) are plain `def` endpoints, so FastAPI runs them
in its thread pool and the SQLite reads never block the event loop.

`app.state.check` is the function that turns a `Document` into a `Report`; it exists so a caller
can run the app over a different pipeline (and so tests can exercise the time limit).
"""
from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any, Optional

import orjson
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, ingest
from ..config import Config
from ..model import Document, Report
from ..pipeline import CheckOptions, check, resolve_kb
from .limits import BodyLimit

log = logging.getLogger("reelcheck.web")

KINDS = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large",
         415: "unsupported_media_type", 422: "invalid_request", 500: "internal",
         504: "timeout"}
PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")
NAV = [("/", "New check"), ("/search", "Search the KB"), ("/docs", "API")]
ENTITY_BASE = "/entity/"


class ApiError(Exception):
    """An error to send back to the client as it is (status, kind, one-line message)."""

    def __init__(self, status: int, kind: str, message: str):
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


def create_app(kb: Any = None, config: Optional[Config] = None) -> FastAPI:
    """A ready app over `kb` (path, open KB, or None for config.kb / the bundled default)."""
    cfg = config or Config()
    kbo = resolve_kb(kb if kb is not None else cfg.kb)
    options = CheckOptions(blocklists=list(cfg.blocklists))
    executor = ThreadPoolExecutor(max_workers=min(8, (os.cpu_count() or 2) + 2),
                                  thread_name_prefix="reelcheck-check")

    @asynccontextmanager
    async def lifespan(_app):
        yield
        executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(title="reelcheck", version=__version__, lifespan=lifespan,
                  description="Fact-check film articles against a knowledge base. "
                              "POST /api/check returns a reelcheck.report/1 JSON report.")
    app.state.kb = kbo
    app.state.config = cfg
    app.state.check = lambda doc: check(doc, kb=kbo, options=options)
    app.state.executor = executor
    app.add_middleware(BodyLimit, max_bytes=int(cfg.max_body_bytes))
    _add_error_handlers(app)
    _add_api(app)
    _add_pages(app)
    return app


# -- running a check ---------------------------------------------------------------------------

async def run_check(request: Request, doc: Document) -> Report:
    """`app.state.check(doc)` in the worker pool, or an ApiError(504) after the time limit.

    Python cannot stop a running thread: a check that overruns finishes in the background and
    its result is dropped; the pool's size bounds how many such checks can pile up.
    """
    app = request.app
    limit = float(app.state.config.request_timeout_s)
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(app.state.executor, app.state.check, doc)
    try:
        return await asyncio.wait_for(fut, timeout=limit)
    except asyncio.TimeoutError:
        raise ApiError(504, "timeout", f"the check took longer than the {limit:g} s limit "
                       "(server.request_timeout_s); try a shorter text") from None


def _document(data: bytes, *, fmt: Optional[str], name: str, url: Optional[str],
              title: Optional[str] = None) -> Document:
    try:
        return ingest.from_bytes(data, name=name, doc_id=name, url=url, title=title, fmt=fmt)
    except ingest.InputError as e:
        raise ApiError(400, e.kind, e.message) from None


# -- errors ------------------------------------------------------------------------------------

def _wants_page(request: Request) -> bool:
    return (not request.url.path.startswith("/api/")
            and "text/html" in request.headers.get("accept", ""))


def error_response(request: Request, status: int, kind: str, message: str,
                   headers: Optional[dict] = None):
    if _wants_page(request):
        html = templates().get_template("error.html").render(
            status=status, kind=kind, message=message, nav=NAV, css=site_css())
        return HTMLResponse(html, status_code=status, headers={**(headers or {}),
                                                               "Content-Security-Policy": PAGE_CSP})
    return JSONResponse({"error": {"kind": kind, "message": message}}, status_code=status,
                        headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.kind, exc.message)

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


def _add_api(app: FastAPI) -> None:
    @app.get("/api/health", tags=["api"])
    def health(request: Request) -> dict:
        """Liveness and which KB the server checks against."""
        return {"status": "ok", "kb": request.app.state.kb.describe(), "version": __version__}

    @app.post("/api/check", tags=["api"], openapi_extra={"requestBody": _CHECK_BODY},
              response_description="A reelcheck.report/1 report")
    async def api_check(request: Request) -> JSONResponse:
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
        doc = _document(body, fmt="text" if text is not None else "html", name="request",
                        url=data.get("url"), title=data.get("title"))
        report = await run_check(request, doc)
        return JSONResponse(report.to_dict())

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
                doc = _document(data, fmt=None, name=os.path.basename(upload.filename), url=url)
            elif text.strip():
                doc = _document(text.encode("utf-8", "surrogatepass"), fmt="text",
                                name="pasted text", url=url, title=_headline(text))
            else:
                raise ApiError(400, "empty", "paste some article text or choose a file to check")
            report = await run_check(request, doc)
        except ApiError as e:
            return index(request, e.status, error=e.message, text=text, url=url or "")
        finally:
            await form.close()
        cfg = request.app.state.config
        return HTMLResponse(to_html(report, config=cfg, entity_base=ENTITY_BASE, nav=NAV))

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
