"""The timeline chart and the text helpers, on hand-made figures (no archive needed)."""

from __future__ import annotations

import math
from datetime import date

import lxml.etree
import pytest

from newsclaims.report.build import FigureEntry, FigureReport, Ref
from newsclaims.report.chart import date_ticks, nice_step, timeline_svg
from newsclaims.report.text import excerpt, fmt_interval, safe_url, shorten

SENTENCE = "Ostravia will make 40,000 drones a month, Minister Pavel Renko said."


def entry(qid: int, published: str | None, value: float, interval, modality: str, outlet: str | None,
          url: str | None = "https://lantern.example/a") -> FigureEntry:
    return FigureEntry(
        quantity_id=qid, doc_id=qid, published=published, outlet=outlet, title="t", text="40,000", value=value,
        interval=interval, bound=None, period="month", asserted_by="Pavel Renko", modality=modality, copies=1,
        disputed=True, ref=Ref(qid, 0, len(SENTENCE), SENTENCE, url), focus=(19, 25),
    )


def figure(*entries: FigureEntry) -> FigureReport:
    return FigureReport(id=7, label="Ostravia: drone per year", measure="drone", unit="count", rate=True,
                        disputed=True, entries=entries, disagreements=((1, 2),), repetitions=(), changes=())


def parse(svg: str):
    return lxml.etree.fromstring(svg.encode())


NS = {"s": "http://www.w3.org/2000/svg"}


def test_one_marker_per_dated_claim_with_tooltip_and_link():
    f = figure(entry(1, "2026-03-02", 480_000, (480_000, 480_000), "target", "Lantern Wire"),
               entry(2, "2026-04-10", 150_000, (135_000, 165_000), "estimate", "Karsk Examiner", url=None),
               entry(3, None, 200_000, (200_000, 200_000), "estimate", "Undated Post"))
    root = parse(timeline_svg(f, "chart-7"))
    assert root.get("id") == "chart-7" and root.get("viewBox")
    tips = root.xpath(".//s:a/s:title | .//s:g/s:title", namespaces=NS)
    assert len(tips) == 2  # the undated claim is in the table only
    assert root.xpath(".//s:a/@href", namespaces=NS) == ["https://lantern.example/a"]
    labels = root.xpath(".//s:text[@class='outlet']/text()", namespaces=NS)
    assert set(labels) == {"Lantern Wire", "Karsk Examiner"}
    legend = " ".join(root.xpath(".//s:g[@class='legend']//s:text/text()", namespaces=NS))
    assert "target" in legend and "estimate" in legend and "range" in legend
    ticks = root.xpath(".//s:g[@class='axes']/s:text/text()", namespaces=NS)
    assert "0" in ticks and any(t.endswith("k") for t in ticks) and "drone per year" in ticks


def test_open_ended_value_draws_an_arrow_and_stays_inside_the_plot():
    f = figure(entry(1, "2026-03-02", 3e6, (3e6, math.inf), "target", "Wire"),
               entry(2, "2026-03-09", 2e6, (1.8e6, 2.2e6), "estimate", "Review"))
    svg = timeline_svg(f)
    root = parse(svg)
    arrows = [p for p in root.xpath(".//s:path/@d", namespaces=NS) if p.count("L") == 2]
    assert len(arrows) == 1
    ys = [float(v) for v in root.xpath(".//s:line/@y1 | .//s:line/@y2", namespaces=NS)]
    assert all(0 <= y <= 330 for y in ys) and "inf" not in svg.lower()


def test_hostile_outlet_is_escaped():
    f = figure(entry(1, "2026-03-02", 10, (10, 10), "target", "<script>alert(1)</script>"),
               entry(2, "2026-03-03", 20, (20, 20), "denial", 'A "quoted" & <b>bold</b> outlet'))
    svg = timeline_svg(f)
    assert "<script>" not in svg and "<b>" not in svg
    root = parse(svg)  # well-formed XML despite the markup in the names
    assert not root.xpath(".//s:script", namespaces=NS)
    assert "<script>alert(1)</script>" in " ".join(root.xpath(".//s:title/text()", namespaces=NS))


def test_no_dated_claim_gives_no_chart():
    assert timeline_svg(figure(entry(1, None, 5, (5, 5), "target", "Wire"))) == ""


@pytest.mark.parametrize("span, step", [(10, 2), (3_300_000, 1_000_000), (0.9, 0.2), (480_000, 100_000)])
def test_nice_step(span, step):
    assert nice_step(span) == pytest.approx(step)


def test_date_ticks_are_months_over_long_spans_and_days_over_short_ones():
    months = date_ticks(date(2026, 1, 20), date(2026, 6, 20))
    assert [d.day for d, _ in months] == [1] * len(months) and 4 <= len(months) <= 8
    days = date_ticks(date(2026, 3, 1), date(2026, 3, 6))
    assert len(days) == 6 and days[0][0] == date(2026, 3, 1)


def test_safe_url_only_keeps_web_links():
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "//evil.example/x",
                "https://a.example/x y", None, ""):
        assert safe_url(bad) is None


def test_excerpt_keeps_the_figure_and_pieces_of_the_sentence():
    sentence = ("After months of delays and a bitter row in parliament over the cost, the ministry said on Monday "
                "that the plants would deliver 250,000 artillery shells a month by December, more than the army "
                "had asked for in its own planning documents last year.")
    start = sentence.index("250,000")
    short = excerpt(sentence, start, start + 7, width=80)
    assert "250,000" in short and len(short) <= 82 and short.startswith("…") and short.endswith("…")
    assert all(piece.strip() in sentence for piece in short.split("…"))
    assert shorten(sentence, 60).endswith("…") and len(shorten(sentence, 60)) <= 60


def test_fmt_interval():
    assert fmt_interval((3e6, 3e6), "count") == "3,000,000"
    assert fmt_interval((3e6, math.inf), "count") == "≥ 3,000,000"
    assert fmt_interval((0, 960_000), "count") == "≤ 960,000"
    assert fmt_interval((9.0, 9.6), "percent") == "9%–9.6%"
    assert fmt_interval(None, "count") == "?"
    assert fmt_interval((1.2e12, 1.2e12), "money:koruna") == "1.2 trillion koruna"
