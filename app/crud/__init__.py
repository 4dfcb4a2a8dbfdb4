"""The generic CRUD engine behind every `/data/<collection>` route, and its registry."""
