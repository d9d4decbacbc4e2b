"""The electricity supplier's reference server: the utility's side of the personal account."""
