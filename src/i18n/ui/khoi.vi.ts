type N = string;

/** The task pane's the Khối Dân vận form (on Nhập) strings (Vietnamese, the source). */
export const khoiVi = {
  heading: 'Khối Dân vận cơ sở',
  intro: 'Mỗi xã một dòng mỗi năm, ghi vào trang “Khối Dân vận”. Dòng được kiểm tra (số người không quá số thành viên, mỗi xã một dòng một năm) trước khi ghi.',
  noSheet: 'Sổ chưa có trang Khối Dân vận; tạo ở thẻ Thiết lập (Tạo biểu mẫu chuẩn).',
  formLabel: 'Dòng Khối Dân vận của một xã',
  /** The sheet's own headers (the spec's), as the form's labels. */
  fields: {
    year: 'Năm',
    commune: 'Xã/phường',
    district: 'Huyện',
    members: 'Số thành viên',
    intermediate: 'Trung cấp',
    college: 'Cao đẳng',
    university: 'Đại học trở lên',
    politicalTheory: 'LLCT trung cấp trở lên',
    head: 'Trưởng khối',
    complete: 'Kiện toàn đủ thành phần',
    regulation: 'Quy chế hoạt động',
    assigned: 'Phân công nhiệm vụ',
    trained: 'Thành viên được tập huấn',
    briefedRate: 'Tỷ lệ quán triệt (%)',
    dialogues: 'Số cuộc đối thoại',
    pilot: 'Mô hình Khối điểm',
    meetings: 'Giao ban định kỳ',
    plan: 'Kế hoạch công tác dân vận',
    rating: 'Xếp loại',
  },
  /** What the dropdowns show; the sheet gets the Vietnamese value. */
  heads: { 'Bí thư': 'Bí thư', 'Phó Bí thư': 'Phó Bí thư' },
  ratings: {
    'Hoàn thành xuất sắc nhiệm vụ': 'Hoàn thành xuất sắc nhiệm vụ',
    'Hoàn thành tốt nhiệm vụ': 'Hoàn thành tốt nhiệm vụ',
    'Hoàn thành nhiệm vụ': 'Hoàn thành nhiệm vụ',
    'Không hoàn thành nhiệm vụ': 'Không hoàn thành nhiệm vụ',
  },
  yes: 'Có',
  add: 'Thêm dòng Khối',
  undo: 'Bỏ dòng Khối vừa thêm',
  writing: 'Đang kiểm tra và ghi dòng Khối…',
  undoing: 'Đang bỏ dòng vừa thêm…',
  refused: (p: { count: N }) => `Chưa ghi: ${p.count} lỗi ở dòng Khối; sửa rồi thêm lại.`,
  written: (p: { row: N; sheet: string }) => `Đã thêm dòng ${p.row} vào trang “${p.sheet}”.`,
  undone: (p: { row: N }) => `Đã bỏ dòng ${p.row} vừa thêm.`,
};
