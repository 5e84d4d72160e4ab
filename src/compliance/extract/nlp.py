"""The spaCy pipeline: a blank Indonesian tokenizer, trimmed to start fast.

`spacy.blank("id")` compiles ~16k tokenizer special cases (reduplications from id.wiktionary
in five casings) and takes over a second to build; none of them matter for the short values we
match. `CompactIndonesian` keeps spaCy's Indonesian prefixes/suffixes/infixes and `like_num`,
but only the base exceptions plus the abbreviations that appear in service standards. Built
once per process, on first use (`bench/nlp_startup.py` measures it against blank id/en).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.id.lex_attrs import LEX_ATTRS
from spacy.lang.id.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import BaseDefaults, Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Token
from spacy.util import update_exc

from compliance.extract.numbers import NUMBER_WORDS
from compliance.extract.vocab import DURATION_UNITS

# Abbreviations whose final dot must stay on the token (else "s.d." splits and "No." ends a
# sentence). Extend here, not with the 16k wiktionary list.
ABBREVIATIONS: tuple[str, ...] = (
    "No.",
    "no.",
    "NO.",
    "Nomor.",
    "dll.",
    "Dll.",
    "dsb.",
    "dst.",
    "s.d.",
    "S.D.",
    "s.d",
    "Rp.",
    "RP.",
    "rp.",
    "Jl.",
    "Jln.",
    "JL.",
    "Kec.",
    "Kab.",
    "Kel.",
    "Prov.",
    "Telp.",
    "Tlp.",
    "telp.",
    "Hp.",
    "HP.",
    "Thn.",
    "Th.",
    "tgl.",
    "Tgl.",
    "Dr.",
    "dr.",
    "drg.",
    "Drs.",
    "Ir.",
    "H.",
    "Hj.",
    "S.H.",
    "S.E.",
    "S.Kom.",
    "S.Sos.",
    "S.Pd.",
    "S.Kep.",
    "S.K.M.",
    "A.Md.",
)
_exceptions = update_exc(
    BASE_EXCEPTIONS,
    {a: [{ORTH: a}] for a in ABBREVIATIONS}
    | {"s/d": [{ORTH: "s/d", NORM: "s.d."}], "S/D": [{ORTH: "S/D", NORM: "s.d."}]},
)
# "3hari", "15menit": split a duration unit glued to its number.
_unit_alternatives = "|".join(sorted(DURATION_UNITS, key=len, reverse=True))
_SUFFIXES = list(TOKENIZER_SUFFIXES) + [rf"(?<=[0-9])(?i:{_unit_alternatives})"]


class CompactIndonesianDefaults(BaseDefaults):
    tokenizer_exceptions = _exceptions
    prefixes = TOKENIZER_PREFIXES
    suffixes = _SUFFIXES
    infixes = TOKENIZER_INFIXES
    lex_attr_getters = LEX_ATTRS


class CompactIndonesian(Language):
    lang = "id"
    Defaults = CompactIndonesianDefaults


def _is_number_part(token: Token) -> bool:
    """A token that can be part of a number: spaCy's like_num misses seratus/seribu/setengah."""
    return token.like_num or token.lower_ in NUMBER_WORDS


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide tokenizer (lazy: a check that needs no NLP never pays for it)."""
    if not Token.has_extension("num_part"):
        Token.set_extension("num_part", getter=_is_number_part)
    return CompactIndonesian()
