import { describe, expect, it } from 'vitest';
import { ClaimSchema, ReconciledSchema, type Claim, type Quantity } from '../schemas/index.js';
import { reconcile } from '../src/reconcile/index.js';
import { makeClaim } from './support/claims.js';

// Hand-made claims on a topic unrelated to the seed articles: an earthquake and its toll.
let counter = 0;
function claim(fields: {
  article: string;
  statement: string;
  name?: string | null;
  org?: string | null;
  date?: string | null;
  stance?: Claim['stance'];
  quantity?: Partial<Quantity> | null;
}): Claim {
  counter += 1;
  return ClaimSchema.parse(
    makeClaim({
      id: `k${String(counter).padStart(4, '0')}`,
      article_id: fields.article,
      statement: fields.statement,
      span: { start: counter * 100, end: counter * 100 + fields.statement.length },
      speaker: { name: fields.name ?? null, org: fields.org ?? null },
      stance: fields.stance ?? 'asserts',
      asserted_on: fields.date === undefined ? '2023-03-02' : fields.date,
      quantity:
        fields.quantity === undefined || fields.quantity === null
          ? null
          : { value: null, low: null, high: null, qualifier: 'exact', unit: 'people', ...fields.quantity },
    }),
  );
}

const OPTIONS = { clusterThreshold: 0.55, trackThreshold: 0.5 };

function clusterOf(result: ReturnType<typeof reconcile>, claimId: string): string {
  const found = result.clusters.find((c) => c.members.some((m) => m.claim_id === claimId));
  if (found === undefined) throw new Error(`claim ${claimId} is in no cluster`);
  return found.id;
}

