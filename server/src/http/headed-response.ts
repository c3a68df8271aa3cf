import { type IncomingMessage, type OutgoingHttpHeader, type OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** One header line: name as sent, value. */
export type HeaderLine = readonly [name: string, value: string];

type GivenHeaders = OutgoingHttpHeaders | OutgoingHttpHeader[];

/** Whether `keys` (the names of the headers given to `writeHead`) hold `name`, in any letter case. */
function names(keys: readonly string[], name: string): boolean {
  for (const key of keys) {
    if (key.length === name.length && key.toLowerCase() === name.toLowerCase()) return true;
  }
  return false;
}

/**
 * Node's response, with headers that join the answer's own when its head is written: the
 * security headers, the request id, `Vary` (`addToHead`, called by middleware before the
 * route). Set one by one with `setHeader`, Node checks, lower-cases and stores each and then
 * merges the answer's headers into them, ~0.6 µs a header, more than a bare answer's whole
 * JavaScript; given to `writeHead` in one object with the answer's own, Node checks each once
 * and writes it. An answer's own header of the same name wins, as it would over `setHeader`.
 * `serveApp` makes Node use this class.
 */
export class HeadedResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
  #additions: HeaderLine[] = [];

  /** Adds `lines` to this answer's head, each unless the answer sets that header itself. */
  addToHead(lines: ReadonlyArray<HeaderLine>): void {
    for (const line of lines) this.#additions.push(line);
  }

  override writeHead(statusCode: number, reasonOrHeaders?: string | GivenHeaders, maybeHeaders?: GivenHeaders): this {
    const reason = typeof reasonOrHeaders === 'string' ? reasonOrHeaders : undefined;
    const given = typeof reasonOrHeaders === 'string' ? maybeHeaders : reasonOrHeaders;
    const additions = this.#additions;
    this.#additions = [];
    if (additions.length === 0) return super.writeHead(statusCode, reason, given);
    if (Array.isArray(given) || this.getHeaderNames().length > 0) {
      // Headers were set before, or come as a list: Node then sets the given ones one by one
      // over those already set, so ours go in first the same way, and the answer's win.
      for (const [name, value] of additions) if (!this.hasHeader(name)) this.setHeader(name, value);
      return super.writeHead(statusCode, reason, given);
    }
    // The answer's header names listed once: a `for…in` over them per added header was a
    // visible share of every answer's JavaScript.
    const own = given === undefined ? [] : Object.keys(given);
    const head: OutgoingHttpHeaders = {};
    for (const [name, value] of additions) if (!names(own, name)) head[name] = value;
    for (const key of own) head[key] = (given as OutgoingHttpHeaders)[key];
    return super.writeHead(statusCode, reason, head);
  }
}

/**
 * Adds `lines` to the head of a Node answer: joined at `writeHead` on a `HeadedResponse`,
 * else set on it at once (a Node server not started by `serveApp`).
 */
export function addToHead(outgoing: ServerResponse, lines: ReadonlyArray<HeaderLine>): void {
  if (outgoing instanceof HeadedResponse) outgoing.addToHead(lines);
  else for (const [name, value] of lines) outgoing.setHeader(name, value);
}
