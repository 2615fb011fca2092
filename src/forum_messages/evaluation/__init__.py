"""Measure how well the pipeline rebuilds the structure of a published Messages document."""
