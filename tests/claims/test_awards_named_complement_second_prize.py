"""A second prize coordinated after a naming verb's complement ("was named best actress at
the Oscars and best lead performer at the Spirit Awards"): a gapped clause of its own with its
own show, the one named its winner (h37c)."""
from tests.helpers.award_claims import awards


def test_second_complement_is_its_own_claim(default_kb):
    got = awards("Mikey Madison was named best actress at the Oscars and best lead performer "
                 "at the Spirit Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"], [
        (c.text, c.verdict) for c in got]
    assert got[1].slots["family"] == "independent-spirit-awards"
    assert got[1].slots["subject"] == "mikey-madison"


def test_second_complement_of_another_category_is_not_supported(default_kb):
    got = awards("Mikey Madison was named best actress at the Oscars and best supporting "
                 "performer at the Spirit Awards.", default_kb)
    assert [c.verdict for c in got if "Spirit" in c.text] != ["supported"]
