"""Who is calling: credentials -> Principal, the route policy, and tenancy injection into runs.

Nothing outside this package parses tokens. Routes and tools read the verified Principal
(`request.state.principal`) or the run context agno builds from it.
"""
