// All user-interface strings of the page, in Chinese (default) and English, plus the
// small helpers that pick one. Messages about the plan itself come from the Report
// (message.zh / message.en); only the page's own chrome lives here.

export const LANGS = ['zh', 'en'];

const S = {
  title: { zh: '规划目标核算', en: 'Plan target checker' },
  tagline: {
    zh: '粘贴五年规划、年度计划或政府工作报告中的目标，即时查看每个目标隐含的逐年路径、实际所需的增速，以及对不上的数字。',
    en: 'Paste the targets of a five-year plan, annual plan or government work report and see, as you type, the path each target implies, the rate it really needs, and every number that does not add up.',
  },
  privacy: { zh: '全部计算在本机浏览器内完成，输入内容不会上传。', en: 'Everything runs in your browser; nothing you paste leaves it.' },
  skip: { zh: '跳到核查结果', en: 'Skip to the findings' },
  langButton: { zh: 'English', en: '中文' },
  langButtonLabel: { zh: 'Switch to English', en: '切换到中文' },

  inputHeading: { zh: '输入', en: 'Input' },
  inputLabel: { zh: '规划目标', en: 'Plan targets' },
  inputHint: {
    zh: '可直接粘贴整篇规划文本，或每行一个指标，如“地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%”，或带表头的表格行。',
    en: 'Paste a whole plan as it is, or one target per line, e.g. “地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%”, or spreadsheet rows with a header.',
  },
  clear: { zh: '清空', en: 'Clear' },
  examplesLabel: { zh: '示例', en: 'Examples' },
  example: { zh: '规划原文', en: 'Plan text' },
  exampleLines: { zh: '逐行目标', en: 'One per line' },
  exampleRows: { zh: '表格行', en: 'Rows' },
  exampleNote: {
    zh: '示例摘自二连浩特市“十二五”规划纲要（2011—2015年）。',
    en: 'The examples come from the Erenhot (二连浩特市) 12th Five-Year Plan outline, 2011–2015.',
  },
  formLabel: { zh: '识别为', en: 'Detected' },
  form_rows: { zh: '表格行', en: 'spreadsheet rows' },
  form_lines: { zh: '逐行目标', en: 'one target per line' },
  form_prose: { zh: '文字段落', en: 'prose' },
  form_empty: { zh: '空', en: 'empty' },
  sourceBadge: { zh: '结果依据更正后的表格', en: 'Results from the corrected table' },
  timing: {
    zh: (chars, a, r) => `${chars} 字 · 分析 ${a} 毫秒 · 显示 ${r} 毫秒`,
    en: (chars, a, r) => `${chars} characters · analysed in ${a} ms · shown in ${r} ms`,
  },
  timingWorker: {
    zh: (chars, a, r) => `${chars} 字 · 后台分析 ${a} 毫秒 · 显示 ${r} 毫秒`,
    en: (chars, a, r) => `${chars} characters · analysed in the background in ${a} ms · shown in ${r} ms`,
  },
  countParen: { zh: (n) => `（${n}）`, en: (n) => ` (${n})` },

  loading: { zh: '正在加载分析引擎…', en: 'Loading the analysis engine…' },
  loadFailed: {
    zh: '分析引擎（WebAssembly）未能加载，无法核算。请使用较新的浏览器，并通过 HTTP 服务器打开本页，而非直接打开文件。',
    en: 'The analysis engine (WebAssembly) could not be loaded, so nothing can be checked. Use a recent browser and open this page through an HTTP server rather than as a local file.',
  },
  analyzeFailed: { zh: '分析出错：', en: 'Analysis failed: ' },
  analyzing: {
    zh: (chars) => `分析中…（${chars} 字）。当前显示的仍是上一次的结果。`,
    en: (chars) => `Analysing… (${chars} characters). The results shown are still those of the previous text.`,
  },
  tooLarge: {
    zh: (mb, bytes) => `输入过大，未作分析：本文 ${mb} MB（${bytes} 字节），上限为 5 MB（5,242,880 字节）。请删减或分段粘贴。`,
    en: (mb, bytes) => `Input too large, nothing was analysed: this text is ${mb} MB (${bytes} bytes), over the 5 MB limit (5,242,880 bytes). Shorten it or paste it in parts.`,
  },
  tooLargeSummary: { zh: '输入超过 5 MB 上限，未作核查。', en: 'The input is over the 5 MB limit; nothing was checked.' },
  rowsMore: {
    zh: (n, rest) => `再显示 ${n} 行（尚有 ${rest} 行未显示）`,
    en: (n, rest) => `Show ${n} more rows (${rest} not shown yet)`,
  },
  diagMore: { zh: (n) => `显示其余 ${n} 条`, en: (n) => `Show the other ${n}` },

  findingsHeading: { zh: '核查结果', en: 'Findings' },
  nothingYet: { zh: '尚无内容可核查。', en: 'Nothing to check yet.' },
  // The honest summary (render.js coverageSummary): what was read and checked, not only what failed.
  summaryChecked: {
    zh: (n, m) => `读取 ${n} 个数字，核查 ${m} 组关系：`,
    en: (n, m) => `Read ${n} figure${n === 1 ? '' : 's'}, checked ${m} relation${m === 1 ? '' : 's'}: `,
  },
  summaryReadOnly: { zh: (n) => `读取 ${n} 个数字：`, en: (n) => `Read ${n} figure${n === 1 ? '' : 's'}: ` },
  summaryNoProblems: { zh: '未发现问题', en: 'no problems found' },
  summaryUnchecked: {
    zh: (n) => `读取 ${n} 个数字；未能核查：读到的数字之间没有可核查的关系`,
    en: (n) => `Read ${n} figure${n === 1 ? '' : 's'}; nothing could be checked: there is no checkable relation among the figures read`,
  },
  summaryNoFigures: { zh: '未找到可读取的数字；未能核查', en: 'No figures found; nothing could be checked' },
  summaryNotes: { zh: (n) => `（另有 ${n} 条提示）`, en: (n) => ` (and ${n} note${n === 1 ? '' : 's'})` },
  summaryEnd: { zh: '。', en: '.' },
  notReadLine: {
    zh: (x, f, p) => `另有 ${x} 个数字（占全部 ${f} 个的 ${p}）未读取。`,
    en: (x, f, p) => `${x} of the ${f} figures (${p}) ${x === 1 ? 'was' : 'were'} not read.`,
  },
  allRead: { zh: (f) => `文中 ${f} 个数字全部读取。`, en: (f) => `All ${f} figures of the text were read.` },
  seeWhy: { zh: '查看原因', en: 'See why' },
  notReadSummary: {
    zh: (x, p) => `另有 ${x} 个数字（${p}）未读取：查看原因`,
    en: (x, p) => `${x} figure${x === 1 ? '' : 's'} (${p}) not read: see why`,
  },
  count_error: { zh: (n) => `${n} 个错误`, en: (n) => `${n} error${n === 1 ? '' : 's'}` },
  count_warning: { zh: (n) => `${n} 个警告`, en: (n) => `${n} warning${n === 1 ? '' : 's'}` },
  count_info: { zh: (n) => `${n} 条提示`, en: (n) => `${n} note${n === 1 ? '' : 's'}` },
  listSep: { zh: '，', en: ', ' },
  sev_error: { zh: '错误', en: 'Error' },
  sev_warning: { zh: '警告', en: 'Warning' },
  sev_info: { zh: '提示', en: 'Note' },
  suggestion: { zh: '建议：', en: 'Suggestion: ' },
  conf_certain: { zh: '确定关联', en: 'Certain link' },
  conf_likely: { zh: '可能关联', en: 'Likely link' },
  confFilterLabel: { zh: '显示', en: 'Show' },
  confAll: { zh: (n) => `全部发现（${n}）`, en: (n) => `All findings (${n})` },
  confCertain: { zh: (n) => `仅确定关联（${n}）`, en: (n) => `Certain links only (${n})` },
  confHidden: {
    zh: (n) => `已隐藏 ${n} 项仅凭上下文关联的发现。`,
    en: (n) => `${n} finding${n === 1 ? '' : 's'} linked by context only ${n === 1 ? 'is' : 'are'} hidden.`,
  },
  showArithmetic: { zh: '算式', en: 'Show the arithmetic' },
  findingHint: { zh: '点击一项，在输入、表格和图中标出相关数字。', en: 'Select a finding to mark its figures in the input, table and chart.' },

  correctedBanner: {
    zh: (n) => `以下结果依据更正后的表格（${n} 处修改），不再是原文。原文保持不变。`,
    en: (n) => `These results come from the corrected table (${n} edit${n === 1 ? '' : 's'}), not from the text, which is unchanged.`,
  },
  revert: { zh: '恢复为原文', en: 'Revert to the text' },
  tableEdits: {
    zh: (n) => `已修改 ${n} 处，核查结果依据本表。`,
    en: (n) => `${n} edit${n === 1 ? '' : 's'}: the findings now come from this table.`,
  },
  generatedSummary: { zh: '查看据表格生成的逐行目标', en: 'Show the lines generated from the table' },

  targetsHeading: { zh: '从输入中读取的目标', en: 'Targets read from the input' },
  targetsHint: {
    zh: '数字、年份或指标名读错了，可在表中直接更正，或删除该行；核查结果随即按更正后的表格重算。悬停或聚焦一行，可在输入中标出它所在的句子。',
    en: 'If a figure, year or name was misread, correct it here or delete the row; the findings are then recomputed from the corrected table. Hover or focus a row to mark its sentence in the input.',
  },
  tcol_name: { zh: '指标', en: 'Indicator' },
  tcol_kind: { zh: '类型', en: 'Kind' },
  tcol_year: { zh: '年份', en: 'Year' },
  tcol_value: { zh: '数值', en: 'Value' },
  tcol_unit: { zh: '单位', en: 'Unit' },
  tcol_bound: { zh: '关系', en: 'Bound' },
  tcol_action: { zh: '操作', en: 'Action' },
  kind_point: { zh: '当年值', en: 'level' },
  kind_actual: { zh: '实际值', en: 'actual' },
  kind_rate: { zh: '年均增速', en: 'annual rate' },
  kind_yoy: { zh: '同比增速', en: 'year on year' },
  kind_structure: { zh: '结构比例', en: 'structure' },
  // Statements the table lists but cannot rewrite (extract.js 'statement' rows).
  kind_level: { zh: '水平值', en: 'level' },
  kind_change: { zh: '增减量', en: 'change' },
  kind_sum: { zh: '累计数', en: 'sum' },
  kind_plan: { zh: '计划数', en: 'plan figure' },
  kind_total: { zh: '累计增长', en: 'since base' },
  kind_multiple: { zh: '倍数', en: 'multiple' },
  kind_points: { zh: '百分点', en: 'points' },
  kind_completion: { zh: '完成比例', en: 'completion' },
  unit_points: { zh: '个百分点', en: 'pts' },
  unit_multiple: { zh: '倍', en: '×' },
  unit_doubling: { zh: '番', en: 'doublings' },
  thisPeriod: { zh: '本期', en: 'this period' },
  yearBefore: { zh: '上年同期', en: 'a year before' },
  statementNote: {
    zh: '仅列出：逐行目标格式无法表达此项，更正表格时不改写它，依据它的发现保留原文结果。',
    en: 'Listed only: the one-target-per-line form cannot express it, so the table does not rewrite it; findings resting on it stay as found in the text.',
  },
  rateUnit: { zh: '%/年', en: '% a year' },
  bound_eq: { zh: '等于', en: 'exactly' },
  field_name: { zh: '指标名', en: 'Indicator name' },
  field_year: { zh: '年份', en: 'Year' },
  field_from: { zh: '起始年', en: 'From year' },
  field_to: { zh: '终止年', en: 'To year' },
  field_value: { zh: '数值', en: 'Value' },
  field_percent: { zh: '年均增速（%）', en: 'Annual rate (%)' },
  field_unit: { zh: '单位', en: 'Unit' },
  field_bound: { zh: '关系', en: 'Bound' },
  field_parts: { zh: '各部分比例', en: 'Parts' },
  invalid_name: { zh: '指标名不能为空，也不能含“=”或“→”', en: 'The name must not be empty or contain “=” or “→”' },
  invalid_year: { zh: '应为四位年份，如 2015', en: 'Expected a four-digit year such as 2015' },
  invalid_from: { zh: '应为四位年份，如 2010', en: 'Expected a four-digit year such as 2010' },
  invalid_to: { zh: '应为四位年份，且晚于起始年', en: 'Expected a four-digit year after the start year' },
  invalid_value: { zh: '应为数字，如 47.6', en: 'Expected a number such as 47.6' },
  invalid_percent: { zh: '应为数字，如 24.6 或 -5', en: 'Expected a number such as 24.6 or -5' },
  invalid_unit: { zh: '单位中不能有数字或“=”', en: 'A unit must not contain digits or “=”' },
  invalid_parts: { zh: '应为以冒号分隔的数字，如 0.4:37.6:62', en: 'Expected numbers separated by colons, e.g. 0.4:37.6:62' },
  invalidRows: {
    zh: (n) => `${n} 行有格式不对的单元格，暂不纳入核算。`,
    en: (n) => `${n} row${n === 1 ? ' has' : 's have'} a cell that is not valid and ${n === 1 ? 'is' : 'are'} left out for now.`,
  },
  deleteRow: { zh: '删除', en: 'Delete' },
  restoreRow: { zh: '恢复', en: 'Restore' },
  deleteRowLabel: { zh: (w) => `删除 ${w}`, en: (w) => `Delete ${w}` },
  restoreRowLabel: { zh: (w) => `恢复 ${w}`, en: (w) => `Restore ${w}` },

  skippedHeading: { zh: '未纳入核查的数字', en: 'Figures not checked' },
  skippedHint: {
    zh: '以下数字没有读取或没有参与核查，按原因分组。点击一项可在输入中定位。',
    en: 'These figures were not read or took no part in the checks, grouped by the reason. Select one to find it in the input.',
  },
  // Groups of diagnostics (app.js DIAG_GROUPS), by code; the not-read reasons of the coverage too.
  group_no_year: { zh: '没有年份或时期', en: 'No year or period' },
  group_no_name: { zh: '没有指标名称', en: 'No indicator name' },
  group_noun_phrase: { zh: '修饰名词的数字（如“3所小学”）', en: 'Part of a noun phrase (such as 3所小学)' },
  group_other_period: { zh: '与其他时期的比较', en: 'Compared with another period' },
  group_other_region: { zh: '与其他地区或指标的比较', en: 'Compared with another place or figure' },
  group_garbled: { zh: '紧跟乱码（可能缺了数字）', en: 'After a garbled character (a digit may be lost)' },
  group_restated: { zh: '用另一单位重述', en: 'Restated in another unit' },
  group_constant_prices: { zh: '按可比价计算的水平', en: 'A level at comparable prices' },
  group_list_mismatch: { zh: '列举的名称与数值对不上', en: 'Names and values of a list do not pair up' },
  group_not_understood: { zh: '句式无法确定', en: 'Phrasing not understood' },
  group_cumulative_not_checked: { zh: '累计数（暂不核查）', en: 'Sums over several years (not checked yet)' },
  group_whole_share: { zh: '总量自身的构成（100%）', en: "A total's own share (100%)" },
  group_line_not_understood: { zh: '未能识别的行', en: 'Lines not understood' },
  group_unitless: { zh: '无单位的数字（页码、编号等，不计入数字总数）', en: 'Numbers without a unit (page numbers, counts…; not counted as figures)' },
  group_other: { zh: '其他说明', en: 'Other notes' },
  staleHeading: { zh: '未按更正表重新核查', en: 'Not re-checked against the corrected table' },
  staleHint: {
    zh: '这些发现依据原文中表格无法容纳的数字（累计数、翻番、完成比例等），仍按原文显示，未按更正后的表格重算。',
    en: 'These findings rest on figures the table cannot hold (totals over a period, doublings, completion shares…); they are shown as found in the text, not recomputed from the corrected table.',
  },
  originTable: { zh: '来自更正表', en: 'from the corrected table' },

  tableHeading: { zh: '指标', en: 'Indicators' },
  tableCaption: { zh: '各指标的基期、目标与年均增速', en: 'Base, target and annual growth of each indicator' },
  // Column headers: \u200b marks where a narrow column may wrap a Chinese header (the table
  // header keeps Chinese words whole otherwise); \u00a0 keeps "%" with its word.
  col_name: { zh: '指标', en: 'Indicator' },
  col_unit: { zh: '单位', en: 'Unit' },
  col_period: { zh: '时期', en: 'Period' },
  col_scope: { zh: '范围', en: 'Scope' },
  col_base_year: { zh: '基期', en: 'Base year' },
  col_base: { zh: '基期值', en: 'Base' },
  col_target_year: { zh: '目标年', en: 'Target year' },
  col_target: { zh: '目标值', en: 'Target' },
  // 所述 (as stated), not 规划 (planned): a bulletin's rates are outcomes, not plans.
  col_rate: { zh: '所述\u200b增速\u00a0%', en: 'Stated rate\u00a0%' },
  col_implied: { zh: '隐含\u200b增速\u00a0%', en: 'Implied rate\u00a0%' },
  col_projected: { zh: '按所述增速\u200b推算', en: 'At stated rate' },
  col_gap: { zh: '偏差\u00a0%', en: 'Gap\u00a0%' },
  col_required: { zh: '所需\u200b增速\u00a0%', en: 'Required rate\u00a0%' },
  col_status: { zh: '进度', en: 'Progress' },
  status_on_track: { zh: '进度正常', en: 'On track' },
  status_acceleration_needed: { zh: '需要加快', en: 'Acceleration needed' },
  status_limited_progress: { zh: '进展有限', en: 'Limited progress' },
  status_deteriorating: { zh: '不进反退', en: 'Deteriorating' },
  reviewNote: {
    zh: (y, v, u, r) => `${y}年实际 ${v}${u}，已实现年均 ${r}%`,
    en: (y, v, u, r) => `actual ${y}: ${v} ${u}, ${r}% a year so far`,
  },
  noIndicators: { zh: '尚无指标。', en: 'No indicators yet.' },
  structuresHeading: { zh: '结构比例', en: 'Structures' },

  chartHeading: { zh: '逐年路径', en: 'Year-by-year paths' },
  chartNote: {
    zh: '每个指标单独成图（单位各不相同）。',
    en: 'One panel per indicator, since units differ.',
  },
  legendPath: { zh: '按所述增速', en: 'At the stated rate' },
  legendImplied: { zh: '连接基期与目标', en: 'Through the stated endpoints' },
  legendPoint: { zh: '所述数值', en: 'Stated figure' },
  legendBound: { zh: '≥、≤ 或“左右”', en: '≥, ≤ or “about”' },
  legendInterval: { zh: '书写精度区间', en: 'Written precision' },
  legendActual: { zh: '实际值', en: 'Actual value' },
  bound_ge: { zh: '不低于', en: 'at least' },
  bound_le: { zh: '不超过', en: 'at most' },
  bound_approx: { zh: '左右', en: 'about' },
  noChart: { zh: '有基期和增速的指标会在此画出路径。', en: 'Indicators with a base and a rate are drawn here.' },

  // Input options, share link, embed code and export (the page).
  formSelectLabel: { zh: '格式', en: 'Form' },
  form_auto: { zh: '自动识别', en: 'detect' },
  actionsLabel: { zh: '分享与导出', en: 'Share and export' },
  copyShare: { zh: '复制分享链接', en: 'Copy share link' },
  shareUrlLabel: { zh: '分享链接', en: 'Share link' },
  shareHint: {
    zh: '文本压缩后放在链接的“#”之后，打开链接时在浏览器内还原，不经过任何服务器。',
    en: 'The text is compressed into the part of the link after “#”, which browsers never send to a server.',
  },
  shareLong: {
    zh: (n) => `链接长 ${n} 个字符，部分聊天软件可能截断；可改用导出的文件。`,
    en: (n) => `The link is ${n} characters long; some chat apps may cut it. An exported file is safer.`,
  },
  shareBad: { zh: '分享链接无法读取，显示的是示例。', en: 'The share link could not be read; the example is shown instead.' },
  copied: { zh: '已复制到剪贴板。', en: 'Copied to the clipboard.' },
  copyFailed: { zh: '无法访问剪贴板，请手动复制下方文本。', en: 'The clipboard is not available; copy the text below by hand.' },
  copy: { zh: '复制', en: 'Copy' },
  embedMenu: { zh: '复制嵌入代码', en: 'Copy embed code' },
  embedWidget: { zh: '网页组件 <plan-check>', en: 'Web component <plan-check>' },
  embedWidgetHint: {
    zh: '放入任意网页；文本写在标签之间。需从本站加载脚本。',
    en: 'For any web page; the text goes between the tags. Loads the script from this site.',
  },
  embedIframe: { zh: 'iframe 嵌入', en: 'iframe' },
  embedIframeHint: {
    zh: '文本在链接中；可选的 embed-host.js 让 iframe 高度随内容变化。',
    en: 'The text travels in the link; the optional embed-host.js resizes the iframe to its content.',
  },
  copyWidgetCode: { zh: '复制组件代码', en: 'Copy component code' },
  copyIframeCode: { zh: '复制 iframe 代码', en: 'Copy iframe code' },
  exportMenu: { zh: '导出', en: 'Export' },
  exportPathsCsv: { zh: '逐年路径 CSV', en: 'Paths (CSV)' },
  exportFindingsCsv: { zh: '核查结果 CSV', en: 'Findings (CSV)' },
  exportJson: { zh: '完整报告 JSON', en: 'Report (JSON)' },
  copyTable: { zh: '复制指标表（TSV）', en: 'Copy the table (TSV)' },
  exportSvg: { zh: '图表 SVG', en: 'Chart (SVG)' },
  exportPng: { zh: '图表 PNG', en: 'Chart (PNG)' },
  print: { zh: '打印', en: 'Print' },
  downloaded: { zh: (n) => `已下载 ${n}。`, en: (n) => `Downloaded ${n}.` },
  nothingToExport: { zh: '没有可导出的内容。', en: 'Nothing to export yet.' },
  // Export column headers (CSV and TSV follow the interface language).
  csv_indicator: { zh: '指标', en: 'indicator' },
  csv_unit: { zh: '单位', en: 'unit' },
  csv_year: { zh: '年份', en: 'year' },
  csv_path: { zh: '按所述增速', en: 'at the stated rate' },
  csv_implied: { zh: '连接基期与目标', en: 'through the stated endpoints' },
  csv_kind: { zh: '类型', en: 'kind' },
  csv_severity: { zh: '级别', en: 'severity' },
  csv_message_zh: { zh: '说明（中文）', en: 'message (zh)' },
  csv_message_en: { zh: '说明（英文）', en: 'message (en)' },
  csv_numbers: { zh: '涉及数字', en: 'numbers' },
  csv_explanation_zh: { zh: '算式（中文）', en: 'arithmetic (zh)' },
  csv_explanation_en: { zh: '算式（英文）', en: 'arithmetic (en)' },
  csv_period: { zh: '时期', en: 'period' },
  csv_scope: { zh: '范围', en: 'scope' },
  csv_confidence: { zh: '关联', en: 'confidence' },
  csv_basis_zh: { zh: '关联依据（中文）', en: 'basis (zh)' },
  csv_basis_en: { zh: '关联依据（英文）', en: 'basis (en)' },
  chartExportTitle: { zh: '逐年路径', en: 'Year-by-year paths' },

  // The <plan-check> widget and the iframe embed.
  widgetLabel: { zh: 'plancheck 规划目标核算', en: 'plancheck: plan target check' },
  widgetLoadFailed: {
    zh: '分析引擎未能加载，下面是原文。',
    en: 'The analysis engine could not be loaded; the text is shown as written.',
  },
  srcFailed: {
    zh: (u) => `无法读取 ${u}，下面是内嵌的文本。`,
    en: (u) => `Could not read ${u}; the inline text is shown instead.`,
  },
  sourceSummary: { zh: '输入文本', en: 'Input text' },
  embedOpen: { zh: '在 plancheck 中打开 ↗', en: 'Open in plancheck ↗' },
  embedEmpty: { zh: '链接中没有可核查的文本。', en: 'The link holds no text to check.' },
  embedBadLink: { zh: '无法读取链接中的文本。', en: 'The text in the link could not be read.' },
  poweredBy: { zh: 'plancheck · 在浏览器内核算，不上传', en: 'plancheck · checked in your browser, nothing uploaded' },

  footer: {
    zh: '图中的“按所述增速”从基期按文中所写增速逐年推算；“连接基期与目标”为两端点之间的等比路径。',
    en: '“At the stated rate” compounds the base at the written rate; “through the stated endpoints” is the constant-rate path between base and target.',
  },
};

