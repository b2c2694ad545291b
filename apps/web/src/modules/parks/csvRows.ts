/**
 * About how many records a CSV file holds under its header, counted in the browser to tell the
 * person what the server is working through. Line breaks inside quoted cells do not start a
 * record and blank lines are skipped, as the import does; the server's count is the one that counts.
 */
export function countCsvRows(text: string): number {
  let records = 0;
  let inQuotes = false;
  let recordHasContent = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    if (!inQuotes && (char === '\n' || char === '\r')) {
      if (recordHasContent) records += 1;
      recordHasContent = false;
    } else if (char.trim() !== '' && char !== '\uFEFF') {
      recordHasContent = true;
    }
  }
  if (recordHasContent) records += 1;
  // The first record is the header.
  return Math.max(0, records - 1);
}
