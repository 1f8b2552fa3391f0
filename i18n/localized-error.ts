/** An error whose message is already in the visitor's language (a form check), shown as it is. */
export class LocalizedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalizedError';
  }
}
