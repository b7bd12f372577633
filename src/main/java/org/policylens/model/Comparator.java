package org.policylens.model;

/** How a target value is to be read: at least, at most, about, or exactly as written. */
public enum Comparator {
    AT_LEAST(">="), AT_MOST("<="), ABOUT("~"), EQUAL("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol used in the CLI, JSON and the database: {@code >=}, {@code <=}, {@code ~} or {@code =}. */
    public String symbol() {
        return symbol;
    }

    public static Comparator fromSymbol(String symbol) {
        for (Comparator c : values()) {
            if (c.symbol.equals(symbol == null ? "" : symbol.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator: " + symbol + " (expected >=, <=, ~ or =)");
    }
}
