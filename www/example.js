// The worked examples, kept apart from app.js so that the data is easy to find and replace.
// All three come from the 二连浩特市“十二五”规划纲要 (Erenhot, Inner Mongolia, 12th Five-Year
// Plan outline, 2011–2015; the seed in ../shared/seeds/000_0a4f00c585880ffc.txt):
//   EXAMPLE        shown on first open: four paragraphs of its 发展目标 section as written,
//                  the kind of text people paste (targets for 2015 with their annual rates, a
//                  structure, a five-year sum, a bound);
//   EXAMPLE_LINES  the plan's targets with their 2010 bases, one target per line;
//   EXAMPLE_ROWS   some of them as spreadsheet rows.
// The page offers all three (#btn-example, #btn-example-lines, #btn-example-rows).

export const EXAMPLE = `——经济增长。“十二五”期末，地区生产总值年均增长24.6%，达143 亿元。财政总收入年均增长22%，达10亿元。固定资产投资年均增长21%，五年累计完成200亿元。社会消费品零售总额年均增长20%，达42亿元。

——结构目标。扭转产业结构单一、产业层次较低的状况，优化、升级产业结构。“十二五”期末，产业结构调整为0.4：37.6：62。

——对外贸易。深入实施向北开放战略，进一步提高对外开放水平。“十二五”期末，进出口贸易额年均增长19.5%，达80亿美元。进出口货物总量年均增长24.7%，力争达2600万吨。

——民生改善。“十二五”期末，城镇居民人均可支配收入年均增长12.5%，达40150元。农牧民人均纯收入年均增长16%，达15730元。城镇登记失业率控制在2.4%以内。
`;

export const EXAMPLE_LINES = `地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%
社会消费品零售总额 2010=16.8亿元 2015=42亿元 年均20%
城镇居民人均可支配收入 2010=22281元 2015=40150元 年均12.5%
农牧民人均纯收入 2010=7490元 2015=15730元 年均16%
第一产业增加值 2010=0.4亿元 2015=0.58亿元 年均9.9%
工业增加值 2010=13.9亿元 2015=45.7亿元 年均26.7%
服务业增加值 2010=30.23亿元 2015=88.72亿元 年均24%
财政总收入 2015=10亿元 年均22%
三次产业结构 2010=0.8:35.7:63.5 2015=0.4:37.6:62
工业增加值占地区生产总值比重 2010=29.4%
`;

export const EXAMPLE_ROWS = `指标\t单位\t基期年份\t基期值\t目标年份\t目标值\t年均增长
地区生产总值\t亿元\t2010\t47.6\t2015\t143\t24.6
社会消费品零售总额\t亿元\t2010\t16.8\t2015\t42\t20
城镇居民人均可支配收入\t元\t2010\t22281\t2015\t40150\t12.5
农牧民人均纯收入\t元\t2010\t7490\t2015\t15730\t16
工业增加值\t亿元\t2010\t13.9\t2015\t45.7\t26.7
`;

/** Every example, for "is the input one of the examples?" (the source note). */
export const EXAMPLES = [EXAMPLE, EXAMPLE_LINES, EXAMPLE_ROWS];
