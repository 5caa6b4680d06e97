"""Synthetic CVs with exact truths and labels (repository only; see synth/README.md)."""
