"""Conformance with the reference Zou 1.0.97: recorded answers replayed against our app."""
