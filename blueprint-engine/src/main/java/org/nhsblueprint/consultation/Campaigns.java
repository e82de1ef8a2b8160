package org.nhsblueprint.consultation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds organised campaigns in consultation responses: exact duplicates, and template letters with personal edits
 * (a greeting, a signature, an added sentence, a dropped apostrophe).
 * <ol>
 *   <li>Each text is normalised (Unicode NFKC, lower case, apostrophes and punctuation dropped, whitespace folded) and
 *       cut into word 3-shingles.</li>
 *   <li>Each shingle set gets a MinHash signature of {@value #HASHES} values; locality-sensitive hashing in
 *       {@value #BANDS} bands of {@value #ROWS} rows proposes pairs whose signatures agree in a whole band (likely for
 *       Jaccard similarity above about 0.5, unlikely below 0.3).</li>
 *   <li>Every proposed pair is verified on the exact Jaccard similarity of its shingle sets, and pairs at or above the
 *       threshold join one campaign (union-find), so chains of edited copies of one template stay together.</li>
 * </ol>
 * Exact duplicates (identical normalised text) are grouped first and always join. Deterministic: the hash seeds are
 * fixed. Stateless and thread-safe.
 */
public final class Campaigns {
    static final int HASHES = 128;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 3;

    private final double threshold;

    /** @param threshold the Jaccard similarity of word 3-shingles at which two responses share a template */
    public Campaigns(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
        }
        this.threshold = threshold;
    }

    /** A campaign: its responses (indexes into the input, ascending) and how many are exact copies of its commonest. */
    public record Campaign(List<Integer> members, int exactCopies) {
        public Campaign {
            members = List.copyOf(members);
        }

        public int size() {
            return members.size();
        }
    }

    /** Campaigns of two or more responses, largest first; responses in no campaign are left out. */
    public List<Campaign> find(List<String> texts) {
        int n = texts.size();
        String[] normal = new String[n];
        long[][] shingles = new long[n][];
        for (int i = 0; i < n; i++) {
            normal[i] = normalise(texts.get(i));
            shingles[i] = shingles(normal[i]);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer first = firstOf.putIfAbsent(normal[i], i);
            if (first != null) {
                union(parent, first, i);
            }
        }
        int[][] signature = new int[n][];
        for (int i = 0; i < n; i++) {
            signature[i] = minHash(shingles[i]);
        }
        for (int b = 0; b < BANDS; b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (shingles[i].length == 0) {
                    continue;
                }
                long key = b;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 0x9E3779B97F4A7C15L + signature[i][b * ROWS + r];
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (find(parent, i) != find(parent, j) && jaccard(shingles[i], shingles[j]) >= threshold) {
                            union(parent, i, j);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Campaign> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            Map<String, Integer> copies = new HashMap<>();
            g.forEach(i -> copies.merge(normal[i], 1, Integer::sum));
            out.add(new Campaign(g, copies.values().stream().mapToInt(Integer::intValue).max().orElse(1)));
        }
        out.sort((a, c) -> a.size() != c.size() ? Integer.compare(c.size(), a.size())
                : Integer.compare(a.members().get(0), c.members().get(0)));
        return out;
    }

    /** Lower case, NFKC, apostrophes removed (so "dont" and "don't" agree), other punctuation to spaces. */
    static String normalise(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("['\u2019\u2018`]", "");
        t = t.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return t.trim();
    }

    /** Distinct hashed word 3-shingles, sorted (a text of fewer than three words is one shingle of its words). */
    static long[] shingles(String normal) {
        if (normal.isEmpty()) {
            return new long[0];
        }
        String[] words = normal.split(" ");
        int count = Math.max(1, words.length - SHINGLE + 1);
        long[] out = new long[count];
        for (int s = 0; s < count; s++) {
            long h = 1125899906842597L;
            for (int w = s; w < Math.min(words.length, s + SHINGLE); w++) {
                h = mix(h * 31 + words[w].hashCode());
            }
            out[s] = h;
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    static double jaccard(long[] a, long[] b) {
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

    private static int[] minHash(long[] shingles) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < HASHES; k++) {
                int h = (int) (mix(s + 0x632BE59BD9B4E019L * (k + 1)) >>> 33);
                if (h < sig[k]) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
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
