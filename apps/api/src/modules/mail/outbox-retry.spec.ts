import { describeFailure, retryDelayMs, sendFailure } from './outbox-retry';

/** An error as nodemailer's SMTP connection makes them. */
const smtpError = (message: string, fields: { code: string; command: string; responseCode?: number }) =>
  Object.assign(new Error(message), fields);

describe('outbox retries', () => {
  it('wait twice as long after each failure, up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n, 30_000, 3_600_000));
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000]);
    expect(retryDelayMs(10_000, 30_000, 3_600_000)).toBe(3_600_000);
  });

  it('give up on a message the server refuses for good, put off one it defers, and stop the pass when the server is away', () => {
    const rcpt = (responseCode: number) =>
      smtpError('Can’t send mail - all recipients were rejected', {
        code: 'EENVELOPE',
        command: 'RCPT TO',
        responseCode,
      });
    expect(sendFailure(rcpt(550))).toBe('permanent');
    expect(sendFailure(smtpError('Message failed', { code: 'EMESSAGE', command: 'DATA', responseCode: 554 }))).toBe(
      'permanent',
    );
    expect(sendFailure(smtpError('Invalid recipient', { code: 'EENVELOPE', command: 'API' }))).toBe('permanent');
    expect(sendFailure(rcpt(450))).toBe('message');
    expect(sendFailure(smtpError('connect ECONNREFUSED 127.0.0.1:2525', { code: 'ESOCKET', command: 'CONN' }))).toBe(
      'server',
    );
    expect(sendFailure(smtpError('Invalid login', { code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535 }))).toBe(
      'server',
    );
    // The sender refused is the server's configuration, not this message.
    expect(
      sendFailure(smtpError('Mail command failed', { code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 553 })),
    ).toBe('server');
    expect(sendFailure(new Error('anything else'))).toBe('server');
    // A recipient refused for want of relaying or authentication is our setting, not the message: the pass
    // stops and nothing is given up on.
    expect(
      sendFailure(
        smtpError('Can’t send mail - all recipients were rejected: 554 5.7.1 <a@b.example>: Relay access denied', {
          code: 'EENVELOPE',
          command: 'RCPT TO',
          responseCode: 554,
        }),
      ),
    ).toBe('server');
    expect(
      sendFailure(smtpError('Authentication required', { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 530 })),
    ).toBe('server');
  });

  it('keep the code and the reply of a failure', () => {
    expect(
      describeFailure(smtpError('connect ECONNREFUSED 127.0.0.1:2525', { code: 'ESOCKET', command: 'CONN' })),
    ).toBe('ESOCKET: connect ECONNREFUSED 127.0.0.1:2525');
    expect(describeFailure('x'.repeat(3000))).toHaveLength(2000);
  });
});
