package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No request text reaches Cypher text: every string the application hands to the store as a
 * query ({@code Neo4jClient.query(...)}, a driver session's or transaction's {@code run(...)}) must
 * be built only from compile-time text: literals and text blocks, {@code static final} constants
 * made of them, {@code +}, {@code formatted(...)}/{@code String.format(...)} of such values, and
 * local variables, parameters and the results of the application's own methods whose every value
 * is such text (a parameter by every call site's argument, a method by every {@code return}).
 * Everything a request sends must therefore travel as a bound parameter.
 *
 * <p>The check reads the sources (JavaParser, no type resolution), so it is conservative: what it
 * cannot prove constant fails the test unless it is on {@link #REVIEWED}, each entry a place a
 * person read and found to build its text from fixed fragments only. An entry that no longer
 * flags anything fails the test too, so the list cannot go stale. A Java string cannot be marked
 * "compile-time only" for the compiler ({@code Neo4jClient.query(String)} takes any string), so
 * this is the honest substitute: it stops a new query built from a variable it cannot trace.
 */
class CypherTextTests {

    /** Reviewed places, "Class.method", with why their text is fixed. */
    private static final Map<String, String> REVIEWED = Map.of(
            "Schema.run", "runs the statements of the schema files shipped in the jar (cypher/schema/V*__*.cypher)",
            "Snapshot.restore", "runs the same schema files before a restore, then fixed statements with constants",
            "Elements.find", "the label is the literal Person or Organization at every call (Ties, Affiliations)",
            "Neo4jStoredGraph.find", "the property is the literal id or name (elementsById, elementsByLabel)",
            "StoredLinks.count", "the pattern is one of three literal patterns in StoredLinks.existing",
            "CypherBaselines.run", "the bench's own baseline queries, constants of bench/, reached through Timing",
            "NetworkExport.sheets",
                    "loops over List.of(TIES, AFFILIATIONS, PARTNERSHIPS), three constants of text blocks");

    private static final int DEPTH = 20;

    private static List<CompilationUnit> units;

    @BeforeAll
    static void readTheSources() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        units = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                units.add(StaticJavaParser.parse(file));
            }
        }
    }

    @Test
    void everyQueryTextIsBuiltFromCompileTimeTextOnly() {
        TreeSet<String> flagged = new TreeSet<>();
        TreeSet<String> flaggedPlaces = new TreeSet<>();
        int queries = 0;
        for (CompilationUnit unit : units) {
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                if (!isQuery(call)) {
                    continue;
                }
                queries++;
                if (!constant(call.getArgument(0), Map.of(), 0)) {
                    String place = place(call);
                    flaggedPlaces.add(place);
                    if (!REVIEWED.containsKey(place)) {
                        flagged.add(place + " (line "
                                + call.getBegin().map(p -> p.line).orElse(0) + "): " + call.getArgument(0));
                    }
                }
            }
        }
        assertThat(queries).as("query calls found").isGreaterThan(50);
        assertThat(flagged)
                .as("query texts not provably built from compile-time text; bind the request's values as"
                        + " parameters, or, after review, add the place to REVIEWED")
                .isEmpty();
        assertThat(flaggedPlaces).as("REVIEWED places that no longer need it").containsAll(REVIEWED.keySet());
    }

    @Test
    void theCheckFlagsTextBuiltFromAVariableItCannotTrace() {
        CompilationUnit unit = StaticJavaParser.parse("""
                class Sample {
                    static final String FIXED = "MATCH (p) ";
                    void fine(String id) { neo4j.query(FIXED + "WHERE p.id = $id RETURN p").bind(id); }
                    void formatted() { neo4j.query("MATCH (p:%s) RETURN p".formatted(label("Person"))); }
                    private static String label(String name) { return name; }
                    void pasted(String name) { neo4j.query("MATCH (p {name: '" + name + "'}) RETURN p"); }
                    void alsoPasted(String label) { neo4j.query("MATCH (p:%s) RETURN p".formatted(label)); }
                }
                """);
        List<CompilationUnit> real = units;
        units = List.of(unit);
        try {
            Map<String, Boolean> verdicts = new java.util.LinkedHashMap<>();
            unit.findAll(MethodCallExpr.class).stream()
                    .filter(CypherTextTests::isQuery)
                    .forEach(call -> verdicts.put(
                            enclosingCallable(call)
                                    .map(c -> c.getNameAsString())
                                    .orElse("?"),
                            constant(call.getArgument(0), Map.of(), 0)));
            assertThat(verdicts)
                    .isEqualTo(Map.of("fine", true, "formatted", true, "pasted", false, "alsoPasted", false));
        } finally {
            units = real;
        }
    }

    /** {@code x.query(text)} with one argument, or {@code tx.run(text, ...)} / {@code session.run(text, ...)}. */
    private static boolean isQuery(MethodCallExpr call) {
        if (call.getScope().isEmpty() || call.getArguments().isEmpty()) {
            return false;
        }
        String scope = call.getScope().get().toString();
        if (call.getNameAsString().equals("query")) {
            return call.getArguments().size() == 1 && !scope.equals("request");
        }
        return call.getNameAsString().equals("run")
                && (scope.equals("tx") || scope.equals("session") || scope.equals("transaction"));
    }

    /** A value bound to a parameter name at one call, with the bindings of the caller. */
    private record Bound(Expression argument, Map<String, Bound> callerBindings) {}

    private static boolean constant(Expression e, Map<String, Bound> bindings, int depth) {
        if (depth > DEPTH) {
            return false;
        }
        if (e instanceof LiteralExpr) {
            return true;
        }
        if (e instanceof EnclosedExpr enclosed) {
            return constant(enclosed.getInner(), bindings, depth + 1);
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return constant(binary.getLeft(), bindings, depth + 1) && constant(binary.getRight(), bindings, depth + 1);
        }
        if (e instanceof ConditionalExpr conditional) {
            return constant(conditional.getThenExpr(), bindings, depth + 1)
                    && constant(conditional.getElseExpr(), bindings, depth + 1);
        }
        if (e instanceof NameExpr name) {
            return constantName(name, bindings, depth);
        }
        if (e instanceof FieldAccessExpr access) {
            return field(access.getScope().toString(), access.getNameAsString())
                    .map(v -> v.getInitializer().isPresent()
                            && constant(v.getInitializer().get(), Map.of(), depth + 1))
                    .orElse(false);
        }
        if (e instanceof MethodCallExpr call) {
            return constantCall(call, bindings, depth);
        }
        return false;
    }

    private static boolean constantName(NameExpr name, Map<String, Bound> bindings, int depth) {
        String id = name.getNameAsString();
        if (bindings.containsKey(id)) {
            Bound bound = bindings.get(id);
            return constant(bound.argument(), bound.callerBindings(), depth + 1);
        }
        // a local variable: its initializer and every assignment
        Optional<Node> body = enclosingBody(name);
        if (body.isPresent()) {
            List<VariableDeclarator> locals = body.get()
                    .findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(id));
            if (!locals.isEmpty()) {
                boolean all = locals.stream()
                        .allMatch(v -> !isLoopVariable(v)
                                && (v.getInitializer().isEmpty()
                                        || constant(v.getInitializer().get(), bindings, depth + 1)));
                List<AssignExpr> assignments = body.get()
                        .findAll(AssignExpr.class, a -> a.getTarget().toString().equals(id));
                return all && assignments.stream().allMatch(a -> constant(a.getValue(), bindings, depth + 1));
            }
        }
        // a parameter of the enclosing method: every call site's argument
        Optional<CallableDeclaration<?>> callable = enclosingCallable(name);
        if (callable.isPresent()) {
            List<Parameter> parameters = callable.get().getParameters();
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).getNameAsString().equals(id)) {
                    return everyCallSitePassesConstant(callable.get(), i, depth);
                }
            }
        }
        // a field of the enclosing class or of a class around it
        for (Node at = name; at != null; at = at.getParentNode().orElse(null)) {
            if (at instanceof TypeDeclaration<?> type) {
                Optional<VariableDeclarator> field = field(type.getNameAsString(), id);
                if (field.isPresent()) {
                    return field.get().getInitializer().isPresent()
                            && constant(field.get().getInitializer().get(), Map.of(), depth + 1);
                }
            }
        }
        return false;
    }

    /**
     * Whether a call can be one of this method's: by name and number of arguments, leaving out
     * static calls on another class ({@code SpringApplication.run(...)} is not {@code
     * CypherBaselines.run(...)}).
     */
    private static boolean mayCall(MethodCallExpr call, CallableDeclaration<?> method) {
        if (!call.getNameAsString().equals(method.getNameAsString())
                || call.getArguments().size() != method.getParameters().size()) {
            return false;
        }
        return call.getScope()
                .map(Expression::toString)
                .filter(scope -> Character.isUpperCase(scope.charAt(0)) && !scope.contains("."))
                .map(type -> enclosingType(method)
                        .map(t -> t.getNameAsString().equals(type))
                        .orElse(false))
                .orElse(true);
    }

    private static boolean everyCallSitePassesConstant(CallableDeclaration<?> callable, int index, int depth) {
        List<MethodCallExpr> sites = units.stream()
                .flatMap(u -> u.findAll(MethodCallExpr.class).stream())
                .filter(c -> mayCall(c, callable))
                .toList();
        return !sites.isEmpty()
                && sites.stream().allMatch(site -> constant(site.getArgument(index), Map.of(), depth + 1));
    }

    private static boolean constantCall(MethodCallExpr call, Map<String, Bound> bindings, int depth) {
        String method = call.getNameAsString();
        boolean argumentsConstant = call.getArguments().stream().allMatch(a -> constant(a, bindings, depth + 1));
        if (method.equals("formatted") && call.getScope().isPresent()) {
            return argumentsConstant && constant(call.getScope().get(), bindings, depth + 1);
        }
        if ((method.equals("format") || method.equals("join"))
                && call.getScope().map(s -> s.toString().equals("String")).orElse(false)) {
            return argumentsConstant;
        }
        // one of the application's own methods: every return, with the parameters bound to this call's arguments
        List<MethodDeclaration> declared = units.stream()
                .flatMap(u -> u.findAll(MethodDeclaration.class).stream())
                .filter(m -> mayCall(call, m))
                .toList();
        if (declared.isEmpty()) {
            return false;
        }
        return declared.stream().allMatch(m -> {
            Map<String, Bound> bound = new java.util.HashMap<>();
            for (int i = 0; i < m.getParameters().size(); i++) {
                bound.put(m.getParameter(i).getNameAsString(), new Bound(call.getArgument(i), bindings));
            }
            List<ReturnStmt> returns = m.findAll(
                    ReturnStmt.class,
                    r -> enclosingCallable(r).orElse(null) == m
                            && enclosingLambda(r).isEmpty());
            return !returns.isEmpty()
                    && returns.stream()
                            .allMatch(r -> r.getExpression().isPresent()
                                    && constant(r.getExpression().get(), bound, depth + 1));
        });
    }

    /** The variable of a {@code for (x : xs)} loop, which takes its values from the loop's list. */
    private static boolean isLoopVariable(VariableDeclarator variable) {
        return variable.getParentNode()
                .flatMap(Node::getParentNode)
                .map(ForEachStmt.class::isInstance)
                .orElse(false);
    }

    /** A final field of the class with this simple name. */
    private static Optional<VariableDeclarator> field(String typeName, String fieldName) {
        return units.stream()
                .flatMap(u -> u.findAll(TypeDeclaration.class).stream())
                .filter(t -> t.getNameAsString().equals(typeName))
                .flatMap(t -> ((TypeDeclaration<?>) t).getFields().stream())
                .filter(FieldDeclaration::isFinal)
                .flatMap(f -> f.getVariables().stream())
                .filter(v -> v.getNameAsString().equals(fieldName))
                .findFirst();
    }

    /** The nearest lambda around a node; JavaParser's findAncestor takes generic varargs. */
    @SuppressWarnings("unchecked")
    private static Optional<LambdaExpr> enclosingLambda(Node node) {
        return node.findAncestor(LambdaExpr.class);
    }

    private static Optional<Node> enclosingBody(Node node) {
        Optional<LambdaExpr> lambda = enclosingLambda(node);
        Optional<CallableDeclaration<?>> callable = enclosingCallable(node);
        if (callable.isPresent()) {
            return Optional.of(callable.get());
        }
        return lambda.map(l -> (Node) l);
    }

    @SuppressWarnings("unchecked")
    private static Optional<CallableDeclaration<?>> enclosingCallable(Node node) {
        return node.findAncestor(CallableDeclaration.class).map(c -> (CallableDeclaration<?>) c);
    }

    @SuppressWarnings("unchecked")
    private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
        return node.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    }

    private static String place(Node node) {
        return enclosingType(node).map(TypeDeclaration::getNameAsString).orElse("?") + "."
                + enclosingCallable(node)
                        .map(CallableDeclaration::getNameAsString)
                        .orElse("?");
    }
}
