// Generated from the spec's x-idempotency-key by scripts/generate-idempotency.mjs: do not edit.
/** The body field each operation takes as its idempotency key (a repeat with the same value does nothing twice). */
export const IDEMPOTENCY_KEYS = {
  "POST /recordings": "external_id"
} as const;
