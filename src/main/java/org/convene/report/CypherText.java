package org.convene.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A report's query read as Cypher's tokens, with comments and string literals skipped: what the
 * header check and the runner need to know that the query plan does not show (the parameters the
 * query uses, and a {@code USE} clause, which a plan leaves out).
 */
final class CypherText {

    enum Kind {
        WORD,
        QUOTED_NAME,
        PARAMETER,
        SYMBOL
    }

    record Token(Kind kind, String text) {}

    private final List<Token> tokens;

    private CypherText(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    static CypherText of(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '/') {
                while (i < n && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
                int end = query.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                i = skipString(query, i, c);
            } else if (c == '`') {
                int end = closingBacktick(query, i + 1);
                tokens.add(
                        new Token(Kind.QUOTED_NAME, query.substring(i + 1, end).replace("``", "`")));
                i = Math.min(n, end + 1);
            } else if (c == '$') {
                int start = i + 1;
                if (start < n && query.charAt(start) == '`') {
                    int end = closingBacktick(query, start + 1);
                    tokens.add(new Token(
                            Kind.PARAMETER, query.substring(start + 1, end).replace("``", "`")));
                    i = Math.min(n, end + 1);
                } else {
                    int end = start;
                    while (end < n && isNamePart(query.charAt(end))) {
                        end++;
                    }
                    if (end > start) {
                        tokens.add(new Token(Kind.PARAMETER, query.substring(start, end)));
                        i = end;
                    } else {
                        tokens.add(new Token(Kind.SYMBOL, "$"));
                        i++;
                    }
                }
            } else if (isNameStart(c)) {
                int end = i;
                while (end < n && isNamePart(query.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, query.substring(i, end)));
                i = end;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return new CypherText(tokens);
    }

    /** Whether anything but comments is there. */
    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The names of the parameters the query uses ({@code $name}), in order of first use. */
    Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        for (Token token : tokens) {
            if (token.kind() == Kind.PARAMETER) {
                names.add(token.text());
            }
        }
        return names;
    }

    /**
     * Whether the query has a {@code USE} clause, which chooses another database: the word
     * {@code USE} where a clause may start (the query's start, after {@code {} or {@code UNION}).
     */
    boolean usesAnotherGraph() {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD || !token.text().equalsIgnoreCase("USE")) {
                continue;
            }
            if (i == 0) {
                return true;
            }
            Token before = tokens.get(i - 1);
            String upper = before.text().toUpperCase(Locale.ROOT);
            if ((before.kind() == Kind.SYMBOL && upper.equals("{"))
                    || (before.kind() == Kind.WORD && (upper.equals("UNION") || upper.equals("ALL")))) {
                return true;
            }
        }
        return false;
    }

    private static int skipString(String query, int start, char quote) {
        int i = start + 1;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return query.length();
    }

    /** The index of the backtick closing a quoted name that starts at {@code from} ({@code ``} is an escaped one). */
    private static int closingBacktick(String query, int from) {
        int i = from;
        while (i < query.length()) {
            if (query.charAt(i) == '`') {
                if (i + 1 < query.length() && query.charAt(i + 1) == '`') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return query.length();
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
