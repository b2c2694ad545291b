export * from './enums';
export * from './errors';
export * from './pagination';
export * from './organizations';
export * from './users';
export * from './audit';
export * from './auth';
export * from './permissions';
