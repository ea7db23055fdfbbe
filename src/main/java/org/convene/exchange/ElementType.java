package org.convene.exchange;

/** The two kinds of element an import file holds: the Elements sheet's {@code Type}. */
public enum ElementType {
    PERSON("Person"),
    ORGANIZATION("Organization");

    private final String title;

    ElementType(String title) {
        this.title = title;
    }

    /** The value as the import file spells it: {@code Person} or {@code Organization}. */
    public String title() {
        return title;
    }
}
