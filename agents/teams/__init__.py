"""HYVVE's agents and teams. Definitions only: they read the Principal from the run context, never HTTP."""
