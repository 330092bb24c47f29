"""Sample data, apart from the rules: the demo village and the Ningming county dataset."""
