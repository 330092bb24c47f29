"""Domain models and rules of the concern-response desk. No Qt, no reportlab.

Floors, from the ground up (each imports only the floors below it;
docs/architecture.md, checked by the contracts in .importlinter):

- ``core``: the database handle and tables, migrations, the clock, the role table, settings
- ``safety``: opening the database; the audit trail, backups, the integrity and clock checks
- ``station``: the station, its staff and their sign-in, the duty roster, the eight haves
- ``concerns``: a villager's concern: the visit, the seven steps, finding it, paper ledgers
- ``figures``: the numbers and what the home screen and printed documents show
- ``samples``: the demo village and the Ningming county dataset
"""
