package org.convene.report;

/**
 * One parameter of a report, from a {@code // param NAME: TYPE[?] [= DEFAULT] [| DESCRIPTION]}
 * line: the query's {@code $NAME}.
 *
 * @param optional {@code true} when it may be left out: it has a default, or a {@code ?} (then
 *     it is bound as null when not given)
 * @param defaultText the default as the header writes it ({@code start of quarter}, {@code 42}), or null
 * @param description the text after {@code |}, or null
 */
record ReportParameter(String name, ParameterType type, boolean optional, String defaultText, String description) {

    boolean required() {
        return !optional;
    }

    boolean hasDefault() {
        return defaultText != null;
    }
}
