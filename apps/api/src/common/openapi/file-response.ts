import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** A download (CSV, iCalendar, an attachment) documented with its media type and a binary body. */
export const ApiFileResponse = (mediaType: string, description: string) =>
  applyDecorators(
    ApiProduces(mediaType),
    ApiOkResponse({ description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } }),
  );
