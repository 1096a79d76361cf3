"""The Training section: the practice workspace, its tools, drills and the trainer's view."""
