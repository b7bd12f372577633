package org.policylens.cli;

/** How a command prints its records. */
public enum OutputFormat {
    table, json, csv
}
