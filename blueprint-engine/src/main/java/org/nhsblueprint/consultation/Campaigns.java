package org.nhsblueprint.consultation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds organised campaigns in consultation responses: exact duplicates, and template letters with personal edits
 * (a greeting, a signature, an added sentence, a dropped apostrophe).
 * <ol>
 *   <li>Each text is read as words ({@link Words}: Unicode NFKC, lower case, apostrophes dropped, other punctuation
 *       a break); texts with the same words are one distinct text, handled once.</li>
 *   <li>Each distinct text is cut into word 3-shingles and gets a MinHash signature of {@value #HASHES} values
 *       (multiply-add-shift hashing); locality-sensitive hashing in {@value #BANDS} bands of {@value #ROWS} rows
 *       proposes texts whose signatures agree in a whole band (a pair at Jaccard similarity 0.5 is proposed with
 *       probability 0.996, at 0.3 with 0.68, at 0.1 with 0.04). Each band is a sort of (band key, text) pairs, not
 *       a hash map of lists.</li>
 *   <li>Within a band's bucket, each text is verified on the exact Jaccard similarity of shingle sets against a few
 *       members of each campaign-so-far in the bucket, and joins those it passes (union-find), so chains of edited
 *       copies of one template stay together. A bucket costs at most {@value #GROUPS} x {@value #MEMBERS} checks per
 *       text, never one per pair, and texts of very different lengths are told apart by size alone: a million
 *       responses that share popular sentences stay linear. The bands are joined in {@value #SLICES} fixed
 *       slices side by side and the slices' campaigns merged, so the result does not depend on the cores.</li>
 * </ol>
 * Texts of fewer than {@value #MIN_WORDS} words join no campaign: many people writing "I agree." or nothing at all
 * is not an organised campaign (they still count in {@link #exactDuplicateGroups}).
 * {@link #allPairs} is the slow reference: it verifies every pair of distinct texts. Deterministic: the hash seeds
 * are fixed and work is split by text, not by thread. Stateless and thread-safe.
 */
public final class Campaigns {
    /** Texts shorter than this many words ("I agree.", "Yes", blank) are never a campaign's letter. */
    public static final int MIN_WORDS = 10;
    /** Campaigns-so-far a bucket keeps, and texts kept of each, for verifying the bucket's later texts. */
    static final int GROUPS = 16;
    static final int MEMBERS = 8;
    /** Slices of the bands joined side by side; fixed, so that the cores available do not change the result. */
    static final int SLICES = 2;
    static final int BANDS = 42;
    static final int ROWS = 3;
    static final int HASHES = BANDS * ROWS;
    private static final long[] MUL = new long[HASHES];
    private static final long[] ADD = new long[HASHES];

    static {
        long s = 0x5DEECE66DL;
        for (int k = 0; k < HASHES; k++) {
            s += 0x9E3779B97F4A7C15L;
            MUL[k] = Words.mix(s) | 1L;
            s += 0x9E3779B97F4A7C15L;
            ADD[k] = Words.mix(s);
        }
    }

    private final double threshold;

    /** @param threshold the Jaccard similarity of word 3-shingles at which two responses share a template */
    public Campaigns(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * A campaign: its responses (indexes into the input, ascending), how many are exact copies of its commonest
     * wording, and the index of the first response with that wording (the template shown).
     */
    public record Campaign(List<Integer> members, int exactCopies, int template) {
        public Campaign {
            members = List.copyOf(members);
        }

        public int size() {
            return members.size();
        }
    }

    /** Campaigns of two or more responses, largest first; responses in no campaign are left out. */
    public List<Campaign> find(List<String> texts) {
        Distinct d = Distinct.of(texts);
        int n = d.count();
        int[][] shingles = new int[n][];
        long[][] bandKeys = new long[BANDS][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            long[] words = Words.of(texts.get(d.first[i]));
            shingles[i] = words.length < MIN_WORDS ? new int[0] : Words.shingles(words);
            int[] sig = minHash(shingles[i]);
            for (int b = 0; b < BANDS; b++) {
                long key = b + 1L;
                for (int r = 0; r < ROWS; r++) {
                    key = Words.mix(key * 0x9E3779B97F4A7C15L + sig[b * ROWS + r]);
                }
                bandKeys[b][i] = key;
            }
        });
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        // The bands in a fixed number of slices, each joined on its own union-find (in parallel where there are
        // cores), then the slices' campaigns merged: the same result on any number of threads.
        int[][] sliceParent = new int[SLICES][];
        IntStream.range(0, SLICES).parallel().forEach(slice -> {
            int[] parent = identity(n);
            long[] packed = new long[n];
            for (int b = slice * BANDS / SLICES; b < (slice + 1) * BANDS / SLICES; b++) {
                int m = 0;
                for (int i = 0; i < n; i++) {
                    if (shingles[i].length > 0) {
                        packed[m++] = (bandKeys[b][i] & ~indexMask) | i;
                    }
                }
                bandKeys[b] = null;
                Arrays.sort(packed, 0, m);
                int start = 0;
                for (int x = 1; x <= m; x++) {
                    if (x == m || (packed[x] & ~indexMask) != (packed[start] & ~indexMask)) {
                        if (x - start > 1) {
                            joinBucket(packed, start, x, indexMask, shingles, parent);
                        }
                        start = x;
                    }
                }
            }
            sliceParent[slice] = parent;
        });
        int[] parent = identity(n);
        for (int[] slice : sliceParent) {
            for (int i = 0; i < n; i++) {
                union(parent, i, find(slice, i));
            }
        }
        return d.campaigns(parent);
    }

    /** The slow reference: every pair of distinct texts verified on exact Jaccard similarity. */
    public List<Campaign> allPairs(List<String> texts) {
        Distinct d = Distinct.of(texts);
        int n = d.count();
        int[][] shingles = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            long[] words = Words.of(texts.get(d.first[i]));
            shingles[i] = words.length < MIN_WORDS ? new int[0] : Words.shingles(words);
        });
        int[] parent = identity(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (shingles[i].length > 0 && shingles[j].length > 0 && find(parent, i) != find(parent, j)
                        && jaccard(shingles[i], shingles[j]) >= threshold) {
                    union(parent, i, j);
                }
            }
        }
        return d.campaigns(parent);
    }

    /**
     * Number of groups of two or more responses whose texts are identical character for character, leading and
     * trailing white space aside.
     */
    public static int exactDuplicateGroups(List<String> texts) {
        Map<String, Integer> count = new HashMap<>();
        texts.forEach(t -> count.merge(t == null ? "" : t.strip(), 1, Integer::sum));
        return (int) count.values().stream().filter(c -> c >= 2).count();
    }

    /**
     * One bucket of texts that agree in a band. The bucket keeps up to {@value #GROUPS} campaigns-so-far, each with
     * up to {@value #MEMBERS} of its texts; each text is verified against the kept members of every campaign it is
     * not already in, in turn until one passes, and joins each campaign it passes. A bucket that holds one big
     * campaign costs about one check per text; a bucket of many texts that share a popular sentence but are not
     * copies of each other costs a bounded number of checks per text, not one per pair.
     */
    private void joinBucket(long[] packed, int from, int to, long indexMask, int[][] shingles, int[] parent) {
        int[][] groups = new int[Math.min(to - from, GROUPS)][];
        int[] sizes = new int[groups.length];
        int count = 0;
        for (int x = from; x < to; x++) {
            int m = (int) (packed[x] & indexMask);
            boolean placed = false;
            for (int g = 0; g < count; g++) {
                boolean joined = find(parent, groups[g][0]) == find(parent, m);
                for (int k = 0; !joined && k < sizes[g]; k++) {
                    if (atLeast(shingles[m], shingles[groups[g][k]])) {
                        union(parent, m, groups[g][k]);
                        joined = true;
                    }
                }
                if (joined && !placed && sizes[g] < MEMBERS) {
                    groups[g][sizes[g]++] = m;
                }
                placed |= joined;
            }
            if (!placed && count < groups.length) {
                groups[count] = new int[MEMBERS];
                groups[count][0] = m;
                sizes[count++] = 1;
            }
        }
    }

    /** The distinct texts (by their words) among the input, with which inputs each one stands for. */
    private static final class Distinct {
        private final int[] first;
        private final int[] of;
        private final boolean[] isShort;

        private Distinct(int[] first, int[] of, boolean[] isShort) {
            this.first = first;
            this.of = of;
            this.isShort = isShort;
        }

        static Distinct of(List<String> texts) {
            int n = texts.size();
            long[][] keys = new long[n][];
            boolean[] shortText = new boolean[n];
            IntStream.range(0, n).parallel().forEach(i -> {
                long[] words = Words.of(texts.get(i));
                keys[i] = Words.key(words);
                shortText[i] = words.length < MIN_WORDS;
            });
            Map<Key, Integer> index = new HashMap<>();
            int[] of = new int[n];
            int[] first = new int[n];
            for (int i = 0; i < n; i++) {
                Integer d = index.putIfAbsent(new Key(keys[i][0], keys[i][1]), index.size());
                if (d == null) {
                    first[index.size() - 1] = i;
                    of[i] = index.size() - 1;
                } else {
                    of[i] = d;
                }
            }
            int distinct = index.size();
            boolean[] isShort = new boolean[distinct];
            for (int k = 0; k < distinct; k++) {
                isShort[k] = shortText[first[k]];
            }
            return new Distinct(Arrays.copyOf(first, distinct), of, isShort);
        }

        int count() {
            return first.length;
        }

        List<Campaign> campaigns(int[] parent) {
            Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
            int[] copies = new int[first.length];
            for (int i = 0; i < of.length; i++) {
                if (isShort[of[i]]) {
                    continue;
                }
                groups.computeIfAbsent(find(parent, of[i]), k -> new ArrayList<>()).add(i);
                copies[of[i]]++;
            }
            List<Campaign> out = new ArrayList<>();
            for (List<Integer> g : groups.values()) {
                if (g.size() < 2) {
                    continue;
                }
                int template = g.get(0);
                for (int i : g) {
                    if (copies[of[i]] > copies[of[template]]) {
                        template = i;
                    }
                }
                out.add(new Campaign(g, copies[of[template]], template));
            }
            out.sort((a, c) -> a.size() != c.size() ? Integer.compare(c.size(), a.size())
                    : Integer.compare(a.members().get(0), c.members().get(0)));
            return out;
        }
    }

    private record Key(long a, long b) {
    }

    /** Lower case, NFKC, apostrophes removed (so "dont" and "don't" agree), other punctuation to spaces. */
    static String normalise(String text) {
        return Words.normalise(text);
    }

    /** Distinct hashed word 3-shingles of a normalised text, sorted. */
    static int[] shingles(String normal) {
        return Words.shingles(Words.of(normal));
    }

    /**
     * Whether two shingle sets reach the threshold. Jaccard similarity is at most the smaller set's size over the
     * larger's, so texts of very different lengths are told apart without comparing them.
     */
    private boolean atLeast(int[] a, int[] b) {
        int small = Math.min(a.length, b.length);
        int large = Math.max(a.length, b.length);
        return small >= threshold * large && jaccard(a, b) >= threshold;
    }

    static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - both;
        return union == 0 ? 1 : (double) both / union;
    }

    private static int[] minHash(int[] shingles) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int s : shingles) {
            long x = s & 0xFFFFFFFFL;
            for (int k = 0; k < HASHES; k++) {
                int h = (int) ((x * MUL[k] + ADD[k]) >>> 33);
                if (h < sig[k]) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    private static int[] identity(int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
