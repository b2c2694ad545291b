import * as argon2 from 'argon2';
import { PasswordService } from './password.service';

jest.mock('argon2', () => {
  const real = jest.requireActual<typeof import('argon2')>('argon2');
  return { ...real, verify: jest.fn(real.verify) };
});

describe('PasswordService', () => {
  const passwords = new PasswordService();
  passwords.onModuleInit();
  const verify = argon2.verify as jest.MockedFunction<typeof argon2.verify>;

  it('checks a password against its argon2id hash', async () => {
    const hash = await passwords.hash('a-long-enough-passphrase');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await passwords.verify(hash, 'a-long-enough-passphrase')).toBe(true);
    expect(await passwords.verify(hash, 'another-passphrase')).toBe(false);
  });

  it('does an argon2id check against a decoy when there is no hash (no such account), so it costs what a wrong password costs', async () => {
    verify.mockClear();
    expect(await passwords.verify(null, 'a-long-enough-passphrase')).toBe(false);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0][0]).toMatch(/^\$argon2id\$/);
    // The same decoy each time, made once at start.
    verify.mockClear();
    await passwords.verify(null, 'x');
    await passwords.verify(null, 'y');
    expect(new Set(verify.mock.calls.map(([hash]) => hash)).size).toBe(1);
  });
});
