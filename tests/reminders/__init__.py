"""Tests of validator/reminders/."""
