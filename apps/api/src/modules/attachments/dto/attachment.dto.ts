import { ApiProperty } from '@nestjs/swagger';
import type { AttachmentDto } from '@alliance/contracts';
import type { Attachment } from '../entities/attachment.entity';

export class AttachmentResponse implements AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Sniffed from the content' }) mimeType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'Hex SHA-256 of the content' }) sha256: string;
  @ApiProperty({ example: '/api/attachments/…' }) url: string;
  @ApiProperty() createdAt: string;

  static from(a: Attachment): AttachmentResponse {
    return {
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      url: `/api/attachments/${a.id}`,
      createdAt: a.createdAt.toISOString(),
    };
  }
}
