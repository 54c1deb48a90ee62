/** The command line was called wrongly: the message says how to call it (exit status 64). */
export class UsageError extends Error {}

/** A command refused or failed for a reason it states: the message is printed as it is (exit status 1). */
export class CommandError extends Error {}
