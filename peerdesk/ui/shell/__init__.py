"""The app and its signed-in window: start-up, the main window, its sections, the idle lock
and the moves between setup, sign-in and work. The only place where features meet."""
