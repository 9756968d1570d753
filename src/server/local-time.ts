/**
 * Times as the school reads them, `08:30, 15/11/2024`, computed on the
 * server so the sidebar shows the same clock as the `Tổng hợp` stamp and
 * never the browser's own zone. Apps Script runs a script with the time
 * zone of its manifest (appsscript.json: Asia/Ho_Chi_Minh) as the local
 * zone, so the local getters give that zone's wall clock without a service
 * call (https://developers.google.com/apps-script/manifest: "timeZone: The script
 * time zone"; the same assumption as context.ts today()).
 */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}, ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}
