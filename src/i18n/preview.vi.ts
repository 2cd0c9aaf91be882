/** The browser version's strings (Vietnamese, the source). Part of the Vietnamese table `vi`. */
export const previewVi = {
  pageTitle: 'Dân vận khéo — bản trình duyệt',
  toolbarLabel: 'Sổ tính',
  openFile: 'Mở tệp .xlsx…',
  openSample: 'Mở sổ mẫu',
  download: 'Tải xuống .xlsx',
  fileInputLabel: 'Chọn tệp .xlsx để mở',
  /** Name of the workbook the page starts with, and of its one sheet (as a new workbook in Excel). */
  newWorkbookName: 'so-moi.xlsx',
  newSheetName: 'Trang tính1',
  sampleFileName: 'mau-dan-van-kheo.xlsx',
  documentName: (p: { name: string }) => `Sổ đang mở: ${p.name}`,
  unsaved: 'có thay đổi chưa tải xuống',
  discardTitle: 'Bỏ các thay đổi chưa tải xuống?',
  discardBody: (p: { name: string; next: string }) =>
    `Sổ “${p.name}” có thay đổi chưa tải xuống (bản trình duyệt không tự lưu). Mở “${p.next}” sẽ bỏ các thay đổi này.`,
  discardSave: 'Tải xuống trước, rồi mở',
  discardConfirm: 'Bỏ thay đổi và mở',
  discardCancel: 'Không mở',
  busy: 'Đang xử lý…',
  opened: (p: { name: string }) => `Đã mở “${p.name}”.`,
  downloaded: (p: { name: string }) => `Đã tạo tệp “${p.name}”.`,
  unreadable: (p: { name: string; problem: string }) => `Không mở được tệp “${p.name}”: ${p.problem}.`,
  lossy: (p: { parts: string }) => `Sổ có ${p.parts}: bản trình duyệt không hiển thị các phần này và tệp tải xuống sẽ không có chúng.`,
  formulas: (p: { count: number }) =>
    `Sổ có ${p.count.toLocaleString('vi-VN')} ô công thức: bản trình duyệt giữ kết quả đang có của chúng, không tính lại, và tệp tải xuống sẽ có các kết quả đó thay cho công thức.`,
  sampleMissing: 'Không tải được sổ mẫu. Hãy kiểm tra máy chủ của bản trình duyệt còn chạy (npm start).',
  downloadFailed: 'Không tạo được tệp .xlsx. Hãy thử lại.',
  sheetTabsLabel: 'Các trang tính',
  gridLabel: (p: { sheet: string }) => `Trang tính “${p.sheet}”`,
  cornerLabel: 'Ô góc',
  workbookRegion: 'Sổ tính trong trang',
  taskPaneRegion: 'Ngăn tác vụ Dân vận khéo',
  noSheets: 'Sổ không có trang tính hiển thị.',
  /** Spoken with a marked cell: the severity words come from `vi.severity`. */
  markedCell: (p: { severity: string }) => `Đánh dấu: ${p.severity}`,
};
