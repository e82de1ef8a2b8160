package org.nhsblueprint.network;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import java.util.Arrays;

/**
 * A shortest-path tree towards one root (Dijkstra on the reversed graph: every node's quickest journey <em>to</em>
 * the root), node-based, minimising the profile's weight and accumulating GraphHopper's own per-edge milliseconds and
 * metres, so each journey equals what GraphHopper's router returns for it. It replaces GraphHopper's
 * {@code ShortestPathTree} for matrices because it keeps its labels in primitive arrays reused from tree to tree (a
 * generation counter marks which entries are current) instead of one object and one hash-map entry per node:
 * measured in {@code BENCHMARKS.md}. Mutable: one per thread.
 */
final class ReverseTree {
    /** Receives every node the tree settles within the limit. */
    interface Visitor {
        void settled(int node, long millis, double metres);
    }

    private final Weighting weighting;
    private final EdgeExplorer explorer;
    private final double[] weight;
    private final long[] millis;
    private final double[] metres;
    private final int[] seen;
    private final int[] done;
    private int generation;
    private int[] heapNode = new int[1024];
    private double[] heapKey = new double[1024];
    private int heapSize;

    ReverseTree(Graph graph, Weighting weighting) {
        this.weighting = weighting;
        this.explorer = graph.createEdgeExplorer();
        int n = graph.getNodes();
        this.weight = new double[n];
        this.millis = new long[n];
        this.metres = new double[n];
        this.seen = new int[n];
        this.done = new int[n];
    }

    /** Grows the tree from {@code root} until the next node would be reached later than {@code limitMillis}. */
    void search(int root, double limitMillis, Visitor visitor) {
        generation++;
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(done, 0);
            generation = 1;
        }
        heapSize = 0;
        reach(root, 0, 0, 0);
        while (heapSize > 0) {
            int node = pop();
            if (done[node] == generation) {
                continue;
            }
            if (millis[node] > limitMillis) {
                return;
            }
            done[node] = generation;
            visitor.settled(node, millis[node], metres[node]);
            EdgeIterator edge = explorer.setBaseNode(node);
            while (edge.next()) {
                int adj = edge.getAdjNode();
                if (done[adj] == generation) {
                    continue;
                }
                // reversed flow: the journey runs from adj to node
                double w = weighting.calcEdgeWeight(edge, true);
                if (Double.isInfinite(w)) {
                    continue;
                }
                double candidate = weight[node] + w;
                if (seen[adj] != generation || candidate < weight[adj]) {
                    reach(adj, candidate, millis[node] + weighting.calcEdgeMillis(edge, true),
                            metres[node] + edge.getDistance());
                }
            }
        }
    }

    private void reach(int node, double w, long ms, double m) {
        seen[node] = generation;
        weight[node] = w;
        millis[node] = ms;
        metres[node] = m;
        push(node, w);
    }

    private void push(int node, double key) {
        if (heapSize == heapNode.length) {
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapNode[i] = heapNode[parent];
            heapKey[i] = heapKey[parent];
            i = parent;
        }
        heapNode[i] = node;
        heapKey[i] = key;
    }

    private int pop() {
        int top = heapNode[0];
        int lastNode = heapNode[--heapSize];
        double lastKey = heapKey[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= lastKey) {
                break;
            }
            heapNode[i] = heapNode[child];
            heapKey[i] = heapKey[child];
            i = child;
        }
        heapNode[i] = lastNode;
        heapKey[i] = lastKey;
        return top;
    }
}
