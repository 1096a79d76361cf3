"""The Contacts section: the contact form and its panels, my contacts, follow-ups."""
