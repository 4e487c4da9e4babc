// Generated Arabic dispatches for the ingest bench: templates written for this project,
// filled with varied governorates, days and figures (deterministic for a given seed).

export const PLACES: { gov: string; place: string; city: string }[] = [
  { gov: 'SY02', place: 'مدينة الباب في ريف حلب الشرقي', city: 'حلب' },
  { gov: 'SY07', place: 'مدينة أريحا في ريف إدلب الجنوبي', city: 'إدلب' },
  { gov: 'SY05', place: 'بلدة كفرزيتا في ريف حماة الشمالي', city: 'حماة' },
  { gov: 'SY04', place: 'مدينة الرستن في ريف حمص الشمالي', city: 'حمص' },
  { gov: 'SY12', place: 'مدينة طفس في ريف درعا الغربي', city: 'درعا' },
  { gov: 'SY09', place: 'مدينة الميادين في ريف دير الزور الشرقي', city: 'دير الزور' },
  { gov: 'SY11', place: 'مدينة الطبقة في ريف الرقة الغربي', city: 'الرقة' },
  { gov: 'SY08', place: 'مدينة القامشلي في ريف الحسكة', city: 'الحسكة' },
  { gov: 'SY03', place: 'مدينة دوما في ريف دمشق', city: 'ريف دمشق' },
  { gov: 'SY06', place: 'مدينة جبلة في ريف اللاذقية', city: 'اللاذقية' },
];

const TEMPLATES: ((v: { n: number; m: number; k: number; place: string; city: string; when: string }) => string)[] = [
  (v) => `${v.city} – قُتل ${v.n} مدنيين وأصيب ${v.m} آخرون بجروح، جراء قصف مدفعي استهدف أحياء سكنية في ${v.place} ${v.when}، بحسب ما أفاد الدفاع المدني السوري.\nوقال مسعفون إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت أنقاض مبنيين منهارين.`,
  (v) => `${v.city} – أفاد المرصد السوري لحقوق الإنسان بمقتل ${v.n} عناصر من قوات النظام في هجوم شنه مسلحون على نقطة عسكرية قرب ${v.place} ${v.when}.\nوأضاف المرصد أن الاشتباكات استمرت ثلاث ساعات قبل أن ينسحب المهاجمون.`,
  (v) => `${v.city} – قالت مصادر طبية إن ${v.n} مدنيين قتلوا، بينهم ${v.k} أطفال، إثر انفجار سيارة مفخخة في سوق شعبي في ${v.place} ${v.when}، فيما أصيب ${v.m} آخرون بجروح بعضها خطيرة.`,
  (v) => `${v.city} – أصيب ${v.m} مدنيين بجروح جراء غارة جوية استهدفت ${v.place} ${v.when}، وفق ما نقلته شبكات محلية عن الدفاع المدني.\nولم تسجل وفيات حتى ساعة إعداد هذا الخبر.`,
];

const WHEN = ['اليوم', 'أمس', 'مساء أمس', 'صباح اليوم'];

/** A small deterministic generator, so two bench runs ingest the same articles. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface BenchArticle {
  key: string;
  body: string;
  publishedAt: string;
}

export function benchArticles(count: number, seed = 7): BenchArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const p = pick(PLACES);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 90) * 86_400_000).toISOString().slice(0, 10);
    const v = { n: 2 + Math.floor(r() * 40), m: 3 + Math.floor(r() * 60), k: 1 + Math.floor(r() * 5), place: p.place, city: p.city, when: pick(WHEN) };
    // The serial number keeps every text distinct (the same text would be one article).
    const body = `${pick(TEMPLATES)(v)}\nالنشرة رقم ${i + 1}.`;
    return { key: `bench/${String(i).padStart(5, '0')}.txt`, body, publishedAt: day };
  });
}
