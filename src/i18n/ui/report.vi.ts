import { INFO_LABELS_VI } from '../info-labels.vi';
import { KHOI_TARGETS_VI } from '../khoi-targets.vi';

type N = string;

/** The task pane's Báo cáo strings (Vietnamese, the source). */
export const reportVi = {
  heading: 'Điền báo cáo',
  intro:
    'Chọn báo cáo năm hoặc sơ kết giai đoạn. Phần mềm ghi Biểu 01-04 (mỗi biểu một trang, in vừa khổ A4 ngang) và dự thảo báo cáo vào trang “Báo cáo”, cho tải văn bản Word để in, ký. Nếu trang đã bị sửa tay, ngăn tác vụ hỏi trước khi ghi đè.',
  loading: 'Đang đọc sổ…',
  kindLabel: 'Loại báo cáo',
  kindYear: 'Báo cáo năm',
  kindPeriod: 'Sơ kết giai đoạn',
  onePeriodYear: (p: { year: string }) => `Sổ chỉ có số liệu năm ${p.year}: sơ kết giai đoạn cần số liệu từ hai năm trở lên.`,
  yearLabel: 'Năm',
  fromLabel: 'Từ năm',
  toLabel: 'Đến năm',
  noYear: 'Sổ chưa có năm nào (cột Năm hoặc “Năm báo cáo” ở trang Thông tin); báo cáo sẽ để trống năm.',
  fill: 'Điền các Biểu và Báo cáo',
  filling: 'Đang ghi các Biểu và Báo cáo…',
  filled: (p: { date: string }) => `Đã ghi Biểu 01-04 (mỗi biểu một trang) và dự thảo báo cáo vào trang “Báo cáo” (ghi ngày ${p.date}).`,
  cellCut: (p: { sheet: string; cell: string; length: N }) =>
    `Ô ${p.cell} của trang “${p.sheet}” dài ${p.length} ký tự, quá 32.767 ký tự một ô của Excel: đã ghi phần đầu, kết thúc bằng “…[cắt bớt]”. Văn bản Word có đủ đoạn này.`,
  legacyRemoved: (p: { sheet: string }) => `Đã bỏ trang “${p.sheet}” do phiên bản trước ghi (nay mỗi biểu một trang).`,
  legacyKept: (p: { sheet: string }) => `Trang “${p.sheet}” đã được sửa tay nên được giữ nguyên; các biểu nay ở các trang Biểu 01-04.`,
  chartAdded: 'Đã thêm biểu đồ mô hình theo lĩnh vực vào trang “Biểu 01”, dưới bảng.',
  chartUnsupported: 'Nơi đang mở sổ chưa vẽ được biểu đồ (cần Excel); các biểu số liệu vẫn đầy đủ.',
  chartFailed: 'Không thêm được biểu đồ; các biểu số liệu đã được ghi đầy đủ.',
  /** Written into the workbook: always Vietnamese. */
  chartTitle: (p: { year: string }) => `Số mô hình đăng ký theo lĩnh vực năm ${p.year}`,
  editedQuestion: (p: { sheets: string }) => `Trang ${p.sheets} đã bị sửa tay. Ghi đè?`,
  editedDetail: 'Ghi đè sẽ thay toàn bộ trang bằng số liệu mới và phần sửa tay sẽ mất. Nếu cần giữ, hãy chép phần sửa sang trang khác trước.',
  overwrite: 'Ghi đè',
  cancel: 'Không ghi',
  waiting: 'Trang đã bị sửa tay: đang chờ bạn chọn có ghi đè hay không.',
  cancelled: 'Chưa ghi gì: các trang sửa tay được giữ nguyên.',
  documentHeading: 'Văn bản báo cáo',
  download: 'Tải văn bản Word (.docx)',
  making: 'Đang tạo văn bản Word…',
  downloaded: (p: { file: string }) => `Đã tạo “${p.file}”: mở bằng Word, đọc lại, in và ký.`,
  downloadFailed: 'Nơi đang mở không cho tải tệp. Hãy dùng “Sao chép báo cáo” rồi dán vào Word.',
  copy: 'Sao chép báo cáo (giữ định dạng)',
  copying: 'Đang chuẩn bị báo cáo…',
  copied: 'Đã sao chép báo cáo; dán (Ctrl+V) vào Word: giữ nguyên tiêu đề, chữ đậm và các đoạn.',
  copyFailed: 'Không sao chép tự động được. Hãy bôi đen nội dung bên dưới rồi nhấn Ctrl+C.',
  missingHeading: 'Thông tin còn trống',
  missingIntro: 'Văn bản để trống các chỗ này để ghi tay. Điền ở trang “Thông tin” để in sẵn:',
  missingGo: 'Đến ô',
  missingNoRow: 'chưa có dòng này ở trang “Thông tin”: thêm nhãn ở cột A, giá trị ở cột B',
  missingNoSheet: 'Sổ chưa có trang “Thông tin”: tạo ở thẻ Thiết lập.',
  /** As `Thông tin` labels them. */
  particulars: INFO_LABELS_VI,

  textHeading: 'Nội dung báo cáo',
  khoiHeading: (p: { year: string }) => `Khối Dân vận cơ sở năm ${p.year}`,
  khoiSummary: (p: { khoi: N; members: N }) => `${p.khoi} Khối, ${p.members} thành viên. Bảy mục tiêu của Đề án:`,
  khoiMet: (p: { met: N; of: N; rate: string }) => `${p.met}/${p.of} đạt${p.rate ? ` (${p.rate})` : ''}`,
  khoiMissing: (p: { names: string; more: N | null }) => `Chưa đạt: ${p.names}${p.more ? ` và ${p.more} xã khác` : ''}`,
  khoiExcluded: (p: { count: N }) => `${p.count} dòng Khối có lỗi nên chưa được tính (xem trang Khối Dân vận).`,
  /** The seven targets of seed 002, as the report words them. */
  khoiTargets: KHOI_TARGETS_VI,
};
