// The one error the search stage raises: a request it cannot answer, naming the parameter at fault.

/** A query or parameter the search cannot run; the HTTP layer answers it with a 400 and this message. */
export class QueryError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}
