"""Tests of validator/gitops/."""
