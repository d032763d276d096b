"""The optional NLI path, with a tiny BERT built here (random weights, nothing downloaded)."""
from __future__ import annotations

import pytest

from reelcheck.nli import NLIError, TransformersNLI, Verifier, load_verifier

transformers = pytest.importorskip("transformers")
torch = pytest.importorskip("torch")

WORDS = ("the film won the palme d or at cannes in 2024 anora was directed by sean baker "
         "mikey madison plays ani a dancer from brooklyn it lost never").split()


def tiny_model(tmp_path, name: str, bias: list[float]):
    """A 2-layer BERT classifier whose output bias pins one label, saved like a real model."""
    d = tmp_path / name
    d.mkdir()
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(set(WORDS))]
    (d / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok = transformers.BertTokenizer(str(d / "vocab.txt"), do_lower_case=True)
    cfg = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=128, num_labels=3,
        id2label={0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"},
        label2id={"ENTAILMENT": 0, "NEUTRAL": 1, "CONTRADICTION": 2})
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(cfg)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor(bias))
    model.save_pretrained(d)
    tok.save_pretrained(d)
    return d


def test_scores_are_probabilities_for_each_passage(tmp_path):
    nli = TransformersNLI(tiny_model(tmp_path, "plain", [0.0, 0.0, 0.0]))
    assert isinstance(nli, Verifier)
    rows = nli.scores("anora won the palme d or", ["the film won the palme d or at cannes",
                                                   "mikey madison plays ani"])
    assert len(rows) == 2
    for r in rows:
        assert set(r) == {"entailment", "contradiction", "neutral"}
        assert abs(sum(r.values()) - 1.0) < 1e-5 and all(0 <= v <= 1 for v in r.values())
    assert nli.decide("anora won the palme d or", ["the film won at cannes"]) is None  # 1/3 each


def test_entailment_supports_and_contradiction_refutes(tmp_path):
    yes = TransformersNLI(tiny_model(tmp_path, "yes", [8.0, 0.0, 0.0]))
    label, p = yes.decide("anora was directed by sean baker", ["sean baker directed anora"])
    assert label == "supported" and 0.99 < p <= 1.0
    no = TransformersNLI(tiny_model(tmp_path, "no", [0.0, 0.0, 8.0]))
    label, p = no.decide("anora lost at cannes", ["the film won the palme d or at cannes"])
    assert label == "refuted" and 0.99 < p <= 1.0
    assert no.decide("anora lost", []) is None


def test_load_verifier_is_off_by_default_and_caches(tmp_path):
    assert load_verifier(None) is None
    d = tiny_model(tmp_path, "cached", [0.0, 0.0, 0.0])
    assert load_verifier(d) is load_verifier(str(d))


def test_bad_model_directories_give_one_line_errors(tmp_path):
    with pytest.raises(NLIError, match="no config.json"):
        TransformersNLI(tmp_path)
    d = tiny_model(tmp_path, "labels", [0.0, 0.0, 0.0])
    cfg = (d / "config.json").read_text()
    (d / "config.json").write_text(cfg.replace("CONTRADICTION", "OTHER"))
    with pytest.raises(NLIError, match="entailment/contradiction"):
        TransformersNLI(d)
