"""French words that name an actor by its function: "le président", "les autorités", "l'armée".

Written from the dev split and general French press usage. Keys are folded (no accents, lower case).
"""

from __future__ import annotations

# Nouns that, qualified by a country ("le gouvernement ukrainien", "les autorités de Kiev"),
# stand for that country's government, or for its armed forces.
GOVERNMENT_NOUNS = {
    "gouvernement", "autorites", "autorite", "regime", "pouvoir", "executif", "administration",
    "diplomatie", "ministere", "justice", "tribunal", "parquet", "police", "parlement", "senat",
    "presidence", "fisc", "etat", "services", "renseignement", "cour", "chancellerie", "douane", "douanes",
    "consulat", "ambassade", "prefecture", "sous-prefecture", "brigade",
}
MILITARY_NOUNS = {
    "armee", "armees", "troupes", "forces", "soldats", "militaires", "aviation", "marine", "etat major",
    "etat-major", "garde", "gardes-frontieres", "commandement", "gardes-cotes", "garde-cotes", "flotte",
}

# Names of a country by periphrasis, in the press's usage: "l'État hébreu" is Israel.
PERIPHRASES = {"etat hebreu": "ISR", "etat hebreux": "ISR", "empire du milieu": "CHN", "pays du soleil levant": "JPN",
               "oncle sam": "USA", "pays du matin calme": "KOR"}

# Offices whose holder on the article's date the registry knows.
HEAD_OF_STATE = {"president", "presidente", "roi", "reine", "monarque", "dirigeant", "dirigeante", "leader", "chef d'etat",
                 "emir", "sultan"}
HEAD_OF_GOVERNMENT = {"premier ministre", "premiere ministre", "chef du gouvernement", "chancelier", "chanceliere"}
HEAD_OF_ORGANISATION = {"secretaire general", "secretaire generale", "patron"}
# "le chef du Kremlin", "le maître de l'Élysée", "le locataire de la Maison Blanche": the head of state.
SEAT_HOLDER = {"chef", "maitre", "locataire", "hote"}

# Other functions: a person of that country, named by apposition when the text names them.
PERSON_ROLES = {
    "ministre": "minister", "porte parole": "spokesperson", "porte-parole": "spokesperson",
    "ambassadeur": "ambassador", "ambassadrice": "ambassador", "diplomate": "diplomat",
    "juge": "judge", "juges": "judge", "procureur": "prosecutor", "procureure": "prosecutor",
    "conseiller": "adviser", "conseillere": "adviser", "depute": "member of parliament",
    "deputee": "member of parliament", "senateur": "senator", "senatrice": "senator",
    "general": "general", "commandant": "commander", "vice president": "vice-president",
    "vice-president": "vice-president", "vice-presidente": "vice-president",
    "chef de la diplomatie": "foreign minister", "negociateur": "negotiator", "emissaire": "envoy",
    "envoye": "envoy", "ministres": "minister", "responsable": "official", "responsables": "official",
    "officiel": "official", "officiels": "official", "maire": "mayor", "bourgmestre": "mayor", "gouverneur": "governor",
    "commissaire": "commissioner", "representant": "representative", "representante": "representative",
    "haut-commissaire": "high commissioner", "haute-commissaire": "high commissioner",
    "prefet": "prefect", "prefete": "prefect", "sous-prefet": "sub-prefect", "sous-prefete": "sub-prefect",
    "consul": "consul", "consule": "consul",
    "vice-ministre": "deputy minister", "vice-ministres": "deputy minister",
}

ROLE_TITLES = {"head_of_state": "head of state", "head_of_government": "head of government", "head_of_organisation": "head"}
ENGLISH_TITLE = {"pape": "pope", "president": "president", "presidente": "president", "roi": "king", "reine": "queen", "emir": "emir", "sultan": "sultan",
                 "premier ministre": "prime minister", "premiere ministre": "prime minister",
                 "chancelier": "chancellor", "chanceliere": "chancellor", "chef du gouvernement": "head of government",
                 "secretaire general": "secretary-general", "secretaire generale": "secretary-general"}

