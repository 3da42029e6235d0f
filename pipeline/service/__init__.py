"""The service layer: one entry point per action of the workflow, for the command line and the
web desk alike, so a rule lives in one place and both say the same thing.

Each entry point takes the register, the acting user (an ``Actor`` from ``people.authenticate``)
and the action's arguments, runs in one transaction that takes the register's write lock, checks
the user (registered, active, a role that allows the step) and the step's rules, and returns an
``Outcome``: ``Done`` (a message key with parameters, and the value made) or ``Refusal`` (a
message key with parameters, the reasons as further keys with parameters, and the exit status),
which either front end renders in Chinese or English. A refused action writes nothing.

Modules: ``outcome`` (the shape), ``people`` (authentication and users), ``steps`` (sign,
decide, the secrecy office's answer, declassify, consent, publish), ``cases`` (open a case from
a review, list, show, the secrecy office's queue), ``reports`` (ledger, catalogue, form, audit
verification) and ``admin`` (the register's version, backup and restore, separation rules).
"""
