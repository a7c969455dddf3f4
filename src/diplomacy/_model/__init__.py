"""The typed domain model (internal package; every public name is re-exported by ``diplomacy``)."""
