"""Routes the service adds beside agno's: thin, they only translate HTTP."""