/** The string for `key` in `lang`; functions (plurals) are called with `args`. */
export function t(key, lang, ...args) {
  const entry = S[key];
  if (!entry) return key;
  const v = entry[lang] ?? entry.zh;
  return typeof v === 'function' ? v(...args) : v;
}

/**
 * The shortest decimal that reads back as `abs` (a finite number ≥ 0), which is what String()
 * writes and what Intl rounds, as its integer and fraction digits with any exponent written out.
 *
 * | abs | result |
 * |---|---|
 * | 1234.5 | ["1234", "5"] |
 * | 1.5e-7 | ["0", "00000015"] |
 * | 7.500000000000001e+25 | ["75000000000000010000000000", ""] |
 */
function decimalParts(abs) {
  const s = String(abs), e = s.indexOf('e');
  if (e < 0) { const [int, frac = ''] = s.split('.'); return [int, frac]; }
  const [mi, mf = ''] = s.slice(0, e).split('.');
  return shiftPoint(mi, mf, -Number(s.slice(e + 1)));
}

/** Moves the decimal point of int.frac `k` places to the left (right when k < 0), exactly. */
function shiftPoint(int, frac, k) {
  const digits = int + frac, point = int.length - k;
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** Rounds int.frac to `maxFrac` decimals, half away from zero, carrying through nines. */
function roundParts(int, frac, maxFrac) {
  if (frac.length <= maxFrac) return [int, frac];
  let digits = int + frac.slice(0, maxFrac);
  if (frac.charCodeAt(maxFrac) >= 53) { // '5'
    let k = digits.length - 1;
    while (k >= 0 && digits[k] === '9') k--;
    digits = k < 0 ? '1' + '0'.repeat(digits.length) : digits.slice(0, k) + String.fromCharCode(digits.charCodeAt(k) + 1) + '0'.repeat(digits.length - 1 - k);
  }
  return [digits.slice(0, digits.length - maxFrac).replace(/^0+(?=\d)/, '') || '0', digits.slice(digits.length - maxFrac)];
}

/** Thousands separated by commas. */
function group(int) {
  let out = '';
  for (let i = int.length; i > 0; i -= 3) out = int.slice(Math.max(0, i - 3), i) + (out ? ',' + out : '');
  return out;
}

/**
 * Formats a number for display: at most `maxFrac` decimals (trailing zeros dropped unless
 * `fixed`), thousands grouped with commas (the same in zh-CN and en-US, so `lang` does not
 * change the result). null/undefined/NaN become an em dash.
 *
 * Hand-written rather than Intl.NumberFormat: building the first formatter loads the locale
 * data, about 20 ms on the way to the page's first result. Like Intl, it rounds the shortest
 * decimal that reads back as `v` (String(v)), half away from zero, so 1.005 shows as 1.01
 * although the double is slightly below it, and 7.500000000000001e25 shows its digits followed
 * by zeros. A value that rounds to zero has no sign. tests/e2e/format.test.mjs holds it to Intl.
 *
 * | v, maxFrac, fixed | result |
 * |---|---|
 * | 1234567.891, 2 | 1,234,567.89 |
 * | 1.005, 2 | 1.01 |
 * | 3, 2, true | 3.00 |
 * | -0.00001, 4 | 0 |
 */
export function fmt(v, lang, maxFrac = 4, fixed = false) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  let [int, frac] = roundParts(...decimalParts(Math.abs(v)), maxFrac);
  frac = fixed ? frac.padEnd(maxFrac, '0') : frac.replace(/0+$/, '');
  return signed(v, int, frac, group(int));
}

