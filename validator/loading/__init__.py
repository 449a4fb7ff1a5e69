"""Loading layer: find the repository, read files safely, keep positions."""
