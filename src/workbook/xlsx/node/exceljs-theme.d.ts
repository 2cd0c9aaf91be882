/** The Office theme exceljs puts in every workbook it writes (xl/theme/theme1.xml), as text. */
declare module 'exceljs/lib/xlsx/xml/theme1' {
  const theme: string;
  export default theme;
}
