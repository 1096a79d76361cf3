"""The Referrals section: the directory, its filters and actions, resources, import and lookup."""
