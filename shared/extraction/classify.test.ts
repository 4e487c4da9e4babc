// Arabic input → the figures a careful analyst reads. A specification of the figure finder.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

type Want = [category: string, value: number | null, qualifier?: string, victim?: string];
const figures = (body: string, publishedAt = '2024-11-30') =>
  extract({ body, publishedAt }).mentions.map((m) => [m.category, m.count.value, m.count.qualifier, m.victim] as const);

function expectFigures(body: string, want: Want[]) {
  const got = figures(body);
  expect(got.map(([c, v]) => [c, v])).toEqual(want.map(([c, v]) => [c, v]));
  want.forEach((w, i) => {
    if (w[2]) expect(got[i][2], `qualifier of figure ${i + 1}`).toBe(w[2]);
    if (w[3]) expect(got[i][3], `victim of figure ${i + 1}`).toBe(w[3]);
  });
}

describe('numbers that are casualty figures', () => {
  it.each<[string, Want[]]>([
    ['قتل 16 مدنياً في قصف على إدلب.', [['killed', 16, 'exact', 'civilian']]],
    ['سقوط ٢١٨ قتيلاً في حمص.', [['killed', 218, 'exact', 'unknown']]],
    ['أسفر القصف عن مقتل خمسة وعشرين شخصاً.', [['killed', 25]]],
    ['قتل ثلاثمائة وأربعة عناصر من تنظيم الدولة.', [['killed', 304, 'exact', 'combatant']]],
    ['أصيب ۱۲ مدنياً بجروح.', [['injured', 12, 'exact', 'civilian']]],
    ['وثقت الشبكة مقتل 1,200 مدني خلال الحصار.', [['killed', 1200]]],
    ['وثقت الشبكة مقتل ١٬٢٠٠ مدني.', [['killed', 1200]]],
    ['قُتل ما لا يقل عن خمسة وعشرين مقاتلاً من الفصائل.', [['killed', 25, 'at_least', 'combatant']]],
    ['قتل 7 مدنيين على الأقل.', [['killed', 7, 'at_least', 'civilian']]],
    ['جُرح أكثر من تسعة مدنيين في السوق.', [['injured', 9, 'more_than', 'civilian']]],
    ['قتل نحو 40 مقاتلاً.', [['killed', 40, 'about', 'combatant']]],
    ['قتل حوالي 15 شخصا.', [['killed', 15, 'about']]],
    ['أدى القصف إلى مقتل قرابة ثلاثين مدنيا.', [['killed', 30, 'about']]],
    ['وقتل ما يصل إلى 12 شخصا.', [['killed', 12, 'up_to']]],
    ['قُتل ما يزيد عن 100 عنصر.', [['killed', 100, 'more_than']]],
    ['22 مقاتلاً قتلوا في المعارك الأخيرة.', [['killed', 22, 'exact', 'combatant']]],
    ['تصل المساعدات إلى 25 ألف شخص في المخيم، حيث توفي 3 أطفال.', [['killed', 3, 'exact', 'civilian']]],
    ['القبض على 7 أشخاص متورطين في التفجير الذي أودى بحياة 12 شخصا.', [['killed', 12]]],
    ['أدت المواجهات إلى مقتل وجرح 6 جنود.', [['killed_or_injured', 6, 'exact', 'combatant']]],
    ['أسفر الانفجار عن مقتل وإصابة 35 شخصاً.', [['killed_or_injured', 35]]],
    ['سقط 20 بين قتيل وجريح.', [['killed_or_injured', 20]]],
    ['أسفر القصف عن مقتل 3 أطفال وإصابة 7 آخرين.', [['killed', 3, 'exact', 'civilian'], ['injured', 7]]],
    ['تمكنت الفصائل من أسر ثلاثة جنود.', [['captured', 3, 'exact', 'combatant']]],
    ['اختطف مسلحون 5 مدنيين على طريق درعا.', [['captured', 5, 'exact', 'civilian']]],
    ['ما يزال 6 أشخاص مفقودين تحت الأنقاض.', [['missing', 6]]],
    ['قتل 61 مقاتلاً من تنظيم الدولة و38 عنصراً من قسد.', [['killed', 61, 'exact', 'combatant'], ['killed', 38, 'exact', 'combatant']]],
  ])('%s', (body, want) => expectFigures(body, want));
});

describe('singular, dual and vague figures', () => {
  it.each<[string, Want[]]>([
    ['أدت الغارة إلى ارتقاء شهيد في البلدة.', [['killed', 1]]],
    ['أدى الانفجار إلى سقوط قتيل.', [['killed', 1]]],
    ['قتل طفل في قصف مدفعي.', [['killed', 1, 'exact', 'civilian']]],
    ['سقط قتيلان وثلاثة جرحى.', [['killed', 2], ['injured', 3]]],
    ['أسفر الهجوم عن مقتل شخصين.', [['killed', 2]]],
    ['أصيب جريحان بشظايا.', [['injured', 2]]],
    ['عشرات الضحايا في قصف على دوما.', [['killed', null, 'vague']]],
    ['وقالت الفصائل إنها قتلت عشرات المسلحين.', [['killed', null, 'vague', 'combatant']]],
    ['أسفر الكمين عن مقتل عدد من مقاتليها.', [['killed', null, 'vague']]],
    ['وخلّف القصف مقتل وجرح العديد من المدنيين.', [['killed_or_injured', null, 'vague', 'civilian']]],
    ['عثر الأهالي على جثة شاب قرب البلدة.', [['killed', 1]]],
    ['أودت المعارك خلال 48 ساعة بحياة 63 مقاتلا.', [['killed', 63, 'exact', 'combatant']]],
    ['بلغت حصيلة القتلى في البادية منذ مطلع العام 143 قتيلاً.', [['killed', 143]]],
    ['دفن الأهالي ضحايا المجزرة البالغ عددهم 17 شخصا.', [['killed', 17]]],
    ['وبذلك يرتفع إلى 46 عدد الذين قتلوا، وهم 22 مدنيا و24 مقاتلا.', [['killed', 46], ['killed', 22, 'exact', 'civilian'], ['killed', 24, 'exact', 'combatant']]],
  ])('%s', (body, want) => expectFigures(body, want));
});

