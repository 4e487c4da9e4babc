// The words a report prints about how its figures were made. Kept as data beside the
// renderer so a reviewer can check them against docs/reconciliation.md without reading layout code.

export const POLICY_TEXT: Record<string, string> = {
  monitor_then_lowest:
    'When sources disagree about one incident, the best figure is the one given by a named monitor (a human-rights monitor, civil defence or a medical source); with no monitor, the lowest reported figure. The low and high figures are the lowest and highest any source reported.',
  lowest: 'When sources disagree about one incident, the best figure is the lowest reported one; low and high are the lowest and highest any source reported.',
  highest: 'When sources disagree about one incident, the best figure is the highest reported one; low and high are the lowest and highest any source reported.',
  median: 'When sources disagree about one incident, the best figure is the middle reported one (the lower middle when their number is even); low and high are the lowest and highest any source reported.',
};

export const METHOD_TEXT: string[] = [
  'Figures are read from Arabic news articles: every casualty figure is extracted with the words it was read from (the quotes in this report), the victims (civilian, combatant or unknown), the place, the date and who gave the figure.',
  'Figures about the same event from several articles are merged into one incident and counted once. Running tolls that sum earlier events, and figures that are part of a larger figure in the same article, are not added again.',
  'Each incident is filed under the governorate(s) and the day of the event (the publication date when the event date is not stated). A figure reported for several governorates together is shown as its own row (for example "Aleppo + Idleb") and never added into each governorate.',
  'Period totals add up incident figures: best adds the best figures, low adds the low ones, high adds the high ones; an open-ended figure ("at least 20") makes the high total open ("20+").',
  'The change is the difference between this period’s best total and the previous period’s, for the same governorates.',
];

export const METHOD_TEXT_AR =
  'تُستخرج الأرقام من الأخبار العربية مع النص الذي وردت فيه، وتُدمج الأرقام المتعلقة بالحادثة نفسها من عدة مصادر في حادثة واحدة تُحسب مرة واحدة، مع ذكر الحد الأدنى والأعلى والرقم الأرجح.';

export const EMPTY_TEXT = {
  en: 'No casualty figures were recorded for this period and these governorates. The figures below are zero because no article reported any, not because nothing happened.',
  ar: 'لم تُسجَّل أي أرقام للضحايا في هذه الفترة وهذه المحافظات.',
};
