"""Tests of validator/escaping/."""
