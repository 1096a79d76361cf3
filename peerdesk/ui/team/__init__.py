"""The Team section: members, program policy and the audit log."""