# Words before a role that make it someone other than the holder on the article's date.
NOT_CURRENT = {"ancien", "ancienne", "ex", "ex-", "futur", "future", "feu", "defunt", "predecesseur", "successeur", "vice",
               "elu", "elue", "candidat", "candidate", "interimaire"}

# Adjectives of organisations rather than countries.
ORGANISATION_ADJECTIVES = {"europeen": "EU", "europeenne": "EU", "europeens": "EU", "europeennes": "EU",
                           "onusien": "UN", "onusienne": "UN", "onusiens": "UN", "onusiennes": "UN"}

# Adjectives of regions and cities that stand for their country's institutions: "le parlement
# catalan", "la police judiciaire parisienne". Shared ones ("kurde", "basque") are left out.
_REGIONAL_STEMS = {
    "ESP": ["catalan", "andalou", "galicien", "madrilene", "barcelonais"], "CAN": ["quebecois", "ontarien", "montrealais"],
    "GBR": ["ecossais", "gallois", "londonien"], "BEL": ["flamand", "wallon", "bruxellois", "liegeois", "anversois"],
    "DEU": ["bavarois", "berlinois"], "FRA": ["parisien", "corse", "breton", "marseillais", "lyonnais", "alsacien", "normand"],
    "ITA": ["sicilien", "sarde", "lombard", "milanais", "napolitain"], "CHN": ["tibetain", "pekinois"],
    "RUS": ["tchetchene", "moscovite", "siberien"], "USA": ["californien", "texan", "new-yorkais", "floridien"],
    "CHE": ["genevois", "zurichois", "lausannois", "bernois"],
    # capitals and great cities of other countries: "un tribunal cairote", "la police stambouliote"
    "EGY": ["cairote", "alexandrin"], "TUR": ["stambouliote"], "DZA": ["algerois"], "TUN": ["tunisois"],
    "IRN": ["teheranais"], "LBN": ["beyrouthin"], "SEN": ["dakarois"], "CIV": ["abidjanais"], "COD": ["kinois"],
    "MLI": ["bamakois"], "GRC": ["athenien"],
}


def _adjective_forms(stem: str) -> list[str]:
    """Masculine and feminine, singular and plural: "parisien", "parisienne", "parisiens", "parisiennes"."""
    if stem.endswith("e"):
        return [stem, stem + "s"]
    if stem.endswith("s"):
        return [stem, stem + "e", stem + "es"]
    feminine = stem + "se" if stem.endswith("ou") else stem + "ne" if stem.endswith(("en", "on")) else stem + "e"
    return [stem, feminine, stem + "s", feminine + "s"]


REGIONAL_ADJECTIVES = {form: code for code, stems in _REGIONAL_STEMS.items() for stem in stems for form in _adjective_forms(stem)}
# Peoples of a nation within a state whose adjective the press uses for its citizens ("deux touristes
# écossais", "un chanteur québécois"): `registry.adjective()` gives the state. Only for a people's
# name, never an office: "le Premier ministre écossais" is no British head of government (`roles`).
PEOPLE_ADJECTIVES = {form: code for code, stems in {"GBR": ["ecossais", "gallois"], "CAN": ["quebecois"], "FRA": ["corse"],
                                                      "BEL": ["flamand", "wallon"]}.items()
                     for stem in stems for form in _adjective_forms(stem)}
# Adjectives of peoples across borders ("les forces kurdes", "les autorités kurdes"): the
# institutions of the article's own country, not of one country the word would name.
SHARED_REGIONAL_ADJECTIVES = {form for stem in ("kurde", "basque", "touareg", "pachtoune", "baloutche") for form in _adjective_forms(stem)}

