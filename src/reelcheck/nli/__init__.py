"""Optional natural-language inference over evidence passages (off by default).

The claim verifier may hand a claim the KB could not decide, plus a few trusted passages, to a
`Verifier`. `TransformersNLI` runs a local sequence-classification model directory (nothing is
ever downloaded: `local_files_only=True`). transformers and torch are an optional extra
(`pip install reelcheck[nli]`), imported only when a model is actually loaded.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Protocol, runtime_checkable

__all__ = ["NLIError", "TransformersNLI", "Verifier", "load_verifier"]


class NLIError(ValueError):
    """An NLI model that cannot be loaded (missing extra, bad directory, unknown labels)."""


@runtime_checkable
class Verifier(Protocol):
    def decide(self, claim_text: str, passages: list[str]) -> Optional[tuple[str, float]]:
        """("supported" | "refuted", probability) when the passages settle the claim, else
        None."""
        ...


class TransformersNLI:
    """An entailment model: each passage is the premise, the claim the hypothesis.

    The claim is supported when some passage entails it with probability >= `threshold` (and
    more strongly than any passage contradicts it), refuted in the mirror case, else undecided.
    """

    def __init__(self, path: str | os.PathLike, threshold: float = 0.8, max_length: int = 512):
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as e:
            raise NLIError("the NLI model needs the optional extra: "
                           "pip install 'reelcheck[nli]' (transformers, torch)") from e
        p = Path(path).expanduser()
        if not (p / "config.json").is_file():
            raise NLIError(f"{p}: not a model directory (no config.json)")
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(p), local_files_only=True)
            self.model = AutoModelForSequenceClassification.from_pretrained(
                str(p), local_files_only=True)
        except (OSError, ValueError) as e:
            raise NLIError(f"{p}: cannot load the NLI model ({str(e).splitlines()[0]})") from None
        self.model.eval()
        self.threshold = threshold
        self.max_length = max_length
        labels = {int(i): str(l).lower() for i, l in self.model.config.id2label.items()}
        self.entail = _find(labels, "entail")
        self.contra = _find(labels, "contradict")
        if self.entail is None or self.contra is None:
            raise NLIError(f"{p}: id2label {labels} has no entailment/contradiction labels")
        self.path = p

    def scores(self, claim_text: str, passages: list[str]) -> list[dict[str, float]]:
        """Per passage: probability of entailment, contradiction and (the rest) neutral."""
        import torch
        passages = [x for x in passages if x and x.strip()]
        if not passages or not claim_text.strip():
            return []
        enc = self.tokenizer(passages, [claim_text] * len(passages), truncation=True,
                             max_length=self.max_length, padding=True, return_tensors="pt")
        with torch.no_grad():
            probs = torch.softmax(self.model(**enc).logits, dim=-1)
        out = []
        for row in probs.tolist():
            e, c = float(row[self.entail]), float(row[self.contra])
            out.append({"entailment": e, "contradiction": c, "neutral": max(0.0, 1.0 - e - c)})
        return out

    def decide(self, claim_text: str, passages: list[str]) -> Optional[tuple[str, float]]:
        rows = self.scores(claim_text, passages)
        if not rows:
            return None
        best_e = max(r["entailment"] for r in rows)
        best_c = max(r["contradiction"] for r in rows)
        if best_e >= self.threshold and best_e > best_c:
            return "supported", best_e
        if best_c >= self.threshold and best_c > best_e:
            return "refuted", best_c
        return None


def _find(labels: dict[int, str], stem: str) -> Optional[int]:
    hits = [i for i, l in labels.items() if l.startswith(stem[:6]) or stem in l]
    return hits[0] if len(hits) == 1 else None


_LOADED: dict[str, TransformersNLI] = {}


def load_verifier(path: Optional[str | os.PathLike]) -> Optional[Verifier]:
    """The verifier for `--nli-model PATH` (loaded once per process), or None when off."""
    if not path:
        return None
    key = str(Path(path).expanduser().resolve())
    if key not in _LOADED:
        _LOADED[key] = TransformersNLI(key)
    return _LOADED[key]
