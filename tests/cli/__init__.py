"""Tests of validator/cli/."""
