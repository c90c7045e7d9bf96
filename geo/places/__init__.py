"""Places: the gazetteer, resolving mentions, boundary layers and figures per place."""
