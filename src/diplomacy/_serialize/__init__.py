"""Wire formats of the model (internal package; the public entry points are re-exported by ``diplomacy``)."""
