import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { PASSWORD_MIN_LENGTH } from '@alliance/contracts';
import { AppError } from '../../common/errors/app-error';
import { isCommonPassword } from './common-passwords';

@Injectable()
export class PasswordService implements OnModuleInit {
  /** A hash of a random secret nobody knows, made with the same settings as real ones. */
  private decoy: Promise<string> | undefined;

  onModuleInit(): void {
    // Made at start, so that the first unknown e-mail does not pay for it.
    this.decoy = this.hash(randomBytes(32).toString('base64'));
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Whether the password matches the hash. Without a hash (no such account, or one still
   * invited) it checks against the decoy and answers false: the same work as a wrong password,
   * so the time taken does not tell which e-mail addresses have accounts.
   */
  async verify(hash: string | null, password: string): Promise<boolean> {
    const against = hash ?? (await (this.decoy ??= this.hash(randomBytes(32).toString('base64'))));
    try {
      return (await argon2.verify(against, password)) && hash !== null;
    } catch {
      return false;
    }
  }

  /** Refuses short and common passwords with 422, naming the field. */
  assertStrong(password: string, field = 'password'): void {
    const problem =
      password.length < PASSWORD_MIN_LENGTH
        ? `Password must be at least ${PASSWORD_MIN_LENGTH} characters`
        : isCommonPassword(password)
          ? 'This password is too common; choose another'
          : null;
    if (problem)
      throw new AppError(422, 'WEAK_PASSWORD', problem, [{ field, constraint: 'strength', message: problem }]);
  }
}
