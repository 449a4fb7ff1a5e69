"""Tests of validator/authoring/."""
