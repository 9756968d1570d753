/**
 * Times as the school reads them, `08:30, 15/11/2024`, in the SPREADSHEET's
 * time zone (read once with the workbook, src/adapters/sheets-read.ts), so
 * the sidebar, the Tổng hợp stamp and the document's date all show the
 * clock the sheet shows, never the browser's or the script's. Intl formats
 * it without a service call; a zone Intl does not know falls back to the
 * script's local clock (appsscript.json: Asia/Ho_Chi_Minh).
 */
export function localTime(iso: string | Date, timeZone?: string): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const zoned = timeZone ? partsIn(date, timeZone) : null;
  if (zoned) return `${zoned.hour}:${zoned.minute}, ${zoned.day}/${zoned.month}/${zoned.year}`;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}, ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

function partsIn(date: Date, timeZone: string): Record<'hour' | 'minute' | 'day' | 'month' | 'year', string> | null {
  try {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hourCycle: 'h23',
    });
    const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    const { hour, minute, day, month, year } = parts;
    return hour && minute && day && month && year ? { hour, minute, day, month, year } : null;
  } catch {
    return null; // an unknown zone
  }
}

/** `dd/mm/yyyy HH:mm` in the spreadsheet's time zone: the stamps written into `Tổng hợp`. */
export function localStamp(date: Date, timeZone?: string): string {
  const [time, day] = localTime(date, timeZone).split(', ');
  return `${day} ${time}`;
}
