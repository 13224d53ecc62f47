/**
 * Errors a user can act on. `code` is stable (for JSON and tests); `message` is Chinese and says what and
 * where. The CLI prints the message and exits 2; nothing else should reach the user as a stack trace.
 */
export class GongkaiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly where?: string,
  ) {
    super(message);
    this.name = 'GongkaiError';
  }
}
