/** Vietnamese strings: the source of every text shown to people. English mirrors this shape. */
import { encodingVi } from './encoding.vi';
import { previewVi } from './preview.vi';
import { uiVi } from './ui.vi';

/** Where a finding is: `Ô E12`, or `Dòng 12` when its column is missing. */
type At = { at: string };

/** Counts and sizes in messages, Vietnamese style (200.000). */
const count = (n: number): string => n.toLocaleString('vi-VN');
const mb = (bytes: number): string => count(Math.ceil(bytes / (1024 * 1024)));

export const vi = {
  /** Where a finding is, at the start of its text. */
  place: {
    cell: (p: { cell: string }) => `Ô ${p.cell}`,
    row: (p: { row: number }) => `Dòng ${p.row}`,
    sheet: (p: { sheet: string }) => `Trang “${p.sheet}”`,
  },
  expected: {
    year: 'một năm từ 2000 đến 2100, ví dụ 2024',
    name: 'tên mô hình',
    implementer: 'tập thể hoặc cá nhân thực hiện mô hình',
    kind: '“Tập thể” hoặc “Cá nhân”',
    unit: 'tên chi, đảng bộ như trong Danh mục',
    bloc: 'Hành chính sự nghiệp, Nội chính, Doanh nghiệp, Xã, phường hoặc một khối của Danh mục',
    field: 'lĩnh vực 1-4 (mã như “3”, “LV3” hoặc tên lĩnh vực)',
    registration: '“Duy trì” hoặc “Đăng ký mới”',
    status: 'Đăng ký, Đủ điều kiện bình xét, Đề nghị công nhận, Được công nhận, Tiêu biểu, Không đạt hoặc Dừng thực hiện (để trống là Đăng ký)',
  },
  /** What a Khối Dân vận column expects, for messages. */
  khoiExpected: {
    year: 'một năm từ 2000 đến 2100',
    count: 'một số nguyên từ 0 trở lên',
    yesNo: '“Có” hoặc “Không” (hoặc đánh dấu x)',
    rate: 'một tỷ lệ từ 0 đến 100 (như 95 hoặc 95%)',
    rating: 'Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ hoặc Không hoàn thành nhiệm vụ',
    text: 'chữ',
  },
  finding: {
    required: (p: At & { column: string; expected: string }) => `${p.at}: thiếu ${p.column} (bắt buộc); cần ${p.expected}.`,
    requiredColumn: (p: { sheet: string; column: string; row: number }) =>
      `Trang “${p.sheet}”: dòng tiêu đề (dòng ${p.row}) không có cột “${p.column}” (bắt buộc).`,
    invalidValue: (p: At & { value: string; column: string; expected: string }) => `${p.at}: “${p.value}” không phải ${p.column} hợp lệ; cần ${p.expected}.`,
    year: (p: At & { value: string }) => `${p.at}: “${p.value}” không phải năm hợp lệ; cần một năm từ 2000 đến 2100.`,
    yearMismatch: (p: At & { year: number; reportYear: number }) =>
      `${p.at}: năm ${p.year} khác Năm báo cáo ${p.reportYear} (trang Thông tin); dòng này không vào báo cáo năm.`,
    yearOutsidePeriod: (p: At & { year: number; from: number; to: number }) =>
      `${p.at}: năm ${p.year} ngoài Giai đoạn ${p.from}-${p.to} (trang Thông tin); kiểm tra lại năm.`,
    yearFuture: (p: At & { year: number; thisYear: number }) =>
      `${p.at}: năm ${p.year} muộn hơn năm nay (${p.thisYear}) quá một năm; kiểm tra lại năm, hoặc ghi Năm báo cáo, Giai đoạn ở trang Thông tin.`,
    duplicate: (p: At & { first: string }) =>
      `${p.at}: dòng trùng với dòng ${p.first} (cùng năm, đơn vị, tên mô hình và chủ thể thực hiện); xóa một trong hai dòng.`,
    duplicateAcrossFiles: (p: At & { file: string; name: string; unit: string; year: number; other: string; otherRow: number }) =>
      `${p.at}: mô hình “${p.name}” của ${p.unit} năm ${p.year} có ở cả tệp “${p.file}” và tệp “${p.other}” (dòng ${p.otherRow}); kiểm tra có phải đăng ký hai lần.`,
    nearDuplicate: (p: At & { first: string }) =>
      `${p.at}: tên mô hình trùng hoặc gần giống dòng ${p.first} của cùng đơn vị, cùng năm (bỏ qua dấu, chữ hoa/thường và dấu câu); kiểm tra có phải đăng ký hai lần.`,
    unitUnknown: (p: At & { unit: string }) => `${p.at}: đơn vị “${p.unit}” không có trong Danh mục; sửa tên cho đúng Danh mục hoặc thêm đơn vị vào Danh mục.`,
    blocMismatch: (p: At & { rowBloc: string; listBloc: string }) =>
      `${p.at}: khối “${p.rowBloc}” khác khối “${p.listBloc}” của đơn vị trong Danh mục; số liệu được tính theo khối của Danh mục.`,
    communeMissing: (p: At) => `${p.at}: đơn vị thuộc khối Xã, phường nhưng chưa có Xã/phường; ghi xã/phường ở ô này hoặc trong Danh mục.`,
    decisionMissing: (p: At & { status: string }) => `${p.at}: mô hình “${p.status}” nhưng chưa có số quyết định công nhận.`,
    maintainedWithoutHistory: (p: At & { year: number }) =>
      `${p.at}: mô hình ghi “Duy trì” nhưng không có mô hình cùng tên của đơn vị này ở các năm trước ${p.year} trong dữ liệu; kiểm tra tên mô hình hoặc ghi “Đăng ký mới”.`,
    noMark: (p: At & { column: string; cells: string }) => `${p.at}: chưa đánh dấu ${p.column} (bắt buộc); đánh dấu (x) đúng một ô trong ${p.cells}.`,
    severalMarks: (p: At & { column: string; cells: string }) =>
      `${p.at}: ${p.column} được đánh dấu ở nhiều ô: ${p.cells}; chỉ đánh dấu một ô, dòng này chưa được tính.`,
    totalRow: (p: At & { label: string }) => `${p.at}: dòng “${p.label}” là dòng cộng, không phải mô hình; không kiểm tra và không đếm dòng này.`,
    hiddenRows: (p: { sheet: string; count: number; filtered: boolean }) =>
      p.count > 0
        ? `Trang “${p.sheet}”: ${p.count} dòng mô hình đang bị ẩn${p.filtered ? ' (trang đang bật bộ lọc)' : ''}; các dòng ẩn vẫn được kiểm tra và đếm như mọi dòng khác.`
        : `Trang “${p.sheet}” đang bật bộ lọc; mọi dòng, kể cả dòng bộ lọc ẩn, đều được kiểm tra và đếm.`,
    legacyEncoding: (p: At & { column: string; count: number; encoding: string; before: string; after: string }) =>
      `${p.at}: ${p.count} ô của cột “${p.column}” (từ ô này) gõ bằng bảng mã cũ ${p.encoding}, ví dụ “${p.before}” → “${p.after}”; đã được đọc như chữ Unicode. Hãy chuyển sang Unicode (Kiểm tra → Chữ gõ bằng bảng mã cũ, hoặc dvk fix-encoding).`,
    khoiRequired: (p: At & { column: string }) => `${p.at}: thiếu ${p.column} (bắt buộc) của Khối Dân vận.`,
    khoiInvalid: (p: At & { value: string; column: string; expected: string }) => `${p.at}: “${p.value}” không phải ${p.column} hợp lệ; cần ${p.expected}.`,
    khoiCount: (p: At & { column: string; value: number; members: number }) => `${p.at}: ${p.column} là ${p.value}, nhiều hơn số thành viên (${p.members}).`,
    khoiEducation: (p: At & { sum: number; members: number }) =>
      `${p.at}: trung cấp, cao đẳng và đại học cộng lại là ${p.sum}, nhiều hơn số thành viên (${p.members}).`,
    khoiDuplicate: (p: At & { commune: string; year: number; first: number }) =>
      `${p.at}: ${p.commune} đã có dòng năm ${p.year} (dòng ${p.first}); mỗi xã một dòng mỗi năm, xóa một trong hai dòng.`,
    khoiMembers: (p: At & { members: number }) => `${p.at}: Khối có ${p.members} thành viên, ngoài khoảng thường gặp 5-20; kiểm tra lại số liệu.`,
    khoiCommuneUnknown: (p: At & { commune: string }) => `${p.at}: xã/phường “${p.commune}” không có trong Danh mục; sửa tên cho đúng Danh mục.`,
    noRegistrationSheet: () => 'Không tìm thấy trang đăng ký mô hình: cần một trang có dòng tiêu đề (Tên mô hình, Năm, Lĩnh vực, …) trong 20 dòng đầu.',
    noHeader: (p: { sheet: string }) => `Trang “${p.sheet}” không có dòng tiêu đề (Tên mô hình, Năm, Lĩnh vực, …) trong 20 dòng đầu.`,
  },
  unreadable: {
    notXlsx: 'không phải tệp Excel .xlsx',
    oldXls: 'là tệp Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx',
    encrypted: 'được đặt mật khẩu; hãy gỡ mật khẩu rồi lưu lại',
    corrupt: 'bị hỏng, không đọc được',
    missing: 'không tồn tại hoặc không mở được',
    notFile: 'không phải một tệp (là thư mục, thiết bị hay luồng dữ liệu)',
    linkLoop: 'là liên kết vòng (trỏ về chính nó)',
    tooLarge: 'quá lớn để đọc an toàn',
    zipBomb: 'được nén bất thường (có thể là tệp độc hại)',
    tooManyParts: 'có quá nhiều phần bên trong',
    tooManySheets: 'có quá nhiều trang tính',
    tooManyRows: 'có trang tính quá nhiều dòng',
    rowOutOfRange: 'có dòng nằm ngoài trang tính của Excel',
    /** The same problems with the numbers: what the file holds and the bound it passes. */
    limits: {
      file: (p: { size: number; limit: number }) => `nặng ${mb(p.size)} MB, vượt giới hạn ${mb(p.limit)} MB cho một tệp`,
      total: (p: { size: number; limit: number }) => `giải nén ra ${mb(p.size)} MB, vượt giới hạn ${mb(p.limit)} MB cho cả tệp`,
      part: (p: { part: string; size: number; limit: number }) => `phần “${p.part}” giải nén ra ${mb(p.size)} MB, vượt giới hạn ${mb(p.limit)} MB cho mỗi phần`,
      zipBomb: (p: { part: string; ratio: number; limit: number }) =>
        `phần “${p.part}” nén ${count(p.ratio)} lần, vượt giới hạn ${count(p.limit)} lần (có thể là tệp độc hại “zip bomb”)`,
      parts: (p: { count: number; limit: number }) => `có ${count(p.count)} phần bên trong, vượt giới hạn ${count(p.limit)} phần`,
      sheets: (p: { count: number; limit: number }) => `có ${count(p.count)} trang tính, vượt giới hạn ${count(p.limit)} trang tính`,
      rowNumber: (p: { sheet: string; row: number; limit: number }) =>
        `trang tính “${p.sheet}” có dòng số ${count(p.row)}, quá dòng cuối cùng của Excel (${count(p.limit)}); Excel cũng không mở được tệp này`,
      rows: (p: { sheet: string; count: number; limit: number }) =>
        `trang tính “${p.sheet}” có ${count(p.count)} dòng, vượt giới hạn ${count(p.limit)} dòng; hãy tách thành nhiều tệp`,
    },
    line: (p: { file: string; problem: string }) => `Không đọc được tệp “${p.file}”: ${p.problem}.`,
  },
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  measures: {
    registered: 'Đăng ký',
    eligible: 'Đủ điều kiện bình xét',
    proposed: 'Đề nghị công nhận',
    recognized: 'Được công nhận',
    exemplary: 'Tiêu biểu',
    unitsRegistered: 'Đơn vị đăng ký',
    unitsRecognized: 'Đơn vị được công nhận',
  },
  dimensions: {
    year: 'Năm',
    field: 'Lĩnh vực',
    kind: 'Loại',
    registration: 'Hình thức',
    bloc: 'Khối',
    unit: 'Chi, đảng bộ',
    commune: 'Xã/phường',
    status: 'Kết quả',
  },
  khoi: {
    cli: {
      heading: (p: { year: string; khoi: string; members: string }) => `Khối Dân vận cơ sở năm ${p.year}: ${p.khoi} Khối, ${p.members} thành viên.`,
      measure: 'Chỉ tiêu',
      value: 'Số người / xã',
      intermediate: 'Trình độ trung cấp',
      college: 'Cao đẳng',
      university: 'Đại học trở lên',
      politicalTheory: 'LLCT trung cấp trở lên',
      headSecretary: 'Trưởng khối là Bí thư (xã)',
      headDeputy: 'Trưởng khối là Phó Bí thư (xã)',
      trained: 'Thành viên được tập huấn',
      target: 'Mục tiêu',
      met: 'Đạt',
      missing: 'Chưa đạt',
      excluded: (p: { count: number }) => `${p.count} dòng Khối có lỗi nên không được tính.`,
      noSheet: 'Không tìm thấy trang Khối Dân vận (dòng tiêu đề có Xã/phường, Số thành viên, …) trong các tệp.',
    },
  },
  cli: {
    usage: [
      'dvk — công cụ dòng lệnh “Dân vận khéo”',
      '',
      'Cách dùng:',
      '  dvk check FILE... [--json] [--lang en]         kiểm tra sổ đăng ký mô hình',
      '  dvk summary FILE... [--by DIM[,DIM...]] [--json]  tổng hợp số liệu theo chiều',
      '  dvk template -o FILE                           tạo sổ mẫu chuẩn trống',
      '  dvk report FILE... -o OUT [--year YYYY | --period YYYY-YYYY] [--force]',
      '                                                 báo cáo: OUT .docx là văn bản Word, .xlsx là bản sao có các Biểu và Báo cáo',
      '  dvk consolidate FILE|DIR... [--base SỔ.xlsx] -o OUT [--feedback DIR] [--force]',
      '                                                 tổng hợp tệp của các đơn vị, theo dõi nộp',
      '  dvk fix-encoding FILE -o OUT [--dry-run] [--force]  chuyển chữ TCVN3/VNI sang Unicode vào bản sao',
      '  dvk khoi FILE|DIR... [--year YYYY] [--json]     Khối Dân vận cơ sở: số liệu và bảy mục tiêu',
      '',
      'DIM: year, field, kind, registration, bloc, unit, commune, status',
      'FILE… nhận cả thư mục (các tệp .xlsx trong đó) và mẫu tên trong ngoặc kép ("don-vi/*.xlsx"). dvk --version: phiên bản; dvk LỆNH --help: cách dùng một lệnh.',
    ].join('\n'),
    unknownCommand: (p: { command: string }) => `Lệnh không hợp lệ: “${p.command}”.`,
    badYear: (p: { value: string }) => `--year cần một năm bốn chữ số, ví dụ 2024 (đang là “${p.value}”).`,
    badPeriod: (p: { value: string }) => `--period cần hai năm, ví dụ 2021-2023, và không đi cùng --year (đang là “${p.value}”).`,
    missingFiles: 'Cần ít nhất một tệp .xlsx.',
    missingOutput: 'Cần chỉ tệp kết quả bằng -o TỆP.',
    unknownOption: (p: { option: string }) => `Tùy chọn không hợp lệ: “${p.option}”.`,
    unknownDimension: (p: { dimension: string }) =>
      `Chiều tổng hợp không hợp lệ: “${p.dimension}”; dùng year, field, kind, registration, bloc, unit, commune, status.`,
    noFindings: 'Không có lỗi hay cảnh báo.',
    findingCounts: (p: { errors: number; warnings: number; infos: number }) => `Tổng: ${p.errors} lỗi, ${p.warnings} cảnh báo, ${p.infos} thông tin.`,
    excluded: (p: { count: number }) => `${p.count} dòng có lỗi ở cột được đếm nên không được tính.`,
    total: 'Tổng cộng',
    empty: '(trống)',
    templateWritten: (p: { file: string }) => `Đã tạo sổ mẫu: ${p.file}`,
    reportWritten: (p: { file: string }) => `Đã ghi báo cáo vào: ${p.file}`,
    nothingToReport: 'Không có gì để báo cáo: các tệp không có trang đăng ký mô hình hay trang Khối Dân vận; chưa ghi tệp nào.',
    noRowsToReport: 'Không có gì để báo cáo: trang đăng ký và trang Khối Dân vận của các tệp chưa có dòng nào; chưa ghi tệp nào.',
    sameAsInput: 'Tệp kết quả trùng tệp đầu vào; chọn tên khác để không ghi đè dữ liệu gốc.',
    outputExists: (p: { file: string }) => `Tệp “${p.file}” đã tồn tại; thêm --force để ghi đè.`,
    editedByHand: (p: { sheet: string }) => `Trang “${p.sheet}” đã được sửa tay sau lần ghi trước; thêm --force để ghi đè.`,
    legacyRemoved: (p: { sheet: string }) => `Đã bỏ trang “${p.sheet}” do phiên bản trước ghi: nay mỗi biểu in trên một trang riêng (Biểu 01 … Biểu 04).`,
    legacyKept: (p: { sheet: string }) => `Trang “${p.sheet}” đã được sửa tay nên được giữ nguyên; các biểu nay ở các trang Biểu 01 … Biểu 04.`,
    lossyCopy: (p: { parts: string }) => `Tệp có ${p.parts} mà bản sao không giữ nguyên được; báo cáo được ghi vào một sổ mới riêng.`,
    parts: {
      charts: 'biểu đồ',
      pivotTables: 'bảng tổng hợp động (pivot)',
      images: 'hình ảnh',
      macros: 'macro',
      dataValidations: 'danh sách chọn phủ cả cột (chỉ giữ phần có dữ liệu)',
      mergedCells: 'vùng gộp ô quá lớn hay quá nhiều (chỉ giữ các vùng đầu)',
      definedNames: 'tên vùng (Name) phủ quá nhiều ô',
    },
    writeFailed: (p: { file: string; reason: string }) => `Không ghi được tệp “${p.file}”: ${p.reason}`,
    /** Why a write failed, by the system's error code. */
    writeReasons: {
      EACCES: 'không có quyền ghi vào thư mục này',
      EPERM: 'không có quyền ghi vào thư mục này',
      EROFS: 'ổ đĩa chỉ cho đọc',
      ENOENT: 'thư mục chứa tệp không tồn tại',
      ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
      EISDIR: 'đường dẫn này là một thư mục',
      ENOTEMPTY: 'đường dẫn này là một thư mục',
      EEXIST: 'đường dẫn này đã có một tệp, không phải thư mục',
      ENOSPC: 'ổ đĩa đã đầy',
      EBUSY: 'tệp đang được mở ở chương trình khác (Excel?)',
    },
    cellCut: (p: { sheet: string; cell: string; length: number }) =>
      `Ô ${p.cell} của trang “${p.sheet}” có ${count(p.length)} ký tự, quá giới hạn 32.767 ký tự một ô của Excel: đã ghi phần đầu, kết thúc bằng “…[cắt bớt]”.`,
    feedbackDirFailed: (p: { dir: string; reason: string }) => `Không tạo được thư mục phản hồi “${p.dir}”: ${p.reason}`,
  },
  consolidate: {
    states: { missing: 'Chưa nộp', onTime: 'Đã nộp đúng hạn', late: 'Nộp muộn', received: 'Đã nộp' },
    withErrors: 'Có lỗi',
    cli: {
      missingOutput: 'Cần chỉ tệp tổng hợp bằng -o TỆP.xlsx.',
      sameAsInput: (p: { file: string }) => `Tệp kết quả trùng tệp đầu vào “${p.file}”; chọn tên khác để không ghi đè dữ liệu gốc.`,
      baseUnreadable: (p: { file: string }) => `Không dùng được sổ gốc “${p.file}”; chưa ghi gì.`,
      noInputs: 'Không có tệp .xlsx nào để tổng hợp.',
      repeated: 'đã có trong danh sách, bỏ qua',
      base: 'sổ gốc',
      isBase: 'là sổ gốc (--base), không tổng hợp như tệp đơn vị',
      unreadable: 'không đọc được, bỏ qua',
      noRegistrations: (p: { message: string }) => `không có dữ liệu đăng ký: ${p.message}`,
      units: (p: { units: string[]; more: number }) => p.units.join('; ') + (p.more > 0 ? ` và ${p.more} đơn vị khác` : ''),
      noUnit: 'chưa rõ đơn vị',
      years: (p: { years: number[] }) => (p.years.length === 0 ? '' : `, năm ${p.years.join(', ')}`),
      merged: (p: { rows: number }) => `gộp ${p.rows} dòng`,
      replaces: (p: { rows: number; file: string }) => `thay ${p.rows} dòng của tệp cũ hơn “${p.file}”`,
      replacedBy: (p: { rows: number; file: string }) => `${p.rows} dòng được thay bằng tệp mới hơn “${p.file}”`,
      supersededBy: (p: { rows: number; file: string }) => `bỏ qua ${p.rows} dòng vì tệp “${p.file}” mới hơn`,
      khoiMerged: (p: { rows: number }) => `gộp ${p.rows} dòng Khối Dân vận`,
      khoiReplaces: (p: { rows: number; file: string }) => `thay ${p.rows} dòng Khối của tệp cũ hơn “${p.file}”`,
      khoiReplacedBy: (p: { rows: number; file: string }) => `${p.rows} dòng Khối được thay bằng tệp mới hơn “${p.file}”`,
      khoiSupersededBy: (p: { rows: number; file: string }) => `bỏ qua ${p.rows} dòng Khối vì tệp “${p.file}” mới hơn`,
      communesOnly: 'chỉ có trang Khối Dân vận',
      counts: (p: { errors: number; warnings: number }) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
      line: (p: { file: string; who: string; what: string }) => `${p.file} — ${p.who}: ${p.what}`,
      bare: (p: { file: string; what: string }) => `${p.file}: ${p.what}`,
      written: (p: { file: string; rows: number; files: number }) => `Đã ghi tệp tổng hợp: ${p.file} (${p.rows} dòng từ ${p.files} tệp).`,
      tracking: (p: { parts: string }) => `Theo dõi nộp: ${p.parts}.`,
      unknown: (p: { unit: string; rows: number; files: string; suggestions: string }) =>
        `Đơn vị không có trong Danh mục, không tính vào Theo dõi nộp: “${p.unit}” (${p.rows} dòng, tệp ${p.files})${p.suggestions ? `; gần giống: ${p.suggestions}` : ''}.`,
      count: (p: { count: number; state: string }) => `${p.count} ${p.state.toLocaleLowerCase('vi')}`,
      feedbackWritten: (p: { count: number; dir: string }) => `Đã ghi ${p.count} tệp phản hồi vào: ${p.dir}`,
      progress: (p: { done: number; total: number; file: string }) => `Đang đọc ${p.done}/${p.total} ${p.file}`,
    },
    trackingSheet: {
      title: (p: { year: string; deadline: string }) => `Theo dõi nộp tệp đăng ký mô hình “Dân vận khéo”${p.year}${p.deadline}`,
      year: (p: { year: number }) => ` năm ${p.year}`,
      deadline: (p: { date: string }) => ` (hạn nộp ${p.date})`,
      header: ['STT', 'Đơn vị', 'Khối', 'Trạng thái', 'Tệp', 'Ngày nộp', 'Số mô hình', 'Lỗi', 'Cảnh báo', 'Ghi chú'],
      notListed: 'không có trong Danh mục',
      unknownHeading:
        'Tệp của đơn vị không có trong Danh mục (chưa tính vào bảng trên; sửa tên trong tệp, hoặc thêm vào Danh mục hay ghi là tên khác của đơn vị)',
      unknownRow: (p: { unit: string; rows: number; files: string; suggestions: string }) =>
        `“${p.unit}”: ${p.rows} dòng, tệp ${p.files}${p.suggestions ? `; gần giống: ${p.suggestions}` : ''}`,
      resubmitted: (p: { count: number }) => `nộp ${p.count} lần`,
      khoi: (p: { missing: number; of: number; names: string }) =>
        p.missing === 0
          ? `Khối Dân vận cơ sở: đã có dòng của cả ${p.of} xã, phường trong Danh mục.`
          : `Khối Dân vận cơ sở: còn thiếu dòng của ${p.missing}/${p.of} xã, phường: ${p.names}.`,
    },
    feedbackSheet: {
      name: 'Phản hồi',
      title: 'Phản hồi kết quả kiểm tra tệp đăng ký mô hình “Dân vận khéo”',
      unit: (p: { unit: string }) => `Đơn vị: ${p.unit}`,
      files: (p: { files: string }) => `Tệp: ${p.files}`,
      state: (p: { state: string }) => `Trạng thái: ${p.state}`,
      ask: 'Đề nghị đơn vị sửa các nội dung dưới đây và gửi lại tệp.',
      header: ['STT', 'Tệp', 'Trang', 'Ô', 'Quy tắc', 'Mức', 'Nội dung'],
    },
  },
  workbookError: {
    protected: 'Trang tính đang được bảo vệ (Protect Sheet). Hãy bỏ bảo vệ trang rồi thử lại.',
    editing: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.',
    tooLarge: 'Dữ liệu gửi tới Excel quá lớn cho một lần. Hãy thử lại; nếu vẫn lỗi, chia nhỏ trang tính.',
    busy: 'Excel đang bận. Hãy đợi một lát rồi thử lại.',
    unsupported: 'Excel này chưa có chức năng phần mềm cần (bản Excel cũ). Hãy cập nhật Office; trong lúc chờ, dùng bản trình duyệt của phần mềm.',
    selection: 'Vùng đang chọn không phải ô của trang tính (có thể đang chọn biểu đồ hay hình). Hãy bấm vào một ô rồi thử lại.',
    missing: 'Không tìm thấy trang tính cần dùng: có thể vừa bị đổi tên hay xóa. Hãy kiểm tra lại rồi thử lại.',
    unknown: (p: { detail: string }) => `Excel báo lỗi: ${p.detail}. Hãy thử lại; nếu vẫn lỗi, lưu sổ rồi mở lại Excel.`,
  },
  ui: uiVi,
  preview: previewVi,
  encoding: encodingVi,
  report: {
    party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    title: 'BÁO CÁO',
    subtitle: (p: { year: number | string }) => `kết quả thực hiện phong trào “Dân vận khéo” năm ${p.year}`,
    periodSubtitle: (p: { span: string }) => `sơ kết thực hiện phong trào “Dân vận khéo” giai đoạn ${p.span}`,
    recipients: 'Nơi nhận:',
    archive: 'Lưu',
  },
};

export type Messages = typeof vi;
