"""The station: the four levels, this desk's own station and its staff, their PINs and
sign-in, the duty roster and holidays, the eight haves, supervisors and their ratings."""
