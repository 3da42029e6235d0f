"""Running many documents: the local process pool, the Dask executor, the time limit, the
resume cache, and the upload-folder watch. Everything that writes the register stays in the
calling process."""
