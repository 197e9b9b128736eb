/** Raised by an edit whose subject is not in the plan, or that a rule refuses; the message is shown to the user. */
export class EditError extends Error {
  override name = 'EditError';
}
