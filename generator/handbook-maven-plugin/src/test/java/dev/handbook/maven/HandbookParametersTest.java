package dev.handbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.BuildOptions;
import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerifyMode;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The goals read failOn and verify with the CLI's words, and reject others with the CLI's message. */
class HandbookParametersTest {

    private static final File BASE = new File("target/it-base");

    private static BuildOptions options(String verify, String failOn) throws MojoFailureException {
        return HandbookParameters.options(BASE, new File(BASE, "content"), new File(BASE, "site"), new File(BASE, "out"), null, verify, failOn, false);
    }

    @Test
    void theCliWordsAndThePluginsOwnAreRead() throws MojoFailureException {
        assertThat(options("fresh", "stale,action-items").failOn()).containsExactlyInAnyOrder(FlagCategory.STALE, FlagCategory.ACTION_ITEMS);
        assertThat(options("true", null).verify()).isEqualTo(VerifyMode.CACHED);
        assertThat(options("cached", null).verify()).as("the CLI's word").isEqualTo(VerifyMode.CACHED);
        assertThat(options("off", "none").verify()).as("the CLI's word").isEqualTo(VerifyMode.OFF);
        assertThat(options("off", "none").failOn()).as("none overrides fail_on").isEmpty();
        assertThat(options(null, null).failOn()).as("unset: fail_on in handbook.yaml decides").isNull();
    }

    @Test
    void anUnknownWordNamesTheParameterAndListsTheValidWords() {
        assertThatThrownBy(() -> options(null, "stale,rotten")).isInstanceOf(MojoFailureException.class)
                .hasMessage("handbook.failOn: 'rotten' is not a flag category; use stale, overdue, action-items, verify (comma-separated) or none.");
        assertThatThrownBy(() -> options("yes", null)).isInstanceOf(MojoFailureException.class)
                .hasMessage("handbook.verify: 'yes' is not a verify mode; use off, cached or fresh (true means cached, false means off).");
    }
}
