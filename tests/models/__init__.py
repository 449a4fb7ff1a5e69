"""Tests of validator/models/."""
