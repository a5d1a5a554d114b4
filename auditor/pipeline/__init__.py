"""The stages of an audit as units of work an engine can place anywhere.

``extraction``: one document's bytes to its encoded claims (a pure function,
run in this process, a worker process or a Dask worker). ``partitions``:
which claims each rule must see together, so checks run a document or a
block of linked claims at a time. ``collector``: the garbage collector
tuned for runs that hold many long-lived records. The engines
(``auditor.engine``, ``auditor.dask_engine``) decide where each runs.
"""
