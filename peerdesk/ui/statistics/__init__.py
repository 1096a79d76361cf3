"""The Statistics section: the quarterly release, its trends and charts, and its export."""
