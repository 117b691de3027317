#!/usr/bin/env python3
"""Exact entity-mention F1 per kind (person, organization, place), scored by
the team's scorer on one kind at a time: gold and predictions are cut down to
that kind before score.py compares them, so a mention of the wrong kind counts
as a miss for one kind and a false positive for the other.

Usage: scripts/eval_kinds.py SCORER_DIR PRED_DIR GOLD_DIR
"""
import copy
import glob
import json
import os
import sys


def main(scorer_dir, pred_dir, gold_dir):
    sys.path.insert(0, scorer_dir)
    import score

    parts = []
    for kind in ("person", "organization", "place"):
        tp = fp = fn = 0
        for gold_path in sorted(glob.glob(os.path.join(gold_dir, "*.gold.json"))):
            name = os.path.basename(gold_path)[: -len(".gold.json")]
            pred_path = os.path.join(pred_dir, name + ".json")
            if not os.path.exists(pred_path):
                continue
            with open(gold_path, encoding="utf-8") as f:
                gold = json.load(f)
            with open(pred_path, encoding="utf-8") as f:
                pred = json.load(f)
            with open(os.path.join(gold_dir, name + ".txt"), encoding="utf-8") as f:
                text = f.read()
            gold = copy.deepcopy(gold)
            gold["entities"] = [e for e in gold.get("entities", []) if e["kind"] == kind]
            pred = copy.deepcopy(pred)
            pred["entities"] = [e for e in pred.get("entities", []) if e["kind"] == kind]
            counts = score.score_one(pred, gold, text, name, only={"entities"})["counts"]["entities"]
            tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
        if tp + fp == 0 or tp + fn == 0:
            continue
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        parts.append(f"{kind} {f1:.2f} ({tp}/{fp}/{fn})")
    if parts:
        print("  entities exact by kind (tp/fp/fn): " + ", ".join(parts))


if __name__ == "__main__":
    main(*sys.argv[1:4])
