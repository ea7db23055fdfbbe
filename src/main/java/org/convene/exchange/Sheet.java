package org.convene.exchange;

import java.util.List;

/** The two sheets of an import, each with the contract's canonical column names. */
enum Sheet {
    ELEMENTS(
            "elements",
            List.of(
                    "ID",
                    "Label",
                    "Type",
                    "Sector",
                    "Level",
                    "Organization",
                    "Role",
                    "Coalition",
                    "Joined",
                    "Left",
                    "Stage",
                    "Stage since",
                    "Power",
                    "Urgency",
                    "Optimism",
                    "Collaboration",
                    "Openness",
                    "No resources",
                    "Resources",
                    "Description",
                    "Tags"),
            List.of("Label", "Type")),
    CONNECTIONS(
            "connections",
            List.of("From", "To", "Type", "Strength", "Context", "Since", "Until", "Source", "Role", "Leads"),
            List.of("From", "To"));

    private final String key;
    private final List<String> columns;
    private final List<String> requiredColumns;

    Sheet(String key, List<String> columns, List<String> requiredColumns) {
        this.key = key;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    /** The name errors use for this sheet, which is also its multipart part name. */
    public String key() {
        return key;
    }

    /** The canonical column names, in the contract's order. */
    public List<String> columns() {
        return columns;
    }

    /** The columns whose header must be present. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }
}
