#!/usr/bin/env python3
"""Generate a scraped-article test set with duplicate gold known by construction.

Input: the short original articles in tests/dupgen/articles/ (written for this
project; each has a story, photo captions and a contributor line). Output: for
each generated text NAME.txt a NAME.gold.json in the scorer's gold format
(UTF-16 offsets; only the duplicates layer is annotated) plus a
"segment_starts" list (UTF-16 offsets where an appended story begins).

Injected, each with a probability, into a main story:
  * a caption block (with a gallery widget line, sometimes a caption printed
    twice back to back, sometimes one of its captions also shown alone before
    it) repeated as a run later: ONE occurrence per copy;
  * a near-duplicate paragraph: straight/curly quotes and apostrophes swapped,
    double spaces, NBSP, zero-width spaces;
  * a near-duplicate paragraph with a one-letter typo (long paragraphs only);
  * an exact repeated paragraph;
  * a sentence (or two consecutive ones) pasted a second time at the end of
    another paragraph;
  * an appended second story (after the contributor line or not), which may
    repeat one of its own paragraphs.
Every text is checked: no repeat exists that the gold does not list, and no
two gold occurrences of different groups sit next to each other in the same
order twice (that would be one run).

Usage: python3 tests/dupgen/gen.py [--count 40] [--seed 7] [--out DIR]
"""
import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WIDGETS = ["Click to Gallery", "VIEW GALLERY", "View all photos", "Open photo gallery"]
MIN_SENTENCE_WORDS = 8


def load_articles():
    articles = []
    folder = os.path.join(HERE, "articles")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        sections, current = {}, None
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# "):
                    current = line[2:].strip()
                    sections[current] = []
                elif line.strip():
                    sections[current].append(line)
        articles.append({"name": name[:-4], "story": sections["story"],
                         "captions": sections["captions"], "contributor": sections["contributor"][0]})
    return articles


def normalize(s):
    """The comparison form the validator uses (quotes, dashes, spaces, case)."""
    table = {"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\u00a0": " ", "\u200b": " "}
    s = "".join(table.get(c, c) for c in s)
    return re.sub(r"\s+", " ", s).strip().lower()


def words(s):
    return re.findall(r"\w+", s)


SENTENCE_END = re.compile(r'(?<=[.!?])["”’]?\s+(?=[A-Z“"])')


