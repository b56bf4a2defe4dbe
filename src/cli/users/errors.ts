/**
 * A refusal the operator should read (Vietnamese) with the exit code it ends in:
 * 2 for bad arguments (checked before the database opens), 1 when the database says no.
 */
export class UsersCliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message)
  }
}
