import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { secondsUntilWindowFrees, tooManyRequests } from '../../common/errors/app-error';
import { clientAddressKey } from '../../common/http/client-address';
import { AuthQueries } from './auth.queries';
import { LoginFailure } from './entities/login-attempt.entity';

/**
 * Counts failed sign-ins per account and per client address (an IPv6 client by its /64 network) over a
 * sliding window; past the limit, 429 with Retry-After.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AuthQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const windowStart = new Date(Date.now() - this.config.loginWindowMinutes * 60_000);
    const [byEmail, byIp] = await Promise.all([
      this.queries.loginFailures('email', email, windowStart),
      this.queries.loginFailures('ip', clientAddressKey(ip), windowStart),
    ]);
    const blocked = [
      byEmail.count >= this.config.loginMaxFailuresPerAccount ? byEmail.oldest : null,
      byIp.count >= this.config.loginMaxFailuresPerIp ? byIp.oldest : null,
    ].filter((d): d is Date => d !== null);
    if (blocked.length === 0) return;
    const retryAfter = Math.max(
      ...blocked.map((oldest) => secondsUntilWindowFrees(oldest, this.config.loginWindowMinutes * 60_000)),
    );
    throw tooManyRequests(`Too many failed sign-ins; try again in ${retryAfter} seconds`, retryAfter);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailure).insert({ email: email.slice(0, 320), ip: clientAddressKey(ip) });
  }

  async clearAccount(email: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailure).delete({ email });
  }
}
