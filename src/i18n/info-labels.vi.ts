/**
 * The labels of the `Thông tin` particulars, as the standard sheet lists them: what the engine reads
 * and what the pane names them in Vietnamese (one table, as `khoi-targets.vi.ts`).
 */
const LABELS = {
  agency: 'Cơ quan báo cáo',
  superior: 'Cơ quan cấp trên',
  level: 'Cấp',
  reportYear: 'Năm báo cáo',
  period: 'Giai đoạn',
  deadline: 'Hạn nộp',
  place: 'Địa danh',
  reportDate: 'Ngày báo cáo',
  number: 'Số ký hiệu',
  basis: 'Căn cứ',
  authority: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signer: 'Người ký',
  recipients: 'Nơi nhận',
} as const;

export const INFO_LABELS_VI: { readonly [K in keyof typeof LABELS]: string } = LABELS;
