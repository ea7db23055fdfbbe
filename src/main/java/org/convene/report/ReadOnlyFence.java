package org.convene.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;

/**
 * Decides from a query's {@code EXPLAIN} plan whether a report may run: the query must be
 * read-only and plan no {@code LOAD CSV}, procedure call, {@code CALL { } IN TRANSACTIONS},
 * administration or schema command, all-nodes or all-relationships scan; and unless the report's
 * role is ADMIN, no touch of the application's own nodes (their labels, the relationship types
 * that reach them, a look-up by internal id, which could land on one, or a label chosen at run
 * time). Operators are named {@code NodeByLabelScan@neo4j}: the {@code @database} suffix and a
 * {@code (All)}-style qualifier are stripped before they are compared.
 */
final class ReadOnlyFence {

    /** The application's own labels: users, their tokens, the audit trail, the version counter. */
    static final Set<String> APP_LABELS = Set.of("User", "ApiToken", "AuditEntry", "GraphVersion");

    /** Why a report may not run: the clause, named as a reader of the report file knows it, and why. */
    record Refusal(String clause, String reason) {

        String message(String report) {
            return "The report '" + report + "' was refused: " + reason + " (" + clause
                    + "). Reports may only read the network; nothing was run.";
        }
    }

    /**
     * What the application's own nodes look like in the store right now.
     *
     * @param types the relationship types that touch a node with an app label
     * @param bridged whether one of those relationships joins an app node to a network node, so
     *     that a relationship pattern without a type could step from the network onto one
     */
    record AppNodes(Set<String> types, boolean bridged) {

        AppNodes {
            types = Set.copyOf(types);
        }
    }

