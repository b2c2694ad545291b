import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { PASSWORD_MIN_LENGTH } from '@alliance/contracts';
import { AppError } from '../../common/errors/app-error';
import { isCommonPassword } from './common-passwords';

@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) return false;
    try {
      return await argon2.verify(hash, password);
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
    if (problem) throw new AppError(422, 'WEAK_PASSWORD', problem, [{ field, constraint: 'strength', message: problem }]);
  }
}