describe('reconcile', () => {
  const threeOutlets = [
    claim({
      article: 'outlet-a',
      statement: 'At least 1,200 people were killed by the earthquake in Alvaria province, Interior Minister Jonas Feld said.',
      name: 'Interior Minister Jonas Feld',
      org: 'Ministry of the Interior',
      quantity: { value: 1200, qualifier: 'at_least', unit: 'people' },
    }),
    claim({
      article: 'outlet-b',
      statement: 'The quake killed at least 1,200 people in Alvaria, according to Feld.',
      name: 'Feld',
      quantity: { value: 1200, qualifier: 'at_least', unit: 'people' },
    }),
    claim({
      article: 'outlet-c',
      statement: 'Minister Jonas Feld told reporters the earthquake death toll in Alvaria had reached at least 1,200 people.',
      name: 'Jonas Feld',
      org: 'Interior Ministry',
      quantity: { value: 1200, qualifier: 'at_least', unit: 'people' },
    }),
  ];

  it('merges one proposition told by three outlets in different words, with full provenance', () => {
    const result = reconcile(threeOutlets, OPTIONS);
    expect(result.clusters).toHaveLength(1);
    const [cluster] = result.clusters;
    expect(cluster?.sources).toBe(3);
    expect(cluster?.members.map((m) => m.article_id)).toEqual(['outlet-a', 'outlet-b', 'outlet-c']);
    expect(cluster?.members.every((m) => m.quote.length > 0 && m.span.end > m.span.start)).toBe(true);
    expect(cluster?.speaker.name).toMatch(/Jonas Feld/);
    expect(result.stats.multi_source_clusters).toBe(1);
    expect(ReconciledSchema.safeParse(result).success).toBe(true);
  });

  it('keeps different speakers and different stances apart', () => {
    const otherSpeaker = claim({
      article: 'outlet-d',
      statement: 'At least 1,200 people were killed by the earthquake in Alvaria, Red Cross official Mara Quist said.',
      name: 'Mara Quist',
      org: 'Red Cross',
      quantity: { value: 1200, qualifier: 'at_least', unit: 'people' },
    });
    const denial = claim({
      article: 'outlet-e',
      statement: 'Feld denied that at least 1,200 people were killed by the earthquake in Alvaria.',
      name: 'Jonas Feld',
      stance: 'denies',
      quantity: { value: 1200, qualifier: 'at_least', unit: 'people' },
    });
    const result = reconcile([...threeOutlets, otherSpeaker, denial], OPTIONS);
    const main = clusterOf(result, threeOutlets[0]?.id ?? '');
    expect(clusterOf(result, otherSpeaker.id)).not.toBe(main);
    expect(clusterOf(result, denial.id)).not.toBe(main);
    expect(result.clusters).toHaveLength(3);
  });

  it('does not merge 10,000 and 12,000 from the same speaker on the same day', () => {
    const low = claim({
      article: 'outlet-a',
      statement: 'About 10,000 people have been displaced by the flooding, Governor Ada Pell said.',
      name: 'Ada Pell',
      quantity: { value: 10000, qualifier: 'about', unit: 'people' },
    });
    const high = claim({
      article: 'outlet-b',
      statement: 'About 12,000 people have been displaced by the flooding, Governor Ada Pell said.',
      name: 'Ada Pell',
      quantity: { value: 12000, qualifier: 'about', unit: 'people' },
    });
    const result = reconcile([low, high], OPTIONS);
    expect(result.clusters).toHaveLength(2);
    // Both estimate one variable: one track, the later-listed one a revision of the other.
    expect(result.tracks).toHaveLength(1);
  });

  it('gives byte-identical output for a shuffled input', () => {
    const claims = [
      ...threeOutlets,
      claim({ article: 'outlet-b', statement: 'Rescue teams from four countries arrived in Alvaria on Thursday.', org: 'Civil Protection Agency' }),
      claim({ article: 'outlet-c', statement: 'Foreign rescue teams have arrived in Alvaria.', org: 'Civil Protection Agency' }),
      claim({
        article: 'outlet-d',
        statement: 'Some 3,000 buildings collapsed in Alvaria.',
        org: 'Civil Protection Agency',
        quantity: { value: 3000, qualifier: 'about', unit: 'buildings' },
      }),
    ];
    const first = JSON.stringify(reconcile(claims, OPTIONS));
    const orders = [[...claims].reverse(), [claims[3], claims[0], claims[5], claims[1], claims[4], claims[2]]];
    for (const order of orders) {
      expect(JSON.stringify(reconcile(order.filter((c): c is Claim => c !== undefined), OPTIONS))).toBe(first);
    }
  });

  it('puts every claim in exactly one cluster and reports stats that match', () => {
    const claims = [
      ...threeOutlets,
      claim({ article: 'outlet-d', statement: 'Power was restored to most of the capital.', org: 'Grid operator' }),
    ];
    const result = reconcile(claims, OPTIONS);
    const ids = result.clusters.flatMap((c) => c.members.map((m) => m.claim_id)).sort();
    expect(ids).toEqual(claims.map((c) => c.id).sort());
    expect(result.stats).toMatchObject({ claims: 4, clusters: 2, tracks: 1 });
    expect(result.tracks[0]?.measure).toMatch(/people killed in Alvaria/);
    expect(result.tracks[0]?.steps[0]?.cluster_id).toBe(clusterOf(result, threeOutlets[0]?.id ?? ''));
  });

  it('rebuilds one speaker\'s figure across outlets that name the speaker, hedge and date it differently', () => {
    const union = [
      claim({ article: 'wire', statement: 'About 3,200 dock workers walked out on Monday, the union said.', org: 'the union', date: '2025-06-09', quantity: { value: 3200, qualifier: 'about', unit: 'dock workers' } }),
      claim({ article: 'daily', statement: 'Teamsters Local 12 estimated 3,200 strikers.', org: 'Teamsters Local 12', date: null, quantity: { value: 3200, unit: 'strikers' } }),
      claim({ article: 'weekly', statement: 'Marta Diaz, the union president, said at least 3,200 members had stopped work.', name: 'Marta Diaz', org: null, date: '2025-06-09', quantity: { value: 3200, qualifier: 'at_least', unit: 'members' } }),
    ];
    const company = [
      claim({ article: 'wire', statement: 'The company said about 1,900 employees had joined the strike.', org: 'the company', date: '2025-06-09', quantity: { value: 1900, qualifier: 'about', unit: 'employees' } }),
      claim({ article: 'daily', statement: 'Harbour Logistics put the number of strikers at 1,900.', org: 'Harbour Logistics', date: '2025-06-09', quantity: { value: 1900, unit: 'strikers' } }),
    ];
    const result = reconcile([...union, ...company], OPTIONS);
    const unionCluster = clusterOf(result, union[0]?.id ?? '');
    expect(clusterOf(result, union[1]?.id ?? '')).toBe(unionCluster);
    expect(clusterOf(result, company[1]?.id ?? '')).toBe(clusterOf(result, company[0]?.id ?? ''));
    expect(clusterOf(result, company[0]?.id ?? '')).not.toBe(unionCluster);
    // The union president by name, with no organisation given, is no veto either.
    expect(clusterOf(result, union[2]?.id ?? '')).toBe(unionCluster);
    expect(result.tracks).toHaveLength(1);
    expect(result.tracks[0]?.steps.map((s) => s.label)).toEqual(['first', 'conflicting']);
  });

  it('rejects thresholds outside [0, 1]', () => {
    expect(() => reconcile([], { clusterThreshold: 1.5, trackThreshold: 0.5 })).toThrow(/clusterThreshold/);
    expect(() => reconcile([], { clusterThreshold: 0.5, trackThreshold: Number.NaN })).toThrow(/trackThreshold/);
  });

  it('returns an empty result for no claims', () => {
    const result = reconcile([], OPTIONS);
    expect(result).toEqual({
      clusters: [],
      tracks: [],
      stats: { claims: 0, clusters: 0, multi_source_clusters: 0, tracks: 0, candidate_pairs: 0 },
    });
  });
});
