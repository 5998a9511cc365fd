"""Reading the workspace's sources: text files, YAML metadata, Markdown parts (see ``loader``)."""
