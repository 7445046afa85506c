"""The per-document step: raw input -> cleaned, fingerprinted document.

``prepare`` is a plain top-level function of (RawDocument, IngestOptions): picklable, no
storage access, so it runs the same in-process, in a process pool or on cluster workers.
"""

from __future__ import annotations

import hashlib

from .model import CleanDocument, Metadata, Problem, RawDocument
from .options import IngestOptions


def prepare(raw: RawDocument, options: IngestOptions) -> CleanDocument | Problem:
    """Clean one raw document. Bad content yields a Problem, never an exception."""
    try:
        return _prepare(raw, options)
    except Exception as exc:  # a per-document step must not stop the run
        return Problem(raw.source, f"could not clean: {type(exc).__name__}: {exc}", "failed")


def _prepare(raw: RawDocument, options: IngestOptions) -> CleanDocument | Problem:
    from .clean.furniture import drop_furniture
    from .clean.normalize import fingerprint, normalize_text, word_tokens
    from .dedup.minhash import signature

    if raw.kind == "html":
        from .clean.html import extract_html

        result = extract_html(raw.data, options.clean, url=raw.meta.url)
        if result is None:
            return Problem(raw.source, "no article text found in the page", "skipped")
        text = drop_furniture(normalize_text(result.text))  # normalised in, normalised out (tested)
        meta = _merge_html_meta(raw.meta, result.meta)
    else:
        from .clean.plain import clean_plain

        plain = clean_plain(raw.data, raw.kind)
        text = plain.text
        found = Metadata(title=plain.title, published=plain.published, author=plain.author)
        meta = raw.meta.merged(found)

    if len(text) < options.clean.min_chars:
        return Problem(
            raw.source,
            f"no article text (only {len(text)} characters after cleaning, minimum {options.clean.min_chars})",
            "skipped",
        )
    if not meta.outlet and meta.url:
        from .clean.meta import host_name

        meta = meta.merged(Metadata(outlet=host_name(meta.url)))
    tokens = word_tokens(text)  # one tokenisation for the fingerprint and the MinHash
    return CleanDocument(
        source=raw.source,
        kind=raw.kind,
        text=text,
        meta=meta,
        raw_sha256=raw.raw_sha256 or hashlib.sha256(raw.data.encode("utf-8")).hexdigest(),
        text_sha256=fingerprint(tokens),
        minhash=signature(tokens, options.dedup),
    )


def _merge_html_meta(container: Metadata, page: Metadata) -> Metadata:
    # What the container said explicitly (JSONL fields, a feed item) wins, except the URL:
    # a page's own canonical URL is better than the address it happened to be fetched from.
    merged = container.merged(page)
    if page.url:
        merged = Metadata(merged.title, merged.published, merged.author, merged.outlet, page.url)
    return merged
