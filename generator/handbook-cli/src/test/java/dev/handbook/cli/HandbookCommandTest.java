package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher's command line sets up only the subcommand a run names, and that one is the same as in the full one. */
class HandbookCommandTest {

    private final Map<String, CommandLine> all = HandbookCommand.create().getSubcommands();

    @Test
    void aRunThatNamesASubcommandGetsThatSubcommandExactlyAsTheFullCommandLineHasIt() {
        assertThat(all).containsKeys("init", "build", "check", "serve", "new", "schemas");
        all.keySet().stream().filter(name -> !name.equals("help") && !name.equals("generate-completion")).forEach(name -> {
            CommandLine alone = HandbookCommand.forArguments(new String[] {name, "--strict"});
            assertThat(alone.getSubcommands()).as(name).containsOnlyKeys(name);
            CommandLine subcommand = alone.getSubcommands().get(name);
            assertThat(subcommand.getUsageMessage()).as(name).isEqualTo(all.get(name).getUsageMessage());
            assertThat(subcommand.getParameterExceptionHandler()).as(name + ": handbook's usage errors")
                    .isSameAs(alone.getParameterExceptionHandler());
            assertThat(subcommand.getExecutionExceptionHandler()).as(name + ": handbook's error handling")
                    .isSameAs(alone.getExecutionExceptionHandler());
        });
    }

    @Test
    void theHelpTheCompletionScriptAMisspeltSubcommandAndNoneGetThemAll() {
        for (String[] args : new String[][] {{}, {"help", "build"}, {"generate-completion"}, {"biuld"}, {"--version"}}) {
            assertThat(HandbookCommand.forArguments(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(all.keySet());
        }
    }
}