/** The sign of `v` before the formatted digits, unless they are all zeros. */
const signed = (v, int, frac, text) => (v < 0 && /[1-9]/.test(int + frac) ? '-' : '') + text + (frac ? '.' + frac : '');

// Compact units as powers of ten, smallest first: Chinese counts in 万 (10^4) and 亿 (10^8),
// English in thousands.
const COMPACT_UNITS = {
  zh: [[4, '万'], [8, '亿'], [12, '万亿']],
  en: [[3, 'K'], [6, 'M'], [9, 'B'], [12, 'T']],
};

/**
 * Formats a number compactly, for axis labels: in the largest unit the value reaches, to at
 * most two decimals, trailing zeros dropped; when rounding carries it up to the next unit
 * (9999.9999万), in that unit (1亿). The same text as `Intl.NumberFormat(zh-CN | en-US,
 * {notation: 'compact', maximumFractionDigits: 2})` (tests/e2e/format.test.mjs compares them),
 * without the cost of building that formatter: it was the largest single item on the way to
 * the page's first paint (about 30 ms, a formatter per chart tick). As with Intl, a number of
 * four integer digits is not grouped ("9999", "1000T") and one of five or more is
 * ("10,000万亿"). A value rounding to zero has no sign, as in fmt().
 *
 * | v, lang | result |
 * |---|---|
 * | 12345, zh | 1.23万 |
 * | 12345, en | 12.35K |
 * | 9999, zh | 9999 |
 * | 99999999, zh | 1亿 |
 * | -2500, en | -2.5K |
 */