describe('numbers that are not casualties', () => {
  it.each<[string]>([
    ['نفذت المقاتلات 35 غارة على أطراف البلدة.'],
    ['ألقت المروحيات 12 برميلاً متفجراً على داريا.'],
    ['استعاد الجيش سبع بلدات في ريف حمص.'],
    ['فجر المهاجمون أربع سيارات مفخخة.'],
    ['حلقت 6 مقاتلات فوق المنطقة طوال الليل.'],
    ['ساد الهدوء خلال الـ 48 ساعة الماضية.'],
    ['استعاد الجيش السيطرة على المدينة عام 2016.'],
    ['شهد يوم الأحد 12 ديسمبر (كانون الأول) معارك.'],
    ['قتل طفل في العاشرة من عمره.'.replace('قتل طفل', 'أصيب صبي')],
    ['تقدمت الفرقة 25 باتجاه البلدة.'],
    ['اعتقلت قوات الأمن 12 شاباً في حملة دهم.'],
    ['احترق المستودع دون وقوع ضحايا.'],
    ['لم ترد معلومات عن إصابات بين السكان.'],
    ['لم يسفر القصف عن سقوط قتلى.'],
    ['تمكن خمسة مقاتلين من الانسحاب من الموقع.'],
    ['نزحت 300 عائلة من القرية.'],
    ['تمكنت الفصائل من تحرير 20 مختطفا.'],
    ['أعلنت الداخلية القبض على 7 أشخاص متورطين في التفجير.'],
    ['وصلت المساعدات إلى 25 ألف شخص في المخيم.'],
    ['أطلق بموجب الاتفاق سراح 50 أسيرا.'],
    ['يبعد الموقع 5 كيلومترات عن الحدود.'],
    ['أعلنت الفصائل سيطرتها على 3 نقاط عسكرية.'],
  ])('%s', (body) => expect(figures(body)).toEqual([]));
});

describe('breakdowns, repeats and running tolls', () => {
  it('marks a breakdown as part of its total and does not add it', () => {
    const r = extract({ body: 'وثق ناشطون مقتل 17 مدنياً بينهم 9 أطفال و5 نساء في قصف على حي الوعر.', publishedAt: '2024-11-30' });
    expect(r.mentions.map((m) => [m.count.value, m.partOf])).toEqual([[17, null], [9, 'm1'], [5, 'm1']]);
    expect(r.totals.killed?.best).toBe(17);
  });
  it('counts a figure told twice once', () => {
    const r = extract({ title: 'مقتل 6 جنود في كمين قرب السخنة', body: 'قتل 6 جنود في كمين نصبه مسلحون قرب السخنة.' });
    expect(r.mentions[1].duplicateOf).toBe('m1');
    expect(r.totals.killed?.best).toBe(6);
  });
  it('does not add a running toll to the events it sums, and reconciles it with a conflicting headline', () => {
    const r = extract({
      title: 'سقوط 50 قتيلاً في حلب',
      body: 'قال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا في غارة على حلب. وارتفع عدد القتلى في حلب إلى 47.',
    });
    expect(r.mentions.find((m) => m.count.value === 47)?.cumulative).toBe(true);
    expect(r.totals.killed).toMatchObject({ low: 47, best: 47, high: 50 });
  });
  it('reads a toll by governorate as parts placed in their own governorates, and counts the toll once', () => {
    const r = extract({ body: 'قالت لجان التنسيق إن 112 شخصا قتلوا اليوم في سوريا. وتوزع الشهداء: 41 شهيدا في دمشق، و27 في حمص، و44 في حلب. وأضافت أن 3 من الشهداء قضوا تحت التعذيب.', publishedAt: '2012-08-14' });
    expect(r.mentions.map((m) => [m.count.value, m.governorates.join('+')])).toEqual([[112, ''], [41, 'SY01'], [27, 'SY04'], [44, 'SY02'], [3, '']]);
    expect(r.mentions[4].partOf).toBe('m1');
    expect(r.totals.killed?.best).toBe(112);
  });
  it('does not count a headline of killed and injured together as a third figure', () => {
    const r = extract({ title: 'تفجير في عفرين يوقع 40 قتيلاً وجريحاً', body: 'قتل 11 مدنياً وأصيب 29 آخرون في تفجير سيارة مفخخة في عفرين.' });
    expect(r.mentions[0]).toMatchObject({ category: 'killed_or_injured', duplicateOf: 'm2' });
    expect(r.totals).toMatchObject({ killed: { best: 11 }, injured: { best: 29 } });
    expect(r.totals.killed_or_injured).toBeUndefined();
  });
  it('adds separate events', () => {
    const r = extract({ body: 'قتل 3 مدنيين في قصف على إدلب. وفي حماة، قتل 4 عناصر من قوات النظام بهجوم.' });
    expect(r.totals.killed?.best).toBe(7);
  });
});
