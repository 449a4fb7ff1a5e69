"""Tests of validator/forms/."""
