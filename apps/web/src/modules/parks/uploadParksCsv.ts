import type { ParkImportReport } from '@alliance/contracts';
import { uploadFile } from '../../lib/upload';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** Sends the parks CSV with progress; a bare 422 (no error body) still reads as an invalid import. */
export function uploadParksCsv(file: File, onProgress: (percent: number) => void): Promise<ParkImportReport> {
  return uploadFile<ParkImportReport>('/api/parks/import', file, {
    onProgress,
    codeByStatus: { 422: 'IMPORT_INVALID' },
  });
}
