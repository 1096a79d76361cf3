"""The Surveys section: cohorts, waves, the survey kiosk, paper forms and released results."""
