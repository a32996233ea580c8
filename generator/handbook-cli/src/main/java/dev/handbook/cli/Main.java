package dev.handbook.cli;

/** The launcher's entry point. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int exit;
        try {
            exit = HandbookCommand.forArguments(args).execute(args);
        } catch (Throwable bug) { // an Error escapes picocli's handler: still no stack trace for the user
            System.err.println("handbook: internal error: " + bug + ". This is a bug in handbook; please report it."
                    + " Set HANDBOOK_DEBUG=1 to print the stack trace.");
            if (System.getenv("HANDBOOK_DEBUG") != null) {
                bug.printStackTrace();
            }
            exit = ExitCodes.INTERNAL;
        }
        System.exit(exit);
    }
}