def sentences(paragraph):
    """(start, end) of each sentence: a break after . ! ? (and a closing mark)
    before a capital or an opening quote."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(paragraph):
        end = m.start() + len(m.group(0).rstrip())
        out.append((start, end))
        start = m.end()
    out.append((start, len(paragraph)))
    return out


def swap_marks(p, rng):
    """Curly to straight quotes and apostrophes (or back), plus spacing noise."""
    if "“" in p or "’" in p:
        p = p.replace("“", '"').replace("”", '"').replace("’", "'")
    else:
        p = re.sub(r'"(?=\w)', "“", p).replace('"', "”").replace("'", "’")
    noise = rng.choice(["double", "nbsp", "zwsp", "trail", "none"])
    spaces = [m.start() for m in re.finditer(" ", p)]
    if spaces and noise != "none" and noise != "trail":
        at = rng.choice(spaces)
        p = p[:at] + {"double": "  ", "nbsp": "\u00a0", "zwsp": " \u200b"}[noise] + p[at + 1:]
    if noise == "trail":
        p = p + " "
    return p


def typo(p, rng):
    """One letter of one long word dropped or two letters swapped."""
    spots = [m for m in re.finditer(r"[a-z]{6,}", p)]
    m = rng.choice(spots)
    w = m.group(0)
    k = rng.randrange(1, len(w) - 2)
    if rng.random() < 0.5:
        w2 = w[:k] + w[k + 1:]
    else:
        w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    return p[:m.start()] + w2 + p[m.end():]


class Doc:
    """Items (paragraphs) in order; gold groups refer to items by identity."""

    def __init__(self):
        self.items = []          # dicts: text, id
        self.groups = []         # (name, kind, [occurrence]); occurrence = (first_id, last_id) or (id, s, e)
        self.next_id = 0
        self.segment_ids = []

    def item(self, text):
        it = {"text": text, "id": self.next_id}
        self.next_id += 1
        return it


def build(articles, rng, clean_only):
    a, b = rng.sample(articles, 2)
    doc = Doc()
    story = [doc.item(p) for p in a["story"]]
    # Slots: after[j] holds items placed after story paragraph j.
    after = [[] for _ in story]
    used = set()           # story indexes already part of an injection
    n = len(story)
    tail = []              # items after the main story (contributor, copies, second story)

    def free(lo, hi):
        cands = [j for j in range(lo, hi) if j not in used]
        return rng.choice(cands) if cands else None

    if not clean_only and rng.random() < 0.75:
        captions = rng.sample(a["captions"], rng.randint(3, min(7, len(a["captions"]))))
        block = list(captions)
        if rng.random() < 0.4:
            k = rng.randrange(len(block))
            block.insert(k + 1, block[k])
        widget = rng.choice(WIDGETS)
        widget_repeats = rng.random() < 0.35
        lone = rng.random() < 0.3
        first = [doc.item(widget)] if not widget_repeats else []
        if lone:
            first.append(doc.item(rng.choice(block)))
        occ1 = [doc.item(widget)] if widget_repeats else []
        occ1 += [doc.item(c) for c in block]
        occ2 = [doc.item(widget)] if widget_repeats else []
        occ2 += [doc.item(c if rng.random() < 0.7 else swap_marks(c, rng)) for c in block]
        at = rng.choice([0, 1, 2])
        after[at] += first + occ1
        used.update({at, at + 1})
        doc.groups.append(("caption_block", "caption_block",
                           [(occ1[0]["id"], occ1[-1]["id"]), (occ2[0]["id"], occ2[-1]["id"])]))
        copy_where = rng.choice(["tail", "middle"])
        if copy_where == "middle":
            j = free(at + 3, n - 1)
            if j is None:
                copy_where = "tail"
            else:
                after[j] += occ2
                used.update({j, j + 1})
        if copy_where == "tail":
            tail_copy = occ2
        else:
            tail_copy = []
    else:
        tail_copy = []

    def later_copy(kind, make, min_words):
        src = [j for j in range(1, n) if j not in used and len(words(story[j]["text"])) >= min_words]
        if not src:
            return
        j = rng.choice(src)
        dst = free(j, n)
        if dst is None:
            return
        used.update({j, dst, dst + 1})
        copy = doc.item(make(story[j]["text"]))
        after[dst].append(copy)
        doc.groups.append((kind, kind, [(story[j]["id"], story[j]["id"]), (copy["id"], copy["id"])]))

    if not clean_only:
        if rng.random() < 0.6:
            later_copy("near_marks", lambda p: swap_marks(p, rng), 10)
        if rng.random() < 0.35:
            later_copy("near_typo", lambda p: typo(p, rng), 25)
        if rng.random() < 0.3:
            later_copy("exact", lambda p: p, 8)
        if rng.random() < 0.5:
            # A sentence pasted again at the end of a later, different paragraph.
            src = [j for j in range(n - 1) if j not in used and len(sentences(story[j]["text"])) >= 2]
            rng.shuffle(src)
            for j in src:
                cands = [(s, e) for s, e in sentences(story[j]["text"]) if len(words(story[j]["text"][s:e])) >= MIN_SENTENCE_WORDS]
                dst = [q for q in range(j + 1, n) if q not in used]
                if not cands or not dst:
                    continue
                s, e = rng.choice(cands)
                # Sometimes two consecutive sentences are pasted together:
                # still one occurrence per copy.
                spans = sentences(story[j]["text"])
                k = spans.index((s, e))
                if k + 1 < len(spans) and rng.random() < 0.4:
                    e = spans[k + 1][1]
                q = rng.choice(dst)
                sentence = story[j]["text"][s:e]
                base = story[q]["text"].rstrip()
                story[q]["text"] = base + " " + sentence
                used.update({j, q})
                doc.groups.append(("sentence", "sentence",
                                   [(story[j]["id"], s, e), (story[q]["id"], len(base) + 1, len(base) + 1 + len(sentence))]))
                break

    contributor = rng.random() < 0.7
    if contributor:
        tail.append(doc.item(a["contributor"]))
    tail += tail_copy
    if not clean_only and rng.random() < 0.6 or clean_only and rng.random() < 0.5:
        second = [doc.item(p) for p in b["story"][: rng.randint(4, len(b["story"]))]]
        if rng.random() < 0.5:
            second.insert(rng.randint(1, 2), doc.item(rng.choice(b["captions"])))
        if not clean_only and rng.random() < 0.5 and len(second) >= 4:
            k = rng.randrange(1, len(second) - 2)
            if len(words(second[k]["text"])) >= 8:
                copy = doc.item(second[k]["text"])
                second.insert(k + 2, copy)
                doc.groups.append(("second_story_repeat", "exact",
                                   [(second[k]["id"], second[k]["id"]), (copy["id"], copy["id"])]))
        doc.segment_ids.append(second[0]["id"])
        tail += second
    for j, it in enumerate(story):
        doc.items.append(it)
        doc.items += after[j]
    doc.items += tail
    return doc


def render(doc, rng):
    sep = rng.choice(["\n", "\n\n"])
    text, pos = "", {}
    for k, it in enumerate(doc.items):
        if k:
            text += sep
        pos[it["id"]] = len(text)
        text += it["text"]
    text += "\n"
    return text, pos


def u16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


def gold_of(doc, text, pos):
    length = {it["id"]: len(it["text"]) for it in doc.items}
    groups = []
    for gi, (name, kind, occs) in enumerate(doc.groups):
        out = []
        for o in occs:
            if len(o) == 2:
                s = pos[o[0]]
                e = pos[o[1]] + len(text_of(doc, o[1]).rstrip())
            else:
                s, e = pos[o[0]] + o[1], pos[o[0]] + o[2]
            out.append({"start": u16(text, s), "end": u16(text, e), "text": text[s:e]})
        out.sort(key=lambda x: x["start"])
        groups.append({"group": f"{name}{gi}", "kind": kind, "occurrences": out})
    del length
    groups.sort(key=lambda g: g["occurrences"][0]["start"])
    return groups


def text_of(doc, ident):
    for it in doc.items:
        if it["id"] == ident:
            return it["text"]
    raise KeyError(ident)


def valid(doc, text, pos):
    """No unlisted repeat; no accidental run joining two groups."""
    covered = set()
    member = {}
    for gi, (_, _, occs) in enumerate(doc.groups):
        for oi, o in enumerate(occs):
            if len(o) == 2:
                ids = [it["id"] for it in doc.items]
                a, b = ids.index(o[0]), ids.index(o[1])
                for k in range(a, b + 1):
                    covered.add(ids[k])
                    member[ids[k]] = (gi, oi)
    # Paragraph repeats outside the gold.
    seen = {}
    for it in doc.items:
        key = normalize(it["text"])
        # A repeat absorbed by an occurrence (a caption shown alone and again
        # inside a repeated block) is not listed, by the conventions.
        if key in seen and it["id"] not in covered and seen[key] not in covered:
            if len(words(key)) >= 5:
                return False
        seen.setdefault(key, it["id"])
    # Sentence repeats outside the gold (sentences of uncovered paragraphs).
    listed = {(o[0], o[1]) for _, _, occs in doc.groups for o in occs if len(o) == 3}
    count = {}
    for it in doc.items:
        if it["id"] in covered:
            continue
        for s, e in sentences(it["text"]):
            sent = normalize(it["text"][s:e])
            if len(words(sent)) >= 7:
                count.setdefault(sent, []).append((it["id"], s))
    for occ in count.values():
        if len(occ) > 1 and not all(o in listed for o in occ):
            return False
    # Two single-paragraph groups adjacent in the same order twice form a run.
    ids = [it["id"] for it in doc.items]
    singles = {}
    for gi, (_, _, occs) in enumerate(doc.groups):
        if all(len(o) == 2 and o[0] == o[1] for o in occs):
            for o in occs:
                singles[o[0]] = gi
    for k in range(len(ids) - 1):
        x, y = ids[k], ids[k + 1]
        gx = singles.get(x, member.get(x, (None,))[0])
        gy = singles.get(y, member.get(y, (None,))[0])
        if gx is not None and gy is not None and gx != gy:
            return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(HERE, "generated"))
    args = ap.parse_args()
    articles = load_articles()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    made = 0
    while made < args.count:
        clean_only = made % 8 == 7
        doc = build(articles, rng, clean_only)
        text, pos = render(doc, rng)
        if not valid(doc, text, pos):
            continue
        name = f"gen-{made:03d}"
        gold = {"file": name + ".txt", "offset_unit": "utf-16", "text_length": u16(text, len(text)),
                "annotated": ["duplicates"], "entities": [], "quotes": [], "partial_quotes": [],
                "duplicates": gold_of(doc, text, pos),
                "segment_starts": [u16(text, pos[i]) for i in doc.segment_ids]}
        with open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(args.out, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        made += 1
    print(f"wrote {made} texts to {args.out}")


if __name__ == "__main__":
    main()
