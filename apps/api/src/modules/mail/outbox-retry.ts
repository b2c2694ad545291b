/**
 * How long a message waits after its `failures`-th failed attempt: `baseMs`, doubling with each
 * failure, never more than `maxMs`.
 */
export function retryDelayMs(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(30, Math.max(0, failures - 1)));
}

/**
 * Whose failure an attempt's error is:
 * - `permanent`: the server refused this message for good (a 5xx reply to its recipient or its
 *   data, or an address nodemailer cannot send to). Retrying cannot help: it is given up on.
 * - `message`: the server put this message off (a 4xx reply to its recipient or its data): it
 *   waits, and the pass goes on with the next.
 * - `server`: anything else (no connection, a timeout, authentication, 421 at the greeting), and a
 *   5xx to a recipient that speaks of relaying or authentication (530, 535, 550 "relay not permitted",
 *   554 "relay access denied"): the server, or our settings for it, cannot take mail now, so the pass
 *   stops and every message it held waits; a broken setting never gives up on every message it meets.
 */
export type SendFailure = 'permanent' | 'message' | 'server';

interface SmtpError {
  code?: unknown;
  command?: unknown;
  responseCode?: unknown;
  response?: unknown;
}

/** A refusal about the sender's right to send (relaying, authentication), not about the message. */
const SETUP_REFUSAL = /relay|auth/i;

export function sendFailure(err: unknown): SendFailure {
  const { code, command, responseCode, response } = (err ?? {}) as SmtpError;
  if (code === 'EENVELOPE' && command === 'API') return 'permanent';
  if (command !== 'RCPT TO' && command !== 'DATA') return 'server';
  if (typeof responseCode !== 'number') return 'server';
  if (responseCode === 530 || responseCode === 535) return 'server';
  const reply = `${typeof response === 'string' ? response : ''} ${err instanceof Error ? err.message : ''}`;
  if (responseCode >= 500 && SETUP_REFUSAL.test(reply)) return 'server';
  if (responseCode >= 500) return 'permanent';
  return responseCode >= 400 ? 'message' : 'server';
}

/** An error as kept on the message: nodemailer's code and message, with the server's reply. */
export function describeFailure(err: unknown): string {
  const { code } = (err ?? {}) as SmtpError;
  const message = err instanceof Error ? err.message : String(err);
  return (typeof code === 'string' ? `${code}: ${message}` : message).slice(0, 2000);
}
