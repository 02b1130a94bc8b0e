package dev.gantry.scheduling.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scheduling network between leaf tasks: links (after summary links were spread onto leaves) indexed
 * by predecessor and by successor in compressed-sparse-row form.
 */
final class LinkGraph {

    final int nodeCount;
    final int linkCount;
    final int[] pred;
    final int[] succ;
    /** Index of each link in the plan's link arrays, for type and lag. */
    final int[] source;
    final int[] inStart;
    final int[] inLinks;
    final int[] outStart;
    final int[] outLinks;

    private LinkGraph(int nodeCount, int[] pred, int[] succ, int[] source, int linkCount) {
        this.nodeCount = nodeCount;
        this.linkCount = linkCount;
        this.pred = pred;
        this.succ = succ;
        this.source = source;
        this.inStart = new int[nodeCount + 1];
        this.outStart = new int[nodeCount + 1];
        for (int k = 0; k < linkCount; k++) {
            inStart[succ[k] + 1]++;
            outStart[pred[k] + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) {
            inStart[i + 1] += inStart[i];
            outStart[i + 1] += outStart[i];
        }
        this.inLinks = new int[linkCount];
        this.outLinks = new int[linkCount];
        int[] inFill = Arrays.copyOf(inStart, nodeCount);
        int[] outFill = Arrays.copyOf(outStart, nodeCount);
        for (int k = 0; k < linkCount; k++) {
            inLinks[inFill[succ[k]]++] = k;
            outLinks[outFill[pred[k]]++] = k;
        }
    }

    /** Accumulates links, then freezes them into a graph. */
    static final class Builder {
        private final int nodeCount;
        private int[] pred = new int[16];
        private int[] succ = new int[16];
        private int[] source = new int[16];
        private int size;

        Builder(int nodeCount, int expectedLinks) {
            this.nodeCount = nodeCount;
            int cap = Math.max(16, expectedLinks);
            pred = new int[cap];
            succ = new int[cap];
            source = new int[cap];
        }

        void add(int p, int s, int sourceLink) {
            if (size == pred.length) {
                int cap = size * 2;
                pred = Arrays.copyOf(pred, cap);
                succ = Arrays.copyOf(succ, cap);
                source = Arrays.copyOf(source, cap);
            }
            pred[size] = p;
            succ[size] = s;
            source[size] = sourceLink;
            size++;
        }

        LinkGraph build() {
            return new LinkGraph(nodeCount, pred, succ, source, size);
        }
    }

    /**
     * Kahn's algorithm over the given nodes. Returns the nodes in an order where every predecessor comes
     * first; when the links form a cycle, returns null and {@code cycleOut} receives one cycle in link order.
     */
    int[] topologicalOrder(int[] nodes, List<Integer> cycleOut) {
        int[] indegree = new int[nodeCount];
        for (int n : nodes) {
            indegree[n] = inStart[n + 1] - inStart[n];
        }
        int[] order = new int[nodes.length];
        int head = 0;
        int tail = 0;
        for (int n : nodes) {
            if (indegree[n] == 0) {
                order[tail++] = n;
            }
        }
        while (head < tail) {
            int n = order[head++];
            for (int e = outStart[n]; e < outStart[n + 1]; e++) {
                int s = succ[outLinks[e]];
                if (--indegree[s] == 0) {
                    order[tail++] = s;
                }
            }
        }
        if (tail == nodes.length) {
            return order;
        }
        cycleOut.addAll(findCycle(nodes, indegree));
        return null;
    }

    /**
     * Every node left with a positive in-degree after Kahn's algorithm has a predecessor also left, so
     * walking predecessors among them must revisit a node: the walk between the two visits is a cycle.
     */
    private List<Integer> findCycle(int[] nodes, int[] indegree) {
        int start = -1;
        for (int n : nodes) {
            if (indegree[n] > 0) {
                start = n;
                break;
            }
        }
        int[] visitedAt = new int[nodeCount];
        Arrays.fill(visitedAt, -1);
        List<Integer> walk = new ArrayList<>();
        int cur = start;
        while (visitedAt[cur] < 0) {
            visitedAt[cur] = walk.size();
            walk.add(cur);
            int next = -1;
            for (int e = inStart[cur]; e < inStart[cur + 1]; e++) {
                int p = pred[inLinks[e]];
                if (indegree[p] > 0) {
                    next = p;
                    break;
                }
            }
            cur = next;
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(visitedAt[cur], walk.size()));
        java.util.Collections.reverse(cycle); // walked against the links: reverse into link order
        return cycle;
    }
}