# Prepositions that make a place of a capital: "à Genève", "vers Moscou", "depuis Pékin".
PLACE_CASES = {"a", "au", "aux", "dans", "vers", "depuis", "en", "pres", "sur", "jusqu'a", "jusqu'", "via", "entre", "hors", "par", "de", "d'", "du", "des", "pour"}
# With "à", a capital is the recipient of an act rather than a place: "reprocher à Washington".
RECIPIENT_VERBS = {
    "reprocher", "demander", "repondre", "proposer", "livrer", "vendre", "fournir", "adresser", "promettre",
    "imposer", "accorder", "offrir", "ordonner", "conseiller", "rappeler", "lancer", "succeder", "reclamer",
    "signifier", "permettre", "interdire", "pardonner", "refuser", "opposer", "apporter", "annoncer", "expliquer",
    "dire", "ecrire", "transmettre", "remettre", "presenter", "exiger", "enjoindre", "suggerer", "recommander",
    "rendre", "emprunter", "preter", "verser", "faire", "tendre",
}
# "faire escale à Bichkek", "faire étape à Vienne": a journey, the capital a place.
JOURNEY_OBJECTS = {"escale", "etape", "halte", "route", "demi-tour"}
# With "contre", "avec", "entre" a capital is a party: "sanctions contre Moscou", "négocier avec Washington".
PARTY_CASES = {"contre", "avec", "envers", "face", "aupres", "encontre", "egard"}
# Nouns whose complement is a government: "le régime de Damas", "la réponse de Pékin" (but not
# "le parquet de Tokyo" or "la police de Bruxelles", the city's own).
GOVERNMENT_HEADS = (GOVERNMENT_NOUNS - {"parquet", "tribunal", "police", "cour", "justice", "douane", "douanes", "services",
                                        "prefecture", "sous-prefecture", "brigade"}) | {
    "decision", "reponse", "position", "reaction", "accusation", "accusations", "menace", "menaces", "soutien",
    "refus", "demande", "exigence", "exigences", "politique", "strategie", "offre", "proposition", "annonce",
    "porte parole", "porte-parole", "volonte", "sanctions", "alliance", "allie", "allies", "partenaire",
    "partenaires", "ennemi", "ennemis", "emissaire", "envoye", "ultimatum", "avertissement", "condamnation",
    "provocation", "provocations", "pression", "pressions", "ingerence", "veto", "intervention", "cote",
    # "de la part de Téhéran", "l'intérêt de Pékin": what a government wants, says or does
    "part", "interet", "interets", "ambitions", "hostilite", "aval", "objectif", "objectifs", "representant",
    "representants", "autorisation", "inquietude", "colere", "priorite", "priorites", "attitude", "engagement",
    "engagements", "promesse", "promesses",
}

# Domestic institutions: without a country they are the article's own country's.
DOMESTIC_ORG_HEADS = {"cour", "parlement", "senat", "assemblee", "chambre", "gouvernement", "conseil", "tribunal",
                      "parquet", "ministere", "police", "gendarmerie", "armee", "presidence", "fisc", "etat",
                      "commissariat"}  # "le commissariat des Mureaux", tagged as a place

# Words that introduce a company, a party or an NGO: "le constructeur japonais X", "l'ONG X".
COMPANY_HEADS = {"groupe", "societe", "entreprise", "constructeur", "compagnie", "firme", "geant", "operateur",
                 "fabricant", "banque", "assureur", "editeur", "distributeur", "enseigne", "multinationale", "laboratoire",
                 "start-up", "chaine", "boutique", "marque", "filiale", "transporteur", "boite", "discotheque", "hotel",
                 "restaurant", "usine", "cabinet", "supermarche", "magasin", "fonds", "sondage", "sondeur",
                 "manufacturier", "avionneur", "equipementier", "motoriste", "studio"}
PARTY_HEADS = {"parti", "formation", "mouvement"}
NGO_HEADS = {"ong", "association", "fondation", "organisation non gouvernementale", "collectif", "syndicat", "organisation"}

