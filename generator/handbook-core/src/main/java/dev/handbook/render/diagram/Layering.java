package dev.handbook.render.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Assigns each node of a directed graph to a column: the length of the longest path that reaches it (Kahn's
 * algorithm, linear in nodes plus edges), with nodes marked {@code last} moved to one column after all others. A cycle
 * (a dependency loop in the content) is broken at its lowest-numbered node, so layering always terminates.
 */
final class Layering {

    private Layering() {}

    /**
     * @param out the successors of each node, by index
     * @param last which nodes belong in the rightmost column
     * @return the column of each node, starting at 0
     */
    static int[] layers(List<List<Integer>> out, boolean[] last) {
        int n = out.size();
        int[] inDegree = new int[n];
        out.forEach(targets -> targets.forEach(t -> inDegree[t]++));
        int[] layer = new int[n];
        boolean[] placed = new boolean[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                ready.add(i);
            }
        }
        int done = 0;
        int nextCycleBreak = 0;
        while (done < n) {
            if (ready.isEmpty()) {
                while (placed[nextCycleBreak]) {
                    nextCycleBreak++;
                }
                ready.add(nextCycleBreak);
            }
            int v = ready.poll();
            if (placed[v]) {
                continue;
            }
            placed[v] = true;
            done++;
            for (int t : out.get(v)) {
                if (!placed[t]) {
                    layer[t] = Math.max(layer[t], layer[v] + 1);
                    if (--inDegree[t] == 0) {
                        ready.add(t);
                    }
                }
            }
        }
        int lastColumn = 0;
        boolean anyOther = false;
        for (int i = 0; i < n; i++) {
            if (!last[i]) {
                lastColumn = Math.max(lastColumn, layer[i] + 1);
                anyOther = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (last[i]) {
                layer[i] = anyOther ? lastColumn : 0;
            }
        }
        return compact(layer);
    }

    /** Removes empty columns (left behind when {@code last} nodes moved), keeping the order of the rest. */
    private static int[] compact(int[] layer) {
        int max = Arrays.stream(layer).max().orElse(0);
        int[] newIndex = new int[max + 1];
        boolean[] used = new boolean[max + 1];
        for (int l : layer) {
            used[l] = true;
        }
        int next = 0;
        for (int l = 0; l <= max; l++) {
            newIndex[l] = used[l] ? next++ : -1;
        }
        int[] result = new int[layer.length];
        for (int i = 0; i < layer.length; i++) {
            result[i] = newIndex[layer[i]];
        }
        return result;
    }

    /** The successor lists of {@code n} empty nodes, ready to fill. */
    static List<List<Integer>> empty(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
