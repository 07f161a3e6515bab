"""Traces, metrics and logs: OpenTelemetry to OTLP and to agno's trace tables, Prometheus, JSON lines."""
