"""The actor registry: what veille knows about countries, governments, organisations and persons.

Built from the bundled data (`veille/data/actors_registry.json.gz`, see `veille.actors.build`),
the curated office holders with dates (`veille/data/actors_offices.yaml`), the curated parties,
unions, agencies, companies (`veille/data/actors_organisations.yaml`), the curated regions and
cities (`veille/data/actors_places.yaml`), and the user's own
files: `veille --actors FILE` or the `VEILLE_ACTORS` variable (paths joined by the platform's
path separator), YAML or CSV, one actor per entry:

    name, aliases (list, or "|"-separated in CSV), country, kind, role, from, to

An entry with a role and dates is also an office: "le président <country adjective>" on a day
between `from` and `to` resolves to it.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import json
import os
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from veille.actors.lexicon import ORGANISATION_ADJECTIVES, PEOPLE_ADJECTIVES
from veille.actors.normalize import fold, key, slug

KINDS = ("person", "government", "military", "country", "igo", "media", "party", "ngo", "company", "location", "other")
ENV_FILES = "VEILLE_ACTORS"

# Seats of power named without an article that are buildings or streets, not cities.
_BUILDINGS = {"Matignon", "Bercy", "Beauvau", "Downing Street", "Whitehall", "Westminster", "Zhongnanhai"}

# Country names the French press abbreviates or shortens, which the country sources do not list.
# "la Macédoine" is the country (North Macedonia since 2019), as the corpus's lists of countries name it.
COUNTRY_ACRONYMS = {"RDC": "COD", "RCA": "CAF", "USA": "USA", "Émirats": "ARE", "Macédoine": "MKD",
                    "Zaïre": "COD", "république du Zaïre": "COD", "Trinidad-et-Tobago": "TTO",  # the DR Congo's name from 1971 to 1997
                    # the press's everyday names of the United Kingdom and of Bosnia-Herzegovina
                    "Grande-Bretagne": "GBR", "Grande Bretagne": "GBR", "Bosnie": "BIH"}

# Adjectives of the press the country sources lack (folded): "le cabinet qatari", "l'armée thaïe".
_EXTRA_ADJECTIVES = {"qatari": "QAT", "qatarie": "QAT", "qataris": "QAT", "qataries": "QAT", "thai": "THA", "thaie": "THA",
                     "thais": "THA", "thaies": "THA", "etasunien": "USA", "etasunienne": "USA", "etasuniens": "USA",
                     "etasuniennes": "USA", "belarusse": "BLR", "belarusses": "BLR", "malawite": "MWI", "malawites": "MWI",
                     # "deux touristes anglais": the press's English for British
                     "anglais": "GBR", "anglaise": "GBR", "anglaises": "GBR"}

# Seat sectors (PLOVER) and the kind of actor they stand for.
_SECTOR_KIND = {"MIL": "military"}


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    country: str | None
    kind: str
    role: str | None = None

    def to_dict(self) -> dict:
        # by hand: dataclasses.asdict deep-copies field by field, thousands of times per ingest batch
        return {"id": self.id, "name": self.name, "country": self.country, "kind": self.kind, "role": self.role}

    def with_role(self, role: str | None) -> "Actor":
        return Actor(self.id, self.name, self.country, self.kind, role) if role and role != self.role else self


@dataclass(frozen=True)
class Office:
    country: str
    role: str  # head_of_state | head_of_government | head_of_organisation
    title: str
    holder: Actor
    start: dt.date
    end: dt.date | None

    def holds(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Seat:
    actor: Actor  # the institution it stands for when it acts
    place: Actor | None  # the place, when the seat is a city ("Moscou"); None for buildings ("le Kremlin")


def _as_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    parts = text.split("-")
    return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


class Registry:
    def __init__(self, data: dict, offices: list[dict], user_entries: list[dict] = (), organisations: list[dict] = (),
                 places: dict[str, list[str]] | None = None):
        self.countries: dict[str, dict] = {}
        self.gentiles: set[str] = set()  # keys of "Russes", "Afghane"...: peoples, not names
        self.curated: set[str] = set()  # ids of persons known beyond a dictionary entry: office holders, leaders, the user's
        self.names: dict[str, list[Actor]] = defaultdict(list)  # key -> actors, best first
        self.surnames: dict[str, list[Actor]] = defaultdict(list)  # curated persons' last names
        self.adjectives: dict[str, str] = {}  # folded adjective form -> ISO3 or organisation code
        self.seats: dict[str, Seat] = {}
        self.places: dict[str, Actor] = {}
        self.offices: dict[tuple[str, str], list[Office]] = defaultdict(list)
        self.organisations: dict[str, Actor] = {}  # code -> its actor ("EU" -> European Union)
        self.lower_case: set[str] = set()  # keys of curated names written in lower case ("gilets jaunes", "talibans")
        # keys of the curated places (regions, departments, big towns): sure enough to tag where the model missed them
        self.curated_places: set[str] = set()
        self._load_countries(data["countries"])
        for name, iso3 in data["places"]:
            self.places.setdefault(key(name), Actor(f"place:{slug(name)}", name, iso3, "location"))
        for iso3, names in (places or {}).items():
            for name in names:  # curated: they win over the dictionary's
                self.places[key(name)] = Actor(f"place:{slug(name)}", name, iso3, "location")
                self.curated_places.add(key(name))
        self._territories_as_places({key(n): iso3 for iso3, names in (places or {}).items() for n in names})
        self._load_organisations(data["organisations"])
        self._load_curated_organisations(organisations)
        self._load_seats(data["seats"])
        self._load_offices(offices)
        self._load_persons(data["persons"])
        for entry in user_entries:
            self.add_user_entry(entry)

    # -- loading -------------------------------------------------------------------------------

    def _load_countries(self, countries: list[dict]) -> None:
        # Independent states first, so that a name shared with a territory goes to the state.
        for c in sorted(countries, key=lambda c: not c["independent"]):
            iso3 = c["iso3"]
            self.countries[iso3] = c
            actor = self.country(iso3)
            for name in [*c["names_fr"], *c["gentiles"]]:
                self._index(name, actor, front=False)
            self.gentiles.update(key(g) for g in c["gentiles"] if key(g) not in {key(n) for n in c["names_fr"]})
            for form in c["adjectives"]:
                self.adjectives.setdefault(fold(form), iso3)
            for capital in c["capitals_fr"]:
                # The English name only when it is surely the same city (one capital listed).
                english = c["capital_en"] if c["capital_en"] and len(c["capitals_fr"]) == 1 else capital
                place = Actor(f"place:{slug(english)}", english, iso3, "location")
                self.seats.setdefault(key(capital), Seat(self.government(iso3), place))
                self.places.setdefault(key(capital), place)
        # The sources list some adjectives in the singular only ("ivoirien", "ivoirienne", "serbe",
        # "birman"): their plurals too ("les autorités ivoiriennes", "les forces serbes"), after every
        # listed form, so that a listed form always keeps its country.
        for iso3, c in self.countries.items():
            for form in c["adjectives"]:
                folded = fold(form)
                if folded and not folded.endswith(("s", "x", "z")):
                    self.adjectives.setdefault(folded + "s", iso3)
        for form, iso3 in _EXTRA_ADJECTIVES.items():
            if iso3 in self.countries:
                self.adjectives.setdefault(form, iso3)
        for form, iso3 in PEOPLE_ADJECTIVES.items():
            self.adjectives.setdefault(form, iso3)
        self.adjectives.update(ORGANISATION_ADJECTIVES)
        for alias, iso3 in COUNTRY_ACRONYMS.items():
            if iso3 in self.countries:
                self._index(alias, self.country(iso3), front=False)

    def _territories_as_places(self, curated: dict[str, str]) -> None:
        """A territory the curated places give to another country is a place of it, not a country:
        "la Guyane", "La Réunion" are French departments (ISO codes GUF, REU), and "réunionnais"
        says France."""
        for iso3, c in self.countries.items():
            names = {key(n) for n in c["names_fr"]}
            parent = next((curated[k] for k in names if curated.get(k, iso3) != iso3), None)
            if c["independent"] or parent is None:
                continue
            for name in [*c["names_fr"], *c["gentiles"]]:
                k = key(name)
                self.names[k] = [a for a in self.names[k] if a.country != iso3 or a.kind != "country"]
                if k in names:
                    self.places.setdefault(k, Actor(f"place:{slug(name)}", name, parent, "location"))
            for form in [*c["adjectives"], *(f + "s" for f in c["adjectives"])]:
                if self.adjectives.get(fold(form)) == iso3:
                    self.adjectives[fold(form)] = parent

    def _load_organisations(self, organisations: list[dict]) -> None:
        for org in organisations:
            actor = Actor(org["id"], org["name"], org["country"], org["kind"])
            if org["country"] and org["country"] not in self.organisations and org["country"] == (org.get("aliases") or [None])[-1]:
                self.organisations[org["country"]] = actor
            for alias in org["aliases"]:
                self._index(alias, actor, front=False)
        for code in ("UN", "EU", "NATO", "AU"):
            for actor in self.names.get(key({"UN": "ONU", "EU": "UE", "NATO": "OTAN", "AU": "UA"}[code]), []):
                self.organisations[code] = actor

    def _load_curated_organisations(self, organisations: list[dict]) -> None:
        """Parties, unions, agencies, companies with their country: they win over the generic sources."""
        for org in organisations:
            if org["kind"] == "person":  # a public figure with no dated office: their nationality
                self._person(org["name"], org.get("country"), org.get("aliases", []))
                continue
            actor = Actor(f"org:{slug(org['name'])}", org["name"], org.get("country"), org["kind"])
            if org.get("own_code"):
                # an organisation's own code the generic sources lack ("LAS" for the Arab League)
                self.organisations[actor.country] = actor
            for alias in {org["name"], *org.get("aliases", [])}:
                self._index(alias, actor, front=True)
                if alias[:1].islower() and len(key(alias)) >= 5:
                    self.lower_case.add(key(alias))

    def _load_seats(self, seats: list[dict]) -> None:
        for seat in seats:
            mention, code, sector = seat["mention"], seat["country"], seat["sector"]
            if code in self.countries:
                actor = self.military(code) if _SECTOR_KIND.get(sector) == "military" else self.government(code)
            else:
                actor = self.organisations.get({"UNO": "UN", "EU": "EU"}.get(code, code))
                if actor is None:
                    continue  # "La Haye", "Vienne": several organisations; the place is what we know
            # A city ("Moscou", "La Havane", "New York") is a place when it does not act; a building
            # ("le Kremlin", "Matignon") always stands for its institution.
            place = self.places.get(key(mention))
            is_city = place is not None or (mention[:1].isupper() and not mention.lower().startswith(("le ", "la ", "l'"))
                                            and mention not in _BUILDINGS)
            if is_city and place is None:
                place = Actor(f"place:{slug(mention)}", mention, code if code in self.countries else None, "location")
            self.seats[key(mention)] = Seat(actor, place)

    def _load_offices(self, offices: list[dict]) -> None:
        for entry in offices:
            holder = self._person(entry["holder"], entry["country"], entry.get("fr", []))
            office = Office(entry["country"], entry["role"], entry["title"], holder, _as_date(entry["from"]), _as_date(entry.get("to")))
            self.offices[(office.country, office.role)].append(office)

    def _person(self, name: str, country: str | None, aliases: list[str], role: str | None = None) -> Actor:
        actor_id = f"person:{slug(name)}"
        known = [a for a in self.names.get(key(name), []) if a.id == actor_id]
        actor = known[0] if known else Actor(actor_id, name, country, "person", role)
        self.curated.add(actor_id)
        for alias in {name, *aliases}:
            self._index(alias, actor, front=True)
            words = alias.split()
            surname = self.surnames[key(words[-1])]
            if len(words) >= 2 and words[-1][:1].isupper() and actor not in surname:
                surname.append(actor)
        return actor

    def _load_persons(self, persons: list[dict]) -> None:
        for person in persons:
            curated = person["source"] == "curated"
            if curated:
                self._person(person["name"], person["country"], person["aliases"])
                continue
            actor = Actor(person["id"], person["name"], person["country"], "person")
            for alias in person["aliases"]:
                self._index(alias, actor, front=False)

    def _index(self, name: str, actor: Actor, front: bool) -> None:
        k = key(name)
        if not k:
            return
        bucket = self.names[k]
        if any(a.id == actor.id for a in bucket):
            if not front or bucket[0] == actor:
                return
            # A curated entry under a dictionary entry's id ("International Energy Agency"): it wins.
            bucket[:] = [a for a in bucket if a.id != actor.id]
        bucket.insert(0, actor) if front else bucket.append(actor)

    def add_user_entry(self, entry: dict) -> Actor:
        """One user-defined actor (and office, when it has a role and dates); it wins over bundled ones."""
        name = entry["name"]
        aliases = entry.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split("|") if a.strip()]
        kind = entry.get("kind") or "person"
        if kind not in KINDS:
            raise ValueError(f"actor {name!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
        country = entry.get("country") or None
        actor = Actor(entry.get("id") or f"{'person' if kind == 'person' else 'user'}:{slug(name)}", name, country, kind, entry.get("role") or None)
        self.curated.add(actor.id)
        for alias in {name, *aliases}:
            self._index(alias, actor, front=True)
            if kind == "person" and len(alias.split()) >= 2:
                self.surnames[key(alias.split()[-1])].insert(0, actor)
        office_role = {"president": "head_of_state", "head_of_state": "head_of_state", "king": "head_of_state", "queen": "head_of_state",
                       "prime minister": "head_of_government", "chancellor": "head_of_government", "head_of_government": "head_of_government",
                       "secretary-general": "head_of_organisation", "head_of_organisation": "head_of_organisation"}.get((entry.get("role") or "").lower())
        if office_role and country and entry.get("from"):
            office = Office(country, office_role, entry["role"], actor, _as_date(entry["from"]), _as_date(entry.get("to")))
            self.offices[(country, office_role)].insert(0, office)
        return actor

    # -- actors of a country --------------------------------------------------------------------

    @functools.cached_property
    def first_names(self) -> frozenset[str]:
        """First words of two or more persons' full names ("Sarah", "Thomas"): what a person named by
        a first name alone is called ("Sarah, 16 ans")."""
        seen: dict[str, set[str]] = defaultdict(set)
        for actors in self.names.values():
            for actor in actors:
                words = actor.name.split()
                if actor.kind == "person" and len(words) >= 2 and words[0].isalpha() and words[0][1:].islower():
                    seen[words[0]].add(actor.id)
        return frozenset(name for name, ids in seen.items() if len(ids) >= 2)

    def country_name(self, code: str) -> str:
        c = self.countries.get(code)
        return c["name_en"] if c else code

    def country(self, code: str) -> Actor:
        return Actor(f"country:{code}", self.country_name(code), code, "country")

    def government(self, code: str) -> Actor:
        if code in self.organisations:
            return self.organisations[code]
        return Actor(f"gov:{code}", f"Government of {self.country_name(code)}", code, "government")

    def military(self, code: str) -> Actor:
        return Actor(f"mil:{code}", f"Armed forces of {self.country_name(code)}", code, "military")

    # -- look-ups -------------------------------------------------------------------------------

    def lookup(self, text: str) -> list[Actor]:
        return self.names.get(key(text), [])

    def adjective(self, word: str) -> str | None:
        return self.adjectives.get(fold(word))

    def seat(self, text: str) -> Seat | None:
        return self.seats.get(key(text))

    def place(self, text: str) -> Actor | None:
        return self.places.get(key(text))

    def holder(self, country: str, role: str, day: dt.date | None) -> Office | None:
        """Who held the office on that day; without a day, nobody (a role is never guessed)."""
        if day is None:
            return None
        for office in self.offices.get((country, role), []):
            if office.holds(day):
                return office
        return None

    def acting_for(self, actor: Actor, day: dt.date | None) -> Actor:
        """The person as the country or organisation they act for on that day: Donald Tusk for the
        EU while President of the European Council; Martin Schulz after he left the European
        Parliament for none the registry knows (the document tells)."""
        if day is None or actor.kind != "person":
            return actor
        held = [o for offices in self.offices.values() for o in offices if o.holder.id == actor.id]
        for office in held:
            if office.holds(day) and office.country != actor.country:
                return Actor(actor.id, actor.name, office.country, "person", actor.role)
        if actor.country not in self.countries and any(o.country == actor.country for o in held) \
                and not any(o.holds(day) for o in held):
            return Actor(actor.id, actor.name, None, "person", actor.role)
        return actor

    def holders(self, day: dt.date | None) -> set[str]:
        """Ids of every person in an office on that day."""
        if day is None:
            return set()
        return {o.holder.id for offices in self.offices.values() for o in offices if o.holds(day)}


def read_user_file(path: str | os.PathLike) -> list[dict]:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with open(path, encoding="utf-8", newline="") as f:
            return [{k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k} for row in csv.DictReader(f)]
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or []
    if isinstance(data, dict):
        data = data.get("actors", [])
    if not isinstance(data, list) or not all(isinstance(e, dict) and e.get("name") for e in data):
        raise ValueError(f"{path}: expected a list of actors, each with a name")
    return data


def _bundled() -> tuple[dict, list[dict], list[dict], dict]:
    folder = resources.files("veille") / "data"
    with gzip.open(folder.joinpath("actors_registry.json.gz").open("rb"), "rt", encoding="utf-8") as f:
        data = json.load(f)
    offices = yaml.safe_load(folder.joinpath("actors_offices.yaml").read_text(encoding="utf-8"))
    organisations = yaml.safe_load(folder.joinpath("actors_organisations.yaml").read_text(encoding="utf-8"))
    places = yaml.safe_load(folder.joinpath("actors_places.yaml").read_text(encoding="utf-8"))
    return data, offices, organisations, places


@functools.cache
def _load(user_files: tuple[str, ...]) -> Registry:
    data, offices, organisations, places = _bundled()
    entries = [entry for path in user_files for entry in read_user_file(path)]
    return Registry(data, offices, entries, organisations, places)


def load(user_files: tuple[str, ...] | None = None) -> Registry:
    """The registry, with the user's files (default: `VEILLE_ACTORS`); cached per process."""
    if user_files is None:
        user_files = tuple(p for p in os.environ.get(ENV_FILES, "").split(os.pathsep) if p)
    return _load(tuple(user_files))
