"""Equivalent models of the ascn document in other libraries, for side-by-side benchmarks."""
