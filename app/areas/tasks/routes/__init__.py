"""The routes of the tasks area: task pages and lists, assignments and batch actions, time logs."""
