import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DatabaseHandle } from './database';
import { ENTITIES } from './entities';

export const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');

/**
 * Provides the already-opened DataSource and a repository per entity
 * (`@InjectRepository(Entity)`), and closes the database when the app shuts down.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle) {}

  static forHandle(handle: DatabaseHandle): DynamicModule {
    const repositories = ENTITIES.map((entity) => ({
      provide: getRepositoryToken(entity),
      useFactory: (dataSource: DataSource) => dataSource.getRepository(entity),
      inject: [DataSource],
    }));
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_HANDLE, useValue: handle },
        { provide: DataSource, useValue: handle.dataSource },
        ...repositories,
      ],
      exports: [DATABASE_HANDLE, DataSource, ...repositories.map((r) => r.provide)],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}