export function fmtCompact(v, lang) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const units = COMPACT_UNITS[lang === 'en' ? 'en' : 'zh'];
  const [int0, frac0] = decimalParts(Math.abs(v));
  const magnitude = int0 === '0' ? -1 : int0.length - 1;
  let u = -1; // index into units; -1: no unit
  while (u + 1 < units.length && units[u + 1][0] <= magnitude) u++;
  for (;;) {
    const exp = u < 0 ? 0 : units[u][0];
    let [int, frac] = roundParts(...shiftPoint(int0, frac0, exp), 2);
    if (u + 1 < units.length && int.length - 1 >= units[u + 1][0] - exp) { u++; continue; }
    frac = frac.replace(/0+$/, '');
    return signed(v, int, frac, int.length >= 5 ? group(int) : int) + (u < 0 ? '' : units[u][1]);
  }
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUARTER_ZH = ['一', '二', '三', '四'];

/**
 * The holidays' days off by their period codes, as src/period.rs HOLIDAYS names them
 * (tests/e2e/format.test.mjs holds the two lists to each other).
 */
export const HOLIDAYS = {
  'spring-festival': { zh: '春节假期', en: 'Spring Festival holiday' },
  'national-day': { zh: '国庆假期', en: 'National Day holiday' },
  'may-day': { zh: '五一假期', en: 'May Day holiday' },
  'mid-autumn-national-day': { zh: '中秋国庆假期', en: 'Mid-Autumn and National Day holiday' },
  'mid-autumn': { zh: '中秋假期', en: 'Mid-Autumn holiday' },
  'dragon-boat': { zh: '端午假期', en: 'Dragon Boat holiday' },
  'new-year': { zh: '元旦假期', en: "New Year's Day holiday" },
  'qingming': { zh: '清明假期', en: 'Qingming holiday' },
  'summer': { zh: '暑期', en: 'summer holidays' },
  'spring-travel': { zh: '春运', en: 'Spring Festival travel season' },
  'new-years-eve': { zh: '除夕', en: "Lunar New Year's Eve" },
  'lunar-new-year-day': { zh: '大年初一', en: 'first day of the Lunar New Year' },
  'lunar-new-year-day-2': { zh: '大年初二', en: 'second day of the Lunar New Year' },
  'lunar-new-year-day-3': { zh: '大年初三', en: 'third day of the Lunar New Year' },
  'lunar-new-year-day-4': { zh: '大年初四', en: 'fourth day of the Lunar New Year' },
  'lunar-new-year-day-5': { zh: '大年初五', en: 'fifth day of the Lunar New Year' },
  'lunar-new-year-day-6': { zh: '大年初六', en: 'sixth day of the Lunar New Year' },
  'lunar-new-year-day-7': { zh: '大年初七', en: 'seventh day of the Lunar New Year' },
};

