"""Clean plain-text and Markdown articles into canonical text plus header hints.

Plain text: normalise, take a headline from the first line when it looks like one,
read byline/dateline lines at the top (author, published date), drop furniture.

Markdown: first rendered to readable text the way a reader sees it (headings, emphasis,
links and lists become their text; images, code blocks, rules and reference definitions
disappear; blockquotes keep their text because quotations matter), then handled like
plain text, with the first heading as title. Soft-wrapped lines inside a Markdown
paragraph are joined with a space (that is how Markdown renders them); plain text keeps
its line breaks (see :mod:`newsclaims.clean.normalize`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from newsclaims.clean.furniture import drop_furniture, furniture_rule
from newsclaims.clean.normalize import normalize_text

__all__ = [
    "ByLine", "PlainResult", "clean_plain", "find_date", "looks_like_headline", "markdown_to_text",
    "parse_byline", "split_front_matter",
]


@dataclass(frozen=True, slots=True)
class PlainResult:
    """A cleaned plain/Markdown article: canonical body text and what its header said."""

    text: str  # normalised body, furniture, title and byline lines removed
    title: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    author: str | None = None  # several authors joined by "; "


# How many lines at the top may hold title, byline and dateline.
_HEADER_LINES = 10
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs vs. with amid after "
    "before over under than that is are was were be its it his her their our".split()
)
# A final period that does not end a sentence: initials and common abbreviations.
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros|No|vs|Gov|Gen|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Lt|Col|Maj|Sgt|Capt|Adm)\.)$")
_CLOSERS = "\"'”’»)]"
_LETTER = re.compile(r"[^\W\d_]")


def looks_like_headline(line: str, continued_by: str | None = None) -> bool:
    """Whether ``line`` reads like a headline rather than the start of the body.

    ``continued_by`` is the next line when it belongs to the same paragraph: a headline
    is normally a paragraph of its own, so a following line that continues a sentence
    (starts in lower case) rules the candidate out, and a sentence-case candidate must
    then be short.
    """
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200:
        return False
    first = line.lstrip(_CLOSERS + "“‘«(")[:1]
    if not first or not (first.isupper() or first.isdigit() or first in "$£€¥"):
        return False
    core = line.rstrip(_CLOSERS)
    if not core or core[-1] in ",;:-–—(":
        return False
    if core.endswith(".") and not core.endswith("...") and not _ABBREVIATION_END.search(core):
        return False
    if furniture_rule(line) is not None or parse_byline(line) is not None:
        return False
    significant = [w for w in words if _LETTER.search(w) and w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in significant if w.lstrip(_CLOSERS + "“‘«(")[:1].isupper())
    title_case = bool(significant) and capitalised / len(significant) >= 0.6 and len(significant) > 1
    if not title_case and len(words) > 20:
        return False
    if continued_by is not None and parse_byline(continued_by) is None:
        # (a byline right under it confirms a headline however long it is)
        nxt = continued_by.lstrip(_CLOSERS + "“‘«(")[:1]
        if nxt.islower():
            return False
        if not title_case and len(line) >= 60 and core[-1] not in "?!":
            return False  # long sentence-case line followed by more text: wrapped prose
    return True


def clean_plain(text: str, kind: Literal["text", "markdown"]) -> PlainResult:
    """Clean a plain-text or Markdown article. Pure: same input, same result."""
    front: dict[str, str] = {}
    heading_title: str | None = None
    if kind == "markdown":
        front, text = split_front_matter(text)
        text, heading_title = markdown_to_text(text)
    body = normalize_text(text)
    title = normalize_text(heading_title) if heading_title else None
    header, body_lines = _read_header(body, want_title=title is None)
    body = normalize_text(drop_furniture("\n".join(body_lines)))
    published = _front_date(front) or header.published
    return PlainResult(
        text=body,
        title=title or header.title or (normalize_text(front["title"]) if front.get("title") else None),
        published=published,
        author=(normalize_text(front["author"]) if front.get("author") else None) or header.author,
    )


@dataclass(slots=True)
class _Header:
    title: str | None = None
    published: str | None = None
    author: str | None = None


def _read_header(body: str, want_title: bool) -> tuple[_Header, list[str]]:
    """Take title and byline lines off the top of normalised ``body``.

    Returns the header and the remaining lines ("" marks a paragraph break). Scanning
    stops at the first line that is neither furniture, a byline, the (first) headline nor
    a short non-sentence line such as a section label or breadcrumb; those are kept.
    """
    lines = body.split("\n")
    header = _Header()
    drop: set[int] = set()
    date_hint: str | None = None
    seen_content = False
    for i, line in enumerate(lines[: _HEADER_LINES + 1]):
        if not line:
            continue
        if furniture_rule(line) is not None:
            continue  # removed later by drop_furniture
        byline = parse_byline(line)
        if byline is not None:
            _merge(header, byline)
            drop.add(i)
            continue
        if want_title and header.title is None and not seen_content:
            nxt = lines[i + 1] if i + 1 < len(lines) and lines[i + 1] else None
            if looks_like_headline(line, nxt):
                header.title = line
                drop.add(i)
                seen_content = True
                continue
        short = len(line) <= 80 and len(line.split()) <= 8 and not line.endswith((".", ":", ","))
        if not short:
            break  # body prose: the header is over
        # A short line that is not a sentence (section label, breadcrumb, outlet and date)
        # does not end the header; one with a date is a publication-date hint.
        if date_hint is None:
            date_hint = find_date(line)
    if header.published is None:
        header.published = date_hint
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return header, kept


def _merge(header: _Header, byline: ByLine) -> None:
    if header.author is None and byline.author:
        header.author = byline.author
    if header.published is None and byline.published:
        header.published = byline.published


def _front_date(front: dict[str, str]) -> str | None:
    for key in ("date", "published", "pubdate", "publishdate", "published_at"):
        if front.get(key):
            found = find_date(front[key])
            if found:
                return found
    return None


# --------------------------------------------------------------------------- dates

_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_ISO = (r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?:[T ](?P<iH>\d{2}):(?P<iM>\d{2})(?::(?P<iS>\d{2}))?(?:\.\d+)?"
        r"(?P<itz>z|[+-]\d{2}:?\d{2})?)?")
_MDY = rf"(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
_DMY = rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
_TIME = (r"(?:,?\s*(?:at\s+|-\s+|/\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
         r"(?:\s*(?P<tz>utc|gmt|(?-i:[A-Z]{2,5})\b|[+-]\d{2}:?\d{2}))?)?")
_DATE = re.compile(rf"\b(?:{_ISO}|(?:{_WEEKDAY},?\s+)?(?:{_MDY}|{_DMY}){_TIME})(?!\d)", re.IGNORECASE)


def _iso(m: re.Match[str]) -> str | None:
    if m["iy"]:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
        hour, minute, second, tz, ampm = m["iH"], m["iM"], m["iS"], m["itz"], None
    else:
        year = int(m["y1"] or m["y2"])
        month = _MONTH_NUM[(m["m1"] or m["m2"])[:3].lower()]
        day = int(m["d1"] or m["d2"])
        hour, minute, second, tz, ampm = m["H"], m["M"], m["S"], m["tz"], m["ampm"]
    if not 1900 <= year <= 2100:
        return None
    try:
        date(year, month, day)
    except ValueError:
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is None or minute is None:
        return out
    h, mi = int(hour), int(minute)
    if ampm:
        if not 1 <= h <= 12:
            return out
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    if h > 23 or mi > 59 or (second is not None and int(second) > 59):
        return out
    out += f"T{h:02d}:{mi:02d}:{int(second or 0):02d}"
    if tz:
        low = tz.lower()
        if low in ("utc", "gmt", "z"):
            out += "+00:00"
        elif low[0] in "+-":
            digits = low[1:].replace(":", "")
            out += f"{low[0]}{digits[:2]}:{digits[2:]}"
        # Zone abbreviations (ET, CET, ...) are ambiguous: the time stays local.
    return out


def find_date(text: str) -> str | None:
    """The first valid calendar date in ``text`` as ISO 8601 (with time when given), else None.

    Reads ``2026-03-03``, ``2026-03-03T09:14:00Z``, ``March 3, 2026``, ``Tue, 3rd March 2026
    09:14 GMT``, ``Mar. 3, 2026, 9:14 p.m.``. Numeric day/month forms (03/04/2026) are
    ambiguous and ignored.
    """
    for m in _DATE.finditer(text):
        found = _iso(m)
        if found:
            return found
    return None


# --------------------------------------------------------------------------- bylines

@dataclass(frozen=True, slots=True)
class ByLine:
    """What one byline/dateline line said."""

    author: str | None = None
    published: str | None = None


_ROLE = (r"(?:staff|correspondent|reporter|editor|writer|contributor|columnist|bureau|chief|news|times|post"
         r"|press|agency|analyst|desk|senior|political|defen[cs]e|security|business|world|the|photos?|updated"
         r"|published|posted|wire|wires|international|associated|team|report)")
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
_NAME_TOKEN = rf"(?!(?i:{_MONTH}|{_WEEKDAY}|{_ROLE})\b){_UPPER}[\w'’\-]*\.?"
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|bin|al|la|le|di|du|dos|das|ter|ten|el)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_TOKEN}){{1,3}}"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*"
_CAP_WORD = r"(?:[A-Z0-9][\w'’&.\-]*|of|the|and|for|&|at|on|in|de)"
_CAP_PHRASE = re.compile(rf"{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,5}}")
_AUTHOR = re.compile(
    rf"(?i:by|written by|words by|reporting by|story by|posted by|authors?)\s*:?\s+"
    rf"(?:(?P<names>{_NAMES})|(?P<single>{_NAME_TOKEN}))"
    rf"(?P<rest>(?:,|\s+(?i:in|for|at|on)\s+|\s+(?=(?i:{_MONTH}|{_WEEKDAY})\b|\d)).*)?"
)
_BARE_NAMES = re.compile(_NAMES)
_REST_LEAD = re.compile(r"^[\s,]*(?:(?i:in|for|at|on)\s+)?")
_DATE_LABEL = re.compile(
    r"(?i:(?P<label>published|updated|posted|last updated|first published|last modified|modified|created|dated?|on)"
    r"(?:\s+on|\s+at)?\s*:?\s*)?"
)
_RELATIVE = re.compile(r"(?i:(?:published|updated|posted)\s*:?\s*)?\d+\s+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)")
_READING = re.compile(r"\d+\s*(?i:min|mins|minutes?)\s*(?i:read|listen)")
_SEGMENT_SEP = re.compile(r"\s*[|•·;]\s*|\s+[—–-]\s+")
_NAME_SPLIT = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*")


def _date_segment(segment: str) -> tuple[bool, str | None, bool]:
    """(is a whole date segment, ISO date, is an 'updated' date)."""
    label = _DATE_LABEL.match(segment)
    rest = segment[label.end():] if label else segment
    m = _DATE.fullmatch(rest.rstrip(" ."))
    if not m:
        return False, None, False
    iso = _iso(m)
    updated = bool(label and label["label"] and label["label"].lower() in ("updated", "last updated", "modified", "last modified"))
    return iso is not None, iso, updated


def parse_byline(line: str) -> ByLine | None:
    """Read a line made only of byline material ("By Jane Doe | March 3, 2026 | 4 min read").

    Returns None unless *every* part of the line is an author, a date, a reading time or
    a short capitalised phrase (role or outlet) next to one of them, so a sentence that
    starts with "By" or mentions a date is never taken for a byline.
    """
    if len(line) > 160 or line.endswith((",", ":")):
        return None
    authors: list[str] = []
    published: str | None = None
    updated: str | None = None
    bare: list[str] = []
    extras = 0
    for segment in _SEGMENT_SEP.split(line.strip()):
        if not segment:
            continue
        ok, iso, is_update = _date_segment(segment)
        if ok:
            if is_update:
                updated = updated or iso
            else:
                published = published or iso
            continue
        if _RELATIVE.fullmatch(segment) or _READING.fullmatch(segment):
            extras += 1
            continue
        m = _AUTHOR.fullmatch(segment)
        if m:
            rest = _REST_LEAD.sub("", m["rest"] or "")
            if rest:
                ok, iso, _ = _date_segment(rest)
                if ok:
                    published = published or iso
                elif not _CAP_PHRASE.fullmatch(rest):
                    return None
            names = m["names"] or m["single"]
            authors.extend(n for n in _NAME_SPLIT.split(names) if n)
            continue
        if _BARE_NAMES.fullmatch(segment):
            bare.append(segment)
            continue
        if _CAP_PHRASE.fullmatch(segment):
            extras += 1
            continue
        return None
    if not authors and published is None and updated is None:
        return None
    if not authors and bare:
        authors = [n for b in bare for n in _NAME_SPLIT.split(b) if n]
    return ByLine(author="; ".join(authors) if authors else None, published=published or updated)


# --------------------------------------------------------------------------- markdown

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$", re.MULTILINE)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split YAML (``---``) or TOML (``+++``) front matter off a Markdown document.

    Only flat ``key: value`` fields are read (title, date, author); lists and nesting are
    ignored. Returns (lower-cased fields, the rest of the document).
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields = {}
    for key, value in _FRONT_FIELD.findall(m.group(2)):
        value = value.strip().strip("\"'").strip()
        if value and not value.startswith(("[", "{", "|", ">")):
            fields.setdefault(key.lower(), value)
    return fields, text[m.end():]


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$")
_REF_DEF = re.compile(r"^ {0,3}\[(\^?[^\]]+)\]:\s*\S.*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)+\|?\s*$")
_HTML_DROP = re.compile(r"<!--.*?-->|<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_BLOCK = re.compile(r"</?(?:p|div|section|article|header|footer|aside|h[1-6]|ul|ol|li|table|thead|tbody|tr|blockquote"
                         r"|figure|figcaption|pre|hr)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[([^\[\]]*)\]")
_SHORTCUT_LINK = re.compile(r"\[([^\[\]]+)\](?![\[(:])")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>", re.IGNORECASE)
# Emphasis spans exclude their own marker and are length-capped, which keeps matching
# linear on hostile input (a paragraph of thousands of unpaired "*").
_STRONG = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,400}?)(?<=[^\s*])\*\*|(?<![\w_])__(?=[^\s_])([^_\n]{1,400}?)(?<=[^\s_])__(?![\w_])")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,400}?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,400}?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=[^\s~])([^~\n]{1,400}?)(?<=[^\s~])~~")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Private-use placeholders protect escaped characters and code spans during inline rewriting.
_STASH_OPEN, _STASH_CLOSE = "\ue000", "\ue001"
_STASH_REF = re.compile("\ue000(\\d+)\ue001")


def _inline(text: str, labels: frozenset[str]) -> str:
    """Render Markdown inline markup of one block to plain text."""
    stash: list[str] = []

    def keep(s: str) -> str:
        stash.append(s)
        return f"{_STASH_OPEN}{len(stash) - 1}{_STASH_CLOSE}"

    text = _CODE_SPAN.sub(lambda m: keep(m.group(2).strip()), text)
    text = _ESCAPE.sub(lambda m: keep(m.group(1)), text)
    text = _AUTOLINK.sub(lambda m: keep(m.group(1)), text)
    text = _IMAGE.sub("", text)
    text = _FOOTNOTE_REF.sub("", text)
    for _ in range(2):  # links whose text held a link or image
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if labels:
        text = _SHORTCUT_LINK.sub(lambda m: m.group(1) if m.group(1).lower() in labels else m.group(0), text)
    text = _HTML_TAG.sub("", text)
    for _ in range(3):  # nested emphasis
        new = _STRIKE.sub(r"\1", _EM_UNDER.sub(r"\1", _EM_STAR.sub(r"\1", _STRONG.sub(_strong_text, text))))
        if new == text:
            break
        text = new
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    for _ in range(2):  # stashed text may itself hold a stash reference (escape inside link)
        text = _STASH_REF.sub(lambda m: stash[int(m.group(1))], text)
    return text


def _strong_text(m: re.Match[str]) -> str:
    return m.group(1) if m.group(1) is not None else m.group(2)


def _table_row(line: str) -> str:
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
    return " | ".join(c for c in cells if c)


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Render Markdown to readable plain text; also return the title heading, if any.

    The title is the first heading when it is the first block, or the first level-1
    heading among the first few blocks when only short lines (breadcrumbs, bylines)
    precede it. The title heading is removed from the text; other headings stay as
    paragraphs of their own. Indented code blocks are *not* detected (indented prose is
    more common in converted news than code), fenced code blocks are dropped.
    """
    md = md.replace("\r\n", "\n").replace("\r", "\n")
    md = _HTML_DROP.sub("", md)
    md = _HTML_BREAK.sub("  \n", md)
    md = _HTML_BLOCK.sub("\n\n", md)
    lines = md.split("\n")
    labels = frozenset(m.group(1).lower() for line in lines if (m := _REF_DEF.match(line)))
    table_rows = _table_rows(lines)

    blocks: list[tuple[str, str]] = []  # (kind, raw text); kind: heading1..6, para, item, quote, row
    para: list[str] = []
    para_kind = "para"
    fence: str | None = None

    def flush() -> None:
        nonlocal para, para_kind
        if para:
            pieces = []
            for part in para:
                hard = part.endswith("  ") or part.endswith("\\")
                pieces.append(part.rstrip("\\").strip() + ("\n" if hard else " "))
            blocks.append((para_kind, "".join(pieces).strip()))
        para, para_kind = [], "para"

    for i, line in enumerate(lines):
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            fence = m.group(1)
            continue
        if not line.strip():
            flush()
            continue
        if i in table_rows:
            flush()
            if not _TABLE_SEP.match(line):
                blocks.append(("row", _table_row(line)))
            continue
        if _REF_DEF.match(line):
            flush()
            continue
        kind = "para"
        if _QUOTE.match(line):
            kind = "quote"
            while _QUOTE.match(line):
                line = _QUOTE.sub("", line, count=1)
            if not line.strip():
                flush()
                continue
        setext = _SETEXT.match(line)
        if setext and para and para_kind == "para" and kind == "para":
            level = "1" if setext.group(1)[0] == "=" else "2"
            para_kind = "heading" + level
            flush()
            continue
        if _HR.match(line):
            flush()
            continue
        m = _ATX.match(line)
        if m:
            flush()
            blocks.append(("heading" + str(len(m.group(1))), (m.group(2) or "").strip()))
            continue
        m = _LIST.match(line)
        if m:
            flush()
            para, para_kind = [m.group(1)], ("quote" if kind == "quote" else "item")
            continue
        if para and para_kind != kind and not (para_kind == "item" and kind == "para"):
            flush()
        if not para:
            para_kind = kind
        para.append(line)
    flush()

    rendered = [(kind, _inline(raw, labels).strip()) for kind, raw in blocks]
    rendered = [(kind, text) for kind, text in rendered if text]
    title_at = _title_block(rendered)
    title = rendered[title_at][1] if title_at is not None else None
    out: list[list[str]] = []
    previous = ""
    for n, (kind, text) in enumerate(rendered):
        if n == title_at:
            continue
        # List items and table rows stay on their own lines within one paragraph.
        if kind in ("item", "row") and previous == kind:
            out[-1].append(text)
        else:
            out.append([text])
        previous = kind
    return "\n\n".join("\n".join(lines) for lines in out), title


def _table_rows(lines: list[str]) -> set[int]:
    """Indices of pipe-table lines: a header row, its separator, and the rows after it."""
    rows: set[int] = set()
    for i, line in enumerate(lines):
        if i and "|" in lines[i - 1] and _TABLE_SEP.match(line) and "-" in line:
            rows.update((i - 1, i))
            j = i + 1
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                rows.add(j)
                j += 1
    return rows


def _title_block(blocks: list[tuple[str, str]]) -> int | None:
    for n, (kind, text) in enumerate(blocks[:6]):
        if kind.startswith("heading"):
            if n == 0 or kind == "heading1":
                return n
            return None
        if len(text.split()) > 30:
            return None  # body prose came first: later headings are section titles
    return None
