import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { tooManyRequests } from '../../common/errors/app-error';
import { clientAddressKey } from '../../common/http/client-address';
import { WriteCountersQueries } from './write-counters.queries';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The general write rate limit: every state-changing request counts once for its client address (an IPv6
 * client by its /64 network) and,
 * when signed in, once for its user (RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS / _USER); past either limit
 * it gets 429 with Retry-After (when the minute ends). Runs after the session guard, which names the user.
 */
@Injectable()
export class WriteRateLimitGuard implements CanActivate {
  constructor(
    private readonly counters: WriteCountersQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (!WRITE_METHODS.has(req.method)) return true;
    const address = `address:${clientAddressKey(req.ip)}`;
    const user = req.auth ? `user:${req.auth.user.id}` : null;
    const counts = await this.counters.count(user ? [user, address] : [address]);
    for (const { key, count, retryAfter } of counts) {
      const limit = key === user ? this.config.writesPerMinutePerUser : this.config.writesPerMinutePerAddress;
      if (count > limit) {
        const who = key === user ? 'this account' : 'this address';
        throw tooManyRequests(
          `Too many changes from ${who} (${limit} a minute); try again in ${retryAfter} seconds`,
          retryAfter,
        );
      }
    }
    return true;
  }
}
