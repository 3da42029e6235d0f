"""baomi's recognizers, one per module; ``pipeline.recognizer_registry`` finds them all."""

# Imported first, so that Presidio is imported without spaCy (pipeline.presidio_light).
from pipeline import presidio_light

presidio_light.install()
