package dev.handbook.cli;

/** The launcher's entry point. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(HandbookCommand.create().execute(args));
    }
}
