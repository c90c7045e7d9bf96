"""Reading reports: files, directories, tables, encodings, HTML and clean text."""
