"""baomi's recognizers, one per module; ``pipeline.recognizer_registry`` finds them all."""
