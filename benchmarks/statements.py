"""Quality and speed of statement extraction (newsclaims.extract.statements).

Quality: PolNeAR (../shared/data/polnear, dev split by default). Content spans are
matched one-to-one, greedily by token F1 (``\\w+`` tokens); a match at token F1 >= 0.5
counts for "overlap", identical token sets for "exact". Reported over all attributions
and over the subset whose content holds quote marks (gold side: PolNeAR's flag;
predicted side: statements whose content holds a quote mark). Speaker accuracy is over
overlap-matched pairs whose gold attribution has a Source: correct when the predicted
source or speaker mention overlaps the gold Source span, or the resolved speaker's
last name occurs in the gold Source text. That is lenient (a source span running over a
whole clause overlaps the gold Source too), so a strict figure follows: over matched pairs
whose gold Source is not a pronoun, the resolved speaker's last word must occur in it.

Speed: articles/s and words/s on one core over PolNeAR texts (or BBC News when
PolNeAR is absent); share of sentences sent to a parser (always 0: none is used);
peak RSS.

Usage: python benchmarks/statements.py [--split dev|train] [--errors N] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from newsclaims.extract.sentences import split_sentences
from newsclaims.extract.statements import EXTRACTOR_VERSION, cues, find_statements

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
_TOK = re.compile(r"\w+")
QUOTES = "\"“”«»"
_PRONOUNS = frozenset("he she they i we you it his her their its who which one".split())


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOK.finditer(text)]


def _tokset(toks: list[tuple[int, int]], spans: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for i, (s, _e) in enumerate(toks) if any(a <= s < b for a, b in spans))


def _f1(a: frozenset[int], b: frozenset[int]) -> float:
    inter = len(a & b)
    if not inter:
        return 0.0
    p, r = inter / len(b), inter / len(a)
    return 2 * p * r / (p + r)


_CUE_CLASSES = (
    ("reporting verb", cues.SPEECH_FORMS | cues.NOUNISH_FORMS), ("belief verb", cues.BELIEF_FORMS),
    ("stance verb", cues.STANCE_FORMS), ("evidence verb", cues.EVIDENCE_FORMS),
)


def _cue_class(cue: str) -> str:
    """The gold cue's class by its words: a reporting, belief, stance or evidence verb
    of the extractor's lexicons, "according to", no cue, or other (nominal and
    prepositional cues such as "criticism of", "support for", and action verbs)."""
    words = re.findall(r"[a-z’']+", cue)
    if not words:
        return "no cue"
    if "according" in words:
        return "according to"
    for name, forms in _CUE_CLASSES:
        if any(w in forms for w in words):
            return name
    return "other"


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(path: Path, limit: int | None, show_errors: int) -> None:
    arts = [json.loads(line) for line in path.open(encoding="utf-8")]
    if limit:
        arts = arts[:limit]
    c = Counter()
    fn_cues: Counter[str] = Counter()
    fn_forms: Counter[str] = Counter()
    fp_kinds: Counter[str] = Counter()
    class_gold: Counter[str] = Counter()
    class_tp: Counter[str] = Counter()
    tp_kinds: Counter[str] = Counter()
    examples: list[str] = []
    for art in arts:
        text = art["text"]
        toks = _tokens(text)
        gold = []
        for at in art["attributions"]:
            spans = [tuple(s) for part in at.get("content", []) for s in part["spans"]]
            ts = _tokset(toks, spans)
            if not ts:
                continue
            src = [tuple(s) for part in at.get("source", []) for s in part["spans"]]
            cue = " ".join(p["text"] for p in at.get("cue", [])).lower()
            gold.append((ts, bool(at.get("content_has_quote_marks")), src, cue, spans))
        preds = find_statements(text)
        pred = []
        for st in preds:
            ts = _tokset(toks, [(s.start, s.end) for s in st.content])
            if ts:
                pred.append((ts, any(ch in s.text for s in st.content for ch in QUOTES), st))
        pairs = sorted(
            ((_f1(g[0], p[0]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
             if g[0] & p[0]),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        matched: list[tuple[int, int, float]] = []
        for f, gi, pi in pairs:
            if f < 0.5 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi, f))
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["gold_q"] += sum(1 for g in gold if g[1])
        c["pred_q"] += sum(1 for p in pred if p[1])
        for g in gold:
            class_gold[_cue_class(g[3])] += 1
        for gi, pi, _f in matched:
            g, p = gold[gi], pred[pi]
            class_tp[_cue_class(g[3])] += 1
            exact = g[0] == p[0]
            c["tp"] += 1
            c["tp_exact"] += exact
            tp_kinds[p[2].kind] += 1
            if g[1] and p[1]:
                c["tp_q"] += 1
                c["tp_q_exact"] += exact
            if g[2]:
                c["spk_n"] += 1
                st = p[2]
                ok = False
                for mention in (st.source, st.speaker_span):
                    if mention and any(mention.start < b and a < mention.end for a, b in g[2]):
                        ok = True
                if not ok and st.speaker and st.speaker_named:
                    gsrc = " ".join(text[a:b] for a, b in g[2]).lower()
                    ok = st.speaker.split()[-1].lower().strip(".’'s") in gsrc
                c["spk_ok"] += ok
                gsrc_text = " ".join(text[a:b] for a, b in g[2])
                if gsrc_text.strip().lower() not in _PRONOUNS and st.speaker:
                    # strict: the speaker as resolved, not a mention that merely overlaps
                    c["strict_n"] += 1
                    last = _TOK.findall(st.speaker.lower())
                    c["strict_ok"] += bool(last) and last[-1] in _TOK.findall(gsrc_text.lower())
                if not ok and show_errors and len(examples) < show_errors:
                    gsrc = " | ".join(text[a:b] for a, b in g[2])
                    examples.append(f"SPK gold={gsrc!r} pred_src={st.source and st.source.text!r} spk={st.speaker!r}")
        for gi, g in enumerate(gold):
            if gi not in used_g:
                fn_cues[g[3].split()[-1] if g[3] else "<none>"] += 1
                fn_forms["quoted" if g[1] else "unquoted"] += 1
                if show_errors and len(examples) < show_errors and g[1]:
                    examples.append("FN " + " … ".join(text[a:b] for a, b in g[4])[:200] + f"  [cue={g[3]}]")
        for pi, p in enumerate(pred):
            if pi not in used_p:
                fp_kinds[p[2].kind] += 1
                if show_errors and len(examples) < show_errors and p[1]:
                    examples.append("FP " + " … ".join(s.text for s in p[2].content)[:200])
    print(f"PolNeAR {path.stem}: {len(arts)} articles, {c['gold']} gold attributions "
          f"({c['gold_q']} with quote marks), {c['pred']} predicted ({c['pred_q']} with quote marks)")
    for label, tp, npred, ngold in (
        ("all, overlap", c["tp"], c["pred"], c["gold"]),
        ("all, exact", c["tp_exact"], c["pred"], c["gold"]),
        ("quoted, overlap", c["tp_q"], c["pred_q"], c["gold_q"]),
        ("quoted, exact", c["tp_q_exact"], c["pred_q"], c["gold_q"]),
    ):
        p, r, f = _prf(tp, npred, ngold)
        print(f"  content {label:16s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    acc = c["spk_ok"] / c["spk_n"] if c["spk_n"] else 0.0
    print(f"  speaker accuracy on matched contents: {acc:.3f} ({c['spk_ok']}/{c['spk_n']})")
    strict = c["strict_ok"] / c["strict_n"] if c["strict_n"] else 0.0
    print(f"  speaker, strict (gold Source not a pronoun; the resolved speaker's last word is in it): "
          f"{strict:.3f} ({c['strict_ok']}/{c['strict_n']})")
    print(f"  matched by predicted kind: {dict(tp_kinds)}; unmatched predictions by kind: {dict(fp_kinds)}")
    print(f"  missed gold by form: {dict(fn_forms)}")
    print("  recall by gold cue class:")
    for name, n in class_gold.most_common():
        print(f"    {name:15s} {class_tp[name]:6d}/{n:<6d} R={class_tp[name] / n:.3f}")
    # What the all-attributions F1 could be if every gold attribution whose cue is not
    # "other" were found, at the measured precision and at perfect precision.
    reach = c["tp"] + sum(class_gold[k] - class_tp[k] for k in class_gold if k != "other")
    r_max = reach / c["gold"] if c["gold"] else 0.0
    p_now = c["tp"] / c["pred"] if c["pred"] else 0.0
    f_now = 2 * p_now * r_max / (p_now + r_max) if p_now + r_max else 0.0
    print(f"  ceiling with every non-'other' attribution found: R={r_max:.3f}, "
          f"F1={f_now:.3f} at P={p_now:.3f}, F1={2 * r_max / (1 + r_max):.3f} at P=1.000")
    print(f"  missed gold by last cue word (top 25): {fn_cues.most_common(25)}")
    for ex in examples:
        print("   ", ex)


def speed(texts: list[str]) -> None:
    find_statements(texts[0])
    words = sum(len(t.split()) for t in texts)
    sentences = 0
    t0 = time.process_time()
    for t in texts:
        find_statements(t)
    dt = time.process_time() - t0
    for t in texts:
        sentences += len(split_sentences(t))
    wpa = words / len(texts)
    print(f"speed ({len(texts)} articles, {wpa:.0f} words/article, one core, CPU time):")
    print(f"  {len(texts) / dt:.1f} articles/s per core, {words / dt:,.0f} words/s "
          f"(= {words / dt / 700:.1f} 700-word articles/s per core)")
    print(f"  share of sentences through the parser: 0.000 (0/{sentences}; no spaCy component runs)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS: {peak:.0f} MiB")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print up to N error examples")
    args = ap.parse_args()
    print(f"extractor {EXTRACTOR_VERSION}")
    path = DATA / "polnear" / f"{args.split}.jsonl"
    if not path.exists():
        bbc = DATA / "bbc-news-2225" / "bbc-news-2225.jsonl"
        print(f"{path} is absent: no quality figures")
        if bbc.exists():
            speed([json.loads(x)["text"] for x in bbc.open(encoding="utf-8")][:500])
        return 0
    evaluate(path, args.limit, args.errors)
    texts = [json.loads(x)["text"] for x in path.open(encoding="utf-8")]
    speed(texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
