/**
 * Per-query bookkeeping for search, kept in typed arrays that live as long as the index:
 * a keystroke touches only the fields its words hit and allocates almost nothing, which
 * is what keeps a common word ("security" in thousands of summaries) within a frame.
 * Stamps mark which slots belong to the current word or query, so nothing is cleared.
 */
export interface Tally {
  /** Starts a query: forgets every previous word. */
  begin(): void;
  /** Records one typed word's matches; `each` calls `add(field, quality)` per match. */
  addWord(each: (add: (field: number, quality: number) => void) => void): void;
  /** Fields hit by at least one word this query, with summed quality and word count. */
  forEachField(visit: (field: number, qualitySum: number, wordsMatched: number) => void): void;
}

export function createTally(fieldCount: number): Tally {
  const wordStamp = new Uint32Array(fieldCount);
  const wordBest = new Float32Array(fieldCount);
  const queryStamp = new Uint32Array(fieldCount);
  const sum = new Float32Array(fieldCount);
  const words = new Uint16Array(fieldCount);
  let currentWord = 0;
  let currentQuery = 0;
  let touched: number[] = [];
  let wordFields: number[] = [];

  const add = (field: number, quality: number) => {
    if (wordStamp[field] !== currentWord) {
      wordStamp[field] = currentWord;
      wordBest[field] = quality;
      wordFields.push(field);
    } else if (wordBest[field]! < quality) wordBest[field] = quality;
  };

  return {
    begin() {
      currentQuery++;
      touched = [];
    },
    addWord(each) {
      currentWord++;
      wordFields = [];
      each(add);
      for (const field of wordFields) {
        if (queryStamp[field] !== currentQuery) {
          queryStamp[field] = currentQuery;
          sum[field] = 0;
          words[field] = 0;
          touched.push(field);
        }
        sum[field]! += wordBest[field]!;
        words[field]!++;
      }
    },
    forEachField(visit) {
      for (const field of touched) visit(field, sum[field]!, words[field]!);
    },
  };
}

export interface EntryBest {
  /** Starts a query: forgets every previous entry. */
  begin(): void;
  /** Keeps `field` as the entry's match if it scores higher than what the entry has. */
  offer(entry: number, field: number, score: number): void;
  count(): number;
  /** The best `limit` entries by score, ties in `order` (ascending), without sorting them all. */
  top(limit: number, order: Int32Array): Array<{ entry: number; field: number; score: number }>;
}

export function createEntryBest(entryCount: number): EntryBest {
  const stamp = new Uint32Array(entryCount);
  const score = new Float64Array(entryCount);
  const field = new Int32Array(entryCount);
  let current = 0;
  let touched: number[] = [];
  return {
    begin() {
      current++;
      touched = [];
    },
    offer(entry, fieldId, value) {
      if (stamp[entry] !== current) {
        stamp[entry] = current;
        touched.push(entry);
      } else if (score[entry]! >= value) return;
      score[entry] = value;
      field[entry] = fieldId;
    },
    count: () => touched.length,
    top(limit, order) {
      const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && order[a]! < order[b]!);
      const top: number[] = [];
      for (const entry of touched) {
        if (top.length === limit && !before(entry, top[limit - 1]!)) continue;
        let at = top.length;
        while (at > 0 && before(entry, top[at - 1]!)) at--;
        top.splice(at, 0, entry);
        if (top.length > limit) top.pop();
      }
      return top.map((entry) => ({ entry, field: field[entry]!, score: score[entry]! }));
    },
  };
}