/**
 * A period code of the Report (Indicator.period) in words, as the core names periods
 * (src/period.rs Part::label); a code this page does not know is shown as written.
 *
 * | code | zh | en |
 * |---|---|---|
 * | year | 全年 | year |
 * | q1-1, q1-3 | 一季度, 前三季度 | Q1, Q1–Q3 |
 * | h1, h2 | 上半年, 下半年 | H1, H2 |
 * | q2 | 二季度 | Q2 |
 * | m1-8, m3 | 1-8月, 3月 | Jan–Aug, Mar |
 * | day | 当日 | that day |
 * | d10.4-10.7, d9.29-10.6 | 10月4日-7日, 9月29日-10月6日 | Oct 4–7, Sep 29 – Oct 6 |
 * | national-day … | 国庆假期 … | National Day holiday … (HOLIDAYS) |
 * | national-day-first3, holiday-last5 | 国庆假期前3天, 假期后5天 | National Day holiday, first 3 days; holiday, last 5 days |
 */
export function periodLabel(code, lang) {
  const en = lang === 'en';
  if (code === 'year') return en ? 'year' : '全年';
  if (code === 'day') return en ? 'that day' : '当日';
  const holiday = HOLIDAYS[code];
  if (holiday) return en ? holiday.en : holiday.zh;
  const part = /^(.+)-(first|last)(\d{1,2})$/.exec(String(code ?? ''));
  if (part && (HOLIDAYS[part[1]] || part[1] === 'holiday')) {
    const [, name, side, n] = part;
    const whole = HOLIDAYS[name] ?? { zh: '假期', en: 'holiday' };
    return en ? `${whole.en}, ${side} ${n} days` : `${whole.zh}${side === 'first' ? '前' : '后'}${n}天`;
  }
  const days = /^d(\d{1,2})\.(\d{1,2})-(\d{1,2})\.(\d{1,2})$/.exec(String(code ?? ''));
  if (days) {
    const [m, d, n, e] = days.slice(1).map(Number);
    if (m === n) return en ? `${MONTHS_EN[m - 1]} ${d}–${e}` : `${m}月${d}日-${e}日`;
    return en ? `${MONTHS_EN[m - 1]} ${d} – ${MONTHS_EN[n - 1]} ${e}` : `${m}月${d}日-${n}月${e}日`;
  }
  const m = /^(q1-|h|q|m1-|m)(\d{1,2})$/.exec(String(code ?? ''));
  const n = m ? Number(m[2]) : 0;
  if (!m || n < 1 || n > 12) return String(code ?? '');
  switch (m[1]) {
    case 'q1-':
      if (n === 1) return en ? 'Q1' : '一季度';
      if (n === 3) return en ? 'Q1–Q3' : '前三季度';
      return en ? `Q1–Q${n}` : `前${QUARTER_ZH[n - 1] || n}季度`;
    case 'h': return en ? `H${n}` : n === 1 ? '上半年' : '下半年';
    case 'q': return en ? `Q${n}` : `${QUARTER_ZH[n - 1] || n}季度`;
    case 'm1-': return en ? `Jan–${MONTHS_EN[n - 1]}` : `1-${n}月`;
    default: return en ? MONTHS_EN[n - 1] : `${n}月`;
  }
}

/** Picks `obj[lang]` from a bilingual Report object such as a message, falling back to the other. */
export function pick(obj, lang) {
  if (!obj) return '';
  return obj[lang] ?? obj.zh ?? obj.en ?? '';
}
