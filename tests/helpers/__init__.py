"""Helpers the tests run: child-process scripts and the network guard."""
