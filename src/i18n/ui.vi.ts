/**
 * Task pane strings (Vietnamese, the source). Part of the Vietnamese table `vi`.
 * Numbers reach these functions already formatted (`1.265`), so every text stays in the clerks' conventions.
 */
import { setupVi } from './ui/setup.vi';
import { entryVi } from './ui/entry.vi';
import { checkVi } from './ui/check.vi';
import { summaryVi } from './ui/summary.vi';
import { reportVi } from './ui/report.vi';
import { khoiVi } from './ui/khoi.vi';
import { consolidateVi } from './ui/consolidate.vi';

export const uiVi = {
  appTitle: 'Dân vận khéo',
  appSubtitle: 'Nhập, kiểm tra, tổng hợp và báo cáo mô hình “Dân vận khéo” ngay trong Excel.',
  language: { label: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English' },
  /** Sheet names in a sentence: “Tổng hợp”, “Báo cáo”. */
  sheetList: (names: readonly string[]) => names.map((n) => `“${n}”`).join(', '),
  /** A field by its code and title: `3. Nông thôn mới, đô thị văn minh`. */
  fieldLabel: (p: { code: number; title: string }) => `${p.code}. ${p.title}`,
  tabs: {
    label: 'Các việc trong ngăn tác vụ',
    setup: 'Thiết lập',
    entry: 'Nhập',
    check: 'Kiểm tra',
    summary: 'Tổng hợp',
    report: 'Báo cáo',
    consolidate: 'Tổng hợp đơn vị',
  },
  status: {
    errorTitle: 'Chưa thực hiện được',
    unexpected: (p: { detail: string }) =>
      `Có lỗi ngoài dự kiến: ${p.detail}. Chưa có gì bị thay đổi; hãy thử lại, nếu vẫn lỗi thì đóng và mở lại ngăn tác vụ.`,
    noExcel: 'Chưa kết nối được với sổ Excel. Hãy mở ngăn tác vụ từ Excel (thẻ Trang đầu → Dân vận khéo).',
    noRegistrationSheet: 'Sổ chưa có trang đăng ký mô hình. Vào thẻ “Thiết lập” để tạo biểu mẫu chuẩn.',
  },
  setup: setupVi,
  entry: entryVi,
  check: checkVi,
  rules: {
    required: 'Thiếu thông tin bắt buộc',
    'invalid-value': 'Giá trị không hợp lệ',
    year: 'Năm không hợp lệ',
    'year-mismatch': 'Khác Năm báo cáo',
    duplicate: 'Dòng trùng',
    'duplicate-across-files': 'Trùng với tệp của đơn vị khác',
    'near-duplicate': 'Tên mô hình gần trùng',
    'unit-unknown': 'Đơn vị không có trong Danh mục',
    'bloc-mismatch': 'Khối khác Danh mục',
    'commune-missing': 'Thiếu xã/phường',
    'decision-missing': 'Thiếu số quyết định công nhận',
    'maintained-without-history': 'Duy trì nhưng không thấy năm trước',
    'legacy-encoding': 'Chữ gõ bằng bảng mã cũ',
    'total-row': 'Dòng tổng cộng nằm trong danh sách',
    'hidden-rows': 'Dòng bị ẩn hoặc đang lọc (vẫn được đếm)',
    'no-registration-sheet': 'Không có trang đăng ký',
    'no-header': 'Không có dòng tiêu đề',
    'unreadable-file': 'Không đọc được tệp',
    'khoi-required': 'Khối Dân vận: thiếu thông tin bắt buộc',
    'khoi-invalid-value': 'Khối Dân vận: giá trị không hợp lệ',
    'khoi-count': 'Khối Dân vận: số người nhiều hơn số thành viên',
    'khoi-education': 'Khối Dân vận: trình độ cộng lại nhiều hơn số thành viên',
    'khoi-duplicate': 'Khối Dân vận: xã có hai dòng trong một năm',
    'khoi-members': 'Khối Dân vận: số thành viên ngoài 5-20',
    'khoi-commune-unknown': 'Khối Dân vận: xã không có trong Danh mục',
  },
  summary: summaryVi,
  report: reportVi,
  khoi: khoiVi,
  consolidate: consolidateVi,
};

export type UiStrings = typeof uiVi;
