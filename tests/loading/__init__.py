"""Tests of validator/loading/."""
