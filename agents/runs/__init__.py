"""What every way of starting or reading a run shares: who may join a session, who may see a run."""
