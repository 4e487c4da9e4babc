// Who claims a figure: monitors, state media, medical and rescue sources, agencies,
// outlets and parties. Longer phrases are matched before their prefixes.
import type { SourceKind } from '../types.js';

export interface SourceName { ar: string; name: string; kind: SourceKind; gloss: string }

export const SOURCES: readonly SourceName[] = [
  { ar: 'المرصد السوري لحقوق الإنسان', name: 'SOHR', kind: 'monitor', gloss: 'Syrian Observatory for Human Rights' },
  { ar: 'المرصد السوري', name: 'SOHR', kind: 'monitor', gloss: 'Syrian Observatory' },
  { ar: 'المرصد', name: 'SOHR', kind: 'monitor', gloss: 'the Observatory' },
  { ar: 'الشبكة السورية لحقوق الإنسان', name: 'SNHR', kind: 'monitor', gloss: 'Syrian Network for Human Rights' },
  { ar: 'الشبكة السورية', name: 'SNHR', kind: 'monitor', gloss: 'Syrian Network' },
  { ar: 'مركز توثيق الانتهاكات', name: 'VDC', kind: 'monitor', gloss: 'Violations Documentation Center' },
  { ar: 'مكتب توثيق الشهداء', name: 'Martyrs Documentation Office', kind: 'monitor', gloss: 'Martyrs Documentation Office (Daraa)' },
  { ar: 'تجمع أحرار حوران', name: 'Horan Free League', kind: 'monitor', gloss: 'Horan Free League' },
  { ar: 'لجان التنسيق المحلية', name: 'LCC', kind: 'monitor', gloss: 'Local Coordination Committees' },
  { ar: 'منسقو استجابة سوريا', name: 'Syria Response Coordinators', kind: 'monitor', gloss: 'Syria Response Coordinators' },
  { ar: 'الأمم المتحدة', name: 'UN', kind: 'monitor', gloss: 'United Nations' },
  { ar: 'مكتب تنسيق الشؤون الإنسانية', name: 'OCHA', kind: 'monitor', gloss: 'OCHA' },
  { ar: 'منظمة الصحة العالمية', name: 'WHO', kind: 'monitor', gloss: 'World Health Organization' },
  { ar: 'اليونيسف', name: 'UNICEF', kind: 'monitor', gloss: 'UNICEF' },
  { ar: 'الدفاع المدني', name: 'Civil Defence (White Helmets)', kind: 'civil_defence', gloss: 'Civil Defence' },
  { ar: 'الخوذ البيضاء', name: 'Civil Defence (White Helmets)', kind: 'civil_defence', gloss: 'White Helmets' },
  { ar: 'مصدر طبي', name: 'medical source', kind: 'medical', gloss: 'a medical source' },
  { ar: 'مصادر طبية', name: 'medical source', kind: 'medical', gloss: 'medical sources' },
  { ar: 'وزارة الصحة', name: 'Ministry of Health', kind: 'medical', gloss: 'Ministry of Health' },
  { ar: 'مديرية الصحة', name: 'Health Directorate', kind: 'medical', gloss: 'health directorate' },
  { ar: 'مستشفى', name: 'hospital', kind: 'medical', gloss: 'a hospital' },
  { ar: 'وكالة سانا', name: 'SANA', kind: 'state_media', gloss: 'SANA news agency' },
  { ar: 'سانا', name: 'SANA', kind: 'state_media', gloss: 'SANA' },
  { ar: 'الإعلام الرسمي', name: 'state media', kind: 'state_media', gloss: 'official media' },
  { ar: 'التلفزيون السوري', name: 'Syrian TV', kind: 'state_media', gloss: 'Syrian TV' },
  { ar: 'الإخبارية السورية', name: 'Al-Ikhbariya', kind: 'state_media', gloss: 'Al-Ikhbariya' },
  { ar: 'مصدر عسكري', name: 'military source', kind: 'party', gloss: 'a military source' },
  { ar: 'وزارة الدفاع', name: 'Ministry of Defence', kind: 'party', gloss: 'Ministry of Defence' },
  { ar: 'وكالة أعماق', name: 'Amaq', kind: 'party', gloss: 'Amaq agency (IS)' },
  { ar: 'رويترز', name: 'Reuters', kind: 'agency', gloss: 'Reuters' },
  { ar: 'الأناضول', name: 'Anadolu', kind: 'agency', gloss: 'Anadolu Agency' },
  { ar: 'فرانس برس', name: 'AFP', kind: 'agency', gloss: 'Agence France-Presse' },
  { ar: 'فرانس بريس', name: 'AFP', kind: 'agency', gloss: 'Agence France-Presse' },
  { ar: 'أسوشيتد برس', name: 'AP', kind: 'agency', gloss: 'Associated Press' },
  { ar: 'د ب أ', name: 'dpa', kind: 'agency', gloss: 'dpa' },
  // "الجزيرة" and "العربية" are also common words (the Jazira region, "Arab"): only with a cue
  { ar: 'مراسل الجزيرة', name: 'Al Jazeera', kind: 'outlet', gloss: 'Al Jazeera correspondent' },
  { ar: 'قناة الجزيرة', name: 'Al Jazeera', kind: 'outlet', gloss: 'Al Jazeera channel' },
  { ar: 'الجزيرة نت', name: 'Al Jazeera', kind: 'outlet', gloss: 'Al Jazeera Net' },
  { ar: 'قناة العربية', name: 'Al Arabiya', kind: 'outlet', gloss: 'Al Arabiya channel' },
  { ar: 'الشرق الأوسط', name: 'Asharq Al-Awsat', kind: 'outlet', gloss: 'Asharq Al-Awsat' },
  { ar: 'عنب بلدي', name: 'Enab Baladi', kind: 'outlet', gloss: 'Enab Baladi' },
  { ar: 'ناشطون', name: 'activists', kind: 'activists', gloss: 'activists' },
  { ar: 'ناشطين', name: 'activists', kind: 'activists', gloss: 'activists' },
  { ar: 'شهود عيان', name: 'witnesses', kind: 'witness', gloss: 'eyewitnesses' },
  { ar: 'مصادر محلية', name: 'local sources', kind: 'witness', gloss: 'local sources' },
  { ar: 'مصادر ميدانية', name: 'field sources', kind: 'witness', gloss: 'field sources' },
  { ar: 'مصدر من التنظيم', name: 'IS source', kind: 'party', gloss: 'a source from the Organisation' },
  { ar: 'مصادر في المعارضة', name: 'opposition sources', kind: 'party', gloss: 'opposition sources' },
  { ar: 'مراسل', name: 'correspondent', kind: 'outlet', gloss: 'correspondent' },
];

/** Titles that introduce a named commander or official as the source: الرائد محمد العمر. */
export const COMMANDER_TITLES: readonly { ar: string; gloss: string }[] = [
  { ar: 'الرائد', gloss: 'Major' }, { ar: 'العقيد', gloss: 'Colonel' }, { ar: 'النقيب', gloss: 'Captain' },
  // not اللواء (Major General): it is also "the brigade"
  { ar: 'العميد', gloss: 'Brigadier' }, { ar: 'الملازم', gloss: 'Lieutenant' },
  { ar: 'القيادي', gloss: 'commander' }, { ar: 'القائد', gloss: 'commander' }, { ar: 'المتحدث', gloss: 'spokesman' },
  { ar: 'الناطق', gloss: 'spokesman' },
];
