package org.convene.analysis;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT view of a {@link CoalitionGraph}'s people (vertices {@code 0..n-1}) and
 * ties (edges {@code 0..m-1}, weight = probability), reading the graph's adjacency rows in
 * place. Written for the view rather than using jgrapht-opt's sparse graphs because those copy
 * the ties into a second structure of their own (and that artifact is not published for every
 * JGraphT release).
 */
final class TieGraphView extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder()
            .undirected()
            .weighted(true)
            .allowMultipleEdges(false)
            .allowSelfLoops(false)
            .allowCycles(true)
            .modifiable(false)
            .build();

    private final CoalitionGraph graph;
    private final Set<Integer> vertices;
    private final Set<Integer> edges;

    TieGraphView(CoalitionGraph graph) {
        this.graph = graph;
        this.vertices = new Range(graph.personCount());
        this.edges = new Range(graph.tieCount());
    }

    @Override
    public Set<Integer> getAllEdges(Integer sourceVertex, Integer targetVertex) {
        Integer edge = getEdge(sourceVertex, targetVertex);
        return edge == null ? Set.of() : Set.of(edge);
    }

    @Override
    public Integer getEdge(Integer sourceVertex, Integer targetVertex) {
        if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
            return null;
        }
        var tie = graph.tieBetween(sourceVertex, targetVertex);
        return tie.isPresent() ? tie.getAsInt() : null;
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer sourceVertex, Integer targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer sourceVertex, Integer targetVertex, Integer e) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer e) {
        return edges.contains(e);
    }

    @Override
    public boolean containsVertex(Integer v) {
        return vertices.contains(v);
    }

    @Override
    public Set<Integer> edgeSet() {
        return edges;
    }

    @Override
    public int degreeOf(Integer vertex) {
        assertVertexExist(vertex);
        return graph.degree(vertex);
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        assertVertexExist(vertex);
        return new Incident(vertex);
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        return edgesOf(vertex);
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        return edgesOf(vertex);
    }

    @Override
    public Integer removeEdge(Integer sourceVertex, Integer targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public Set<Integer> vertexSet() {
        return vertices;
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        return graph.tieSource(checkEdge(e));
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        return graph.tieTarget(checkEdge(e));
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        return graph.probability(checkEdge(e));
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw readOnly();
    }

    private int checkEdge(Integer e) {
        if (!containsEdge(e)) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
        return e;
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the coalition graph view is read-only");
    }

    /** The integers {@code 0..size-1}. */
    private static final class Range extends AbstractSet<Integer> {
        private final int size;

        Range(int size) {
            this.size = size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= 0 && i < size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Integer next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }
    }

    /** The ties of one person, in neighbour order. */
    private final class Incident extends AbstractSet<Integer> {
        private final int vertex;

        Incident(int vertex) {
            this.vertex = vertex;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer e
                    && e >= 0
                    && e < graph.tieCount()
                    && (graph.tieSource(e) == vertex || graph.tieTarget(e) == vertex);
        }

        @Override
        public int size() {
            return graph.degree(vertex);
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int slot = graph.firstSlot(vertex);

                @Override
                public boolean hasNext() {
                    return slot < graph.endSlot(vertex);
                }

                @Override
                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return graph.slotTie(slot++);
                }
            };
        }
    }
}
