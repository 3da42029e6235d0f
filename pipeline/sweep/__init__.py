"""The self-inspection of what is already published (自查, ``baomi sweep``) and the re-check of
register cases whose situation changed (复查, ``baomi recheck``).

A sweep gathers the published items of a website, from a folder that mirrors its files
(``mirror``) or by crawling it politely from a start URL (``crawl`` over ``fetch`` and
``robots``, reading pages with ``pages``); keeps what it fetched and what each item was found
to hold in a resumable state (``state``); reviews each item with the read-only ``check`` path
on the batch executors (``review``: the local pool or Dask), summarises each result without
any value (``assess``), and hands the rows to the report writers in ``pipeline.reports``
(``report``). Findings can be opened as register cases (``cases``). ``recheck`` reads the
register. ``service`` ties a sweep together for the command line.
"""
