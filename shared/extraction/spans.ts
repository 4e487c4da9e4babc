// Positional look-ups over lists sorted by their first token, so that placing, dating and
// sourcing each figure costs a binary search, not a scan: time stays linear in the text.
export interface Positioned { first: number }

/** The items whose `first` lies in [from, to], in order (list sorted by `first`). */
export function within<T extends Positioned>(list: readonly T[], from: number, to: number): T[] {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].first < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].first <= to; i++) out.push(list[i]);
  return out;
}
