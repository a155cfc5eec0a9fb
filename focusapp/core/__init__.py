"""The product's rules: plain Python, no Qt, no I/O, no clock reads.

Every function takes the facts (blocks, days, settings) and the moment it reasons about
(`today`, `now`) as arguments, so it is tested without a display and without time travel.
"""
