"""The review workflow (三审) on top of the register: cases opened from reviews, the sign-off
order, reviewers' decisions, the secrecy office, declassification, issuers' consent and the
publish gate. Nothing in the core, the stages or the recognizers imports this package."""
