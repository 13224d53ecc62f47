/** Song-style (serif) stack: bundled Noto Serif SC first when installed, then the usual system Song fonts. */
export const FONT_STACK = `"Noto Serif SC", "Source Han Serif SC", "Source Han Serif CN", "Songti SC", "STSong", "SimSun", "宋体", "NSimSun", serif`;

export const CSS = `
@page { size: A4; margin: 20mm 16mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${FONT_STACK}; font-size: 12pt; line-height: 1.75; color: #000; margin: 0 auto; max-width: 210mm; padding: 12mm 10mm; background: #fff; }
h1, h2, h3, h4 { font-weight: bold; line-height: 1.4; page-break-after: avoid; break-after: avoid; }
.cover { text-align: center; padding: 50mm 0 40mm; page-break-after: always; break-after: page; }
.cover h1 { font-size: 26pt; margin: 0 0 12mm; letter-spacing: 0.1em; }
.cover .subtitle { font-size: 20pt; font-weight: bold; }
.cover .draft-note { margin-top: 20mm; font-size: 12pt; color: #a00; }
nav.toc { page-break-after: always; break-after: page; }
nav.toc h2 { text-align: center; font-size: 18pt; letter-spacing: 1em; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { margin: 2px 0; }
nav.toc li.part { font-weight: bold; margin-top: 8px; }
nav.toc li.item { padding-left: 2em; }
nav.toc a { color: inherit; text-decoration: none; }
section.part > h2 { font-size: 16pt; text-align: center; margin: 0 0 8mm; }
section.part { page-break-before: always; break-before: page; }
h3 { font-size: 14pt; margin: 6mm 0 2mm; }
h4 { font-size: 12pt; margin: 4mm 0 1mm; }
p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
.table-block { margin: 0 0 8mm; page-break-inside: auto; }
.table-block h3 { text-align: center; margin-bottom: 1mm; }
.table-block .table-number { text-align: right; font-size: 10pt; margin: 0; text-indent: 0; }
.table-block .table-meta { display: flex; justify-content: space-between; font-size: 10pt; margin: 0 0 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.35; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle; }
th { font-weight: bold; text-align: center; background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code { white-space: nowrap; }
tr.total td, tr.grand-total td, tr.subtotal td { font-weight: bold; }
td.lv-款 { padding-left: 4mm; } td.lv-项 { padding-left: 7mm; } td.lv-project { padding-left: 5mm; } td.sub { padding-left: 5mm; }
.empty-note { font-size: 10pt; text-indent: 0; margin-top: 1mm; }
.form { margin: 0 0 10mm; page-break-inside: auto; }
.form h3 { text-align: center; }
.form .form-year { text-align: center; text-indent: 0; }
.form td.label, .form th.label { width: 16%; font-weight: bold; text-align: center; background: #f7f7f7; }
.form td.text { text-align: justify; }
.form .lost { color: #a00; text-indent: 0; }
.form .contact { font-size: 10pt; text-indent: 0; margin-top: 1mm; }
figure.chart { margin: 4mm auto; text-align: center; page-break-inside: avoid; }
figure.chart figcaption { font-weight: bold; margin-top: 1mm; }
figure.chart table.chart-data { width: 70%; margin: 0 auto; }
.glossary p { text-indent: 0; }
.watermark { position: fixed; inset: 0; pointer-events: none; z-index: 1000; overflow: hidden; display: grid; grid-template-columns: repeat(3, 1fr); align-content: space-around; }
.watermark span { transform: rotate(-30deg); font-size: 28pt; color: rgba(160, 0, 0, 0.12); text-align: center; white-space: nowrap; margin: 18mm 0; user-select: none; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;