# First words of an unknown organisation's name that say its kind ("Confédération … du travail",
# "Direction générale des …", "Université de …"); other names stay "other".
ORGANISATION_NAME_HEADS = {
    "syndicat": "ngo", "confederation": "ngo", "association": "ngo", "fondation": "ngo", "ong": "ngo", "federation": "ngo",
    "ministere": "government", "direction": "government", "autorite": "government", "agence": "government",
    "office": "government", "parquet": "government", "prefecture": "government", "tribunal": "government",
    "cour": "government", "conseil": "government", "commission": "government", "haute": "government",
    "groupe": "company", "societe": "company", "compagnie": "company", "banque": "company",
    "universite": "other", "diocese": "other", "archidiocese": "other", "parti": "party", "air": "company", "rassemblement": "party", "service": "government",
    "chambre": "government", "assemblee": "government", "parlement": "government", "senat": "government",
    "services": "government", "inspection": "government", "brigade": "government", "gendarmerie": "government",
    "police": "government", "editions": "company", "centre": "ngo", "observatoire": "ngo",
    "garde": "military", "departement": "government",
    # "l'Aviation civile" (a military "Aviation russe" otherwise), "Commissariat général …": public services
    "aviation": "military", "commissariat": "government",
}

# Last words of an unknown organisation's name that say its kind ("La Martinière Groupe").
ORGANISATION_NAME_TAILS = {"groupe": "company", "group": "company", "sa": "company", "inc": "company", "ltd": "company",
                           "holding": "company", "corporation": "company", "editions": "company",
                           "airlines": "company", "airways": "company"}

# Words that open the name of a news outlet: "l'agence de presse Anadolu", "le quotidien Hürriyet".
MEDIA_HEADS = {"agence", "quotidien", "journal", "hebdomadaire", "mensuel", "chaine", "radio", "television",
               "magazine", "site", "tabloid", "media", "agences", "presse", "revue"}

