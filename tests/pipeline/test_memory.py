"""The spaCy pipeline loads without torch: thinc would import it when installed (the optional
NLI extra brings it), about 250 MB for nothing this CPU pipeline uses. Torch stays importable
for the NLI verifier afterwards."""
from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

PROBE = """
import sys
from reelcheck import nlp
doc = next(nlp.parse(["Anora won the Palme d'Or in 2024."]))
print(len(doc), "torch" in sys.modules)
"""


def test_the_pipeline_parses_without_importing_torch():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["8", "False"]


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed")
def test_torch_is_still_importable_after_the_pipeline_loads():
    code = PROBE + "import torch\nprint(torch.tensor([1, 2]).sum().item())\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["8", "False", "3"]
