"""Files: reading sources safely, writing outputs atomically, where outputs may go, and the
digests that say what a saved result was made from."""
