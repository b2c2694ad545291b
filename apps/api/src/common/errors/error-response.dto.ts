import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOMAIN_ERROR_CODES,
  ERROR_CODES,
  type ApiErrorBody,
  type DomainErrorCode,
  type ErrorCode,
  type ErrorDetail,
} from '@alliance/contracts';

export class ErrorDetailResponse implements ErrorDetail {
  @ApiProperty({ description: 'Dotted path of the offending field, e.g. `email` or `contacts.0.phone`' }) field: string;
  @ApiProperty({ description: 'Machine-readable constraint, e.g. `isEmail`' }) constraint: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ description: 'For a file import: the 1-based line of the file' }) row?: number;
}

/** The one error shape every endpoint answers with (documented on every operation). */
export class ErrorResponse implements ApiErrorBody {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ enum: ERROR_CODES }) error: ErrorCode;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ type: [ErrorDetailResponse] }) details?: ErrorDetailResponse[];
  @ApiPropertyOptional({
    enum: DOMAIN_ERROR_CODES,
    description: "With `UNPROCESSABLE`: the domain's rule that refused the request (a stable code)",
  })
  reason?: DomainErrorCode;
  @ApiProperty({ description: 'Also sent as the x-request-id header' }) requestId: string;
}
