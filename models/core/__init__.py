"""The ground floor: the database handle and the tables, numbered migrations, the desk's
clock, the role table (who may do what), settings, and checks on what a person types."""
