import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import {
  LOCALES,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type ForgotPasswordRequest,
  type Locale,
  type LoginRequest,
  type ResetPasswordRequest,
  type UpdateMeRequest,
} from '@alliance/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'operator@example.org' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'alliance-demo-2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

/** Each field may be left out, never cleared: null is refused like any value of the wrong kind. */
export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

export class ForgotPasswordDto implements ForgotPasswordRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;
}

export class MessageResponse {
  @ApiProperty()
  message: string;
}
