"""Hostile inputs made at test time (issue 13): nothing large is committed; see corpus.py."""
