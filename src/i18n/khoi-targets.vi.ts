/** The seven targets of seed 002 ("Mục tiêu cụ thể"), as the report and the pane name them. */
export const KHOI_TARGETS_VI: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string>> = {
  1: 'Kiện toàn Khối đúng, đủ thành phần; xây dựng quy chế hoạt động và phân công nhiệm vụ cho các thành viên',
  2: 'Thành viên Khối được tham gia tập huấn phương pháp, kỹ năng công tác vận động quần chúng',
  3: 'Từ 90% trở lên đoàn viên, hội viên và Nhân dân được quán triệt, tuyên truyền, phổ biến các chỉ thị, nghị quyết',
  4: 'Tổ chức tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân ít nhất 01 lần trong năm',
  5: 'Mỗi huyện, thành phố xây dựng được ít nhất 01 mô hình hoạt động Khối làm điểm',
  6: 'Tổ chức giao ban định kỳ công tác dân vận',
  7: 'Xây dựng kế hoạch công tác dân vận, tổ chức đánh giá, xếp loại kết quả hoạt động của Khối',
};
