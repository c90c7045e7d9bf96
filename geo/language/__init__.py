"""Language: tokens and sentences, name keys, language detection, morphology, Cyrillic forms."""
