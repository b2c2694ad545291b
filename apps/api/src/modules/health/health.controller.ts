import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { AppError } from '../../common/errors/app-error';
import { Public } from '../../common/policy/policy.decorator';
import { ErrorResponse } from '../../common/errors/error-response.dto';
import { HealthQueries } from './health.queries';

class DatabaseHealth {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiProperty({ enum: ['postgres', 'pglite'] }) driver: 'postgres' | 'pglite';
  @ApiProperty() latencyMs: number;
}

class HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ type: DatabaseHealth }) database: DatabaseHealth;
}

const TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly db: HealthQueries) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'The database cannot be reached' })
  async check(): Promise<HealthResponse> {
    const started = Date.now();
    try {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.db.ping(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS))),
      ]).finally(() => clearTimeout(timer));
    } catch (err) {
      throw new AppError(503, 'SERVICE_UNAVAILABLE', 'The database is unreachable', [
        { field: 'database', constraint: 'reachable', message: `${this.db.driver}: ${(err as Error).message}` },
      ]);
    }
    return { status: 'ok', database: { status: 'up', driver: this.db.driver, latencyMs: Date.now() - started } };
  }
}
