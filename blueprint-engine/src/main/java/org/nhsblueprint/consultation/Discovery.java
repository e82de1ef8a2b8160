package org.nhsblueprint.consultation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Finds themes nobody wrote into the codebook: spherical k-means over TF-IDF vectors of stemmed words. Words are
 * Lucene's ({@link Tokens}), stop words, numbers and words of fewer than three letters dropped; a stem must occur in
 * at least {@value #MIN_DOCUMENTS} texts and in no more than half. Term weights are (1 + log tf) x log(N / df),
 * each vector scaled to length 1, so a cluster's centroid direction is its vocabulary. Seeding is k-means++ from the
 * given seed, so the same texts and seed give the same clusters. Each cluster is described by its heaviest stems
 * (shown as the commonest word that stems to each) and its texts nearest the centroid. Stateless.
 */
public final class Discovery {
    static final int MIN_DOCUMENTS = 3;
    private static final int ITERATIONS = 50;

    private Discovery() {
    }

    /**
     * One discovered cluster.
     *
     * @param members       indexes into the input texts, ascending
     * @param terms         its top words, heaviest first
     * @param representative indexes of the texts nearest its centroid, nearest first
     */
    public record Cluster(List<Integer> members, List<String> terms, List<Integer> representative) {
        public Cluster {
            members = List.copyOf(members);
            terms = List.copyOf(terms);
            representative = List.copyOf(representative);
        }
    }

    /**
     * Up to {@code k} clusters of the texts, largest first; texts with no word in the vocabulary are in none. Fewer
     * clusters come back when there are fewer usable texts than {@code k}.
     */
    public static List<Cluster> cluster(List<String> texts, int k, int topTerms, int quotes, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be 1 or more");
        }
        int n = texts.size();
        List<List<String>> stems = new ArrayList<>(n);
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        for (String text : texts) {
            List<String> kept = new ArrayList<>();
            for (String w : Tokens.words(text)) {
                if (w.length() < 3 || Tokens.isStopWord(w) || !w.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String s = Tokens.stem(w);
                kept.add(s);
                surface.computeIfAbsent(s, x -> new HashMap<>()).merge(w, 1, Integer::sum);
            }
            stems.add(kept);
        }
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> doc : stems) {
            doc.stream().distinct().forEach(s -> df.merge(s, 1, Integer::sum));
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        List<String> terms = new ArrayList<>();
        df.forEach((s, d) -> {
            if (d >= MIN_DOCUMENTS && d <= n / 2) {
                vocabulary.put(s, terms.size());
                terms.add(s);
            }
        });
        double[] idf = new double[terms.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log((double) n / df.get(terms.get(t)));
        }
        List<Integer> usable = new ArrayList<>();
        List<int[]> ids = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = new TreeMap<>();
            stems.get(i).forEach(s -> {
                Integer t = vocabulary.get(s);
                if (t != null) {
                    tf.merge(t, 1, Integer::sum);
                }
            });
            if (tf.isEmpty()) {
                continue;
            }
            int[] id = tf.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] w = new double[id.length];
            double norm = 0;
            for (int j = 0; j < id.length; j++) {
                w[j] = (1 + Math.log(tf.get(id[j]))) * idf[id[j]];
                norm += w[j] * w[j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < w.length; j++) {
                w[j] /= norm;
            }
            usable.add(i);
            ids.add(id);
            weights.add(w);
        }
        int m = usable.size();
        int clusters = Math.min(k, m);
        if (clusters == 0) {
            return List.of();
        }
        double[][] centroid = seed(ids, weights, terms.size(), clusters, new SplittableRandom(seed));
        int[] assigned = new int[m];
        Arrays.fill(assigned, -1);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            boolean changed = false;
            for (int d = 0; d < m; d++) {
                int best = nearest(centroid, ids.get(d), weights.get(d));
                if (best != assigned[d]) {
                    assigned[d] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            for (double[] c : centroid) {
                Arrays.fill(c, 0);
            }
            for (int d = 0; d < m; d++) {
                add(centroid[assigned[d]], ids.get(d), weights.get(d), 1);
            }
            for (double[] c : centroid) {
                normalise(c);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            List<Integer> members = new ArrayList<>();
            List<double[]> near = new ArrayList<>();
            for (int d = 0; d < m; d++) {
                if (assigned[d] == c) {
                    members.add(usable.get(d));
                    near.add(new double[] {dot(centroid[c], ids.get(d), weights.get(d)), usable.get(d)});
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            near.sort(Comparator.<double[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> x[1]));
            double[] cc = centroid[c];
            List<String> top = java.util.stream.IntStream.range(0, cc.length).boxed()
                    .filter(t -> cc[t] > 0)
                    .sorted(Comparator.<Integer>comparingDouble(t -> -cc[t]).thenComparing(t -> t))
                    .limit(topTerms)
                    .map(t -> commonest(surface.get(terms.get(t))))
                    .toList();
            out.add(new Cluster(members, top, near.stream().limit(quotes).map(x -> (int) x[1]).toList()));
        }
        out.sort(Comparator.<Cluster>comparingInt(c -> -c.members().size()).thenComparing(c -> c.members().get(0)));
        return out;
    }

    /** k-means++: the first centre at random, each next one with probability proportional to its squared distance. */
    private static double[][] seed(List<int[]> ids, List<double[]> weights, int dims, int k, SplittableRandom random) {
        int m = ids.size();
        double[][] centroid = new double[k][dims];
        double[] distance = new double[m];
        Arrays.fill(distance, Double.MAX_VALUE);
        int next = random.nextInt(m);
        for (int c = 0; c < k; c++) {
            add(centroid[c], ids.get(next), weights.get(next), 1);
            double total = 0;
            for (int d = 0; d < m; d++) {
                double dist = 2 - 2 * dot(centroid[c], ids.get(d), weights.get(d));
                distance[d] = Math.min(distance[d], Math.max(0, dist));
                total += distance[d];
            }
            if (total <= 0) {
                next = random.nextInt(m);
                continue;
            }
            double target = random.nextDouble() * total;
            next = m - 1;
            for (int d = 0; d < m; d++) {
                target -= distance[d];
                if (target <= 0) {
                    next = d;
                    break;
                }
            }
        }
        return centroid;
    }

    private static int nearest(double[][] centroid, int[] id, double[] w) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroid.length; c++) {
            double v = dot(centroid[c], id, w);
            if (v > bestDot) {
                bestDot = v;
                best = c;
            }
        }
        return best;
    }

    private static double dot(double[] dense, int[] id, double[] w) {
        double s = 0;
        for (int j = 0; j < id.length; j++) {
            s += dense[id[j]] * w[j];
        }
        return s;
    }

    private static void add(double[] dense, int[] id, double[] w, double factor) {
        for (int j = 0; j < id.length; j++) {
            dense[id[j]] += factor * w[j];
        }
    }

    private static void normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            norm = Math.sqrt(norm);
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
    }

    private static String commonest(Map<String, Integer> words) {
        return words.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }
}
