"""The Incidents section: critical incidents, their outreach, group interventions, follow-ups."""
