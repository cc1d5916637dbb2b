/**
 * An error the user can fix: bad arguments, an unreadable path, an invalid manifest. The CLI prints
 * `message` (already naming file, line and column where there is one) and exits 2, never a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}
