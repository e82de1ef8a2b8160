package org.nhsblueprint.network;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.nhsblueprint.model.GeoPoint;

/**
 * Origin-to-destination road journeys the fast way: every point is snapped once, all snaps go into one query graph,
 * and each destination grows one shortest-path tree on the reversed graph (people travel to the site) up to a time
 * limit ({@link ReverseTree}, reused per thread), recording every origin it reaches. Never one route call per pair. Destinations are processed in parallel;
 * each tree is independent, so the result does not depend on the number of threads. Stateless.
 */
final class TreeMatrix {
    private TreeMatrix() {
    }

    static SiteTimes compute(RoadNetwork network, NetworkMode mode, List<GeoPoint> origins,
                             List<GeoPoint> destinations, double limitMinutes) {
        Weighting weighting = network.weighting(mode);
        EdgeFilter filter = network.snapFilter(mode, weighting);
        List<Snap> snaps = new ArrayList<>();
        boolean[] originCovered = new boolean[origins.size()];
        double[] originSnapMetres = new double[origins.size()];
        Snap[] originSnaps = new Snap[origins.size()];
        for (int o = 0; o < origins.size(); o++) {
            Snap s = network.snap(origins.get(o), mode, filter);
            originCovered[o] = covered(s);
            originSnapMetres[o] = s.isValid() ? s.getQueryDistance() : Double.NaN;
            if (originCovered[o]) {
                originSnaps[o] = s;
                snaps.add(s);
            }
        }
        boolean[] destinationCovered = new boolean[destinations.size()];
        double[] destinationSnapMetres = new double[destinations.size()];
        Snap[] destinationSnaps = new Snap[destinations.size()];
        for (int d = 0; d < destinations.size(); d++) {
            Snap s = network.snap(destinations.get(d), mode, filter);
            destinationCovered[d] = covered(s);
            destinationSnapMetres[d] = s.isValid() ? s.getQueryDistance() : Double.NaN;
            if (destinationCovered[d]) {
                destinationSnaps[d] = s;
                snaps.add(s);
            }
        }
        QueryGraph graph = QueryGraph.create(network.hopper().getBaseGraph(), snaps);
        Weighting wrapped = graph.wrapWeighting(weighting);
        // origins by the (possibly virtual) node they snapped to: head[node] -> first origin, next[origin] -> more
        int[] head = new int[graph.getNodes()];
        Arrays.fill(head, -1);
        int[] next = new int[origins.size()];
        for (int o = origins.size() - 1; o >= 0; o--) {
            if (originCovered[o]) {
                int node = originSnaps[o].getClosestNode();
                next[o] = head[node];
                head[node] = o;
            }
        }
        double limitMillis = limitMinutes * 60_000;
        // one tree per worker at a time, reused; the pool (and the trees' arrays) go when this call returns
        java.util.concurrent.ConcurrentLinkedQueue<ReverseTree> pool = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<List<long[]>> perDestination = IntStream.range(0, destinations.size()).parallel()
                .mapToObj(d -> {
                    if (!destinationCovered[d]) {
                        return List.<long[]>of();
                    }
                    ReverseTree tree = pool.poll();
                    tree = tree == null ? new ReverseTree(graph, wrapped) : tree;
                    List<long[]> reached = tree(tree, destinationSnaps[d].getClosestNode(), limitMillis, head, next);
                    pool.add(tree);
                    return reached;
                })
                .toList();
        return collect(originCovered, destinationCovered, originSnapMetres, destinationSnapMetres, perDestination,
                limitMinutes);
    }

    private static boolean covered(Snap s) {
        return s.isValid() && s.getQueryDistance() <= RoadNetwork.MAX_SNAP_METRES;
    }

    /** One reversed tree from a destination: {origin, time in ms, distance in mm} for every origin reached. */
    private static List<long[]> tree(ReverseTree tree, int root, double limitMillis, int[] head, int[] next) {
        List<long[]> reached = new ArrayList<>();
        tree.search(root, limitMillis, (node, millis, metres) -> {
            for (int o = head[node]; o >= 0; o = next[o]) {
                reached.add(new long[] {o, millis, Math.round(metres * 1000)});
            }
        });
        return reached;
    }

    private static SiteTimes collect(boolean[] originCovered, boolean[] destinationCovered, double[] originSnapMetres,
                                     double[] destinationSnapMetres, List<List<long[]>> perDestination,
                                     double limitMinutes) {
        int[] counts = new int[originCovered.length + 1];
        for (List<long[]> list : perDestination) {
            for (long[] r : list) {
                counts[(int) r[0] + 1]++;
            }
        }
        int[] offsets = new int[originCovered.length + 1];
        for (int o = 0; o < originCovered.length; o++) {
            offsets[o + 1] = offsets[o] + counts[o + 1];
        }
        int n = offsets[originCovered.length];
        int[] destination = new int[n];
        double[] minutes = new double[n];
        double[] metres = new double[n];
        int[] fill = Arrays.copyOf(offsets, originCovered.length);
        for (int d = 0; d < perDestination.size(); d++) {
            for (long[] r : perDestination.get(d)) {
                int at = fill[(int) r[0]]++;
                destination[at] = d;
                minutes[at] = r[1] / 60_000.0;
                metres[at] = r[2] / 1000.0;
            }
        }
        return new SiteTimes(originCovered, destinationCovered, originSnapMetres, destinationSnapMetres, offsets,
                destination, minutes, metres, limitMinutes);
    }
}