# Major news agencies and outlets, with their country: a name alone ("selon Reuters") is a medium.
MEDIA = {
    "AFP": "FRA", "Agence France-Presse": "FRA", "RTVE": "ESP", "TVE": "ESP", "Radio Sawa": "USA", "RealClearPolitics": "USA", "L'Orient-Le Jour": "LBN", "Reuters": "GBR", "Associated Press": "USA", "AP": "USA",
    "Bloomberg": "USA", "dpa": "DEU", "ANSA": "ITA", "EFE": "ESP", "Belga": "BEL", "Kyodo": "JPN",
    "Yonhap": "KOR", "Xinhua": "CHN", "Chine nouvelle": "CHN", "TASS": "RUS", "ITAR-TASS": "RUS",
    "RIA Novosti": "RUS", "Interfax": "RUS", "Sputnik": "RUS", "RT": "RUS", "Anadolu": "TUR", "IRNA": "IRN", "IRIB": "IRN", "Irib": "IRN",
    "SANA": "SYR", "KCNA": "PRK", "MAP": "MAR", "APS": "DZA", "Le Monde": "FRA", "Le Figaro": "FRA",
    "Libération": "FRA", "Le Parisien": "FRA", "L'Express": "FRA", "Le Point": "FRA", "L'Obs": "FRA",
    "Mediapart": "FRA", "Ouest-France": "FRA", "Les Échos": "FRA", "La Croix": "FRA", "L'Humanité": "FRA",
    "Le Canard enchaîné": "FRA", "I-Télé": "FRA", "iTélé": "FRA", "Télérama": "FRA", "Le Journal du dimanche": "FRA", "JDD": "FRA", "BFM TV": "FRA", "BFMTV": "FRA",
    "TF1": "FRA", "France 2": "FRA", "France 3": "FRA", "France 24": "FRA", "France Inter": "FRA",
    "France Info": "FRA", "Franceinfo": "FRA", "franceinfo": "FRA", "Europe 1": "FRA", "RTL": "FRA", "LCI": "FRA",
    "Radio France internationale": "FRA", "RFI": "FRA", "Radio France": "FRA", "France Télévisions": "FRA",
    "Jeune Afrique": "FRA", "Arte": "FRA", "Canal+": "FRA", "M6": "FRA", "TMC": "FRA", "TFX": "FRA", "C8": "FRA",
    "W9": "FRA", "CNews": "FRA", "LCP": "FRA", "Public Sénat": "FRA", "Sciences et Avenir": "FRA", "Marianne": "FRA", "Valeurs actuelles": "FRA",
    "20 Minutes": "FRA", "Le Dauphiné libéré": "FRA", "La Dépêche du Midi": "FRA", "TRT": "TUR", "Daily Sabah": "TUR",
    "Amaq": None, "BBC": "GBR", "The Guardian": "GBR", "The Times": "GBR",
    "Financial Times": "GBR", "The Economist": "GBR", "The Independent": "GBR", "The Daily Telegraph": "GBR",
    "Sky News": "GBR", "CNN": "USA", "Fox News": "USA", "New York Times": "USA", "The New York Times": "USA",
    "Washington Post": "USA", "The Washington Post": "USA", "Wall Street Journal": "USA", "NBC": "USA",
    "CBS": "USA", "ABC News": "USA", "Politico": "USA", "Der Spiegel": "DEU", "Spiegel": "DEU", "Bild": "DEU",
    "Die Zeit": "DEU", "El País": "ESP", "El Mundo": "ESP", "Corriere della Sera": "ITA", "La Repubblica": "ITA",
    "Al Jazeera": "QAT", "Al-Jazira": "QAT", "Al Arabiya": "SAU", "Haaretz": "ISR", "Times of Israel": "ISR",
    "Hürriyet": "TUR", "NHK": "JPN", "Asahi Shimbun": "JPN", "Radio-Canada": "CAN", "CBC": "CAN",
    "La Presse": "CAN", "Le Devoir": "CAN", "RTBF": "BEL", "Le Soir": "BEL", "RTS": "CHE", "Le Temps": "CHE",
    "Wikinews": None, "Wikipédia": None,
    # French regional dailies and online outlets
    "Le Dauphiné": "FRA", "Sud Ouest": "FRA", "La Voix du Nord": "FRA", "Le Progrès": "FRA", "Le Télégramme": "FRA",
    "Nice-Matin": "FRA", "Corse-Matin": "FRA", "Var-Matin": "FRA", "La Provence": "FRA", "Midi libre": "FRA",
    "L'Est républicain": "FRA", "Le Républicain lorrain": "FRA", "Dernières Nouvelles d'Alsace": "FRA",
    "La Montagne": "FRA", "Paris-Normandie": "FRA", "Le Courrier picard": "FRA", "La Nouvelle République": "FRA",
    "Francetv info": "FRA", "France TV info": "FRA", "France Bleu": "FRA", "RMC": "FRA", "Le HuffPost": "FRA",
    "Huffington Post": "USA", "Slate": "USA", "Rue89": "FRA", "Konbini": "FRA", "Brut": "FRA",
    "Russia Today": "RUS", "Deutsche Welle": "DEU", "L'Opinion": "FRA", "France Culture": "FRA", "TV5 Monde": "FRA", "TV5MONDE": "FRA", "Charlie Hebdo": "FRA",
    "BuzzFeed": "USA", "Buzzfeed": "USA", "BuzzFeed News": "USA", "The Tablet": "GBR", "Revue des deux Mondes": "FRA",
    "La Revue des deux Mondes": "FRA", "Les Inrockuptibles": "FRA", "Les Inrocks": "FRA", "Le Salon beige": "FRA", "TVLibertés": "FRA", "Le Réveil normand": "FRA",
    "Presse Océan": "FRA", "Presse-Océan": "FRA", "Aujourd'hui en France": "FRA", "Forbes": "USA", "BFM": "FRA",
}
# UN missions are named "MINU…" / "ONU…" (MINUSMA, MINUSCA, MONUSCO, ONUCI).
UN_MISSION_PREFIXES = ("MINU", "MONU", "ONU", "FINUL", "UNMI", "UNA", "UNIFIL")
