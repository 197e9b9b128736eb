/** A refused or failed operation, with the message for the user and its further lines. */
export class BraidCallError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'BraidCallError';
  }
}
