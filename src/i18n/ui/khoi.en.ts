import type { khoiVi } from './khoi.vi';
import { plural } from '../plural';

/** The task pane's the Khối Dân vận form (on Nhập) strings (English), the same keys as `khoiVi`. */
export const khoiEn: typeof khoiVi = {
  heading: 'Khối Dân vận cơ sở',
  intro:
    'One row per commune and year, written to sheet “Khối Dân vận”. The row is checked (no count above the members, one row per commune and year) before it is written.',
  noSheet: 'The workbook has no Khối Dân vận sheet; create it in Set up (Create the standard sheets).',
  formLabel: 'A commune’s Khối Dân vận row',
  fields: {
    year: 'Year (Năm)',
    commune: 'Commune (Xã/phường)',
    district: 'District (Huyện)',
    members: 'Members (Số thành viên)',
    intermediate: 'Vocational (Trung cấp)',
    college: 'College (Cao đẳng)',
    university: 'University or higher (Đại học trở lên)',
    politicalTheory: 'Political theory, intermediate or higher (LLCT)',
    head: 'Head (Trưởng khối)',
    complete: 'Full membership (Kiện toàn đủ thành phần)',
    regulation: 'Working regulation (Quy chế hoạt động)',
    assigned: 'Tasks assigned (Phân công nhiệm vụ)',
    trained: 'Members trained (Thành viên được tập huấn)',
    briefedRate: 'Share briefed, % (Tỷ lệ quán triệt)',
    dialogues: 'Dialogues held (Số cuộc đối thoại)',
    pilot: 'Pilot Khối (Mô hình Khối điểm)',
    meetings: 'Regular meetings (Giao ban định kỳ)',
    plan: 'Yearly mass-mobilisation plan (Kế hoạch công tác dân vận)',
    rating: 'Rating (Xếp loại)',
  },
  heads: { 'Bí thư': 'Party secretary (Bí thư)', 'Phó Bí thư': 'Deputy secretary (Phó Bí thư)' },
  ratings: {
    'Hoàn thành xuất sắc nhiệm vụ': 'Excellent (Hoàn thành xuất sắc nhiệm vụ)',
    'Hoàn thành tốt nhiệm vụ': 'Good (Hoàn thành tốt nhiệm vụ)',
    'Hoàn thành nhiệm vụ': 'Fulfilled (Hoàn thành nhiệm vụ)',
    'Không hoàn thành nhiệm vụ': 'Not fulfilled (Không hoàn thành nhiệm vụ)',
  },
  yes: 'Yes',
  add: 'Add the Khối row',
  undo: 'Remove the Khối row just added',
  writing: 'Checking and writing the Khối row…',
  undoing: 'Removing the row just added…',
  refused: (p: { count: string }) => `Not written: ${plural(p.count, 'error')} in the Khối row; correct and add again.`,
  written: (p: { row: string; sheet: string }) => `Added row ${p.row} to sheet “${p.sheet}”.`,
  undone: (p: { row: string }) => `Removed row ${p.row} just added.`,
};
