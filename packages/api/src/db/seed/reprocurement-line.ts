/**
 * A contract deadline as the plan writes it: `Service (Supplier) - dd/mm/yy`, the supplier optional,
 * e.g. "Needle exchange supplies (Orion) - 14/11/24" or "Drink Coach - 31/03/24".
 */

export interface ReprocurementLine {
  service: string;
  supplier: string | null;
  /** ISO date; a two-digit year is read as 20yy. */
  expiryDate: string;
  asWritten: string;
}

const LINE = /^(.+?)(?:\s*\(([^()]+)\))?\s+[-–]\s+(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

export function parseReprocurementLine(text: string): ReprocurementLine | null {
  const match = LINE.exec(text.trim());
  if (!match) return null;
  const [, service, supplier, dd, mm, yy] = match;
  const year = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return {
    service: service.trim(),
    supplier: supplier ? supplier.trim() : null,
    expiryDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    asWritten: text,
  };
}
