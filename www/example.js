// The worked example shown on first open: targets from the 二连浩特市“十二五”规划纲要
// (Erenhot, Inner Mongolia, 12th Five-Year Plan outline, 2011–2015), in the
// "one target per line" form. Kept apart from app.js so the data is easy to find and replace.
export const EXAMPLE = `地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%
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
