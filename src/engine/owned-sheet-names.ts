import { normLoose } from './normalize';

/** Sheets the software writes: they never hold registrations or Khối rows, whatever their headers say. */
const OWNED_SHEETS = new Set(['Tổng hợp', 'Bảng tổng hợp', 'Báo cáo', 'Theo dõi nộp'].map(normLoose));

/** `Biểu 01` … `Biểu 05` too: Biểu 04 lists models, Biểu 05 the Khối, under headers much like the data's. */
export const isOwnedSheet = (name: string): boolean => OWNED_SHEETS.has(normLoose(name)) || /^bieu \d+$/.test(normLoose(name));
