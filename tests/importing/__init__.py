"""Tests of validator/importing/."""
