package org.newsgraph.cli;

/** Placeholder entry point until the picocli commands land. */
public final class Main {
    public static void main(String[] args) {
        System.err.println("kg: no commands yet");
        System.exit(1);
    }
}
