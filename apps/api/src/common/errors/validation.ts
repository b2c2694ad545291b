import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from '@alliance/contracts';
import { AppError } from './app-error';

/** class-validator errors as one detail per field and constraint, nested fields dotted (`parks.0.country`). */
export function validationDetails(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message: constraint === 'whitelistValidation' ? `${field} is not an accepted field` : message,
    }));
    return [...own, ...validationDetails(error.children ?? [], field)];
  });
}

/** DTO validation: unknown fields refused, every bad field named in `details`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = validationDetails(errors);
      return new AppError(
        400,
        'VALIDATION_FAILED',
        `Invalid input: ${details.map((d) => d.field).join(', ')}`,
        details,
      );
    },
  });
}
