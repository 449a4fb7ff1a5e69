"""Tests of validator/reporters/."""
