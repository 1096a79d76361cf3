"""PeerDesk: an offline, encrypted contact log for first-responder peer support teams."""

__version__ = "0.1.0"
