"""What every UI feature shares: the task runner, theme, widgets, the dialog service, messages
and translation, accessibility, the crash report, screens and table fitting."""
