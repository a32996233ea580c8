package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code source <(handbook generate-completion)}: bash (and zsh, through bashcompinit) completes the commands. */
class CompletionTest {

    @TempDir Path dir;

    @Test
    void theGeneratedScriptCompletesSubcommandsAndOptionsInBash() throws Exception {
        CliRun cli = new CliRun();
        assertThat(cli.run("generate-completion")).isZero();
        Path script = dir.resolve("handbook-completion.bash");
        Files.writeString(script, cli.out.toString());

        String subcommands = complete(script, "handbook", "");
        String buildOptions = complete(script, "handbook build", "--fa");

        assertThat(subcommands.split(" ")).contains("build", "check", "serve", "init", "schemas");
        assertThat(buildOptions.split(" ")).contains("--fail-on");
    }

    /** What bash offers after {@code line} and the word being typed, with the script sourced. */
    private String complete(Path script, String line, String word) throws Exception {
        String words = line + " " + word;
        String program = "source '" + script + "'; COMP_WORDS=(" + words + (word.isEmpty() ? " ''" : "") + "); COMP_CWORD="
                + (line.split(" ").length) + "; COMP_LINE='" + words + "'; COMP_POINT=${#COMP_LINE}; _complete_handbook; echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // compopt complains outside a real completion
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output;
    }
}
