"""Tests of validator/secret_scan/."""
