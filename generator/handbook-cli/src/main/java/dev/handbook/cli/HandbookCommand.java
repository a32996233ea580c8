package dev.handbook.cli;

import dev.handbook.Handbook;
import dev.handbook.HandbookException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code handbook}: the top-level command. Run with no subcommand, it prints its usage. */
@Command(
        name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = "Compiles runbooks, ADRs, postmortems, SPOFs, drills and chaos experiments into a cross-linked static handbook.")
public final class HandbookCommand implements Runnable {

    /** The subcommands, in the order usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class,
            NewCommand.class, SchemasCommand.class, HelpCommand.class, AutoComplete.GenerateCompletion.class);
    /** Those that read the other subcommands: the help and the completion script list them all. */
    private static final Set<Class<?>> LISTING_OTHERS = Set.of(HelpCommand.class, AutoComplete.GenerateCompletion.class);

    @Spec CommandSpec spec;

    private final Handbook shared;

    private HandbookCommand(Handbook shared) {
        this.shared = shared;
    }

    /** The handbook a subcommand builds with: the shared one, or a new one that the run closes. */
    HandbookLease handbook() {
        return shared != null ? new HandbookLease(shared, false) : new HandbookLease(new Handbook(), true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** A command line with handbook's exit codes and error handling, ready to {@code execute}. */
    public static CommandLine create() {
        return create(null);
    }

    /**
     * Like {@link #create()}, but every build and check runs on {@code shared} (which the caller closes), or on a
     * handbook of its own if {@code shared} is null.
     */
    public static CommandLine create(Handbook shared) {
        return create(shared, SUBCOMMANDS);
    }

    /**
     * The command line for one run of {@code args}: when they start with a subcommand's name, only that subcommand is
     * set up. picocli builds the model of a subcommand by reflection when it is added, and building all eight is a
     * twentieth of a small handbook's cold build. Anything else (no subcommand, a misspelt one, {@code help}) gets them all.
     */
    static CommandLine forArguments(String[] args) {
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> !LISTING_OTHERS.contains(c) && args.length > 0 && c.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        return create(null, named.isEmpty() ? SUBCOMMANDS : named);
    }

    private static CommandLine create(Handbook shared, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new HandbookCommand(shared));
        for (Class<?> subcommand : subcommands) { // no method reference to picocli: see LauncherIT's archive test
            cli.addSubcommand(subcommand);
        }
        cli.setExecutionExceptionHandler(HandbookCommand::handle);
        documentExitCodes(cli);
        cli.setParameterExceptionHandler(
                (ex, args) -> {
                    PrintWriter err = ex.getCommandLine().getErr();
                    err.println("handbook: " + ex.getMessage());
                    err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
                    return ExitCodes.USAGE;
                });
        return cli;
    }

    private static void documentExitCodes(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.HELP);
        cli.getSubcommands().values().forEach(HandbookCommand::documentExitCodes);
    }

    /** Bad setup gets its message, bugs a short note; no stack trace unless HANDBOOK_DEBUG is set. */
    private static int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (ex instanceof HandbookException) {
            err.println("handbook: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("handbook: internal error: " + ex + ". This is a bug in handbook; please report it."
                + " Set HANDBOOK_DEBUG=1 to print the stack trace.");
        if (System.getenv("HANDBOOK_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }
}
