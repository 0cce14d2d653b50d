"""Build the bundled actor registry (`veille/data/actors_registry.json.gz`) from ../shared/ontology.

    python -m veille.actors.build [--ontology ../shared/ontology]

Run once by a maintainer when the sources change; the package ships the result, so nothing is
read from the network or from ../shared at run time. What is taken from each source, and under
which licence, is in `veille/data/ACTORS_LICENCES.md`:

- countries_fr.json (mledoze ODbL, Prolex LGPLLR, iso-codes LGPL): French names, adjectives in
  all their forms, gentilés, capitals;
- intl_orgs_fr_curated.json and intl_orgs_supraverden.json (CC BY-SA 4.0): organisations in
  French and English with their acronyms;
- seats_of_power_fr_curated.json: "le Kremlin", "la Maison Blanche", "Matignon"...;
- leaders_fr_aliases_curated.json: French spellings of leaders' names;
- Phoenix country dictionary (MIT): persons with their country, and the cities it lists
  under each country; Phoenix international dictionary (MIT): companies, NGOs, UN and EU bodies.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
from pathlib import Path

from veille.actors.normalize import key, slug

OUT = Path(__file__).resolve().parent.parent / "data" / "actors_registry.json.gz"
DEFAULT_ONTOLOGY = Path(__file__).resolve().parents[2] / ".." / "shared" / "ontology"

# Phoenix names that are institutions rather than persons, though listed with dates.
_NOT_PERSON = {"MINISTRY", "PARTY", "ARMY", "FORCES", "GOVERNMENT", "COUNCIL", "POLICE", "ASSEMBLY",
               "CONGRESS", "COURT", "GUARD", "BANK", "FRONT", "UNION", "MOVEMENT", "COMMITTEE", "OFFICE"}
# Title words that open some Phoenix variants ("PRESIDENT OBAMA"): not a name.
_TITLES = {"PRESIDENT", "MR", "MR.", "MRS", "MRS.", "MS", "DR", "DR.", "SENATOR", "PRIME", "KING", "QUEEN",
           "GENERAL", "GEN.", "MINISTER", "THE", "PRESIDENT-ELECT", "AMERICAN", "US", "UNITED", "FORMER", "SHEIKH"}


def _load(path: Path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def countries(ontology: Path) -> list[dict]:
    out = []
    for c in _load(ontology / "countries" / "countries_fr.json")["countries"]:
        names = [c.get("name_fr"), c.get("official_name_fr"), *c.get("prolex_toponyms_fr", []), c.get("name_en")]
        adjectives, gentiles = set(), set()
        for forms in (c.get("adjectives_fr_prolex") or {}).values():
            adjectives.update(f for f in forms.values() if f)
        for forms in (c.get("gentiles_fr_prolex") or {}).values():
            gentiles.update(f for f in forms.values() if f)
        for demonym in (c.get("demonym_fr_mledoze") or {}).values():
            if demonym:
                adjectives.add(demonym.lower())
                gentiles.add(demonym)
        out.append({
            "iso3": c["iso3"], "name_en": c["name_en"], "independent": bool(c.get("independent")),
            "names_fr": sorted({n for n in names if n and "," not in n}),
            "adjectives": sorted(adjectives), "gentiles": sorted(gentiles),
            "capitals_fr": sorted({*(c.get("capital_fr_prolex") or []), *(c.get("capital_fr_supplement") or [])}),
            "capital_en": (c.get("capital_en_mledoze") or [None])[0],
        })
    return out


def _org_code(org: dict) -> str | None:
    plover = org.get("plover_country")
    if plover == "EUR":
        return "EU"
    if plover in ("NGO", "IMG"):
        return None
    if plover == "UNO" and org.get("kind") in ("IGO", "UN organ", "UN office"):
        return "UN"
    acronyms = org.get("acronyms_en") or []
    return acronyms[0] if acronyms else (org.get("names_en") or [None])[0]


def _org_kind(org: dict) -> str:
    return {"NGO": "ngo", "IMG": "other"}.get(org.get("plover_country"), "igo")


def organisations(ontology: Path) -> list[dict]:
    out, seen_qids, seen_keys = [], set(), set()
    for org in _load(ontology / "actors" / "intl_orgs_fr_curated.json")["organisations"]:
        name = (org.get("names_en") or org.get("names_fr"))[0]
        aliases = [*org.get("names_fr", []), *org.get("acronyms_fr", []), *org.get("names_en", []), *org.get("acronyms_en", [])]
        out.append({"id": f"org:{slug(name)}", "name": name, "country": _org_code(org), "kind": _org_kind(org), "aliases": aliases})
        seen_qids.add(org.get("wikidata_via_supraverden"))
        seen_keys.update(key(a) for a in aliases)
    for org in _load(ontology / "actors" / "intl_orgs_supraverden.json")["organisations"]:
        name_fr, name_en = org.get("Name_fr"), org.get("Name_en")
        if not name_fr or not name_en or org.get("Wikidata_code") in seen_qids or key(name_fr) in seen_keys:
            continue
        abbreviation = org.get("Abbreviation_en")
        code = "EU" if org.get("Country") == "EU" else abbreviation
        aliases = [name_fr, name_en, *([abbreviation] if abbreviation and len(abbreviation) > 2 else [])]
        out.append({"id": f"org:{slug(name_en)}", "name": name_en, "country": code, "kind": "igo", "aliases": aliases})
        seen_keys.update(key(a) for a in aliases)
    return out


_PERSON_NOTE = ("spokes", "ceo", "chairman", "director", "president", "chief", "head of", "founder", "executive", "minister")


def phoenix_organisations(ontology: Path, iso3: set[str], seen_keys: set[str]) -> list[dict]:
    """Companies (MNC…), NGOs (NGO…) and UN and EU bodies (IGOUNO, IGOEUR) of the Phoenix dictionary."""
    out = []
    for entry in _load(ontology / "actors" / "phoenix" / "phoenix_international.json"):
        codes = [c["code"] for c in entry.get("codes") or []]
        if not codes or any(word in (entry.get("comment") or "").lower() for word in _PERSON_NOTE):
            continue
        code = codes[0]
        if code.startswith(("MNC", "NGO")):
            kind = "company" if code.startswith("MNC") else "ngo"
            country = code[3:6] if code[3:6] in iso3 else None
        elif code.startswith(("IGOUNO", "IGOEUR")):
            kind, country = "igo", "UN" if code.startswith("IGOUNO") else "EU"
        else:
            continue
        names = [entry["name"], *entry.get("variants", [])]
        if key(entry["name"]) in seen_keys or len(key(entry["name"])) < 3:
            continue
        out.append({"id": f"org:{slug(entry['name'])}", "name": entry["name"].title() if len(entry["name"]) > 5 else entry["name"],
                    "country": country, "kind": kind, "aliases": [n for n in names if len(key(n)) >= 3]})
    return out


def seats(ontology: Path) -> list[dict]:
    data = _load(ontology / "actors" / "seats_of_power_fr_curated.json")["seats_of_power"]
    return [{"mention": s["mention_fr"], "country": s["country_or_org"], "sector": s["plover_sector"]} for s in data]


def persons(ontology: Path, iso3: set[str], country_by_name: dict[str, str]) -> list[dict]:
    out = []
    for leader in _load(ontology / "actors" / "leaders_fr_aliases_curated.json")["leaders"]:
        countries_seen = [country_by_name.get(key(p.get("country", ""))) for p in leader.get("positions_from_sources", [])]
        countries_seen = [c for c in countries_seen if c]
        # Aliases that are role descriptors ("le président russe") depend on the date: left to the offices.
        aliases = [a for a in leader["aliases_fr"] if a[:1].isupper()]
        out.append({"id": f"person:{slug(leader['name_en'])}", "name": leader["name_en"],
                    "country": collections.Counter(countries_seen).most_common(1)[0][0] if countries_seen else None,
                    "aliases": [leader["name_en"], *aliases], "source": "curated"})
    for entry in _load(ontology / "actors" / "phoenix" / "phoenix_countries.json"):
        codes = entry.get("codes") or []
        name = entry["name"]
        words = name.split()
        if not codes or len(words) < 2 or _NOT_PERSON & set(words):
            continue
        if not (entry.get("comment") == "CountryInfo.txt" or any("start" in c or "end" in c for c in codes)):
            continue
        prefixes = [c["code"][:3] for c in codes if c["code"][:3] in iso3]
        if not prefixes:
            continue
        variants = [v for v in entry.get("variants", []) if len(v.split()) >= 2 and v.split()[0] not in _TITLES]
        out.append({"id": f"person:{slug(name)}", "name": name.title(), "country": prefixes[-1],
                    "aliases": [name, *variants], "source": "phoenix"})
    return out


def places(ontology: Path, iso3: set[str]) -> list[list[str]]:
    """Cities and regions Phoenix lists under each country ("KABUL" under AFGHANISTAN)."""
    out = []
    for entry in _load(ontology / "actors" / "phoenix" / "phoenix_countries.json"):
        codes = entry.get("codes") or []
        if len(codes) == 1 and codes[0]["code"] in iso3 and "start" not in codes[0]:
            out.extend([variant.title(), codes[0]["code"]] for variant in entry.get("variants", []))
    return out


def build(ontology: Path) -> dict:
    country_list = countries(ontology)
    iso3 = {c["iso3"] for c in country_list}
    country_by_name = {key(n): c["iso3"] for c in country_list for n in c["names_fr"]}
    # The English names the leaders file uses ("United States of America", "People's Republic of China").
    country_by_name.update({key(c["name_en"]): c["iso3"] for c in country_list})
    country_by_name.update({"united states of america": "USA", "people's republic of china": "CHN", "state of palestine": "PSE"})
    return {
        "countries": country_list,
        "organisations": (orgs := organisations(ontology)) + phoenix_organisations(
            ontology, iso3, {key(a) for o in orgs for a in o["aliases"]}),
        "seats": seats(ontology),
        "persons": persons(ontology, iso3, country_by_name),
        "places": places(ontology, iso3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ontology", type=Path, default=Path(os.environ.get("VEILLE_ONTOLOGY", DEFAULT_ONTOLOGY)))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.ontology)
    with gzip.open(args.out, "wt", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{args.out}: " + ", ".join(f"{len(v)} {k}" for k, v in data.items()))


if __name__ == "__main__":
    main()
