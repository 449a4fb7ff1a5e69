"""Tests of validator/generators/."""
