/**
 * The official unquoted part of a campaign name before its quoted slogan (guidelines §3.1.2,
 * patterns §3.14): `万名干部联万企“送政策、解难题、优服务”行动`. Such prefixes have the
 * "N actors + verb + N targets" shape of pairing campaigns (`万名干部联万企`, `千企帮千村`,
 * `百校结百县`); anything else before a quote (`三级“项目警官”梯队`, a place, a verb) stays out.
 */
const PAIRING = /[百千万十]+[名个家所支户]?\p{Script=Han}{1,3}[联进帮助包结兴连访走入下][百千万十]+\p{Script=Han}{1,2}$/u;

/** Start offset of a pairing-campaign prefix ending at `quoteStart`, or `quoteStart`. */
export function campaignPrefixStart(t: string, quoteStart: number): number {
  const window = t.slice(Math.max(0, quoteStart - 14), quoteStart);
  const m = PAIRING.exec(window);
  return m ? quoteStart - (window.length - m.index) : quoteStart;
}
