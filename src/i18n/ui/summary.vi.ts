type N = string;

/** The task pane's Tổng hợp strings (Vietnamese, the source). */
export const summaryVi = {
  heading: 'Tổng hợp số liệu',
  intro: 'Chọn một hoặc hai chiều để xem bảy chỉ tiêu. Chỉ đếm các dòng hợp lệ, như Biểu 01.',
  first: 'Tổng hợp theo',
  second: 'Và theo',
  noSecond: '(không chọn)',
  scope: 'Phạm vi',
  scopeYear: (p: { year: string }) => `Năm báo cáo ${p.year}`,
  scopeAll: 'Tất cả các năm trong sổ',
  refresh: 'Đọc lại số liệu',
  loading: 'Đang đọc số liệu…',
  tableLabel: 'Bảng tổng hợp, cuộn ngang được',
  tableCaption: (p: { dimensions: string }) => `Bảy chỉ tiêu theo ${p.dimensions}`,
  total: 'Tổng cộng',
  copy: 'Sao chép bảng',
  copying: 'Đang sao chép…',
  copied: 'Đã sao chép bảng: dán (Ctrl+V) vào Word hay Excel thành bảng.',
  copyFailed: 'Không sao chép tự động được. Hãy chọn bảng rồi nhấn Ctrl+C.',
  write: 'Ghi ra trang “Bảng tổng hợp”',
  writing: 'Đang ghi trang…',
  written: (p: { sheet: string }) => `Đã ghi bảng vào trang “${p.sheet}”.`,
  empty: '(trống)',
  done: (p: { total: N; groups: N }) => `Tổng hợp xong: ${p.total} mô hình, ${p.groups} nhóm.`,
  excluded: (p: { count: N }) => `${p.count} dòng có lỗi không được tính; xem thẻ Kiểm tra.`,
  noRows: 'Chưa có dòng hợp lệ nào để tổng hợp.',
  chartTitle: 'Mô hình đăng ký và được công nhận theo nhóm',
  /** A group of two dimensions, in the chart. */
  groupLabel: (parts: readonly string[]) => parts.join(' — '),
  chartLine: (p: { label: string; registered: N; recognized: N }) => `${p.label}: ${p.registered} đăng ký, ${p.recognized} được công nhận`,
};
