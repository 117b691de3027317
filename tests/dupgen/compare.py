#!/usr/bin/env python3
"""Score article-lens and a MinHash baseline on the generated duplicate set.

Both are scored like shared/eval/score.py scores duplicates: occurrence-level
P/R/F1, a prediction matches a gold occurrence when character IoU >= 0.8,
one-to-one, greedy by IoU (grouping ignored).

article-lens: `article-lens analyze` on every text in one process.
MinHash baseline (datasketch): per paragraph, 5-word shingles of the
lowercased words, 128 permutations, MinHashLSH threshold 0.8; paragraphs
linked by LSH form a group, each paragraph an occurrence.

Usage (from the repository root):
    python3 -m venv /tmp/dupgen-venv && /tmp/dupgen-venv/bin/pip install datasketch
    cargo build --release
    /tmp/dupgen-venv/bin/python tests/dupgen/compare.py [--set tests/dupgen/generated] [--bin target/release/article-lens]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import time

IOU = 0.8


def iou(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def greedy(preds, golds):
    pairs = sorted((-iou(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if iou(p, g) >= IOU)
    up, ug, n = set(), set(), 0
    for _, i, j in pairs:
        if i in up or j in ug:
            continue
        up.add(i)
        ug.add(j)
        n += 1
    return n


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def u16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


def paragraphs(text):
    """Non-empty lines, trimmed, as (start, end) Python indexes."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            out.append((s, s + len(stripped)))
        pos += len(line) + 1
    return out


def minhash_predict(text, MinHash, MinHashLSH):
    paras = paragraphs(text)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    parent = list(range(len(paras)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k, (s, e) in enumerate(paras):
        ws = re.findall(r"\w+", text[s:e].lower())
        shingles = {" ".join(ws[i:i + 5]) for i in range(max(1, len(ws) - 4))}
        m = MinHash(num_perm=128)
        for sh in shingles:
            m.update(sh.encode("utf-8"))
        for other in lsh.query(m):
            parent[find(k)] = find(other)
        lsh.insert(k, m)
    groups = {}
    for k in range(len(paras)):
        groups.setdefault(find(k), []).append(k)
    occ = []
    for members in groups.values():
        if len(members) > 1:
            occ += [(u16(text, paras[k][0]), u16(text, paras[k][1])) for k in members]
    return occ


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="tests/dupgen/generated")
    ap.add_argument("--bin", default="target/release/article-lens")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.set, "*.txt")))
    golds = {f: json.load(open(f[:-4] + ".gold.json", encoding="utf-8")) for f in files}
    texts = {f: open(f, encoding="utf-8", newline="").read() for f in files}

    t0 = time.perf_counter()
    out = subprocess.run([args.bin, "analyze", *files], check=True, capture_output=True, text=True).stdout
    t_ours = time.perf_counter() - t0
    reports = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(files) == 1:
        reports[0]["file"] = files[0]
    ours = {}
    for r in reports:
        ours[r["file"]] = r
    tp = fp = fn = 0
    seg_ok = seg_tot = 0
    misses = []
    for f in files:
        r = ours.get(f) or ours.get(os.path.basename(f))
        pred = [(o["start"], o["end"]) for d in r["duplicates"] for o in d["occurrences"]]
        gold = [(o["start"], o["end"]) for d in golds[f]["duplicates"] for o in d["occurrences"]]
        m = greedy(pred, gold)
        tp, fp, fn = tp + m, fp + len(pred) - m, fn + len(gold) - m
        if m != len(pred) or m != len(gold):
            misses.append((os.path.basename(f), len(pred) - m, len(gold) - m))
        want = golds[f].get("segment_starts", [])
        got = [s["start"] for s in r.get("segments", [])[1:]]
        seg_tot += 1
        seg_ok += sorted(want) == sorted(got)
    p, r_, f1 = prf(tp, fp, fn)
    print(f"set: {args.set} ({len(files)} texts, {sum(len(t) for t in texts.values())} chars, "
          f"{sum(len(o['occurrences']) for g in golds.values() for o in g['duplicates'])} gold occurrences)")
    print(f"article-lens  P={p:.3f} R={r_:.3f} F1={f1:.3f}  tp/fp/fn={tp}/{fp}/{fn}  "
          f"time={t_ours * 1000:.0f} ms (one process, incl. start-up and all detectors)")
    for name, extra, missed in misses:
        print(f"    {name}: {extra} false, {missed} missed")
    print(f"  segments: story starts exactly right in {seg_ok}/{seg_tot} texts")

    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        print("MinHash baseline skipped: pip install datasketch (see the usage note)")
        return
    tp = fp = fn = 0
    t0 = time.perf_counter()
    preds = {f: minhash_predict(texts[f], MinHash, MinHashLSH) for f in files}
    t_mh = time.perf_counter() - t0
    for f in files:
        gold = [(o["start"], o["end"]) for d in golds[f]["duplicates"] for o in d["occurrences"]]
        m = greedy(preds[f], gold)
        tp, fp, fn = tp + m, fp + len(preds[f]) - m, fn + len(gold) - m
    p, r_, f1 = prf(tp, fp, fn)
    print(f"MinHash       P={p:.3f} R={r_:.3f} F1={f1:.3f}  tp/fp/fn={tp}/{fp}/{fn}  "
          f"time={t_mh * 1000:.0f} ms (in-process, duplicates only)")


if __name__ == "__main__":
    main()
