/** Strings about text typed in the legacy encodings (TCVN3, VNI): the task pane's conversion and `dvk fix-encoding`. */
export const encodingVi = {
  names: { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows' },
  heading: 'Chữ gõ bằng bảng mã cũ',
  intro: (p: { count: string; columns: string }) =>
    `${p.count} ô gõ bằng bảng mã cũ (TCVN3 hoặc VNI) ở ${p.columns} cột. Khi kiểm tra và tổng hợp, các ô này đã được đọc như chữ Unicode; nên chuyển hẳn sang Unicode để máy nào cũng hiển thị đúng.`,
  column: (p: { sheet: string; column: string; count: string; encoding: string }) => `Trang “${p.sheet}”, cột ${p.column}: ${p.count} ô (${p.encoding})`,
  example: (p: { cell: string; before: string; after: string }) => `${p.cell}: “${p.before}” → “${p.after}”`,
  convert: (p: { count: string }) => `Chuyển ${p.count} ô sang Unicode`,
  convertHint:
    'Chỉ các ô liệt kê ở trên được viết lại bằng chữ Unicode (phông Times New Roman, giữ cỡ chữ và kiểu chữ); các ô khác giữ nguyên. Có thể hoàn tác.',
  converting: 'Đang chuyển sang Unicode…',
  converted: (p: { count: string }) => `Đã chuyển ${p.count} ô sang Unicode.`,
  undo: 'Hoàn tác',
  undoHint: (p: { count: string }) => `Khôi phục ${p.count} ô về chữ cũ như trước khi chuyển.`,
  undoing: 'Đang hoàn tác…',
  undone: (p: { count: string }) => `Đã khôi phục ${p.count} ô như trước khi chuyển.`,
  undoKept: (p: { count: string }) => `${p.count} ô đã được sửa sau khi chuyển nên được giữ nguyên.`,
  cli: {
    found: (p: { count: number; columns: number; sheets: number }) => `Tìm thấy ${p.count} ô gõ bằng bảng mã cũ ở ${p.columns} cột, ${p.sheets} trang:`,
    column: (p: { sheet: string; column: string; count: number; encoding: string; example: string }) =>
      `  Trang “${p.sheet}”, cột ${p.column}: ${p.count} ô (${p.encoding}), ví dụ ${p.example}`,
    cell: (p: { sheet: string; cell: string; before: string; after: string }) => `  ${p.sheet}!${p.cell}: “${p.before}” → “${p.after}”`,
    example: (p: { before: string; after: string }) => `“${p.before}” → “${p.after}”`,
    none: 'Không có ô nào gõ bằng bảng mã cũ (TCVN3, VNI); chưa ghi gì.',
    dryRun: 'Chạy thử (--dry-run): chưa ghi gì.',
    written: (p: { file: string; count: number }) => `Đã ghi bản chuyển ${p.count} ô sang Unicode vào: ${p.file}`,
    lossy: (p: { parts: string }) => `Lưu ý: tệp có ${p.parts} mà bản sao không giữ nguyên được; tệp gốc vẫn nguyên vẹn.`,
  },
};

export type EncodingStrings = typeof encodingVi;
