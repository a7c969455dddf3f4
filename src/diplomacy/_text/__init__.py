"""The text extractor (internal package; the public entry points are re-exported by ``diplomacy``)."""
