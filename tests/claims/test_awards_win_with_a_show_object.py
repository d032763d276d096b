""""X Tops the BAFTAs With a Best Film Win": the parser may hang the "with" phrase on the show
the verb takes; a show holds no win, so the win is the verb's subject's. Sentences written for
these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import award_verdicts as verdicts


def test_a_win_hung_on_the_show_is_the_subject_s(default_kb):
    assert verdicts("Conclave Tops BAFTAs With Best Film Win", default_kb) == ["supported"]
    assert verdicts("Anora Tops BAFTAs With Best Film Win", default_kb) == ["refuted"]
