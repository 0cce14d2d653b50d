"""Actors: who each mention is (a person, a government, an army, an organisation, a place).

`registry` holds what is known (countries, capitals, seats of power, organisations, office
holders with dates, persons), `linker` resolves the mentions of one parsed document against it.
"""
