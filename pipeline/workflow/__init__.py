"""The review workflow (三审) on top of the register: the register itself (tables, audit chain,
schema versions, backups), its people and what their roles allow (users, credentials, roles and
the separation-of-duty rules), and the rules of each step: cases opened from reviews, the
sign-off order, reviewers' decisions, the secrecy office, declassification, issuers' consent and
the publish gate. ``pipeline.service`` is the one way in for the command line and a web desk.
Nothing in the core, the stages or the recognizers imports this package."""
