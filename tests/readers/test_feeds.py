"""Feeds: RSS 2.0, RSS 1.0, Atom; linked local pages; hostile XML."""

from __future__ import annotations

from pathlib import Path

from newsclaims.options import ReadOptions
from newsclaims.readers import read

from ._util import ARTICLE, docs, page, problems

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Valdoria Ledger</title>
  <link>https://ledger.example/</link>
  <item>
    <title>Orsk plant to triple output</title>
    <link>https://ledger.example/orsk</link>
    <pubDate>Tue, 10 Mar 2026 09:30:00 +0100</pubDate>
    <dc:creator>Mira Holt</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>{article}</p>]]></content:encoded>
  </item>
  <item>
    <title>Linked page</title>
    <link>../pages/linked.html</link>
    <pubDate>Wed, 11 Mar 2026 10:00:00 GMT</pubDate>
    <author>desk@ledger.example (News desk)</author>
  </item>
  <item>
    <title>Teaser only</title>
    <link>https://ledger.example/teaser</link>
    <description>Just a teaser with &amp; an ampersand.</description>
  </item>
  <item>
    <title>Long description</title>
    <link>https://ledger.example/long</link>
    <description>{long}</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northwind Wire</title>
  <entry>
    <title type="html">Budget &lt;b&gt;approved&lt;/b&gt;</title>
    <link rel="alternate" href="https://wire.example/budget"/>
    <published>2026-01-14T11:20:00Z</published>
    <author><name>Karin Adler</name></author>
    <content type="html">&lt;p&gt;{article}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>XHTML entry</title>
    <link href="https://wire.example/x"/>
    <updated>2026-01-15</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{article}</p></div></content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Times</title></channel>
  <item rdf:about="https://old.example/1">
    <title>Old item</title><link>https://old.example/1</link>
    <description>{long}</description><dc:date>2026-02-01T08:00:00+02:00</dc:date>
  </item>
</rdf:RDF>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<rss version="2.0"><channel><title>Bomb</title>
<item><title>&d;</title><description>&d;&d;&d;</description></item></channel></rss>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file://{target}"> ]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>x</title><description>&secret;</description></item></channel></rss>
"""

LONG = ("Valdoria's parliament approved the supply bill by 212 votes to 140. " * 12).strip()


def write_feed_tree(tmp_path: Path) -> Path:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "pages").mkdir()
    feed = tmp_path / "feeds" / "ledger.xml"
    feed.write_text(RSS.format(article=ARTICLE, long=LONG), encoding="utf-8")
    (tmp_path / "pages" / "linked.html").write_text(page(title="Linked"), encoding="utf-8")
    (tmp_path / "pages" / "other.html").write_text(page(title="Other"), encoding="utf-8")
    return feed


def test_rss_items_and_linked_local_page_read_once(tmp_path: Path) -> None:
    feed = write_feed_tree(tmp_path)
    got = list(read([str(tmp_path)], ReadOptions()))
    by_source = {d.source: d for d in docs(got)}
    first = by_source[f"{feed}#item=1"]
    assert first.kind == "html" and ARTICLE in first.data
    assert first.meta.title == "Orsk plant to triple output"
    assert first.meta.outlet == "Valdoria Ledger"
    assert first.meta.author == "Mira Holt"
    assert first.meta.published == "2026-03-10T09:30:00+01:00"
    assert first.meta.url == "https://ledger.example/orsk"

    linked = [d for d in docs(got) if d.source.endswith("linked.html")]
    assert len(linked) == 1, "the linked page must not be read again by the folder walk"
    assert linked[0].meta.title == "Linked page" and linked[0].meta.outlet == "Valdoria Ledger"
    assert linked[0].meta.published == "2026-03-11T10:00:00+00:00"
    assert linked[0].meta.url is None  # a relative path is not a URL
    assert [d.source.endswith("other.html") for d in docs(got)].count(True) == 1

    assert by_source[f"{feed}#item=4"].data == LONG
    (teaser,) = problems(got)
    assert teaser.source == f"{feed}#item=3" and teaser.kind == "skipped"
    assert "no content" in teaser.reason


def test_feed_named_after_its_linked_page_still_reads_page_once(tmp_path: Path) -> None:
    feed = write_feed_tree(tmp_path)
    linked = tmp_path / "pages" / "linked.html"
    got = docs(read([str(linked), str(feed)], ReadOptions()))
    assert [d.source for d in got].count(str(linked)) == 1


def test_atom_entries(tmp_path: Path) -> None:
    feed = tmp_path / "wire.atom"
    feed.write_text(ATOM.format(article=ARTICLE), encoding="utf-8")
    got = docs(read([str(feed)], ReadOptions()))
    assert [d.source for d in got] == [f"{feed}#item=1", f"{feed}#item=2"]
    assert got[0].meta.title == "Budget approved"
    assert got[0].meta.published == "2026-01-14T11:20:00+00:00"
    assert got[0].meta.author == "Karin Adler" and got[0].meta.outlet == "Northwind Wire"
    assert ARTICLE in got[0].data
    assert got[1].data.startswith("<div") and ARTICLE in got[1].data
    assert "ns0" not in got[1].data and "html:" not in got[1].data
    assert got[1].meta.published == "2026-01-15"


def test_rss1_items(tmp_path: Path) -> None:
    feed = tmp_path / "old.rdf"
    feed.write_text(RDF.format(long=LONG), encoding="utf-8")
    (doc,) = docs(read([str(feed)], ReadOptions()))
    assert doc.meta.outlet == "Old Times" and doc.meta.published == "2026-02-01T08:00:00+02:00"
    assert doc.data == LONG


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    feed = tmp_path / "bomb.xml"
    feed.write_text(BOMB)
    (got,) = list(read([str(feed)], ReadOptions()))
    assert got.kind == "failed" and got.reason == "feed declares XML entities (refused)"


def test_external_entity_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    feed = tmp_path / "xxe.xml"
    feed.write_text(EXTERNAL.format(target=secret))
    got = list(read([str(feed)], ReadOptions()))
    assert len(got) == 1 and got[0].kind == "failed" and "refused" in got[0].reason
    assert "TOP-SECRET-MARKER" not in repr(got)


def test_undeclared_html_entities_are_tolerated(tmp_path: Path) -> None:
    feed = tmp_path / "sloppy.xml"
    feed.write_text(RSS.format(article="Caf&eacute; talks&nbsp;resumed. " + ARTICLE, long=LONG)
                    .replace("Short teaser.", "Short&nbsp;teaser."), encoding="utf-8")
    got = docs(read([str(feed)], ReadOptions()))
    assert got and got[0].meta.outlet == "Valdoria Ledger"


def test_malformed_feed_fails(tmp_path: Path) -> None:
    feed = tmp_path / "broken.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item></channel>')
    (got,) = list(read([str(feed)], ReadOptions()))
    assert got.kind == "failed" and got.reason.startswith("malformed feed XML")


def test_cp1251_feed(tmp_path: Path) -> None:
    title = "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0412\u0430\u043b\u0434\u043e\u0440\u0438\u0438"
    xml = RSS.replace("utf-8", "windows-1251").replace("Valdoria Ledger", title)
    feed = tmp_path / "ru.xml"
    feed.write_bytes(xml.format(article=ARTICLE.replace("\u201c", '"').replace("\u201d", '"'),
                                long=LONG).encode("cp1251"))
    got = docs(read([str(feed)], ReadOptions()))
    assert got[0].meta.outlet == title
    assert got[0].encoding == "cp1251"
