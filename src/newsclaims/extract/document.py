"""The per-document extraction step: a document's text -> figures, statements, entities
and claims, all as end-exclusive offsets into that text.

``annotate`` is a plain top-level function of picklable values, with no storage access, so
it runs in-process, in a process pool or on cluster workers; only the writer stores the
result. The expensive NLP (spaCy NER) runs only on the sentences that need it (see
``_sentences_to_analyse``); everything else is rule-based.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .claims import EXTRACTOR_VERSION as CLAIMS_VERSION
from .claims import Claim, build_claims


@dataclass(frozen=True, slots=True)
class ExtractInput:
    """What extraction needs of a stored document."""

    doc_id: int
    text: str
    text_sha256: str
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    entities: bool = True  # run NER (the only step that needs the spaCy model)


@dataclass(frozen=True, slots=True)
class Annotations:
    doc_id: int
    text_sha256: str
    quantities: tuple = ()
    statements: tuple = ()
    mentions: tuple = ()
    claims: tuple[Claim, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)
    sentences_total: int = 0
    sentences_analysed: int = 0  # sentences that went through the NLP model


def versions(options: ExtractOptions | None = None) -> dict[str, str]:
    from .quantities import EXTRACTOR_VERSION as QUANTITIES_VERSION
    from .statements import EXTRACTOR_VERSION as STATEMENTS_VERSION

    out = {"quantities": QUANTITIES_VERSION, "statements": STATEMENTS_VERSION, "claims": CLAIMS_VERSION}
    if options is None or options.entities:
        from .entities import EXTRACTOR_VERSION as ENTITIES_VERSION

        out["entities"] = ENTITIES_VERSION
    return out


def annotate(doc: ExtractInput, options: ExtractOptions | None = None) -> Annotations:
    """Everything extraction finds in one document."""
    from .quantities import find_quantities
    from .sentences import split_sentences
    from .statements import find_statements

    options = options or ExtractOptions()
    text = doc.text
    sentences = split_sentences(text)
    quantities = find_quantities(text)
    statements = find_statements(text)
    mentions: list = []
    analysed = 0
    if options.entities:
        from .entities import find_entities

        selected = _sentences_to_analyse(text, sentences, quantities)
        analysed = len(selected)
        speakers = [(st.speaker_span.start, st.speaker_span.end) for st in statements
                    if st.speaker_named and st.speaker_span is not None]
        mentions = find_entities(text, selected, known=speakers) if selected or speakers else []
    claims = build_claims(text, sentences, quantities, statements, doc.outlet)
    return Annotations(
        doc_id=doc.doc_id,
        text_sha256=doc.text_sha256,
        quantities=tuple(quantities),
        statements=tuple(statements),
        mentions=tuple(mentions),
        claims=tuple(claims),
        versions=versions(options),
        sentences_total=len(sentences),
        sentences_analysed=analysed,
    )


_NAME_INSIDE = re.compile(r"(?<=\S )[A-Z][a-z]")  # a capitalised word that does not open the sentence


def _sentences_to_analyse(text: str, sentences, quantities) -> list[tuple[int, int]]:
    """The sentences NER runs on: those holding a figure and naming someone or something
    (a capitalised word past the first).

    Named speakers need no NER: the statement extractor has already found and resolved
    them, and they are passed to ``find_entities`` as known names. Measured on PolNeAR
    (statement-dense political news), NER then runs on about a seventh of the sentences,
    which keeps the whole extraction inside its speed budget.
    """
    import bisect

    starts = [s for s, _ in sentences]
    wanted: set[int] = set()
    for q in quantities:
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and _NAME_INSIDE.search(text, sentences[i][0], sentences[i][1]):
            wanted.add(i)
    return [sentences[i] for i in sorted(wanted)]


def annotate_or_error(doc: ExtractInput, options: ExtractOptions | None = None) -> Annotations | str:
    """``annotate``, with any failure turned into a one-line reason: one bad document must
    not stop a run over the archive."""
    try:
        return annotate(doc, options)
    except Exception as exc:  # noqa: BLE001
        from ..errors import ModelMissing

        if isinstance(exc, ModelMissing):
            raise
        return f"{type(exc).__name__}: {exc}"
