"""Files: reading sources safely, writing outputs atomically, and where outputs may go."""
