package dev.handbook.render.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a layered graph: its nodes plus a placeholder ("dummy") vertex in every column a long edge crosses,
 * each column in drawing order, and the edges between adjacent columns. Orders columns with the barycentre heuristic.
 */
final class VertexColumns {

    /** Down-and-up sweeps; two already remove most crossings in graphs this shape, more rarely pay off. */
    private static final int SWEEPS = 2;
    /**
     * Longest edge that gets placeholders. Past it an edge is drawn straight across and left out of ordering, so that
     * a deep dependency chain costs edges, not edges times columns.
     */
    static final int MAX_SPAN = 8;

    private final int nodeCount;
    private final List<Integer> layerOf = new ArrayList<>();
    private final List<List<Integer>> predecessors = new ArrayList<>();
    private final List<List<Integer>> successors = new ArrayList<>();
    private final List<List<Integer>> columns = new ArrayList<>();

    /** @param layers the column of each node; nodes keep their index as vertex number and their order in each column */
    VertexColumns(int[] layers) {
        this.nodeCount = layers.length;
        for (int layer : layers) {
            add(layer);
        }
    }

    private int add(int layer) {
        int v = layerOf.size();
        layerOf.add(layer);
        predecessors.add(new ArrayList<>());
        successors.add(new ArrayList<>());
        while (columns.size() <= layer) {
            columns.add(new ArrayList<>());
        }
        columns.get(layer).add(v);
        return v;
    }

    /**
     * Links {@code from} to {@code to} through one placeholder per column in between.
     *
     * @return the vertices the edge passes, ends included
     */
    int[] chain(int from, int to) {
        int start = layerOf.get(from);
        int end = layerOf.get(to);
        if (end <= start || end - start > MAX_SPAN) {
            return new int[] {from, to}; // a loop or a very long edge: drawn, but left out of ordering
        }
        int[] chain = new int[end - start + 1];
        chain[0] = from;
        for (int layer = start + 1; layer < end; layer++) {
            chain[layer - start] = add(layer);
        }
        chain[chain.length - 1] = to;
        for (int k = 1; k < chain.length; k++) {
            successors.get(chain[k - 1]).add(chain[k]);
            predecessors.get(chain[k]).add(chain[k - 1]);
        }
        return chain;
    }

    /** Orders each column by the mean position of its neighbours in the previous (then next) column. */
    void order() {
        int[] position = new int[layerOf.size()];
        columns.forEach(column -> number(column, position));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int i = 1; i < columns.size(); i++) {
                sort(columns.get(i), predecessors, position);
            }
            for (int i = columns.size() - 2; i >= 0; i--) {
                sort(columns.get(i), successors, position);
            }
        }
    }

    private static void sort(List<Integer> column, List<List<Integer>> neighbours, int[] position) {
        Map<Integer, Double> key = new HashMap<>();
        for (int v : column) {
            List<Integer> ns = neighbours.get(v);
            key.put(v, ns.isEmpty() ? position[v] : ns.stream().mapToInt(u -> position[u]).average().orElse(0));
        }
        column.sort(Comparator.comparingDouble(key::get)); // stable: ties keep their order
        number(column, position);
    }

    private static void number(List<Integer> column, int[] position) {
        for (int i = 0; i < column.size(); i++) {
            position[column.get(i)] = i;
        }
    }

    boolean isDummy(int v) {
        return v >= nodeCount;
    }

    int layerOf(int v) {
        return layerOf.get(v);
    }

    int size() {
        return layerOf.size();
    }

    List<List<Integer>> columns() {
        return columns;
    }

    List<Integer> predecessors(int v) {
        return predecessors.get(v);
    }

    List<Integer> successors(int v) {
        return successors.get(v);
    }
}
