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
    zh: '每行一个指标，如“地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%”；也可直接粘贴带表头的表格行。',
    en: 'One target per line, e.g. “地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%”, or paste spreadsheet rows with a header.',
  },
  clear: { zh: '清空', en: 'Clear' },
  example: { zh: '示例', en: 'Example' },
  exampleNote: {
    zh: '示例数据摘自二连浩特市“十二五”规划纲要（2011—2015年）。',
    en: 'Example figures from the Erenhot (二连浩特市) 12th Five-Year Plan outline, 2011–2015.',
  },
  formLabel: { zh: '识别为', en: 'Detected' },
  form_rows: { zh: '表格行', en: 'spreadsheet rows' },
  form_lines: { zh: '逐行目标', en: 'one target per line' },
  form_prose: { zh: '文字段落', en: 'prose' },
  form_empty: { zh: '空', en: 'empty' },

  loading: { zh: '正在加载分析引擎…', en: 'Loading the analysis engine…' },
  loadFailed: {
    zh: '分析引擎（WebAssembly）未能加载，无法核算。请使用较新的浏览器，并通过 HTTP 服务器打开本页，而非直接打开文件。',
    en: 'The analysis engine (WebAssembly) could not be loaded, so nothing can be checked. Use a recent browser and open this page through an HTTP server rather than as a local file.',
  },
  analyzeFailed: { zh: '分析出错：', en: 'Analysis failed: ' },

  findingsHeading: { zh: '核查结果', en: 'Findings' },
  noFindings: { zh: '未发现问题：所有数字在书写精度内相互一致。', en: 'No problems: every figure agrees with the others within the precision written.' },
  nothingYet: { zh: '尚无内容可核查。', en: 'Nothing to check yet.' },
  findingsCount: { zh: (n) => `共 ${n} 项发现：`, en: (n) => `${n} finding${n === 1 ? '' : 's'}: ` },
  count_error: { zh: (n) => `${n} 个错误`, en: (n) => `${n} error${n === 1 ? '' : 's'}` },
  count_warning: { zh: (n) => `${n} 个警告`, en: (n) => `${n} warning${n === 1 ? '' : 's'}` },
  count_info: { zh: (n) => `${n} 条提示`, en: (n) => `${n} note${n === 1 ? '' : 's'}` },
  listSep: { zh: '，', en: ', ' },
  sev_error: { zh: '错误', en: 'Error' },
  sev_warning: { zh: '警告', en: 'Warning' },
  sev_info: { zh: '提示', en: 'Note' },
  suggestion: { zh: '建议：', en: 'Suggestion: ' },
  findingHint: { zh: '点击一项，在输入、表格和图中标出相关数字。', en: 'Select a finding to mark its figures in the input, table and chart.' },

  diagnosticsHeading: { zh: '未能识别的内容', en: 'Not understood' },

  tableHeading: { zh: '指标', en: 'Indicators' },
  tableCaption: { zh: '各指标的基期、目标与年均增速', en: 'Base, target and annual growth of each indicator' },
  col_name: { zh: '指标', en: 'Indicator' },
  col_unit: { zh: '单位', en: 'Unit' },
  col_base_year: { zh: '基期', en: 'Base year' },
  col_base: { zh: '基期值', en: 'Base' },
  col_target_year: { zh: '目标年', en: 'Target year' },
  col_target: { zh: '目标值', en: 'Target' },
  col_rate: { zh: '规划增速\u00a0%', en: 'Stated rate\u00a0%' },
  col_implied: { zh: '隐含增速\u00a0%', en: 'Implied rate\u00a0%' },
  col_projected: { zh: '按规划增速推算', en: 'At stated rate' },
  col_gap: { zh: '偏差\u00a0%', en: 'Gap\u00a0%' },
  noIndicators: { zh: '尚无指标。', en: 'No indicators yet.' },
  structuresHeading: { zh: '结构比例', en: 'Structures' },

  chartHeading: { zh: '逐年路径', en: 'Year-by-year paths' },
  chartNote: {
    zh: '每个指标单独成图（单位各不相同）。',
    en: 'One panel per indicator, since units differ.',
  },
  legendPath: { zh: '按规划增速', en: 'At the stated rate' },
  legendImplied: { zh: '连接基期与目标', en: 'Through the stated endpoints' },
  legendPoint: { zh: '规划数值', en: 'Stated figure' },
  legendBound: { zh: '≥、≤ 或“左右”', en: '≥, ≤ or “about”' },
  legendInterval: { zh: '书写精度区间', en: 'Written precision' },
  bound_ge: { zh: '不低于', en: 'at least' },
  bound_le: { zh: '不超过', en: 'at most' },
  bound_approx: { zh: '左右', en: 'about' },
  noChart: { zh: '有基期和增速的指标会在此画出路径。', en: 'Indicators with a base and a rate are drawn here.' },

  footer: {
    zh: '图中的“按规划增速”从基期按所写增速逐年推算；“连接基期与目标”为两端点之间的等比路径。',
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
 * Formats a number for display: at most `maxFrac` decimals (trailing zeros dropped unless
 * `fixed`), thousands grouped. null/undefined/NaN become an em dash.
 */
const formatters = new Map(); // Intl.NumberFormat is slow to build; the page formats on every keystroke.
export function fmt(v, lang, maxFrac = 4, fixed = false) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const key = `${lang}|${maxFrac}|${fixed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
      maximumFractionDigits: maxFrac,
      minimumFractionDigits: fixed ? maxFrac : 0,
    });
    formatters.set(key, f);
  }
  return f.format(v);
}

/** Picks `obj[lang]` from a bilingual Report object such as a message, falling back to the other. */
export function pick(obj, lang) {
  if (!obj) return '';
  return obj[lang] ?? obj.zh ?? obj.en ?? '';
}