    private static final Set<String> WRITES_CREATE = Set.of("Create", "CreateNode", "CreateRelationship");
    private static final Set<String> WRITES_DELETE =
            Set.of("Delete", "DeleteNode", "DeleteRelationship", "DeletePath", "DeleteExpression");
    private static final Set<String> WRITES_DETACH_DELETE =
            Set.of("DetachDelete", "DetachDeleteNode", "DetachDeletePath", "DetachDeleteExpression");
    private static final Set<String> ID_SEEKS = Set.of(
            "NodeByIdSeek",
            "NodeByElementIdSeek",
            "DirectedRelationshipByIdSeek",
            "UndirectedRelationshipByIdSeek",
            "DirectedRelationshipByElementIdSeek",
            "UndirectedRelationshipByElementIdSeek");
    private static final Set<String> ALL_RELATIONSHIPS_SCANS =
            Set.of("DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "AllRelationshipsScan");
    private static final Pattern COMMAND = Pattern.compile(
            "(Show|Terminate|Drop|Alter|Rename|Grant|Deny|Revoke|Start|Stop|Enable|Disable|Wait|DoNothingIf"
                    + "|AssertAllowed|EnsureValid|Administration|SetOwnPassword|CreateIndex|CreateConstraint"
                    + "|CreateDatabase|CreateUser|CreateRole|CreateAlias|CreateCompositeDatabase|CreateServer).*");
    /** A label-or-type token where a pattern or label expression puts one: {@code :User}, {@code |User}, {@code !User}. */
    private static final String TOKEN_BEFORE = "[:|&!]\\s*`?";

    private static final Pattern DYNAMIC = Pattern.compile("[:|&]\\s*\\$(?:all|any)?\\(");
    private static final Pattern UNTYPED_RELATIONSHIP = Pattern.compile("-\\[[A-Za-z_0-9`]*(?:\\*[^\\]]*)?]-");

    private ReadOnlyFence() {}

    /**
     * The first reason the plan gives not to run it, walking the operators from the top.
     *
     * @param unfenced {@code true} for an ADMIN report, which may read the application's own nodes
     */
    static Optional<Refusal> check(QueryType type, Plan plan, boolean unfenced, AppNodes app) {
        Pattern appTokens = appTokens(app);
        List<Plan> operators = new ArrayList<>();
        flatten(plan, operators);
        for (Plan operator : operators) {
            String name = baseName(operator.operatorType());
            Optional<Refusal> refusal = always(name, operator);
            if (refusal.isEmpty() && !unfenced) {
                refusal = fenced(name, operator, appTokens, app);
            }
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        if (type != QueryType.READ_ONLY) {
            return Optional.of(new Refusal("a write", "it is not read-only (its query type is " + type + ")"));
        }
        return Optional.empty();
    }

    /** {@code Expand(All)@neo4j} is {@code Expand}. */
    static String baseName(String operatorType) {
        String name = operatorType;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int bracket = name.indexOf('(');
        if (bracket >= 0) {
            name = name.substring(0, bracket);
        }
        return name.strip();
    }

    private static Optional<Refusal> always(String name, Plan operator) {
        String writes = "it writes to the store";
        if (WRITES_CREATE.contains(name)) {
            return refuse("CREATE", writes);
        }
        if (name.contains("Merge")) {
            return refuse("MERGE", writes);
        }
        if (WRITES_DETACH_DELETE.contains(name)) {
            return refuse("DETACH DELETE", writes);
        }
        if (WRITES_DELETE.contains(name)) {
            return refuse("DELETE", writes);
        }
        if (name.startsWith("Set") && !name.equals("SetOwnPassword")) {
            return refuse("SET", writes);
        }
        if (name.startsWith("Remove")) {
            return refuse("REMOVE", writes);
        }
        if (name.startsWith("Foreach")) {
            return refuse("FOREACH", "it writes inside FOREACH");
        }
        if (name.equals("LoadCSV")) {
            return refuse("LOAD CSV", "it reads a file or URL");
        }
        if (name.contains("ProcedureCall")) {
            return refuse("CALL " + procedure(details(operator)), "it calls a procedure");
        }
        if (name.equals("TransactionApply") || name.equals("TransactionForeach")) {
            return refuse("CALL { } IN TRANSACTIONS", "it commits in transactions of its own");
        }
        if (name.equals("AllNodesScan")) {
            return refuse("an all-nodes scan", "it scans every node of the store (a node pattern without a label)");
        }
        if (ALL_RELATIONSHIPS_SCANS.contains(name)) {
            return refuse(
                    "an all-relationships scan",
                    "it scans every relationship of the store (a relationship pattern without a type)");
        }
        if (COMMAND.matcher(name).matches() || operator.operatorType().endsWith("@system")) {
            return refuse(commandName(name), "it is an administration or schema command");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> fenced(String name, Plan operator, Pattern appTokens, AppNodes app) {
        String adminOnly = "only an ADMIN report may";
        if (ID_SEEKS.contains(name)) {
            return refuse(
                    "a look-up by internal id",
                    "it finds nodes or relationships by id() or elementId(), which can reach the application's own"
                            + " nodes; " + adminOnly);
        }
        for (String text : texts(operator)) {
            Matcher token = appTokens.matcher(text);
            if (token.find()) {
                String found = token.group(1);
                boolean label = APP_LABELS.contains(found);
                return refuse(
                        label ? ":" + found : "[:" + found + "]",
                        "it reads the application's own " + (label ? "nodes" : "relationships")
                                + " (users, tokens, the audit trail); " + adminOnly);
            }
            if (DYNAMIC.matcher(text).find()) {
                return refuse(
                        "a label or type chosen at run time ($(...))",
                        "it could name the application's own labels; " + adminOnly);
            }
            if (app.bridged()
                    && name.contains("Expand")
                    && UNTYPED_RELATIONSHIP.matcher(text).find()) {
                return refuse(
                        "a relationship pattern without a type",
                        "in this store it can step onto the application's own nodes; " + adminOnly);
            }
        }
        return Optional.empty();
    }

    private static Pattern appTokens(AppNodes app) {
        List<String> names = new ArrayList<>(APP_LABELS);
        names.addAll(app.types());
        String alternatives =
                String.join("|", names.stream().sorted().map(Pattern::quote).toList());
        return Pattern.compile(TOKEN_BEFORE + "(" + alternatives + ")`?(?![A-Za-z0-9_])");
    }

    private static Optional<Refusal> refuse(String clause, String reason) {
        return Optional.of(new Refusal(clause, reason));
    }

    private static void flatten(Plan plan, List<Plan> into) {
        into.add(plan);
        for (Plan child : plan.children()) {
            flatten(child, into);
        }
    }

    /** Every text the operator states about itself: its details and any other text argument. */
    private static List<String> texts(Plan operator) {
        List<String> texts = new ArrayList<>();
        for (var argument : operator.arguments().entrySet()) {
            Value value = argument.getValue();
            if (value != null && value.asObject() instanceof String text) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String details(Plan operator) {
        Value details = operator.arguments().get("Details");
        return details == null || details.isNull() ? "" : details.asString();
    }

    /** {@code dbms.components() :: (name :: STRING)} is {@code dbms.components}. */
    private static String procedure(String details) {
        int bracket = details.indexOf('(');
        String name = (bracket < 0 ? details : details.substring(0, bracket)).strip();
        return name.isEmpty() ? "a procedure" : name;
    }

    /** {@code ShowIndexes} is {@code SHOW INDEXES}. */
    private static String commandName(String operator) {
        if (operator.equals("AdministrationCommand")) {
            return "an administration command";
        }
        return operator.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }
}
