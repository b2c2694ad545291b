import { ParseUUIDPipe } from '@nestjs/common';

/** A malformed id cannot name a record, so it answers 404 like a missing one. */
export const uuidParam = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
