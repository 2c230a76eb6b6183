/** A start-up failure of the embedded PostgreSQL that says what is wrong and what to do: printed as it is, without a stack. */
export class DatabaseStartError extends Error {}
