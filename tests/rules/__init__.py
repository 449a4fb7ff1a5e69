"""Tests of validator/rules/."""
